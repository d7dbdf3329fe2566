"""Card buttons on tasks: done, a status note, a new due date, blocked, reopen, reassign,
cancel; the form for a new task; choosing among owners of one name; being away.

Task ids and versions in card data are client input: the use cases find the clicker in the
task's own group and check that they own it or chair or keep the group, and change the task
only if it is still at the version the card showed. A click on the reminder digest is
answered with the digest rebuilt, so the card updates in place.
"""

from collections.abc import Awaitable, Callable
from typing import Any

from bot.card_data import Action
from bot.handlers.tasks.cards import form_card, list_card, task_card
from bot.outbox.task_digest import digest_card, digest_of
from bot.turn import CARD_GROUP, CardReply, Turn
from bot.views.replies import form_problem_text
from bot.views.task_lists import MINE, list_of
from bot.views.tasks import away_text, which_list_card
from dialogs import task_form
from dialogs.card_inputs import field_of, task_id_of, version_of
from dialogs.forms import Invalid
from dialogs.task_form import chosen_owner, date_of, owner_of
from meetings.common.i18n import N_
from meetings.groups.vocabulary import ConversationKind
from meetings.tasks.asked import answer_question, question_of
from meetings.tasks.entities import Task
from meetings.tasks.shown import visible_task
from meetings.tasks.tasks import (
    TaskChange,
    TaskDraft,
    add_note,
    block_task,
    cancel_task,
    complete_task,
    confirm_imported_task,
    create_task,
    reassign_task,
    reopen_task,
    set_away,
    set_due,
)

Change = Callable[[Turn, int, int | None, dict], Awaitable[TaskChange]]


DONE_WORDS = {
    "done": N_("Marked as done. Thank you!"), "note": N_("Your note is saved."),
    "due": N_("The new due date is saved."), "block": N_("Marked as blocked."),
    "reopen": N_("The task is open again."), "reassign": N_("The task has a new owner."),
    "cancel": N_("The task is cancelled."),
    "confirm": N_("The task is confirmed and will be followed up from now on."),
}


def changing(kind: str, change: Change) -> Action:
    """A button that changes a task, answered with the card it was on, rebuilt."""
    async def action(turn: Turn, data: dict) -> CardReply:
        result = await change(turn, task_id_of(data), version_of(data), data)
        if result.changed:
            notice = turn._(DONE_WORDS[kind])
        else:
            notice = turn._("This task was already changed. Here is how it stands now.")
        return CardReply(card=await answer_card(turn, result.task, data, notice))
    return action


async def answer_card(turn: Turn, task: Task, data: dict, notice: str) -> dict:
    """The card the click was on, rebuilt: the digest, a task list, or the task."""
    if isinstance(data.get("tasks"), list):
        card = await digest_card(turn, turn.member, digest_of(data), notice,
                                 leave_out_finished=False)
        if card is not None:
            return card
    if (listed := list_of(data)) is not None:
        return await list_card(turn, listed, expanded=task.id, notice=notice)
    return await task_card(turn, task, turn._("Task"), notice, _back(data))


def _back(data: dict) -> dict[str, Any]:
    """The list a task card was opened from, for its "back to the list" button."""
    back = list_of(data.get("back"))
    return {"back": back} if back else {}


async def _done(turn: Turn, task_id: int, version: int | None, _: dict) -> TaskChange:
    return await complete_task(turn.uow, turn.member, task_id, version, turn.now)


async def _note(turn: Turn, task_id: int, _: int | None, data: dict) -> TaskChange:
    return await add_note(turn.uow, turn.member, task_id, field_of(data, "note", task_id)
                          or field_of(data, "text"), turn.now)


async def _due(turn: Turn, task_id: int, version: int | None, data: dict) -> TaskChange:
    due = date_of(field_of(data, "due", task_id), "due_on")
    return await set_due(turn.uow, turn.member, task_id, version, due, turn.now)


async def _block(turn: Turn, task_id: int, version: int | None, data: dict) -> TaskChange:
    return await block_task(turn.uow, turn.member, task_id, version,
                            field_of(data, "reason", task_id), turn.now)


async def _reopen(turn: Turn, task_id: int, version: int | None, _: dict) -> TaskChange:
    return await reopen_task(turn.uow, turn.member, task_id, version, turn.now)


async def _reassign(turn: Turn, task_id: int, version: int | None, data: dict) -> TaskChange:
    owner_id, owner_name = owner_of(data, task_id)
    return await reassign_task(turn.uow, turn.member, task_id, version, owner_id, owner_name,
                               turn.now)


