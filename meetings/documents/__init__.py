"""Documents the bot hands out (the referat, the agenda): one neutral sheet, two renderings."""
