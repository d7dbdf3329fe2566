"""The form for a new task, and the task inputs other cards share: a due date, an owner who is
a member or a person outside the group written by name. A problem brings the form back with
what was typed."""

from datetime import date
from typing import Any

from dialogs.card_inputs import field_of
from dialogs.context import Context
from dialogs.forms import Invalid, submitted
from meetings.common.refusal import BAD_TASK, Refusal
from meetings.tasks.entities import Task
from meetings.tasks.tasks import TaskDraft, create_task

FIELDS = ("title", "owner_id", "owner_name", "due")


def date_of(text: str, field: str) -> date:
    try:
        return date.fromisoformat(text.strip()[:10])
    except ValueError:
        raise Refusal(BAD_TASK, field=field) from None


def owner_of(data: dict, task_id: int | None = None) -> tuple[int | None, str | None]:
    """A name written for a person outside the group wins over the member chosen."""
    name = " ".join(field_of(data, "owner_name", task_id).split())
    if name:
        return None, name
    chosen = field_of(data, "owner", task_id) or field_of(data, "owner_id")
    try:
        return (int(chosen) if chosen else None), None
    except ValueError:
        raise Refusal(BAD_TASK, field="owner") from None


def chosen_owner(data: dict) -> tuple[int | None, str | None]:
    """The owner chosen on the card that asked who takes a task: no choice, no task."""
    owner_id, owner_name = owner_of(data)
    if owner_id is None and owner_name is None:
        raise Refusal(BAD_TASK, field="owner")
    return owner_id, owner_name


def origin_of(data: dict) -> dict[str, Any]:
    """The meeting or agenda item a task form was opened from, if its card named one."""
    origin = {}
    for name in ("meeting_id", "item_id"):
        try:
            origin[name] = int(data[name])
        except (KeyError, TypeError, ValueError):
            pass
    return origin


def typed(data: dict) -> dict[str, str]:
    return {name: field_of(data, name)[:1000] for name in FIELDS}


async def create(context: Context, data: dict) -> Task | Invalid[dict[str, str]]:
    """The task the form makes; any refusal is the form again, as typed."""
    values = typed(data)

    async def make() -> Task:
        owner_id, owner_name = owner_of(data)
        due = date_of(values["due"], "due_on") if values["due"] else None
        draft = TaskDraft(title=values["title"], owner_id=owner_id, owner_name=owner_name,
                          due_on=due, **origin_of(data))
        return await create_task(context.uow, context.group, context.member, draft, context.now)
    return await submitted(values, make)
