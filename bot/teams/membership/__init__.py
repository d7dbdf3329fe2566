"""Teams' conversation and installation events: the bot installed, removed or added back,
members joining and leaving a chat or a team."""
