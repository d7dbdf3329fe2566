"""A person's rights: what is stored about them, exported, and erased."""
