"""The agenda cards a turn or a proactive message shows: read by the domain's use cases (the
agenda as it stands, the deadline for items, the tasks to follow up), drawn by the views."""

from bot.turn import Turn
from bot.views import agenda as views
from meetings.agenda.queries import agenda_of, deadline_of
from meetings.common.dates import format_date
from meetings.planning.entities import Meeting
from meetings.planning.schedule import next_meeting
from meetings.tasks.shown import follow_up_of


async def agenda_card(turn: Turn, meeting: Meeting, heading: str,
                      answer: str | None = None) -> dict:
    agenda = await agenda_of(turn.uow, turn.group, meeting.id)
    follow_up = await follow_up_of(turn.uow, turn.group, meeting) \
        if views.has_follow_up(agenda) else None
    return views.agenda_card(turn, meeting, agenda, heading, answer, follow_up)


async def deadline_text(turn: Turn, meeting: Meeting) -> str:
    """da: "fredag den 15. januar 2027 kl. 12.00"."""
    return views.written_moment(turn, await deadline_of(turn.uow, turn.group, meeting))


async def call_card(turn: Turn, meeting: Meeting, lead: str | None = None) -> dict:
    return views.call_card(turn, meeting, await deadline_of(turn.uow, turn.group, meeting),
                           lead)


async def later_meeting_text(turn: Turn, meeting: Meeting, *, named: bool = False
                             ) -> str | None:
    """The thanks for an item proposed for a meeting after the next one, naming it (a member's
    item after the next meeting's deadline goes to the meeting after, and must not be taken
    for one on the next agenda); None for the next meeting. A meeting the member `named`
    herself is not explained by a passed deadline."""
    upcoming = await next_meeting(turn.uow, turn.group, turn.now)
    if upcoming is None or upcoming.id == meeting.id:
        return None
    day = format_date(meeting.starts_at.astimezone(turn.tz).date(), turn.language)
    if not named and await deadline_of(turn.uow, turn.group, upcoming) <= turn.now:
        return turn._("Thank you. The deadline for items for the next meeting has passed, so "
                      "your item is proposed for the meeting on %(date)s; the chair and the "
                      "secretary put that agenda together.", date=day)
    return turn._("Thank you. Your item is proposed for the meeting on %(date)s; the chair and "
                  "the secretary put that agenda together.", date=day)
