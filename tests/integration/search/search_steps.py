"""A group's minutes on a real database, written and indexed as the use cases do, and searched:
the steps of the search tests."""

import secrets
from datetime import timedelta

from meetings.minutes.entities import Minutes, MinutesEntry
from meetings.planning.meeting_line import MeetingDraft
from meetings.planning.planning import plan_meeting
from meetings.search.search import SearchHit, index_entry, search_minutes
from storage.repositories.quick_reads import QuickReads
from tests.support.agenda_world import local

FOSTER_DECISION = "Plejefamilien skal tilbydes supervision hver måned, og kommunen betaler."


async def meeting_with_minutes(world, month: int, *, other_group: bool = False) -> int:
    """A meeting in 2027 with empty minutes; the minutes' id."""
    start = local(2027, month, 10, 10, 0)
    if other_group:
        meeting = await world.act("morten", _plan(start), other_group=True)
    else:
        meeting = await world.plan(start)
    now = world.clock.now()
    async with world.uow() as uow:
        minutes = Minutes(meeting_id=meeting.id, group_id=meeting.group_id,
                          document_token=secrets.token_urlsafe(24), created_at=now,
                          updated_at=now)
        uow.session.add(minutes)
        await uow.commit()
    return minutes.id


def _plan(start):
    draft = MeetingDraft(starts_at=start, ends_at=start + timedelta(hours=3),
                         place="Greve", online=False)
    return lambda uow, g, a, now: plan_meeting(uow, g, a, draft, now)


async def minutes_of(world, minutes_id: int) -> Minutes:
    async with world.uow() as uow:
        return await uow.session.get(Minutes, minutes_id)


async def write(world, minutes_id: int, number: int, title: str, *, notes: str | None = None,
                decision: str | None = None, indexed: bool = True) -> int:
    """An entry of the minutes, indexed in the same transaction as the use cases do."""
    async with world.uow() as uow:
        entry = MinutesEntry(minutes_id=minutes_id, number=number, title=title, notes=notes,
                             decision=decision, updated_at=world.clock.now())
        uow.session.add(entry)
        if indexed:
            await index_entry(uow, entry)
        await uow.commit()
    return entry.id


async def change(world, entry_id: int, **values) -> None:
    async with world.uow() as uow:
        entry = await uow.session.get(MinutesEntry, entry_id)
        for name, value in values.items():
            setattr(entry, name, value)
        await index_entry(uow, entry)
        await uow.commit()


async def search(world, query: str, language: str = "da", *, other_group: bool = False,
                 limit: int = 5) -> list[SearchHit]:
    """The search as a unit of work reads it; the quick reads, which the bot answers a typed
    search with, must find the same, ranked alike."""
    group_id = world.other_group_id if other_group else world.group_id
    async with world.uow() as uow:
        hits = await search_minutes(uow.search, group_id, query, language, limit)
        engine = uow.session.bind
    reads = QuickReads(engine)
    try:
        quick = await reads.searching(
            lambda quick: search_minutes(quick, group_id, query, language, limit))
        assert quick == hits
    finally:
        await reads.close()
    return hits


def entries(hits: list[SearchHit]) -> list[int]:
    return [hit.entry_id for hit in hits]
