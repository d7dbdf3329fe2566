"""The group a card button acts on: the conversation's own, or the group a 1:1 card names.

A card the bot sends a member in their personal chat on behalf of a group (the nudge before
the deadline, the attendance reminder, the task digest) names that group in every button's
data, since the click arrives in the personal chat, whose own group is another. The name is
client input: the clicker's member row in the group is found by who they are, and a group they
are not in, or no group, is refused and logged. In a group chat or channel a button acts on
that conversation's group, as it always did, whatever its data says.
"""

from dataclasses import replace
from typing import Any

from bot.turn import CARD_GROUP, Turn
from meetings.common.access import member_in_group
from meetings.common.refusal import LEFT_THE_GROUP, Refusal
from meetings.groups.vocabulary import ConversationKind


async def turn_for_card(turn: Turn, data: dict[str, Any], *, about_the_person: bool = False
                        ) -> Turn:
    """The turn with the group the clicked card came from, and the clicker's row there. A
    button `about_the_person` ("All my tasks", "I am away" on the digest) acts in the personal
    chat, as the same words typed there do, once the clicker has left that group."""
    if CARD_GROUP not in data or turn.group.kind != ConversationKind.PERSONAL:
        return turn
    group_id = _group_id(data[CARD_GROUP])
    if group_id == turn.group.id:
        return turn
    try:
        group, member = await member_in_group(turn.uow, group_id, turn.member)
    except Refusal as refused:
        if about_the_person and refused.code == LEFT_THE_GROUP:
            return turn
        raise
    # The cards this click answers with name the group too, so their buttons act there.
    return replace(turn, group=group, member=member, card_group_id=group.id)


def _group_id(value: Any) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and value.isdigit() and len(value) < 19:
        return int(value)
    return None
