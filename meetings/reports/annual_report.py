"""The annual report to the steering group, as a value read from a group's year.

What the network group's own report holds: its purpose, how it is represented, the meetings held
with the number of participants (members, substitutes, guests, the minute-taker), how many of
the meetings each organisation attended, the topics treated, points for the steering group's
attention, contacts, and next year's meetings with their themes. Free texts come from
`AnnualTexts` (meetings/reports/texts.py); everything else from the meetings and their minutes.
"""

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from meetings.common.ports import UnitOfWork
from meetings.groups.entities import Group, Member
from meetings.groups.organisations import danish_order
from meetings.groups.settings import settings_read
from meetings.groups.vocabulary import MANAGERS, Role
from meetings.minutes.entities import Minutes, MinutesEntry
from meetings.minutes.vocabulary import PresenceStatus
from meetings.planning.entities import Meeting
from meetings.planning.schedule import local_day_bounds
from meetings.reports.from_minutes import (
    is_procedural,
    is_topic,
    next_year_from,
    steering_points,
    unique,
)
from meetings.reports.roles_of_year import members_of_year

# Guests are written as in the seed minutes: "Heidi Madsen og Heidi Kersebo (Bakkehuset),
# Kim Risom (Børnehus Sjælland)". What stands in brackets is where they come from.
_BRACKETS = re.compile(r"\([^)]*\)?")
_GUEST_SEPARATORS = re.compile(r"\s*(?:[,;&]|\bog\b|\band\b)\s*", re.IGNORECASE)
COUNTED = (PresenceStatus.PRESENT, PresenceStatus.SUBSTITUTE)


@dataclass(frozen=True)
class HeldMeeting:
    """A meeting of the year and who took part: the minute-taker is counted once, apart."""

    starts_at: datetime  # local time in the group's zone
    ends_at: datetime
    place: str | None
    online: bool
    theme: str | None
    members: int  # members present, the minute-taker not included
    substitutes: int
    guests: int  # distinct people named as guests under the items
    minute_taker: int  # 1 when the minutes name one, else 0
    recorded: bool  # False: no minutes were taken, so nobody is counted
    topics: tuple[str, ...] = ()
    people: frozenset[str] = frozenset()  # who came, as keys: the year counts each person once

    @property
    def participants(self) -> int:
        return self.members + self.substitutes + self.guests + self.minute_taker


@dataclass(frozen=True)
class PlannedMeeting:
    starts_at: datetime  # local
    ends_at: datetime
    place: str | None
    online: bool
    theme: str | None


MINUTE_TAKER = "minute_taker"  # a contact's role: who wrote the year's minutes


@dataclass(frozen=True)
class Contact:
    role: str  # Role.CHAIR, Role.SECRETARY or MINUTE_TAKER
    name: str
    organisation: str | None
    email: str | None


@dataclass(frozen=True)
class AnnualReport:
    group_name: str
    language: str
    year: int
    purpose: str | None
    attention: str | None
    representation: tuple[tuple[str | None, tuple[str, ...]], ...]  # organisation → names
    meetings: tuple[HeldMeeting, ...]
    attendance: tuple[tuple[str, int], ...]  # organisation → meetings attended
    topics: tuple[str, ...]
    contacts: tuple[Contact, ...]
    next_year: tuple[PlannedMeeting, ...]
    # Read from the minutes: the ➤ lines and decisions for the steering group, and next year's
    # dates and themes as the last minutes list them (shown when nothing is planned yet).
    steering_points: tuple[str, ...] = ()
    dates_in_minutes: tuple[str, ...] = ()
    themes_next_year: tuple[str, ...] = ()
    places: tuple[tuple[str | None, int], ...] = ()  # where the meetings were, None: online

    @property
    def participants(self) -> int:
        """Participants added up over the meetings, as each meeting's row counts them."""
        return sum(meeting.participants for meeting in self.meetings)

    @property
    def recorded(self) -> int:
        """Meetings held with minutes: the only ones that say who came."""
        return sum(1 for meeting in self.meetings if meeting.recorded)

    @property
    def people(self) -> int:
        """Different people over the year: somebody who came to every meeting counts once."""
        return len(frozenset().union(*(meeting.people for meeting in self.meetings)))


def default_report_year(today: date) -> int:
    """The year a report is asked for without one: last year's in January and February, when
    the report to the steering group is written, else this year's so far."""
    return today.year - 1 if today.month <= 2 else today.year


