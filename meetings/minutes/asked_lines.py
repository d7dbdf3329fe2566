"""The card an "#opgave" line asked its owner with, in the chat (a name of several members, or
of none): the task its answer makes is remembered by the line, as one the line made itself,
and a card whose line was edited or deleted in Teams since makes none."""

from datetime import datetime

from meetings.common.ports import UnitOfWork
from meetings.common.refusal import LINE_CHANGED, Refusal
from meetings.groups.entities import Group, Member
from meetings.minutes.capture import TASK
from meetings.minutes.entities import MinutesLine
from meetings.minutes.recording import answer_minutes_question, entry_of_group
from meetings.minutes.writers import require_editor
from meetings.tasks.tasks import TaskChange, TaskDraft


async def asked_line_hash(uow: UnitOfWork, group: Group, message_id: str,
                          position: int) -> str | None:
    """The text, hashed, of the "#opgave" line a card asks its owner about, as it reads now:
    the card carries it, so that an answer after an edit of the line makes no task."""
    line = await _task_line(uow, group, message_id, position)
    return line.text_hash if line is not None else None


async def answer_line_question(uow: UnitOfWork, group: Group, actor: Member, entry_id: int,
                               draft: TaskDraft, question: str, now: datetime,
                               line: tuple[str, int, str | None]) -> TaskChange:
    """The owner chosen on the card an "#opgave" line asked with (`line`: its message,
    position and text hashed, if the card has it): the task made, and remembered by the line,
    so that an edit or a deletion of the message cancels it as it would one made by the line
    itself. Refused when the line was deleted, edited or moved to another item since: the
    card asks about a line that is no longer there (an edit asks anew if it must)."""
    minutes, _ = await entry_of_group(uow, group, entry_id)
    require_editor(actor, group, minutes, "add_task_from_minutes", entry_id)
    message_id, position, written = line
    asked = await _task_line(uow, group, message_id, position)
    if asked is None or asked.entry_id != entry_id \
            or (written is not None and asked.text_hash != written):
        raise Refusal(LINE_CHANGED)
    answer = await answer_minutes_question(uow, group, actor, entry_id, draft, question, now)
    if answer.changed and asked.task_id is None:
        asked.task_id = answer.task.id
    return answer


async def _task_line(uow: UnitOfWork, group: Group, message_id: str,
                     position: int) -> MinutesLine | None:
    return next((line for line in await uow.minutes_lines.of_message(group.id, message_id)
                 if line.position == position and line.kind == TASK), None)
