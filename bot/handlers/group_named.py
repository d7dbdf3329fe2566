"""A group named in a message written in the personal chat: "hvornår er næste møde i
styregruppen?", "what's on the agenda for the Roskilde network?". When the message names one of
the person's groups (meetings.groups.lookup.group_named_in), it is read again without the name,
so the name is no search's subject, item's title or person's name, and answered for that group
only, under its name (bot.handlers.personal_chat); a message naming none is read as it was."""

from dataclasses import replace

from bot.turn import Turn
from meetings.groups.lookup import group_named_in
from meetings.groups.vocabulary import ConversationKind
from meetings.understanding.intents import Understood, understand


async def as_the_group_named(turn: Turn, understood: Understood, text: str) -> Understood:
    """The message read without the group it names, that group kept on the turn; in a group's
    own chat, or naming none of the person's groups, as understood."""
    if turn.group.kind != ConversationKind.PERSONAL or turn.member is None:
        return understood
    found = await turn.uow.members.groups_of_person(turn.member, turn.now)
    named, rest = group_named_in(text, [(group.id, group.name) for group, _, _ in found
                                        if group.id != turn.group.id])
    if named is None:
        return understood
    turn.group_named = named
    if not rest.strip():  # nothing but the name: what the name alone was read as
        return understood
    return replace(understand(rest), text_language=understood.text_language)
