"""What reading a file of past minutes found: the meeting, its people, its items and their
referat, decisions and tasks, meetings and roles to propose, and what could not be placed."""

from dataclasses import dataclass
from datetime import date, time

# Problems that leave nothing to import.
NO_DATE = "no_date"
DATE_WITHOUT_YEAR = "date_without_year"
NO_TIME = "no_time"
NO_ITEMS = "no_items"
TWO_MEETINGS = "two_meetings"  # a second minutes heading with another date: one file a meeting
FATAL = frozenset({NO_DATE, DATE_WITHOUT_YEAR, NO_TIME, NO_ITEMS, TWO_MEETINGS})
# Problems that are reported while the rest is imported.
NO_END_TIME = "no_end_time"  # the meeting is taken to last DEFAULT_HOURS
NO_PARTICIPANTS = "no_participants"
NO_MINUTE_TAKER = "no_minute_taker"
NO_ORGANISATION = "no_organisation"
NO_NAME = "no_name"
PRESENT_AND_ABSENT = "present_and_absent"
GUEST_WITHOUT_ITEM = "guest_without_item"
GUEST_UNKNOWN_ITEM = "guest_unknown_item"
ROW_NOT_PLACED = "row_not_placed"
DUPLICATE_ITEM = "duplicate_item"
TASK_WITHOUT_OWNER = "task_without_owner"
AMBIGUOUS_OWNER = "ambiguous_owner"
TEXT_TOO_LONG = "text_too_long"
TASK_TOO_LONG = "task_too_long"  # a task's sentence longer than a task's title: shortened
PLACE_TOO_LONG = "place_too_long"  # longer than a meeting's place: shortened
ORGANISATION_TOO_LONG = "organisation_too_long"  # longer than an organisation: shortened
AMBIGUOUS_MEMBER = "ambiguous_member"  # found by the importer: a name several members have
MEETING_HAS_MINUTES = "meeting_has_minutes"  # the importer: that meeting has minutes already
# The importer: no meeting at the minutes' start, and the day's meetings are not one planned
# meeting without minutes that they could be of; refused rather than a second meeting made.
MEETINGS_THAT_DAY = "meetings_that_day"
LINE_NOT_PLACED = "line_not_placed"  # a line before or after the items that nothing read
MINUTE_TAKER_ASSUMED = "minute_taker_assumed"  # no label: the e-mail's sender is taken
PLANNED_WITHOUT_DATE = "planned_without_date"  # a meeting in a list of dates with no date first

DEFAULT_HOURS = 3

# Roles a title or label proposes ("formand", "sekretær", "referent"); never given silently.
CHAIR, SECRETARY, MINUTE_TAKER = "chair", "secretary", "minute_taker"


@dataclass(frozen=True)
class ImportProblem:
    code: str
    line: int | None = None  # 1-based line of the file
    text: str = ""  # what could not be placed, as written (shortened)

    @property
    def fatal(self) -> bool:
        return self.code in FATAL


@dataclass(frozen=True)
class Person:
    name: str
    organisation: str | None = None
    role: str | None = None  # "ass. oversygeplejerske", "Direktør, formand"

    @property
    def label(self) -> str:
        return f"{self.name} ({self.organisation})" if self.organisation else self.name

    @property
    def guest_label(self) -> str:
        """A guest with the title the minutes gave them: after the name where it was written so,
        in small letters ("Heidi Kersebo ass. oversygeplejerske (Bakkehuset)"); a table's
        column, capitalised, in the brackets, not to read as a name ("Kresten Dørup
        (Psykiatridirektør, Region Sjælland)")."""
        if not self.role:
            return self.label
        if not self.role[:1].isupper():
            return f"{self.name} {self.role} ({self.organisation})" if self.organisation \
                else f"{self.name} {self.role}"
        return f"{self.name} ({', '.join(filter(None, (self.role, self.organisation)))})"


@dataclass(frozen=True)
class ImportedDecision:
    text: str  # the sentence or list point as written
    for_steering_group: bool = False  # a "➤" line or "… til styregruppen": for the annual report


@dataclass(frozen=True)
class ImportedItem:
    number: int
    title: str
    notes: str  # the referat, a paragraph or list point per line
    decision: str | None = None  # "Beslutning:"/"Konklusion:" as written
    guests: tuple[Person, ...] = ()
    decisions: tuple[ImportedDecision, ...] = ()  # each decision of the item, one by one


@dataclass(frozen=True)
class ImportedTask:
    item_number: int
    owner: Person  # a participant, guest or the minute-taker; or a body (owner_is_body)
    title: str  # the sentence: "Rie undersøger om Socialtilsyn Øst har mulighed for at deltage."
    owner_is_body: bool = False  # "Styregruppen", "Rammeaftalesekretariatet", "Slagelse og Køge"


@dataclass(frozen=True)
class PlannedMeeting:
    """A meeting the minutes plan: "Næste møde 15. marts 2024 kl. 9-12", a list of dates."""

    day: date
    starts: time | None  # None: no time written
    ends: time | None
    written: str  # the line as written
    line: int | None = None
    year_assumed: bool = False  # no year written: the first such day after the meeting


@dataclass(frozen=True)
class ProposedRole:
    name: str  # a person of the minutes
    role: str  # CHAIR | SECRETARY | MINUTE_TAKER
    written: str  # what said so: "Direktør, formand", "Referent:"


@dataclass(frozen=True)
class ImportedMinutes:
    day: date
    starts: time
    ends: time
    heading: str  # the heading line as written
    place: str | None
    online: bool
    present: tuple[Person, ...]
    absent: tuple[Person, ...]
    minute_taker: Person | None
    items: tuple[ImportedItem, ...]
    tasks: tuple[ImportedTask, ...]
    planned: tuple[PlannedMeeting, ...] = ()
    roles: tuple[ProposedRole, ...] = ()
    themes: tuple[str, ...] = ()  # themes named for coming meetings ("Temadrøftelse om …")
    minute_taker_assumed: bool = False  # no label named them: the e-mail's sender, say

    @property
    def guests(self) -> tuple[Person, ...]:
        """Each guest once, whatever the number of items they came for."""
        seen: dict[str, Person] = {}
        for item in self.items:
            for guest in item.guests:
                seen.setdefault(guest.name, guest)
        return tuple(seen.values())


@dataclass(frozen=True)
class MinutesReading:
    """The minutes, or None when a fatal problem leaves nothing to import; every problem."""

    minutes: ImportedMinutes | None
    problems: tuple[ImportProblem, ...]
    unplaced: tuple[ImportProblem, ...] = ()  # LINE_NOT_PLACED: every line nothing took
