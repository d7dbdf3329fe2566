"""Who may change a task. Task ids arrive in card data, which is client input and can be forged,
and the click may come from the person's 1:1 chat (a reminder): the clicker is looked up in the
task's own group before anything is read or written."""

import logging

from meetings.common.ports import UnitOfWork
from meetings.common.refusal import NOT_ALLOWED, TASK_NOT_FOUND, TASK_OWNER, Refusal
from meetings.groups.entities import Member
from meetings.groups.vocabulary import MANAGERS
from meetings.tasks.entities import Task

log = logging.getLogger(__name__)

DONE, NOTE, DUE, BLOCK, REOPEN, REASSIGN, CANCEL = (
    "done", "note", "due", "block", "reopen", "reassign", "cancel")
# What a member-owner may do to their own task; everything else (reassigning, cancelling) is the
# chair's and secretary's: a task the group gave somebody is not theirs alone to drop.
OWNER_ACTIONS = frozenset({DONE, NOTE, DUE, BLOCK, REOPEN})


async def task_for_change(uow: UnitOfWork, actor: Member, task_id: int,
                          action: str) -> tuple[Task, Member]:
    """The task and the actor's membership in its group, if they may do `action` to it:
    the owner, the chair or the secretary (a task owned outside the group: chair or secretary;
    reassigning and cancelling: chair or secretary only)."""
    task = await uow.tasks.get(task_id) if isinstance(task_id, int) else None
    member = await uow.tasks.membership_in(task.group_id, actor) if task is not None else None
    if member is None:
        log.warning("task of another group or unknown",
                    extra={"action": action, "actor": actor.aad_object_id, "target": task_id})
        raise Refusal(TASK_NOT_FOUND)
    if not may_change(member, task, action):
        log.warning("refused: not owner, chair or secretary of the task",
                    extra={"action": action, "actor": actor.aad_object_id,
                           "group_id": task.group_id, "target": task.id})
        # What an owner may do, the refusal says the owner may; the rest is the managers'.
        raise Refusal(NOT_ALLOWED, **({"allowed": TASK_OWNER} if action in OWNER_ACTIONS
                                      else {}))
    return task, member


def may_own(member: Member) -> bool:
    """Whether a task may be given to the member: one who left the group is sent nothing, so a
    task of theirs would be chased by nobody."""
    return member.left_at is None


def may_change(member: Member, task: Task, action: str) -> bool:
    """For views too: whether to show a button."""
    if member.group_id != task.group_id:
        return False
    if member.role in MANAGERS:
        return True
    return action in OWNER_ACTIONS and task.owner_id is not None and task.owner_id == member.id
