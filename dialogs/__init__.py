"""Conversations of more than one step: forms that come back with what was typed, and questions
confirmed before anything is done. Their state is the card's own data, never process memory."""
