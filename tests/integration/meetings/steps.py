"""Which meeting is next, read by the use case on a real database and by the bot's quick read,
compared (the group and the planning steps: tests/support/meeting_group.py)."""

from datetime import datetime

from meetings.planning.schedule import next_meeting, skipped_before
from storage.repositories.quick_reads import MeetingFacts
from tests.support.meeting_group import RIE, as_member


async def the_next(uow_factory, reads, group, now):
    async with uow_factory() as uow:
        g = await uow.groups.get(group.id)
        meeting = await next_meeting(uow, g, now)
        skipped = await skipped_before(uow, g, now, meeting)
        member = await as_member(uow, group, RIE)
    # The bot reads it in one quick read with the member's group: both must agree, to the
    # last field the card shows.
    quick = await reads.next_meeting(member.id, now)
    assert (quick.group_id, quick.time_zone) == (group.id, group.time_zone)
    assert quick.meeting == (meeting and MeetingFacts(
        meeting.id, meeting.title, meeting.theme, meeting.starts_at, meeting.ends_at,
        meeting.place, meeting.online, meeting.online_url, meeting.status,
        meeting.calendar_token))
    # And the cancelled meeting it skips, said before it.
    assert quick.skipped_at == (skipped.starts_at if skipped else None)
    return meeting


async def the_skipped(uow_factory, reads, group, now) -> datetime | None:
    """When the cancelled meeting "the next meeting" skips starts, read both ways (they agree)."""
    await the_next(uow_factory, reads, group, now)
    async with uow_factory() as uow:
        member = await as_member(uow, group, RIE)
    return (await reads.next_meeting(member.id, now)).skipped_at
