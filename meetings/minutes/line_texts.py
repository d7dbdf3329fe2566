"""A minutes line remembered by its Teams message, found again: the text it wrote and the
"#punkt" line it was written under are kept hashed (the entry holds the text); its text is
replaced where it stands by the run of the entry's lines with its hash, and it moves to another
item only when its "#punkt" line was corrected to name one."""

import hashlib
from collections.abc import Sequence

from meetings.common.ports import UnitOfWork
from meetings.minutes.capture import DECISION, ITEM, TASK, Captured, item_entry
from meetings.minutes.entities import Minutes, MinutesEntry, MinutesLine


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
