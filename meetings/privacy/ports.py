"""What the person's rights need of storage: their rows in every table, and the export links."""

from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from storage.models.groups import Member
from storage.models.privacy import PersonalExport


class PersonalData(Protocol):
    async def members_of(self, aad_object_id: str | None, teams_id: str) -> list[Member]: ...
    async def rows_about(self, members: Sequence[Member],
                         aad_object_id: str | None) -> dict[str, list[dict]]: ...
    async def erase(self, members: Sequence[Member], aad_object_id: str | None,
                    former: dict[int, str]) -> None: ...
    async def add_export(self, export: PersonalExport) -> None: ...
    async def export_by_token(self, token: str, now: datetime) -> PersonalExport | None: ...
