"""How a meeting card is drawn in a turn: for whom, and whose Teams client asks for its own
view of it (bot.card_view). Who may move and cancel is the domain's to say."""

from bot.card_view import CardView, refreshed_for
from bot.turn import Turn
from meetings.groups.vocabulary import ConversationKind
from meetings.planning.changers import (
    meeting_changers,
    offers_meeting_changes,
    role_offers_meeting_changes,
)
from storage.repositories.quick_reads import NextMeetingFacts


async def meeting_view(turn: Turn, *, for_the_reader: bool) -> CardView:
    """In a 1:1 chat, the card is its reader's: Move and Cancel if she may in the meeting's
    group. In a group's chat or channel the card is refreshed for the chair and the
    secretaries; drawn `for_the_reader` (the answer to her click, which only she sees) it has
    her buttons, else (a message everybody sees) none."""
    buttons = offers_meeting_changes(turn.group, turn.member)
    if turn.group.kind == ConversationKind.PERSONAL or turn.for_another_chat:
        return CardView(buttons=buttons)
    changers = await meeting_changers(turn.uow, turn.group)
    return refreshed_for((m.teams_id for m in changers), buttons=for_the_reader and buttons)


def posted_meeting_view(facts: NextMeetingFacts) -> CardView:
    """`meeting_view` of a message to a group's chat or channel, from the quick read that
    answers "when is the next meeting?" there, which reads the chair's and the secretaries'
    ids in the same trip."""
    return refreshed_for(facts.leaders)


def personal_meeting_view(role: str | None) -> CardView:
    """`meeting_view` in a 1:1 chat of one whose role in the meeting's group is `role`."""
    return CardView(buttons=role_offers_meeting_changes(role))
