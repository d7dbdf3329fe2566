"""The parts of a message read from its words: the person, meeting, weekday, year or role it
names, a subject said alone, line breaks an item keeps, and changes asked in a sentence."""
