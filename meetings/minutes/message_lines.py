"""Minutes lines by the Teams message that wrote them: each line of a captured message is
remembered by the message's id, so an edit or a deletion of the message in Teams is followed
while the minutes are a draft: a decision or a note rewritten or taken out where it stands, a
task cancelled (and, edited, made anew).

Once the minutes are sent for approval the chat no longer changes them: what the group was
shown changes on the minutes card, where the rules for posted and approved minutes apply.
"""

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from meetings.common.ports import UnitOfWork
from meetings.groups.entities import Group, Member
from meetings.minutes.capture import (
    ITEM,
    TASK,
    Captured,
    CaptureResult,
    append_line,
    capture_line,
    item_entry,
    meeting_now,
    task_from_line,
)
from meetings.minutes.entities import Minutes, MinutesEntry, MinutesLine
from meetings.minutes.following import follow_agenda
from meetings.minutes.line_texts import (
    field_of,
    item_hash,
    item_lines,
    item_message,
    item_moves,
    remember_item_message,
    replaced,
    text_hash,
    written_lines,
)
from meetings.minutes.recording import record_entry
from meetings.minutes.vocabulary import MinutesStatus
from meetings.minutes.writers import require_editor
from meetings.tasks.tasks import cancel_task
from meetings.tasks.vocabulary import UNFINISHED

log = logging.getLogger(__name__)

FOLLOWED, NOT_OURS, POSTED, CHANGED = "followed", "not_ours", "posted", "changed"
OTHER_LINES, TASK_CLOSED = "other_lines", "task_closed"


@dataclass(frozen=True)
class LineChange:
    kind: str
    number: int  # the entry's number
    removed: bool = False
    moved: bool = False  # a decision or note now under another item, the entry's
    position: int = 0  # which of the message's lines
    title: str | None = None  # a task cancelled: its title
    result: CaptureResult | None = None  # a task line made anew


@dataclass(frozen=True)
class Followed:
    """What an edit or a deletion did: FOLLOWED with its changes; NOT_OURS, a message that
    wrote nothing into minutes; POSTED, minutes already sent; CHANGED, the item of one of the
    lines the edit changes was changed since (on its card) and no longer has the line;
    OTHER_LINES, the edit added or removed a line or made one another kind; TASK_CLOSED, the
    task of one of the lines it changes was done or cancelled since. All but FOLLOWED change
    none of the message's lines: each reason is asked of every line before any changes (the
    minutes held, so the answer stands), and `number` is the item of the first line stopped.
    (Should a line still not be found when rewritten, CHANGED is returned after the lines
    before it changed; the bot commits FOLLOWED only, so those changes are not kept.)"""

    status: str
    changes: tuple[LineChange, ...] = ()
    number: int | None = None  # all but FOLLOWED: the item to correct on the card


async def capture_message(uow: UnitOfWork, group: Group, actor: Member,
                          captures: Sequence[Captured], now: datetime, *,
                          mentions: Sequence[tuple[str, str]] = (),
                          message_id: str | None = None) -> list[CaptureResult]:
    """Each line in turn (`capture_line`), each that writes remembered by the message with
    the "#punkt" line above it; a message of "#punkt" lines only, by what its last one named."""
    results, position = [], 0
    for captured, item in zip(captures, item_lines(captures, every=True), strict=True):
        result = await capture_line(uow, group, actor, captured, now, mentions=mentions)
        results.append(result)
        if captured.kind == ITEM or not message_id:
            continue
        await uow.minutes_lines.add_if_absent({
            "minutes_id": result.minutes.id, "entry_id": result.entry.id,
            "message_id": message_id, "position": position, "kind": captured.kind,
            "text_hash": text_hash(captured.text), "item_hash": item_hash(item),
            "task_id": result.task.id if result.task else None, "created_at": now})
        position += 1
    if message_id and results and item_message(captures):
        await remember_item_message(uow, results[-1], message_id, captures[-1], now)
    return results


async def noted_meanwhile(uow: UnitOfWork, group: Group, message_id: str,
                          now: datetime) -> bool:
    """Whether the message's lines were noted since this turn found none: the minutes taking
    lines now are held (until commit) before looking, so of two deliveries of one edit at once
    (Teams' retry, another replica) the second waits here for the first and finds its lines."""
    meeting = await meeting_now(uow, group, now)
    minutes = await uow.minutes.of_meeting(meeting.id) if meeting is not None else None
    if minutes is None:
        return False
    await uow.minutes.lock(minutes.id)
    return bool(await written_lines(uow, group, message_id))


