"""Action items: created from a line, changed by their owners, chased on a schedule."""
