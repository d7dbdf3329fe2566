"""What a dialog step needs of the turn it runs in, so that dialogs need not import the bot."""

from datetime import datetime
from typing import Protocol
from zoneinfo import ZoneInfo

from meetings.common.ports import UnitOfWork
from meetings.groups.entities import Group, Member


class Context(Protocol):
    """The turn's unit of work, group, member, language and now; the bot's `Turn` is one."""

    uow: UnitOfWork
    group: Group
    member: Member | None
    language: str
    now: datetime

    @property
    def tz(self) -> ZoneInfo: ...
