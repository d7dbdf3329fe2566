"""A minutes line remembered by its Teams message, found again in its entry: the text it wrote
and the "#punkt" line it was written under are kept hashed (the entry holds the text), and a
line's text is replaced where it stands by the run of the entry's lines with its hash."""

import hashlib

from meetings.minutes.capture import DECISION, TASK, Captured


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
