"""The arguments of a question read from its words: the person it names."""
