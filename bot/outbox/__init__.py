"""Background work: the ticks that fill the outbox, the worker that empties it, what it says."""
