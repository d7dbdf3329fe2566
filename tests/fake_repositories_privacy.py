"""In memory, the person's rights: their member rows in every group and their export links.

Reading every row about a person and erasing it walk every table of the schema generically
(storage/repositories/personal.py); that runs on the real databases only, in
tests/bot/privacy/test_privacy_turns.py, where a scan of every column checks what is left. The fake
says so rather than imitate it badly."""

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime

from meetings.groups.entities import Member
from meetings.privacy.entities import PersonalExport
from tests.fake_tables import Repository


class FakePersonalData(Repository):
    async def members_of(self, aad_object_id: str | None, teams_id: str) -> list[Member]:
        return self._db[Member].where(
            lambda m: m.teams_id == teams_id or bool(aad_object_id)
            and m.aad_object_id == aad_object_id, order=lambda m: (m.group_id, m.id))

    async def rows_about(self, members: Sequence[Member], aad_object_id: str | None,
                         names: Mapping[int, Sequence[str]]) -> dict[str, list[dict]]:
        raise NotImplementedError("a scan of every table: on the real databases only")

    async def erase(self, members: Sequence[Member], aad_object_id: str | None,
                    former: dict[int, str]) -> None:
        raise NotImplementedError("a scan of every table: on the real databases only")

    async def rewrite_free_text(self, group_id: int, needles: Sequence[str],
                                rewrite: Callable[[str], str]) -> list[int]:
        raise NotImplementedError("a scan of every text column: on the real databases only")

    async def add_export(self, export: PersonalExport) -> None:
        self._db[PersonalExport].add(export)

    async def export_by_token(self, token: str, now: datetime) -> PersonalExport | None:
        return self._db[PersonalExport].first(lambda e: e.token == token and e.expires_at > now)

    async def purge_expired_exports(self, now: datetime, limit: int) -> list[int]:
        old = {e.id for e in self._db[PersonalExport].where(lambda e: e.expires_at <= now)[:limit]}
        self._db.delete(PersonalExport, lambda e: e.id in old)
        return sorted(old)
