"""Who is in a group over time: newcomers, leavers, a group left without its leaders, the
roster read from Teams."""
