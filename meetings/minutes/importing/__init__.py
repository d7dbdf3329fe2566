"""Past minutes read from pasted text into meetings as held, with their people and tasks."""
