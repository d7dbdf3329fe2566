"""The groups the bot serves: registering them and their members, and their settings."""
