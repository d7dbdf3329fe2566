"""The agenda's chat lines and buttons: proposals, the review, the agenda card, its settings,
the year plan."""
