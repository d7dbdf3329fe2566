"""Agenda items: the draft a proposal is, the line it is written as, and the review of it
with its decisions."""