def guest_names(text: str | None) -> list[str]:
    """"Heidi Madsen og Heidi Kersebo (Bakkehuset), Kim Risom" → the three names."""
    if not text:
        return []
    parts = _GUEST_SEPARATORS.split(_BRACKETS.sub(" ", text))
    return [" ".join(part.split()) for part in parts if part.strip(" .-–")]


async def annual_report_of(uow: UnitOfWork, group: Group, year: int,
                           now: datetime) -> AnnualReport:
    """The report of `year`: meetings not cancelled that started before `now` count as held."""
    tz = ZoneInfo(group.time_zone)
    texts = await uow.annual_texts.get(group.id, year)
    start, _ = local_day_bounds(date(year, 1, 1), tz)
    end, _ = local_day_bounds(date(year + 1, 1, 1), tz)
    # Not guests in the year: today's role alone would rewrite a past year's representation
    members = members_of_year(await uow.members.of_group(group.id),
                              await uow.reports.role_changes_since(group.id, start), start, end)
    # Who represented an organisation that year: not gone before it began (when they joined
    # says little: a member known from imported minutes joined on the day of the import)
    of_year = [m for m in members if m.left_at is None or m.left_at >= start]
    # Whom the steering group can reach now: the chair and the secretary still in the group
    current = [m for m in members if m.left_at is None]
    held = [m for m in await _meetings_of_year(uow, group, year, tz) if m.starts_at < now]
    minutes = await uow.reports.minutes_of([m.id for m in held])
    presence = await uow.reports.presence_of([m.id for m in minutes.values()])
    entries = await uow.reports.entries_of([m.id for m in minutes.values()])
    standing = {danish_order(s["title"]) for s in (await settings_read(uow, group)).standing_items}
    items = await uow.reports.accepted_titles([m.id for m in held])
    year_entries = [entry for m in held if m.id in minutes
                    for entry in entries.get(minutes[m.id].id, [])]
    meetings = tuple(_held(meeting, minutes.get(meeting.id), presence, entries, items, standing,
                           tz) for meeting in held)
    dates, themes = next_year_from(year_entries, year + 1)
    return AnnualReport(
        group_name=group.name, language=group.language, year=year,
        purpose=(texts.purpose if texts and texts.purpose
                 else await uow.annual_texts.purpose_before(group.id, year)),
        attention=texts.attention if texts else None,
        representation=_representation(of_year), meetings=meetings,
        attendance=_attendance(of_year, minutes.values(), presence),
        topics=unique(topic for meeting in meetings for topic in meeting.topics),
        contacts=_contacts(current) + _minute_takers(minutes.values(), members),
        next_year=tuple(PlannedMeeting(m.starts_at.astimezone(tz), m.ends_at.astimezone(tz),
                                       m.place, m.online, m.theme)
                        for m in await _meetings_of_year(uow, group, year + 1, tz)),
        steering_points=steering_points(year_entries), dates_in_minutes=dates,
        themes_next_year=themes, places=_places(held))


async def _meetings_of_year(uow: UnitOfWork, group: Group, year: int,
                            tz: ZoneInfo) -> Sequence[Meeting]:
    start, _ = local_day_bounds(date(year, 1, 1), tz)
    end, _ = local_day_bounds(date(year + 1, 1, 1), tz)
    return await uow.meetings.of_period(group.id, start, end)


def _held(meeting: Meeting, minutes: Minutes | None,
          presence: dict[int, list[tuple[str, Member]]], entries: dict[int, list[MinutesEntry]],
          items: dict[int, list[str]], standing: set[str], tz: ZoneInfo) -> HeldMeeting:
    rows = presence.get(minutes.id, []) if minutes else []
    own = entries.get(minutes.id, []) if minutes else []
    taker_id = minutes.minute_taker_id if minutes else None
    guests = unique(name for entry in own for name in guest_names(entry.guests))
    year = meeting.starts_at.astimezone(tz).year
    return HeldMeeting(
        starts_at=meeting.starts_at.astimezone(tz), ends_at=meeting.ends_at.astimezone(tz),
        place=meeting.place, online=meeting.online, theme=meeting.theme,
        members=sum(1 for status, member in rows
                    if status == PresenceStatus.PRESENT and member.id != taker_id),
        substitutes=sum(1 for status, _ in rows if status == PresenceStatus.SUBSTITUTE),
        guests=len(guests),
        minute_taker=int(bool(minutes and (minutes.minute_taker_id
                                           or minutes.minute_taker_name))),
        recorded=minutes is not None,
        topics=_with_theme(meeting.theme, _topics(items.get(meeting.id), own, standing, year)),
        people=_people(rows, guests, minutes))


