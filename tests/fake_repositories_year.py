"""In-memory read models of the minutes' search index and of the year's reports."""

from collections.abc import Sequence
from datetime import datetime

from meetings.agenda.entities import AgendaItem
from meetings.agenda.vocabulary import ItemStatus
from meetings.groups.entities import Member
from meetings.minutes.entities import Minutes, MinutesEntry, Presence
from meetings.planning.entities import Meeting
from meetings.privacy.entities import RoleChange
from meetings.reports.entities import AnnualTexts
from meetings.search.ports import Candidate, EntryText, IndexedStems
from tests.fake_tables import FakeDatabase, Repository, nulls_last


class FakeSearchIndex(Repository):
    """The stems of each entry, matched whole or by prefix as FTS5 and tsquery match them."""

    def __init__(self, db: FakeDatabase) -> None:
        super().__init__(db)
        self.stems: dict[int, IndexedStems] = {}

    async def put(self, entry_id: int, stems: IndexedStems) -> None:
        if stems.is_empty():
            self.stems.pop(entry_id, None)
        else:
            self.stems[entry_id] = stems

    async def forget_group(self, group_id: int) -> None:
        for entry in await self.entries_of_group(group_id):
            self.stems.pop(entry.id, None)

    async def entries_of_group(self, group_id: int) -> Sequence[MinutesEntry]:
        minutes = {m.id for m in self._db[Minutes].where(lambda m: m.group_id == group_id)}
        return self._db[MinutesEntry].where(lambda e: e.minutes_id in minutes,
                                            order=lambda e: e.id)

    async def candidates(self, group_id: int, any_of: Sequence[str],
                         prefixes: Sequence[str] = ()) -> list[Candidate]:
        found = []
        for entry in await self.entries_of_group(group_id):
            stems = self.stems.get(entry.id)
            words = set(" ".join((stems.title, stems.notes, stems.decision)).split()) \
                if stems else set()
            if words & set(any_of) or any(w.startswith(p) for w in words for p in prefixes):
                meeting = self._db[Meeting].get(self._db[Minutes].get(entry.minutes_id)
                                                .meeting_id)
                found.append(Candidate(entry.id, entry.number, meeting.id, meeting.starts_at,
                                       stems))
        return sorted(found, key=lambda c: (-c.meeting_starts_at.timestamp(), c.number,
                                            c.entry_id))

    async def entries(self, entry_ids: Sequence[int]) -> dict[int, EntryText]:
        found = (self._db[MinutesEntry].get(entry_id) for entry_id in entry_ids)
        return {e.id: EntryText(e.id, e.number, e.title, e.notes, e.decision) for e in found}


class FakeAnnualTextsRows(Repository):
    async def get(self, group_id: int, year: int) -> AnnualTexts | None:
        return self._db[AnnualTexts].first(lambda t: (t.group_id, t.year) == (group_id, year))

    async def by_id(self, texts_id: int) -> AnnualTexts | None:
        return self._db[AnnualTexts].get(texts_id)

    async def purpose_before(self, group_id: int, year: int) -> str | None:
        earlier = self._db[AnnualTexts].first(
            lambda t: t.group_id == group_id and t.year < year and t.purpose is not None,
            order=lambda t: -t.year)
        return earlier.purpose if earlier else None

    async def add_if_absent(self, values: dict) -> bool:
        return self._db[AnnualTexts].add_if_absent(values, ["group_id", "year"])


class FakeYearReads(Repository):
    async def minutes_of(self, meeting_ids: Sequence[int]) -> dict[int, Minutes]:
        return {m.meeting_id: m for m in self._db[Minutes].where(
            lambda m: m.meeting_id in meeting_ids)}

    async def presence_of(self, minutes_ids: Sequence[int]
                          ) -> dict[int, list[tuple[str, Member]]]:
        rows: dict[int, list[tuple[str, Member]]] = {}
        for p in self._db[Presence].where(lambda p: p.minutes_id in minutes_ids,
                                          order=lambda p: p.id):
            rows.setdefault(p.minutes_id, []).append((p.status, self._db[Member].get(p.member_id)))
        return rows

    async def entries_of(self, minutes_ids: Sequence[int]) -> dict[int, list[MinutesEntry]]:
        rows: dict[int, list[MinutesEntry]] = {}
        for e in self._db[MinutesEntry].where(lambda e: e.minutes_id in minutes_ids,
                                              order=lambda e: (e.minutes_id, e.number)):
            rows.setdefault(e.minutes_id, []).append(e)
        return rows

    async def accepted_titles(self, meeting_ids: Sequence[int]) -> dict[int, list[str]]:
        rows: dict[int, list[str]] = {}
        for i in self._db[AgendaItem].where(
                lambda i: i.meeting_id in meeting_ids and i.status == ItemStatus.ACCEPTED,
                order=lambda i: (i.meeting_id, nulls_last(i.position), i.id)):
            rows.setdefault(i.meeting_id, []).append(i.title)
        return rows

    async def role_changes_since(self, group_id: int, since: datetime
                                 ) -> Sequence[RoleChange]:
        return self._db[RoleChange].where(
            lambda c: c.group_id == group_id and c.changed_at >= since,
            order=lambda c: (c.changed_at, c.id))
