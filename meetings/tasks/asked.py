"""Tasks made on the card that asked who takes them: one task per question, however often and
by whomever the question is answered (a double click, Teams delivering the click again, a
second member answering the card posted to the group)."""

import hashlib
import json
import logging
import secrets
from datetime import datetime

from meetings.common.access import require_member
from meetings.common.ports import UnitOfWork
from meetings.groups.entities import Group, Member
from meetings.tasks.chase_due import schedule_chase
from meetings.tasks.tasks import TaskChange, TaskDraft, new_task, note_created

log = logging.getLogger(__name__)

MAX_QUESTION = 100  # ours are 22 characters; anything longer was not written by us


def new_question() -> str:
    """The token of one question card, carried by every button on it."""
    return secrets.token_urlsafe(16)


def question_of(value) -> str | None:
    """The token from card data; None for a card made before questions had one."""
    token = value.strip() if isinstance(value, str) else ""
    return token if 0 < len(token) <= MAX_QUESTION else None


def question_key(group_id: int, question: str) -> str:
    """One question's identity within its group, of a fixed width."""
    identity = json.dumps([group_id, question], ensure_ascii=False)
    return hashlib.sha256(identity.encode()).hexdigest()


async def answer_question(uow: UnitOfWork, group: Group, actor: Member, draft: TaskDraft,
                          question: str, now: datetime, **columns) -> TaskChange:
    """The task the question asked about, made by this answer (changed) or found as an earlier
    answer made it (not changed: its owner stays the one chosen first). The earlier task is
    found before the draft is checked again, so a late repeat is not refused for a date that
    has passed since."""
    require_member(actor, group, "create_task")
    key = question_key(group.id, question)
    if (made := await uow.tasks.by_key(key)) is not None:
        log.info("task question answered again", extra={"group_id": group.id,
                                                        "task_id": made.id})
        return TaskChange(made, False)
    values = await new_task(uow, group, actor, draft, now)
    task, added = await uow.tasks.add_once({**values, **columns, "dedupe_key": key})
    if added:
        note_created(uow, task, actor, now)
        await schedule_chase(uow, [task], now)
    return TaskChange(task, added)
