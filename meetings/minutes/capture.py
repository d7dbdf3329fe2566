"""Minutes from lines in the group chat: "#punkt 4" moves to an item, "#beslutning …",
"#info …" and "#note …" add to it, "#opgave Rie undersøger …, frist 1. december" makes a task
from it.

Reading a line is pure; capturing it writes through the same use cases as the minutes card, so
rights, corrections and the search index are the same whichever way the secretary works.
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from meetings.common.mentions import as_names
from meetings.common.ports import UnitOfWork
from meetings.common.refusal import BAD_MINUTES, NO_MEETING, Refusal
from meetings.common.working_days import working_day_on_or_before
from meetings.groups.entities import Group, Member
from meetings.minutes.entities import Minutes, MinutesEntry
from meetings.minutes.following import follow_agenda
from meetings.minutes.recording import add_task_from_minutes, open_minutes, record_entry
from meetings.minutes.vocabulary import MinutesStatus
from meetings.minutes.writers import require_editor
from meetings.planning.entities import Meeting
from meetings.planning.schedule import local_day_bounds
from meetings.tasks.access import may_own
from meetings.tasks.entities import Task
from meetings.tasks.line import TaskLine, parse_task_line
from meetings.tasks.owners import AMBIGUOUS, MEMBER, OUTSIDE, SEVERAL, UNKNOWN, resolve_owner
from meetings.tasks.tasks import TaskDraft

ITEM, DECISION, TASK, INFO, NOTE = "item", "decision", "task", "info", "note"
_KINDS = {
    ITEM: ("punkt", "pkt", "item", "emne", "topic"),
    DECISION: ("beslutning", "besluttet", "besluttede", "decision", "decided", "agreed"),
    TASK: ("opgave", "task", "action", "todo"),
    INFO: ("info", "orientering"),
    NOTE: ("note", "notat", "referat", "notes"),
}
# A word's plural is the word: "#opgaver …", "#beslutninger …", "#decisions …" are noted as
# "#opgave …", "#beslutning …", "#decision …" would be.
_PLURALS = {
    ITEM: ("punkter", "items", "emner", "topics"),
    DECISION: ("beslutninger", "decisions"),
    TASK: ("opgaver", "tasks", "actions", "todos"),
    INFO: ("infos", "informationer", "information", "orienteringer"),
    NOTE: ("noter", "notater"),
}
_KIND_OF = {word: kind for kinds in (_KINDS, _PLURALS) for kind, words in kinds.items()
            for word in words}
CAPTURE_WORDS = frozenset(_KIND_OF)  # the words a minutes line starts with, after its "#"
PLURAL_WORDS = frozenset(word for words in _PLURALS.values() for word in words)
NOTE_WORDS = frozenset(_KINDS[NOTE])  # "# Referat …" with a space is a heading, not a note
_LINE = re.compile(r"^\s*#(?P<word>\w+)\.?\s*:?\s*(?P<rest>.*)$", re.DOTALL)
_WORDS = re.compile(r"[^\W_]+")
_NUMBER = re.compile(r"^(?:nr\.?\s*|no\.?\s*)?(?P<number>\d{1,3})\b")
# From an hour before the start until the end of the next working day (Friday's meeting is
# minuted on Monday), a meeting takes the chat's lines; its draft minutes take them again as
# long after they were opened (`referat`) or written in.
EARLY = timedelta(hours=1)
LOOK_BACK = timedelta(days=400)  # minutes are written within weeks; a year is plenty


@dataclass(frozen=True)
class Captured:
    kind: str  # ITEM | DECISION | TASK | INFO | NOTE
    number: int | None = None  # ITEM: the agenda number
    text: str = ""  # ITEM without a number: the item's title as written ("#punkt Eventuelt")


@dataclass(frozen=True)
class CaptureResult:
    """Where a line landed. `candidates` non-empty: the owner's name fits several members;
    `unknown`: a person's name that no member has. Either way the task is not made yet (ask,
    with `line`)."""

    minutes: Minutes
    entry: MinutesEntry
    kind: str
    task: Task | None = None
    line: TaskLine | None = None
    candidates: tuple[tuple[int, str], ...] = ()
    unknown: str | None = None
    problem: object | None = None  # a task line's LineProblem: nothing was made
    several: bool = False  # `candidates` are members named together ("Rie og Daniel")
    outsiders: tuple[str, ...] = ()  # names no member has, named with them ("Rie og Lotte")


def parse_capture(text: str) -> Captured | None:
    """The line as a minutes capture, or None when it is not one ("#" and a word we know)."""
    found = _LINE.match(text or "")
    if found is None:
        return None
    kind = _KIND_OF.get(found["word"].casefold())
    if kind is None:
        return None
    rest = " ".join(found["rest"].split()) if kind != NOTE else found["rest"].strip()
    if kind != TASK:  # a task line reads its owner from the mention (`parse_task_line`)
        rest = as_names(rest)
    if kind == ITEM:
        number = _NUMBER.match(rest)
        return Captured(ITEM, int(number["number"])) if number else Captured(ITEM, text=rest)
    return Captured(kind, text=rest)


def parse_captures(text: str) -> tuple[Captured, ...]:
    """Each line of a message that starts with "#" and a word we know, in order, the lines
    under it that do not carried with it ("#punkt 4", Shift+Enter, "#beslutning …"), under an
    item's line as a note ("#punkt 4", Shift+Enter, "Vi drøftede …"); empty when the message
    does not begin with such a line."""
    lines: list[list[str]] = []
    for line in (text or "").strip().splitlines():
        if parse_capture(line) is not None:
            lines.append([line])
        elif not lines:
            return ()
        else:
            lines[-1].append(line)
    captures: list[Captured] = []
    for first, *under in lines:
        item = parse_capture(first)
        if item.kind == ITEM and "\n".join(under).strip():
            captures += [item, parse_capture("#note\n" + "\n".join(under))]
        else:
            captures.append(parse_capture("\n".join([first, *under])))
    return tuple(captures)


async def capture_line(uow: UnitOfWork, group: Group, actor: Member, captured: Captured,
                       now: datetime, *,
                       mentions: Sequence[tuple[str, str]] = ()) -> CaptureResult:
    """Into the minutes of the meeting going on (or just held), opened if needed."""
    minutes = await _minutes_now(uow, group, actor, now)
    require_editor(actor, group, minutes, "capture_line", minutes.id)
    await follow_agenda(uow, group, minutes, now)
    if captured.kind == ITEM:
        entry = await item_entry(uow, minutes, captured)
        minutes.current_number, minutes.updated_at = entry.number, now
        return CaptureResult(minutes, entry, ITEM)
    entry = await _entry(uow, minutes, minutes.current_number)
    if not captured.text:
        raise Refusal(BAD_MINUTES, field="text")
    if captured.kind == TASK:
        return await task_from_line(uow, group, actor, minutes, entry, captured.text, now,
                                    mentions)
    return await append_line(uow, group, actor, minutes, entry, captured, now)


async def item_entry(uow: UnitOfWork, minutes: Minutes, captured: Captured) -> MinutesEntry:
    """The entry an item line names ("#punkt 4", "#punkt eventuelt"); refused if none does."""
    number = captured.number
    if number is None and captured.text:
        number = entitled(await uow.minutes_entries.of_minutes(minutes.id), captured.text)
    return await _entry(uow, minutes, number)


async def append_line(uow: UnitOfWork, group: Group, actor: Member, minutes: Minutes,
                      entry: MinutesEntry, captured: Captured, now: datetime) -> CaptureResult:
    """A decision or note line written under the entry's others of its kind."""
    await uow.minutes.lock(minutes.id)  # two lines at once: both kept
    await uow.minutes_entries.refresh(entry)
    field = "decision" if captured.kind == DECISION else "notes"
    before = getattr(entry, field)
    joined = f"{before}\n{captured.text}" if before else captured.text
    entry = await record_entry(uow, group, actor, entry.id, now, **{field: joined})
    return CaptureResult(minutes, entry, captured.kind)


