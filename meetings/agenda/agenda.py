"""The agenda of a meeting: standing items around the accepted ones, numbered, with time slots.

Pure functions over loaded rows: composing an agenda does no I/O, so a card can show it
without a query hidden in a template.
"""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from meetings.agenda.entities import AgendaItem, GroupSettings
from meetings.groups.settings import END, START
from meetings.planning.entities import Meeting


@dataclass(frozen=True)
class Link:
    title: str
    url: str


@dataclass(frozen=True)
class AgendaEntry:
    number: int
    title: str
    kind: str
    minutes: int
    starts_at: datetime  # local time in the group's zone
    ends_at: datetime
    standing: bool = False
    carried_over: bool = False
    presenter: str | None = None
    guests: str | None = None
    links: tuple[Link, ...] = ()
    description: str | None = None
    recommendation: str | None = None
    item_id: int | None = None  # None for a standing item


@dataclass(frozen=True)
class Agenda:
    meeting_id: int
    version: int
    starts_at: datetime  # local
    ends_at: datetime
    entries: tuple[AgendaEntry, ...]
    overrun_minutes: int  # > 0: the items run past the meeting's end by this much

    @property
    def total_minutes(self) -> int:
        return sum(entry.minutes for entry in self.entries)


def compose_agenda(meeting: Meeting, settings: GroupSettings,
                   accepted_items: Iterable[AgendaItem], tz: ZoneInfo) -> Agenda:
    """Standing start items, the accepted items in their order, then standing end items."""
    ordered = sorted(accepted_items, key=lambda item: (item.position or 0, item.id or 0))
    rows = [*_standing(settings, START), *(_item_fields(item) for item in ordered),
            *_standing(settings, END)]
    entries = tuple(_slotted(rows, meeting.starts_at, tz))
    # In UTC: Python subtracts two times of one zone as wall-clock times, wrong across a change.
    end = meeting.starts_at.astimezone(UTC) + timedelta(minutes=sum(r["minutes"] for r in rows))
    overrun = max(timedelta(0), end - meeting.ends_at.astimezone(UTC))
    return Agenda(meeting_id=meeting.id, version=meeting.agenda_version,
                  starts_at=meeting.starts_at.astimezone(tz),
                  ends_at=meeting.ends_at.astimezone(tz), entries=entries,
                  overrun_minutes=int(overrun.total_seconds() // 60))


def _standing(settings: GroupSettings, position: str) -> list[dict]:
    return [{"title": s["title"], "kind": s["kind"], "minutes": int(s["minutes"]),
             "standing": True}
            for s in settings.standing_items if s.get("position") == position]


def _item_fields(item: AgendaItem) -> dict:
    return {"title": item.title, "kind": item.kind, "minutes": item.minutes,
            "carried_over": item.carried_from_item_id is not None,
            "presenter": item.presenter, "guests": item.guests,
            "links": _links(item.links), "description": item.description,
            "recommendation": item.recommendation, "item_id": item.id}


def _links(links: Sequence[Mapping[str, str]] | None) -> tuple[Link, ...]:
    return tuple(Link(title=link["title"], url=link["url"]) for link in links or ())


def _slotted(rows: list[dict], start: datetime, tz: ZoneInfo) -> Iterable[AgendaEntry]:
    # Added in UTC and shown in local time: a meeting across a summer-time change keeps
    # real durations.
    start = start.astimezone(UTC)
    for number, row in enumerate(rows, start=1):
        end = start + timedelta(minutes=row["minutes"])
        yield AgendaEntry(number=number, starts_at=start.astimezone(tz),
                          ends_at=end.astimezone(tz), **row)
        start = end
