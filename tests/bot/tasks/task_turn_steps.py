"""The recorded group's tasks as the task turn tests read and click them."""

from zoneinfo import ZoneInfo

from sqlalchemy import select

from meetings.groups.entities import Member
from meetings.tasks.entities import Task, TaskNote
from tests.bot.conftest import USERS
from tests.bot.test_turns import GROUP
from tests.card_reading import card_text

CPH = ZoneInfo("Europe/Copenhagen")
RIE_HOLM = {"id": "29:1rie-holm", "name": "Rie Holm", "aadObjectId": "aad-rie-holm"}
PERSONAL = {"rie": "a:1personal-rie", "daniel": "a:1personal-daniel",
            "lisbet": "a:1personal-lisbet"}


async def members(bot) -> dict[str, Member]:
    """The members of the recorded roster, by first name; Rie Holm, who joins later, too."""
    async with bot.uow() as uow:
        group = await uow.groups.by_conversation(GROUP)
        by_aad = {m.aad_object_id: m for m in await uow.members.of_group(group.id)}
    return {name: by_aad[person["aadObjectId"]] for name, person in
            {**USERS, "holm": RIE_HOLM}.items() if person["aadObjectId"] in by_aad}


async def tasks(bot) -> list[Task]:
    async with bot.uow() as uow:
        return list(await uow.session.scalars(select(Task).order_by(Task.id)))


async def notes(bot, task_id: int) -> list[str]:
    async with bot.uow() as uow:
        rows = await uow.session.scalars(select(TaskNote).where(TaskNote.task_id == task_id)
                                         .order_by(TaskNote.id))
        return [row.kind for row in rows]


async def task_for_rie(bot, title: str = "Undersøge om Socialtilsyn Øst kan deltage") -> Task:
    """Made by the secretary on the form, owned by Rie, due Friday 4 December 2026."""
    await bot.install()
    rie = (await members(bot))["rie"]
    response = await bot.click("task.create", {"title": title, "owner_id": str(rie.id),
                                               "owner_name": "", "due": "2026-12-04"})
    assert "Undersøge om Socialtilsyn" in card_text(response["value"])
    [task] = await tasks(bot)
    return task


async def click_in_personal_chat(bot, verb: str, data: dict, *, user: str = "rie",
                                 locale: str = "en-GB") -> dict:
    activity = bot.activity("card_action", locale=locale)
    activity["from"] = USERS[user]
    activity["conversation"] = {"conversationType": "personal", "id": PERSONAL[user],
                                "tenantId": "tenant-kkr-sjaelland"}
    activity["value"]["action"].update(verb=verb, data=data)
    return await (await bot.post(activity)).json()


def digest_data(task: Task, **inputs) -> dict:
    return {"task_id": task.id, "version": task.version, "tasks": [task.id],
            "stages": {str(task.id): "due"}, "escalated": [], "lang": "en", **inputs}


async def say_as(bot, person: dict, text: str) -> None:
    activity = bot.activity("group_message")
    activity["from"] = person
    activity["text"] = f"<at>Mødebot</at> {text}"
    await bot.post(activity)
