"""Every query: repositories on the unit of work, the quick reads and the outbox."""
