"""Moving a meeting by a typed line on real databases: what the line does not name is kept."""

from meetings.planning.move_line import parse_move_line
from meetings.planning.planning import draft_of, move_meeting
from tests.fakes import CPH, local
from tests.integration.meetings.steps import the_next
from tests.support.meeting_group import LISBET, as_member, plan, setup_group

SORO = "Sorø Rådhus, mødelokale 2"
LINK = "https://teams.microsoft.com/l/meetup-join/19%3ameeting"


async def move_by_line(uow_factory, group, meeting_id, line, now):
    async with uow_factory() as uow:
        g = await uow.groups.get(group.id)
        meeting = await uow.meetings.get(meeting_id)
        draft = parse_move_line(line, draft_of(meeting), now=now, tz=CPH)
        await move_meeting(uow, g, await as_member(uow, g, LISBET), meeting_id, draft, now)
        await uow.commit()


async def test_a_typed_move_keeps_the_place_the_online_link_the_theme_and_the_length(
        uow_factory, clock, reads):
    group = await setup_group(uow_factory, clock)
    planned = await plan(uow_factory, group, local(2027, 4, 23, 10, 0), place=SORO)
    async with uow_factory() as uow:
        meeting = await uow.meetings.get(planned.id)
        meeting.online_url, meeting.theme = LINK, "Psykiatrien"
        await uow.commit()

    await move_by_line(uow_factory, group, planned.id, "fredag 30. april 2027 kl. 9-12",
                       clock.now())
    moved = await the_next(uow_factory, reads, group, clock.now())
    assert (moved.place, moved.online, moved.online_url, moved.theme) == (
        SORO, False, LINK, "Psykiatrien")
    assert (moved.starts_at, moved.ends_at) == (local(2027, 4, 30, 9, 0), local(2027, 4, 30, 12, 0))

    await move_by_line(uow_factory, group, planned.id, "7. maj 2027", clock.now())
    again = await the_next(uow_factory, reads, group, clock.now())
    assert (again.starts_at, again.ends_at) == (local(2027, 5, 7, 9, 0), local(2027, 5, 7, 12, 0))
    assert (again.place, again.theme, again.sequence) == (SORO, "Psykiatrien", 2)