def entitled(entries: Sequence[MinutesEntry], written: str) -> int | None:
    """The number of the one item whose title is `written` ("#punkt eventuelt"), else of the
    one whose title begins with it ("#punkt kommune"), else of the one that has its words
    ("#punkt runden"); None when no item or several fit."""
    words = _WORDS.findall(written.casefold())
    if not words:
        return None
    titled = [(entry.number, _WORDS.findall(entry.title.casefold())) for entry in entries]
    for fits in (lambda title: title == words, lambda title: title[:len(words)] == words,
                 lambda title: all(any(w in t for t in title) for w in words)):
        found = [number for number, title in titled if fits(title)]
        if found:
            return found[0] if len(found) == 1 else None
    return None


async def meeting_now(uow: UnitOfWork, group: Group, now: datetime) -> Meeting | None:
    """The meeting started most recently, from an hour ahead back to the last working day's
    start; else the last meeting held, if its minutes are a draft opened or written in since
    then (`referat` on Tuesday for last Friday's meeting): the minutes `referat` shows, never
    an older draft behind them, nor minutes posted or approved."""
    since, until = lines_window(group.time_zone, now)
    meetings = await uow.minutes.meetings_started(group.id, since, until)
    if meetings:
        return meetings[0]
    held = await uow.minutes.meetings_started(group.id, now - LOOK_BACK, now)
    minutes = await uow.minutes.of_meeting(held[0].id) if held else None
    in_use = minutes is not None and minutes.status == MinutesStatus.DRAFT \
        and minutes.updated_at >= since
    return held[0] if in_use else None


