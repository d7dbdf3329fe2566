"""The tasks' chat lines and buttons: lists, changes, questions, and how they are chased."""
