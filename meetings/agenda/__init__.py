"""The agenda cycle: the call for input, proposals and their review, the agenda, attendance."""