async def noting_there_already(uow: UnitOfWork, group: Group, captures: Sequence[Captured],
                               now: datetime) -> bool:
    """Whether a message of item lines only ("#punkt 5") names the item the minutes taking
    lines now are noted under already: edited so, it changes nothing, as when Teams delivers
    the edit again (an item line is not remembered by its message: it writes nothing). The
    minutes are held, then read, so a delivery at once finds the first's item too."""
    if not captures or any(captured.kind != ITEM for captured in captures):
        return False
    meeting = await meeting_now(uow, group, now)
    minutes = await uow.minutes.of_meeting(meeting.id) if meeting is not None else None
    if minutes is None or minutes.status != MinutesStatus.DRAFT:
        return False
    await uow.minutes.lock(minutes.id)
    minutes = await uow.minutes.of_meeting(meeting.id)
    await follow_agenda(uow, group, minutes, now)  # as capturing it would
    return (await item_entry(uow, minutes, captures[-1])).number == minutes.current_number


async def edit_message(uow: UnitOfWork, group: Group, actor: Member, message_id: str,
                       captures: Sequence[Captured], now: datetime, *,
                       mentions: Sequence[tuple[str, str]] = ()) -> Followed:
    """The message's lines as edited, in place of what they wrote; an edit that leaves no
    minutes line is a deletion. A line moves only when the "#punkt" line above it names
    another item than when it was written: left as it was, the line stays with its item,
    renumbered on the agenda since or not."""
    written = [c for c in captures if c.kind != ITEM]
    if not written:
        return await delete_message(uow, group, actor, message_id, now)
    lines, minutes, refused = await _lines_to_change(uow, group, actor, message_id, now)
    if refused is not None:
        return refused
    if [field_of(c.kind) for c in written] != [field_of(line.kind) for line in lines]:
        return await _left_to_card(uow, minutes, lines[0], "lines changed", OTHER_LINES)
    named = item_lines(captures)
    moves = await item_moves(uow, minutes, lines, named)
    edited = [(line, captured, to) for line, captured, to
              in zip(lines, written, moves, strict=True)
              if to is not None or line.text_hash != text_hash(captured.text)
              or line.kind != captured.kind]
    if (stopped := await _stopped(uow, minutes, [line for line, _, _ in edited])) is not None:
        return stopped
    changes = []
    for line, captured, to in edited:
        if to is not None:
            change = await _move(uow, group, actor, minutes, line, captured, to, now, mentions)
        else:
            change = await _rewrite(uow, group, actor, minutes, line, captured, now, mentions)
        if change is None:  # not to be (`_stopped`); not committed if it were
            return await _left_to_card(uow, minutes, line, "line not found after all")
        changes.append(change)
    for line, item in zip(lines, named, strict=True):
        line.item_hash = item_hash(item)  # the next edit compares with this one
    return Followed(FOLLOWED, tuple(changes))


async def delete_message(uow: UnitOfWork, group: Group, actor: Member, message_id: str,
                         now: datetime) -> Followed:
    """What the message wrote, taken out; its tasks cancelled."""
    lines, minutes, refused = await _lines_to_change(uow, group, actor, message_id, now)
    if refused is not None:
        return refused
    if (stopped := await _stopped(uow, minutes, lines)) is not None:
        return stopped
    changes = []
    for line in lines:
        change = await _rewrite(uow, group, actor, minutes, line, None, now, ())
        if change is None:  # not to be (`_stopped`); not committed if it were
            return await _left_to_card(uow, minutes, line, "line not found after all")
        changes.append(change)
        await uow.minutes_lines.remove(line)
    return Followed(FOLLOWED, tuple(changes))


async def _lines_to_change(uow: UnitOfWork, group: Group, actor: Member, message_id: str,
                           now: datetime
                           ) -> tuple[list[MinutesLine], Minutes | None, Followed | None]:
    lines = await written_lines(uow, group, message_id)
    if not lines:
        return [], None, Followed(NOT_OURS)
    minutes = await uow.minutes.get(lines[0].minutes_id)
    require_editor(actor, group, minutes, "edit_minutes_line", minutes.id)
    if minutes.status != MinutesStatus.DRAFT:
        return lines, minutes, await _left_to_card(uow, minutes, lines[0], "minutes posted",
                                                   POSTED)
    await uow.minutes.lock(minutes.id)  # as a captured line: two at once are both kept
    await follow_agenda(uow, group, minutes, now)  # "#punkt 5" is the agenda's item 5 now
    # read again once held: a delivery of the same edit at once (Teams' retry) may have
    # changed them and committed while this one waited
    lines = await written_lines(uow, group, message_id)
    if not lines:
        return [], None, Followed(NOT_OURS)
    return lines, minutes, None


