"""A line of chat or a card button in, one use case called, a reply out; one table per kind."""
