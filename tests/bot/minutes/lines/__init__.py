"""Minutes lines as typed, pasted, edited and deleted in the group chat."""