async def _cancel(turn: Turn, task_id: int, version: int | None, _: dict) -> TaskChange:
    return await cancel_task(turn.uow, turn.member, task_id, version, turn.now)


async def _confirm(turn: Turn, task_id: int, version: int | None, _: dict) -> TaskChange:
    return await confirm_imported_task(turn.uow, turn.member, task_id, version, turn.now)


async def show_task(turn: Turn, data: dict) -> CardReply:
    """From a list: the list again with the task opened; else the whole task."""
    task = await visible_task(turn.uow, task_id_of(data), turn.member)
    if (listed := list_of(data)) is not None:
        return CardReply(card=await list_card(turn, listed, expanded=task.id))
    return CardReply(card=await task_card(turn, task, turn._("Task"), extra=_back(data)))


async def show_list(turn: Turn, data: dict) -> CardReply:
    return CardReply(card=await list_card(turn, list_of(data) or {"list": MINE}))


async def show_mine(turn: Turn, _: dict) -> CardReply:
    return CardReply(card=await list_card(turn, {"list": MINE}))


async def show_form(turn: Turn, data: dict) -> CardReply:
    """The form for a new task; clicked in the personal chat of a member of groups, first the
    list it goes on (`which_list_card`), whose buttons name it, so the form is that list's."""
    if turn.group.kind == ConversationKind.PERSONAL and CARD_GROUP not in data \
            and turn.member is not None:
        found = await turn.uow.members.groups_of_person(turn.member, turn.now)
        groups = [(group.id, group.name) for group, _, _ in found if group.id != turn.group.id]
        if groups:
            return CardReply(card=which_list_card(turn, groups, task_form.origin_of(data)))
    return CardReply(card=await form_card(turn, extra=task_form.origin_of(data)))


async def create_from_form(turn: Turn, data: dict) -> CardReply:
    task = await task_form.create(turn, data)
    if isinstance(task, Invalid):
        return CardReply(card=await form_card(turn, task.values,
                                              form_problem_text(turn, task.problem),
                                              task_form.origin_of(data)))
    return CardReply(card=await task_card(turn, task, turn._("Task created")))


async def create_for_owner(turn: Turn, data: dict) -> CardReply:
    """The owner chosen on the card that asked who: a member, or the person outside the group
    it named. The question makes one task: answered again (by anybody), it shows the task the
    first answer made."""
    draft = _chosen(data)
    question = question_of(data.get("question"))
    if question is None:  # a card sent before the question carried its token
        task, created = await create_task(turn.uow, turn.group, turn.member, draft, turn.now), True
    else:
        answer = await answer_question(turn.uow, turn.group, turn.member, draft, question,
                                       turn.now)
        task, created = answer.task, answer.changed
    if created:
        return CardReply(card=await task_card(turn, task, turn._("Task created")))
    return CardReply(card=await task_card(turn, task, turn._("Task"), turn._(
        "The task was already created. Here is how it stands now.")))


def _chosen(data: dict) -> TaskDraft:
    """The draft that rode along on the question's button, with its owner. No choice, no task."""
    owner_id, owner_name = chosen_owner({"owner_id": data.get("owner_id"),
                                         "owner_name": data.get("owner_name")})
    due = field_of(data, "due")
    return TaskDraft(title=field_of(data, "title"), owner_id=owner_id, owner_name=owner_name,
                     due_on=date_of(due, "due_on") if due else None)


async def set_away_from_card(turn: Turn, data: dict) -> CardReply:
    until = date_of(field_of(data, "until"), "away_until")
    await set_away(turn.uow, turn.member, until, turn.now)
    return CardReply(message=away_text(turn, until))


TASK_ACTIONS: dict[str, Action] = {
    "task.done": changing("done", _done),
    "task.note": changing("note", _note),
    "task.due": changing("due", _due),
    "task.block": changing("block", _block),
    "task.reopen": changing("reopen", _reopen),
    "task.reassign": changing("reassign", _reassign),
    "task.cancel": changing("cancel", _cancel),
    "task.confirm": changing("confirm", _confirm),
    "task.show": show_task,
    "task.list": show_list,
    "task.mine": show_mine,
    "task.form": show_form,
    "task.create": create_from_form,
    "task.owner": create_for_owner,
    "away.set": set_away_from_card,
}
