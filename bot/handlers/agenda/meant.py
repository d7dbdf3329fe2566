"""The meeting a message about the agenda cycle means: the one its date or month names
("afbud til mødet 19. februar"), else the one the command concerns when none is named."""

from collections.abc import Awaitable, Callable
from datetime import datetime

from bot.turn import Turn
from meetings.common.ports import UnitOfWork
from meetings.groups.entities import Group
from meetings.planning.entities import Meeting
from meetings.planning.schedule import meeting_named, planned_next_meeting
from meetings.understanding.intents import Understood

Unnamed = Callable[[UnitOfWork, Group, datetime], Awaitable[Meeting]]


async def meeting_meant(turn: Turn, understood: Understood,
                        unnamed: Unnamed = planned_next_meeting) -> Meeting:
    """The meeting named in the message, else `unnamed`'s (the next meeting unless said); a
    date that names none is refused with the planned ones (bot.views.meeting_named)."""
    if not understood.meeting:
        return await unnamed(turn.uow, turn.group, turn.now)
    return await meeting_named(turn.uow, turn.group, understood.meeting, turn.now,
                               understood.intent.value)