def lines_window(time_zone: str, now: datetime) -> tuple[datetime, datetime]:
    """When a meeting must have started to take the chat's lines now: from the start of the
    working day before today, local time, until an hour ahead."""
    tz = ZoneInfo(time_zone)
    before = working_day_on_or_before(now.astimezone(tz).date() - timedelta(days=1))
    return local_day_bounds(before, tz)[0], now + EARLY


def takes_lines(time_zone: str, starts_at: datetime, touched_at: datetime,
                now: datetime) -> bool:
    """Whether draft minutes of a meeting starting at `starts_at`, last opened or written in
    at `touched_at`, take the chat's lines now."""
    since, until = lines_window(time_zone, now)
    return since <= starts_at <= until or since <= touched_at


async def _minutes_now(uow: UnitOfWork, group: Group, actor: Member, now: datetime) -> Minutes:
    meeting = await meeting_now(uow, group, now)
    if meeting is None:
        raise Refusal(NO_MEETING)
    minutes = await uow.minutes.of_meeting(meeting.id)
    return minutes or await open_minutes(uow, group, actor, meeting.id, now)


async def _entry(uow: UnitOfWork, minutes: Minutes, number: int | None) -> MinutesEntry:
    entry = None if number is None else await uow.minutes_entries.numbered(minutes.id, number)
    if entry is None:
        raise Refusal(BAD_MINUTES, field="number")
    return entry


async def task_from_line(uow: UnitOfWork, group: Group, actor: Member, minutes: Minutes,
                         entry: MinutesEntry, text: str, now: datetime,
                         mentions: Sequence[tuple[str, str]]) -> CaptureResult:
    """A "#opgave" line's task under the entry, or what to ask about its owner first."""
    line = parse_task_line(text, now=now, tz=ZoneInfo(group.time_zone),
                           language=group.language or "da", mentions=mentions)
    if not isinstance(line, TaskLine):
        return CaptureResult(minutes, entry, TASK, problem=line)
    # One who left gets nothing: a line naming her is asked about as a name no member has.
    everybody = await uow.members.of_group(group.id)
    members = [m for m in everybody if may_own(m)]
    match = resolve_owner(line, [(m.id, m.name, m.teams_id) for m in members],
                          left=[m.name for m in everybody if m.left_at is not None])
    if match.kind in (AMBIGUOUS, SEVERAL, UNKNOWN):
        return CaptureResult(minutes, entry, TASK, line=line, candidates=match.candidates,
                             unknown=match.name if match.kind == UNKNOWN else None,
                             several=match.kind == SEVERAL, outsiders=match.outsiders)
    draft = TaskDraft(title=line.title, due_on=line.due_on,
                      owner_id=match.member_id if match.kind == MEMBER else None,
                      owner_name=match.name if match.kind == OUTSIDE else None)
    task = await add_task_from_minutes(uow, group, actor, entry.id, draft, now)
    return CaptureResult(minutes, entry, TASK, task=task, line=line)
