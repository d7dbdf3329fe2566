"""The minutes (referat) of a meeting: one entry per agenda item, who was there, the log of
approvals, comments and corrections, and minutes waiting to be imported (storage maps them
onto tables)."""

from datetime import datetime

from meetings.common.entities import Entity


class Minutes(Entity):
    """The minutes of one meeting."""

    id: int
    meeting_id: int
    group_id: int
    status: str
    minute_taker_id: int | None
    minute_taker_name: str | None
    # The entry that chat lines ("#beslutning …") are captured into; "#punkt 4" moves it.
    current_number: int | None
    posted_at: datetime | None
    approve_by: datetime | None  # silence is consent after
    approved_at: datetime | None
    # The documents' secret: unguessable, so a download link needs no login (like the .ics).
    document_token: str
    version: int
    # The task lines as posted and approved ({"entry_id", "owner", "title", "due_on"}), printed
    # instead of the tasks as they are now; None while a draft (meetings/minutes/approved_tasks.py).
    approved_tasks: list[dict] | None
    created_at: datetime
    updated_at: datetime


class MinutesEntry(Entity):
    """The referat of one agenda item: notes, the decision, and the guests who came for it."""

    id: int
    minutes_id: int
    number: int  # the agenda's number
    title: str
    item_id: int | None  # None: a standing item
    notes: str | None
    decision: str | None  # beslutning
    guests: str | None  # "Heidi Madsen (Bakkehuset)"
    updated_at: datetime
    updated_by: int | None


class MinutesLine(Entity):
    """What one line of a Teams message wrote into the minutes ("#beslutning …"), so an edit or
    a deletion of the message in Teams can be followed while the minutes are a draft."""

    id: int
    minutes_id: int
    entry_id: int
    message_id: str  # the Teams message (activity) id
    position: int  # which of the message's minutes lines, from 0
    kind: str  # capture's DECISION | INFO | NOTE | TASK
    # The text written into the entry, hashed (the entry holds the text): found again by it.
    text_hash: str | None
    # What the "#punkt" line above it in the message named (hashed; "" hashed with none): an
    # edit that names it still leaves the line with its entry, whatever its number now. None:
    # remembered before this was kept.
    item_hash: str | None
    task_id: int | None  # a task line: the task it made
    created_at: datetime


class Presence(Entity):
    """Who actually came: a member present, absent or sending a substitute."""

    id: int
    minutes_id: int
    member_id: int
    status: str
    substitute_name: str | None
    # The member's name and organisation as approved, kept here when the member's own row is
    # erased: approved minutes are public records (arkivloven) and keep the names they had.
    name: str | None
    organisation: str | None


class MinutesEvent(Entity):
    """One line of the minutes' log: approvals, comments, consent, corrections."""

    id: int
    minutes_id: int
    entry_id: int | None
    member_id: int | None
    author_name: str | None
    kind: str
    text: str | None
    before: str | None  # a correction: what was there
    resolved_at: datetime | None  # a comment: settled
    created_at: datetime
    version: int | None  # an approval: the version of the minutes it approved
    # A comment: who, on which card version, about what and what it says, hashed; the same
    # submission again (a double click, a retry by Teams) finds the row instead of a second one.
    dedupe_key: str | None


class PendingImport(Entity):
    """Minutes read from a file or a paste, shown as a preview and waiting for the chair's or
    the secretary's *Importér*: the text stays here, never in the card, so a click can only
    import what its uploader sent. Taken (deleted) by the click that imports or cancels it."""

    id: int
    token: str
    # The group it is for; None when the uploader leads several and picks one on the card.
    group_id: int | None
    member_id: int
    name: str  # the file's name; "" for pasted text
    text: str
    created_at: datetime