async def _rewrite(uow: UnitOfWork, group: Group, actor: Member, minutes: Minutes,
                   line: MinutesLine, captured: Captured | None, now: datetime,
                   mentions: Sequence[tuple[str, str]]) -> LineChange | None:
    """The line's text replaced by the captured one's (None: taken out); None when the entry
    no longer has it."""
    entry = await uow.minutes_entries.get(line.entry_id)
    await uow.minutes_entries.refresh(entry)
    if line.kind == TASK:
        return await _retask(uow, group, actor, minutes, entry, line, captured, now, mentions)
    field = field_of(line.kind)
    written = replaced(getattr(entry, field), line.text_hash,
                       captured.text if captured else None)
    if written is None:
        return None
    await record_entry(uow, group, actor, entry.id, now, **{field: written})
    if captured is not None:
        line.kind, line.text_hash = captured.kind, text_hash(captured.text)
    return LineChange(captured.kind if captured else line.kind, entry.number,
                      removed=captured is None)


async def _stopped(uow: UnitOfWork, minutes: Minutes, lines: Sequence[MinutesLine]
                   ) -> Followed | None:
    """Why the lines about to change may not, asked of each before any changes, so that a
    message is followed whole or not at all: TASK_CLOSED, a line's task done or cancelled since
    (cancelled again it would not be, and made anew it would be owed twice); CHANGED, a
    decision or note no longer in its entry as written (its item changed on its card since).
    The minutes are held meanwhile, so what is asked here still holds when the lines change."""
    for line in lines:
        if line.kind == TASK:
            task = await uow.tasks.get(line.task_id) if line.task_id is not None else None
            if task is not None and task.status not in UNFINISHED:
                return await _left_to_card(uow, minutes, line, "task closed", TASK_CLOSED)
            continue
        entry = await uow.minutes_entries.get(line.entry_id)
        await uow.minutes_entries.refresh(entry)
        if replaced(getattr(entry, field_of(line.kind)), line.text_hash, None) is None:
            return await _left_to_card(uow, minutes, line, "entry changed since")
    return None


async def _move(uow: UnitOfWork, group: Group, actor: Member, minutes: Minutes,
                line: MinutesLine, captured: Captured, to: MinutesEntry, now: datetime,
                mentions: Sequence[tuple[str, str]]) -> LineChange | None:
    """The line taken out of its item and written, as edited, under `to` (a task made anew
    there); None when its item no longer has it. Noting goes on under `to` if it was still
    under the item the line left."""
    left = await uow.minutes_entries.get(line.entry_id)
    if line.kind == TASK:
        change = await _retask(uow, group, actor, minutes, to, line, captured, now, mentions)
    elif await _rewrite(uow, group, actor, minutes, line, None, now, mentions) is None:
        return None
    else:
        await append_line(uow, group, actor, minutes, to, captured, now)
        line.kind, line.text_hash = captured.kind, text_hash(captured.text)
        change = LineChange(captured.kind, to.number, moved=True)
    line.entry_id = to.id
    if minutes.current_number == left.number:
        minutes.current_number = to.number
    return change


async def _retask(uow: UnitOfWork, group: Group, actor: Member, minutes: Minutes,
                  entry: MinutesEntry, line: MinutesLine, captured: Captured | None,
                  now: datetime, mentions: Sequence[tuple[str, str]]) -> LineChange:
    """A task line's task cancelled, and made anew from the edited line; cancelling follows
    the tasks' rules (the chair and the secretary), and a refusal changes nothing."""
    title = None
    if line.task_id is not None:
        title = (await cancel_task(uow, actor, line.task_id, None, now)).task.title
    if captured is None:
        return LineChange(TASK, entry.number, removed=True, title=title)
    result = await task_from_line(uow, group, actor, minutes, entry, captured.text, now,
                                  mentions)
    line.text_hash = text_hash(captured.text)
    line.task_id = result.task.id if result.task else None
    return LineChange(TASK, entry.number, title=title, result=result, position=line.position)


async def _left_to_card(uow: UnitOfWork, minutes: Minutes, line: MinutesLine, why: str,
                        status: str = CHANGED) -> Followed:
    entry = await uow.minutes_entries.get(line.entry_id)
    log.info("minutes line edited in Teams not followed",
             extra={"minutes_id": minutes.id, "entry_id": line.entry_id, "reason": why})
    return Followed(status, number=entry.number if entry else None)

