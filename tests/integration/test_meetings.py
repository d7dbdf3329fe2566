"""The meeting use cases and the quick read of the next meeting on real databases (SQLite and
PostgreSQL) with a fake clock."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from meetings.conversation import AddressPolicy, Conversation, Person
from meetings.meeting_line import MeetingDraft
from meetings.planning import cancel_meeting, move_meeting, plan_meeting
from meetings.refusal import Refusal
from meetings.registration import register_conversation, remember_sender
from meetings.schedule import local_day_bounds, meeting_by_selector, next_meeting
from storage.database import create_engine
from storage.migrate import upgrade
from storage.models import Base, ConversationKind, MeetingStatus, Role
from storage.quick_reads import MeetingFacts, QuickReads
from storage.unit_of_work import unit_of_work_factory
from tests.fakes import FakeClock

CPH = ZoneInfo("Europe/Copenhagen")
POLICY = AddressPolicy(allowed_hosts=frozenset({"smba.trafficmanager.net"}))
LISBET = Person(teams_id="29:lisbet", name="Lisbet Daugaard-Hansen", aad_object_id="aad-lisbet")
RIE = Person(teams_id="29:rie", name="Rie Nielsen", aad_object_id="aad-rie")


def chat(conversation_id: str = "19:group@thread.v2", **changes) -> Conversation:
    values = dict(conversation_id=conversation_id, kind=ConversationKind.GROUP_CHAT,
                  service_url="https://smba.trafficmanager.net/emea/", bot_id="28:bot",
                  name="Netværksgruppe Børn og Unge", tenant_id="tenant")
    values.update(changes)
    return Conversation(**values)


def local(*args) -> datetime:
    return datetime(*args, tzinfo=CPH).astimezone(UTC)


def draft(start: datetime, hours: int = 3, place: str | None = "Ringsted") -> MeetingDraft:
    return MeetingDraft(starts_at=start, ends_at=start + timedelta(hours=hours), place=place,
                        online=place is None)


@pytest.fixture
async def engine(migrated_url):
    engine = create_engine(migrated_url)
    yield engine
    await engine.dispose()


@pytest.fixture
def uow_factory(engine):
    return unit_of_work_factory(engine)


@pytest.fixture
async def reads(engine):
    reads = QuickReads(engine)
    yield reads
    await reads.close()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(local(2027, 1, 10, 9, 0))


async def setup_group(uow_factory, clock, conversation=None):
    async with uow_factory() as uow:
        group, _ = await register_conversation(
            uow, conversation or chat(), people=[RIE], installer=LISBET, policy=POLICY,
            now=clock.now())
        await uow.commit()
    return group


async def as_member(uow, group, person):
    return await uow.members.by_aad_object_id(group.id, person.aad_object_id)


async def plan(uow_factory, group, start, person=LISBET, **kwargs):
    async with uow_factory() as uow:
        g = await uow.groups.get(group.id)
        meeting = await plan_meeting(uow, g, await as_member(uow, g, person),
                                     draft(start, **kwargs), start - timedelta(days=30))
        await uow.commit()
    return meeting


async def the_next(uow_factory, reads, group, now):
    async with uow_factory() as uow:
        meeting = await next_meeting(uow, await uow.groups.get(group.id), now)
        member = await as_member(uow, group, RIE)
    # The bot reads it in one quick read with the member's group: both must agree, to the
    # last field the card shows.
    quick = await reads.next_meeting(member.id, now)
    assert (quick.group_id, quick.time_zone) == (group.id, group.time_zone)
    assert quick.meeting == (meeting and MeetingFacts(
        meeting.id, meeting.title, meeting.theme, meeting.starts_at, meeting.ends_at,
        meeting.place, meeting.online, meeting.online_url, meeting.status,
        meeting.calendar_token))
    return meeting


async def test_the_next_meeting_is_the_soonest_planned_one_not_yet_ended(uow_factory, clock, reads):
    group = await setup_group(uow_factory, clock)
    later = await plan(uow_factory, group, local(2027, 6, 4, 10, 0))
    sooner = await plan(uow_factory, group, local(2027, 2, 5, 10, 0))

    assert (await the_next(uow_factory, reads, group, clock.now())).id == sooner.id
    # Under way it is still the next meeting: people ask where it is while walking in.
    assert (await the_next(uow_factory, reads, group, local(2027, 2, 5, 12, 59))).id == sooner.id
    assert (await the_next(uow_factory, reads, group, local(2027, 2, 5, 13, 0))).id == later.id
    assert await the_next(uow_factory, reads, group, local(2027, 6, 4, 13, 0)) is None


async def test_a_cancelled_meeting_is_no_longer_next(uow_factory, clock, reads):
    group = await setup_group(uow_factory, clock)
    first = await plan(uow_factory, group, local(2027, 2, 5, 10, 0))
    second = await plan(uow_factory, group, local(2027, 3, 5, 10, 0))
    async with uow_factory() as uow:
        g = await uow.groups.get(group.id)
        await cancel_meeting(uow, g, await as_member(uow, g, LISBET), first.id, clock.now())
        await uow.commit()
    assert (await the_next(uow_factory, reads, group, clock.now())).id == second.id


@pytest.mark.parametrize("start, utc_hour", [
    (local(2027, 3, 26, 10, 0), 9),   # Friday before the spring change: CET, UTC+1
    (local(2027, 3, 29, 10, 0), 8),   # Monday after it: CEST, UTC+2
    (local(2027, 10, 29, 10, 0), 8),  # Friday before the autumn change: still CEST
    (local(2027, 11, 1, 10, 0), 9),   # Monday after it: CET again
])
async def test_meetings_keep_their_local_time_across_summer_time(uow_factory, clock, reads, start,
                                                                 utc_hour):
    group = await setup_group(uow_factory, clock)
    await plan(uow_factory, group, start)
    meeting = await the_next(uow_factory, reads, group, clock.now())
    assert meeting.starts_at.tzinfo is not None
    assert meeting.starts_at.hour == utc_hour
    assert meeting.starts_at.astimezone(CPH).hour == 10


async def test_next_meeting_across_the_night_the_clocks_go_forward(uow_factory, clock, reads):
    group = await setup_group(uow_factory, clock)
    early = await plan(uow_factory, group, local(2027, 3, 28, 1, 0), hours=1)
    late = await plan(uow_factory, group, local(2027, 3, 28, 3, 30), hours=1)
    # 01:59:59 CET is followed by 03:00 CEST: one real second later the first has ended.
    assert (await the_next(uow_factory, reads, group, local(2027, 3, 28, 1, 59))).id == early.id
    assert (await the_next(uow_factory, reads, group, local(2027, 3, 28, 3, 0))).id == late.id


def test_a_local_day_is_23_or_25_hours_long_on_the_change_days():
    start, end = local_day_bounds(datetime(2027, 3, 28).date(), CPH)
    assert end - start == timedelta(hours=23)
    start, end = local_day_bounds(datetime(2027, 10, 31).date(), CPH)
    assert end - start == timedelta(hours=25)


async def test_meetings_of_another_group_are_not_theirs(uow_factory, clock, reads):
    group = await setup_group(uow_factory, clock)
    other = await setup_group(uow_factory, clock, chat("19:other@thread.v2", name="Styregruppen"))
    ours = await plan(uow_factory, group, local(2027, 2, 5, 10, 0))
    assert await the_next(uow_factory, reads, other, clock.now()) is None
    async with uow_factory() as uow:
        g = await uow.groups.get(other.id)
        with pytest.raises(Refusal) as refused:
            await cancel_meeting(uow, g, await as_member(uow, g, LISBET), ours.id, clock.now())
    assert refused.value.code == "meeting_not_found"


async def test_only_chair_and_secretary_plan_move_and_cancel(uow_factory, clock, reads, caplog):
    group = await setup_group(uow_factory, clock)
    meeting = await plan(uow_factory, group, local(2027, 2, 5, 10, 0))
    with pytest.raises(Refusal) as refused:
        await plan(uow_factory, group, local(2027, 3, 5, 10, 0), person=RIE)
    assert refused.value.code == "not_allowed"
    async with uow_factory() as uow:
        g = await uow.groups.get(group.id)
        rie = await as_member(uow, g, RIE)
        with pytest.raises(Refusal):
            await move_meeting(uow, g, rie, meeting.id, draft(local(2027, 2, 6, 10, 0)),
                               clock.now())
        with pytest.raises(Refusal):
            await cancel_meeting(uow, g, rie, meeting.id, clock.now())
    assert (await the_next(uow_factory, reads, group, clock.now())).status == MeetingStatus.PLANNED
    assert "refused: not chair or secretary" in caplog.text


async def test_the_same_meeting_planned_twice_is_refused(uow_factory, clock):
    group = await setup_group(uow_factory, clock)
    await plan(uow_factory, group, local(2027, 2, 5, 10, 0))
    with pytest.raises(Refusal) as refused:
        await plan(uow_factory, group, local(2027, 2, 5, 10, 0))
    assert refused.value.code == "duplicate_meeting"


async def test_a_meeting_is_found_by_its_danish_or_english_date(uow_factory, clock):
    group = await setup_group(uow_factory, clock)
    meeting = await plan(uow_factory, group, local(2027, 2, 5, 10, 0))
    async with uow_factory() as uow:
        g = await uow.groups.get(group.id)
        for selector, language in [("5. februar", "da"), ("5 February 2027", "en"),
                                   ("næste", "da"), ("", "en")]:
            found = await meeting_by_selector(uow, g, selector, clock.now(), language)
            assert found.id == meeting.id
        with pytest.raises(Refusal) as refused:
            await meeting_by_selector(uow, g, "6. februar", clock.now(), "da")
    assert refused.value.code == "meeting_not_found"


async def test_an_address_from_a_foreign_host_or_tenant_is_not_stored(uow_factory, clock):
    strict = AddressPolicy(allowed_hosts=frozenset({"smba.trafficmanager.net"}),
                           allowed_tenants=frozenset({"tenant"}))
    cases = {
        "19:evil-host": chat("19:evil-host", service_url="https://evil.example/"),
        "19:http": chat("19:http", service_url="http://smba.trafficmanager.net/emea/"),
        "19:tenant": chat("19:tenant", tenant_id="other-tenant"),
        "19:lookalike": chat("19:lookalike", service_url="https://smba.trafficmanager.net.evil.io/"),
        "19:good": chat("19:good"),
    }
    async with uow_factory() as uow:
        for conversation in cases.values():
            await remember_sender(uow, conversation, RIE, policy=strict, now=clock.now())
        await uow.commit()
    async with uow_factory() as uow:
        stored = {cid for cid in cases if await uow.addresses.by_conversation(cid)}
    assert stored == {"19:good"}


async def test_the_service_url_follows_the_newest_activity(uow_factory, clock):
    group = await setup_group(uow_factory, clock)
    async with uow_factory() as uow:
        await remember_sender(uow, chat(service_url="https://smba.trafficmanager.net/amer/"),
                              RIE, policy=POLICY, now=clock.now())
        await uow.commit()
    async with uow_factory() as uow:
        address = await uow.addresses.by_conversation(group.conversation_id)
    assert address.service_url == "https://smba.trafficmanager.net/amer/"


async def test_the_installer_leads_only_a_group_without_leaders(uow_factory, clock):
    group = await setup_group(uow_factory, clock)
    async with uow_factory() as uow:
        await register_conversation(uow, chat(), people=[], installer=RIE, policy=POLICY,
                                    now=clock.now())
        await uow.commit()
    async with uow_factory() as uow:
        roles = {m.name: m.role for m in await uow.members.of_group(group.id)}
    assert roles == {"Lisbet Daugaard-Hansen": Role.SECRETARY, "Rie Nielsen": Role.MEMBER}


# The quick read of a member's group and its next meeting (storage/quick_reads.py): what it
# finds, that it sees a change committed a moment before, and that on SQLite it cannot write.
# That it agrees with next_meeting is checked by every the_next() above.


async def member_id(uow_factory, group, person=RIE) -> int:
    async with uow_factory() as uow:
        return (await as_member(uow, group, person)).id


async def test_a_member_of_a_group_without_meetings_gets_the_group_and_no_meeting(
        uow_factory, reads, clock):
    group = await setup_group(uow_factory, clock)

    facts = await reads.next_meeting(await member_id(uow_factory, group), clock.now())

    assert (facts.group_id, facts.group_language, facts.time_zone, facts.meeting) == (
        group.id, "da", "Europe/Copenhagen", None)


async def test_nobody_is_found_for_a_member_id_that_does_not_exist(uow_factory, reads, clock):
    await setup_group(uow_factory, clock)

    assert await reads.next_meeting(999_999, clock.now()) is None


async def test_a_meeting_moved_or_cancelled_a_moment_ago_is_what_the_next_read_sees(
        uow_factory, reads, clock):
    group = await setup_group(uow_factory, clock)
    rie = await member_id(uow_factory, group)
    first = await plan(uow_factory, group, local(2027, 2, 5, 10, 0))
    second = await plan(uow_factory, group, local(2027, 3, 5, 10, 0))
    assert (await reads.next_meeting(rie, clock.now())).meeting.id == first.id

    async with uow_factory() as uow:
        g = await uow.groups.get(group.id)
        await move_meeting(uow, g, await as_member(uow, g, LISBET), first.id,
                           draft(local(2027, 2, 12, 9, 0), place="Sorø"), clock.now())
        await uow.commit()
    moved = (await reads.next_meeting(rie, clock.now())).meeting
    assert (moved.id, moved.place, moved.starts_at) == (
        first.id, "Sorø", datetime(2027, 2, 12, 8, 0, tzinfo=UTC))

    async with uow_factory() as uow:
        g = await uow.groups.get(group.id)
        await cancel_meeting(uow, g, await as_member(uow, g, LISBET), first.id, clock.now())
        await uow.commit()
    assert (await reads.next_meeting(rie, clock.now())).meeting.id == second.id
    after_both = clock.now() + timedelta(days=60)
    assert (await reads.next_meeting(rie, after_both)).meeting is None


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    url = f"sqlite:///{tmp_path}/reads.db"
    upgrade(url)  # here, outside the event loop: Alembic runs one of its own
    return url


async def test_on_sqlite_the_read_connection_cannot_write(sqlite_url, clock):
    engine = create_engine(sqlite_url)
    reads = QuickReads(engine)
    try:
        group = await setup_group(unit_of_work_factory(engine), clock)
        with pytest.raises(OperationalError, match="readonly"):
            await reads._sqlite.first(text("DELETE FROM groups"), {})
        rie = await member_id(unit_of_work_factory(engine), group)
        assert (await reads.next_meeting(rie, clock.now())).group_id == group.id
    finally:
        await reads.close()
        await engine.dispose()


async def test_an_in_memory_sqlite_database_is_read_on_the_apps_engine(clock):
    engine = create_engine("sqlite:///:memory:")
    async with engine.begin() as connection:
        await connection.run_sync(Base.metadata.create_all)
    reads = QuickReads(engine)
    try:
        group = await setup_group(unit_of_work_factory(engine), clock)
        rie = await member_id(unit_of_work_factory(engine), group)
        assert (await reads.next_meeting(rie, clock.now())).group_id == group.id
    finally:
        await reads.close()
        await engine.dispose()
