"""Understanding what members write: normalising it, reading commands by their table, classifying
questions, telling its language, and the phrasings each chat taught the bot."""
