"""A minutes line remembered by its Teams message, found again: the text it wrote and the
"#punkt" line it was written under are kept hashed (the entry holds the text); its text is
replaced where it stands by the run of the entry's lines with its hash, and it moves to another
item only when its "#punkt" line was corrected to name one.

A message of "#punkt" lines only ("#punkt 5") writes nothing but moves noting to an item; it
is remembered by its message all the same (what its last item line named, hashed, and the entry
it moved noting to), so that its edit in Teams is followed as an edit and not as a new line.

An edit that names what the message named already (Teams delivering the edit again, or the
message saved unchanged) changes nothing and is not answered, however far noting has moved
since. One that names another item moves noting there only if noting is still where the message
put it, as a line whose "#punkt" is corrected takes noting with it only from the item it left
(`message_lines`): once a later "#punkt" moved noting on, that one keeps the place, and what was
noted meanwhile stays where it is (a line of another message is not this message's to move).
"""

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from meetings.common.ports import UnitOfWork
from meetings.groups.entities import Group, Member
from meetings.minutes.capture import (
    DECISION,
    ITEM,
    TASK,
    Captured,
    CaptureResult,
    item_entry,
    meeting_now,
)
from meetings.minutes.entities import Minutes, MinutesEntry, MinutesLine
from meetings.minutes.following import follow_agenda
from meetings.minutes.vocabulary import MinutesStatus
from meetings.minutes.writers import require_editor

ITEM_POSITION = -1  # an item message's row, apart from the written lines, numbered from 0
UNCHANGED, NOTING, STAYS = "unchanged", "noting", "stays"


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def item_hash(item: Captured | None) -> str:
    """What an item line names ("#punkt 5": 5, "#punkt Eventuelt": its words as written, in any
    case), hashed; "" hashed for a line with no "#punkt" line above it in its message."""
    if item is None:
        return text_hash("")
    named = str(item.number) if item.number is not None else "#" + item.text.casefold()
    return text_hash(named)


def field_of(kind: str) -> str:
    """The entry's field a line of `kind` is written into."""
    return {DECISION: "decision", TASK: "task"}.get(kind, "notes")


def replaced(value: str | None, hashed: str | None, text: str | None) -> str | None:
    """`value` with the lines whose hash is `hashed` replaced by `text` ("" when that empties
    it); None when no run of its lines has that hash."""
    parts = (value or "").split("\n")
    for start in range(len(parts)):
        for end in range(start + 1, len(parts) + 1):
            if text_hash("\n".join(parts[start:end])) == hashed:
                kept = parts[:start] + ([text] if text else []) + parts[end:]
                return "\n".join(kept)
    return None


def item_lines(captures: Sequence[Captured], *, every: bool = False) -> list[Captured | None]:
    """For each written line of a message (`every`: each of its lines), the "#punkt" line
    above it in the message; None with none above it."""
    items: list[Captured | None] = []
    item = None
    for captured in captures:
        if captured.kind == ITEM:
            item = captured
        if every or captured.kind != ITEM:
            items.append(item)
    return items


async def item_moves(uow: UnitOfWork, minutes: Minutes, lines: Sequence[MinutesLine],
                     named: Sequence[Captured | None]) -> list[MinutesEntry | None]:
    """For each line of the edited message, the entry it moves to: the one its "#punkt" line
    names now, when that line was corrected to name another item; else None, the line staying
    with its entry (a line remembered before its "#punkt" line was: moved if that names
    another entry). Refused when a corrected "#punkt" line names no item."""
    moves: list[MinutesEntry | None] = []
    for line, item in zip(lines, named, strict=True):
        if item is None or line.item_hash == item_hash(item):
            moves.append(None)
            continue
        to = await item_entry(uow, minutes, item)
        moves.append(to if to.id != line.entry_id else None)
    return moves


@dataclass(frozen=True)
class ItemEdit:
    """UNCHANGED: nothing changed, nothing to say; NOTING: noting moved to `entry`; STAYS:
    noting stays under `current`, where a later "#punkt" put it, though the message now names
    `entry` instead of the item numbered `left`."""

    status: str
    entry: MinutesEntry | None = None
    current: MinutesEntry | None = None
    left: int | None = None


def item_message(captures: Sequence[Captured]) -> bool:
    return bool(captures) and all(captured.kind == ITEM for captured in captures)


async def remember_item_message(uow: UnitOfWork, result: CaptureResult, message_id: str,
                                item: Captured, now: datetime) -> None:
    """The message of item lines whose last one, `item`, moved noting as in `result`."""
    await uow.minutes_lines.add_if_absent({
        "minutes_id": result.minutes.id, "entry_id": result.entry.id,
        "message_id": message_id, "position": ITEM_POSITION, "kind": ITEM,
        "text_hash": None, "item_hash": item_hash(item), "task_id": None, "created_at": now})


async def edit_item_message(uow: UnitOfWork, group: Group, actor: Member, message_id: str,
                            captures: Sequence[Captured], now: datetime) -> ItemEdit | None:
    """The edit of a remembered item message; None for any other edit or message, and for a
    changed one whose minutes no longer take the chat's lines (captured as a new line then)."""
    if not item_message(captures) or (row := await _row(uow, group, message_id)) is None:
        return None
    named = item_hash(captures[-1])
    if row.item_hash == named:
        return ItemEdit(UNCHANGED)
    minutes = await uow.minutes.get(row.minutes_id)
    meeting = await meeting_now(uow, group, now)
    if minutes.status != MinutesStatus.DRAFT or meeting is None \
            or meeting.id != minutes.meeting_id:
        return None
    require_editor(actor, group, minutes, "capture_line", minutes.id)
    await uow.minutes.lock(minutes.id)  # a delivery at once waits, then finds this one's
    await follow_agenda(uow, group, minutes, now)  # "#punkt 4" is the agenda's item 4 now
    row = await _row(uow, group, message_id)
    if row is None:
        return None
    if row.item_hash == named:
        return ItemEdit(UNCHANGED)
    to = await item_entry(uow, minutes, captures[-1])  # refused when it names no item
    left = await uow.minutes_entries.get(row.entry_id)
    row.item_hash = named  # the next edit compares with this one
    if to.id == left.id:  # the same item by another name ("#punkt opfølgning")
        return ItemEdit(UNCHANGED)
    current = await uow.minutes_entries.numbered(minutes.id, minutes.current_number)
    if current is not None and current.id != left.id:  # moved on: that "#punkt" keeps it
        return ItemEdit(STAYS, entry=to, current=current, left=left.number)
    row.entry_id = to.id
    minutes.current_number, minutes.updated_at = to.number, now
    return ItemEdit(NOTING, entry=to)


async def written_lines(uow: UnitOfWork, group: Group, message_id: str) -> list[MinutesLine]:
    """The lines a message wrote, without the row of a message of "#punkt" lines only."""
    return [line for line in await uow.minutes_lines.of_message(group.id, message_id)
            if line.kind != ITEM]


async def _row(uow: UnitOfWork, group: Group, message_id: str) -> MinutesLine | None:
    return next((row for row in await uow.minutes_lines.of_message(group.id, message_id)
                 if row.kind == ITEM), None)