def _topics(accepted: list[str] | None, own: list[MinutesEntry], standing: set[str],
            year: int) -> list[str]:
    """The agenda's accepted items, or for imported minutes their items less the standing
    ones; procedural items and items that did not take place left out either way."""
    skipped = {danish_order(e.title) for e in own if not is_topic(e, year)}
    if accepted:
        return [t for t in accepted
                if not is_procedural(t, year) and danish_order(t) not in skipped]
    return [e.title for e in own
            if danish_order(e.title) not in standing | skipped]


def _with_theme(theme: str | None, titles: list[str]) -> tuple[str, ...]:
    """The meeting's theme first, unless an item already treats it ("Tema Psykiatrien – …"
    under the theme "Psykiatrien (besøg fra Bakkehuset)")."""
    words = [word for word in re.findall(r"\w+", (theme or "").casefold()) if len(word) > 3]
    covered = bool(words) and any(words[0] in title.casefold() for title in titles)
    return unique([*([theme] if theme and not covered else []), *titles])


def _people(rows: list[tuple[str, Member]], guests: Iterable[str],
            minutes: Minutes | None) -> frozenset[str]:
    """Who came, as keys that are the same for the same person at every meeting."""
    keys = {f"member:{member.id}" for status, member in rows if status == PresenceStatus.PRESENT}
    # The substitute's own name is not read here: the one who stands in for a member counts
    # as one person over the year.
    keys |= {f"substitute:{member.id}" for status, member in rows
             if status == PresenceStatus.SUBSTITUTE}
    keys |= {f"guest:{_key(name)}" for name in guests}
    if minutes and minutes.minute_taker_id:
        keys.add(f"member:{minutes.minute_taker_id}")
    elif minutes and minutes.minute_taker_name:
        keys.add(f"guest:{_key(minutes.minute_taker_name)}")
    return frozenset(keys)


def _key(text: str | None) -> str:
    return " ".join((text or "").split()).casefold()


def _places(held: Sequence[Meeting]) -> tuple[tuple[str | None, int], ...]:
    """Where the year's meetings were held, the most used place first; None is online."""
    counted = Counter(m.place if m.place else None for m in held if m.place or m.online)
    return tuple(sorted(counted.items(), key=lambda pair: (-pair[1], danish_order(pair[0]))))


def _representation(members: Sequence[Member]) -> tuple[tuple[str | None, tuple[str, ...]], ...]:
    by_organisation: dict[str | None, list[str]] = {}
    for member in sorted(members, key=lambda m: danish_order(m.name)):
        by_organisation.setdefault(member.organisation or None, []).append(member.name)
    # Organisations alphabetically; people without one last.
    order = sorted(by_organisation, key=lambda o: (o is None, danish_order(o)))
    return tuple((o, tuple(by_organisation[o])) for o in order)


def _attendance(members: Sequence[Member], minutes: Iterable[Minutes],
                presence: dict[int, list[tuple[str, Member]]]) -> tuple[tuple[str, int], ...]:
    """Every organisation represented, with the number of meetings it attended (somebody
    present or a substitute): an organisation that never came shows 0."""
    attended = {m.organisation: 0 for m in members if m.organisation}
    for one in minutes:
        came = {member.organisation for status, member in presence.get(one.id, [])
                if status in COUNTED and member.organisation}
        for organisation in came:
            attended[organisation] = attended.get(organisation, 0) + 1
    return tuple(sorted(attended.items(), key=lambda pair: danish_order(pair[0])))


def _contacts(members: Sequence[Member]) -> tuple[Contact, ...]:
    leads = [m for m in members if m.role in MANAGERS]
    leads.sort(key=lambda m: (m.role != Role.CHAIR, danish_order(m.name)))
    return tuple(Contact(m.role, m.name, m.organisation, m.email) for m in leads)


def _minute_takers(minutes: Iterable[Minutes], members: Sequence[Member]
                   ) -> tuple[Contact, ...]:
    """Who wrote the year's minutes, the most frequent first: the third contact of the
    group's own report beside its chair and secretary."""
    by_id = {m.id: m for m in members}
    takers = Counter((by_id[one.minute_taker_id].name if one.minute_taker_id in by_id
                      else one.minute_taker_name) for one in minutes)
    named = {m.name: m for m in members}
    return tuple(Contact(MINUTE_TAKER, name, getattr(named.get(name), "organisation", None),
                         getattr(named.get(name), "email", None))
                 for name, _ in takers.most_common() if name)
