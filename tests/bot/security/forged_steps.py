"""A security review's forged clicks: the ids of one group's meeting, item, task and minutes
sent from the chat of another group the clicker leads, and every table compared before and
after each click."""

from sqlalchemy import select

from meetings.agenda.entities import AgendaItem
from meetings.groups.entities import Member
from meetings.minutes.entities import Minutes, MinutesEntry
from meetings.planning.entities import Meeting
from meetings.tasks.entities import Task
from storage.models.base import metadata
from tests.bot.conftest import USERS
from tests.bot.personal.test_personal_chat_turns import STEERING

GROUP = "19:netvaerk-boern-unge@thread.v2"  # the recorded group's chat
# Answers to clicks are kept for Teams' retries: the one table every click writes.
WRITTEN_BY_EVERY_CLICK = {"handled_activities"}


# The secretary of the steering group, who is no member of the recorded group.
METTE = {"id": "29:1mette-kjaer", "name": "Mette Kjær", "aadObjectId": "aad-mette"}


async def install_steering_group_by_mette(bot) -> None:
    """The bot added to the steering group's chat by Mette, who becomes its secretary."""
    activity = bot.activity("group_installation_update")
    activity["from"] = METTE
    activity["conversation"] = {**activity["conversation"], "id": STEERING,
                                "name": "Styregruppen"}
    await bot.post(activity)


async def click_in(bot, conversation: str, verb: str, data: dict, *,
                   person: dict | None = None, locale: str = "da-DK") -> dict:
    activity = bot.activity("card_action", locale=locale)
    activity["from"] = person or USERS["lisbet"]
    activity["conversation"] = {**activity["conversation"], "id": conversation}
    activity["value"]["action"].update(verb=verb, data=data)
    return await (await bot.post(activity)).json()


async def click_in_steering_group(bot, verb: str, data: dict, **kwargs) -> dict:
    """Mette clicks in the steering group's chat."""
    return await click_in(bot, STEERING, verb, data, person=METTE, **kwargs)


async def snapshot(bot) -> dict[str, list[tuple]]:
    """Every row of every table but the answers kept for retries."""
    async with bot.uow() as uow:
        return {table.name: sorted(map(tuple, await uow.session.execute(select(table))), key=repr)
                for table in metadata.sorted_tables if table.name not in WRITTEN_BY_EVERY_CLICK}


def changed(before: dict, after: dict) -> list[str]:
    return [name for name in before if before[name] != after[name]]


async def ids(bot) -> dict[str, int]:
    """The ids of the recorded group's meeting, item, task, minutes (their versions) and of
    Rie's and Daniel's memberships there, as a forger would read them off its cards."""
    async with bot.uow() as uow:
        group = await uow.groups.by_conversation(GROUP)
        found = {"group_id": group.id}
        for key, model in (("meeting_id", Meeting), ("item_id", AgendaItem), ("task_id", Task),
                           ("minutes_id", Minutes)):
            row = await uow.session.scalar(select(model).where(model.group_id == group.id))
            if row is not None:
                found[key] = row.id
                if key in ("task_id", "minutes_id"):
                    found[key.replace("_id", "_version")] = row.version
        if "minutes_id" in found:
            found["entry_id"] = await uow.session.scalar(select(MinutesEntry.id).where(
                MinutesEntry.minutes_id == found["minutes_id"]).order_by(MinutesEntry.id.desc()))
        for name in ("rie", "daniel"):
            found[name] = await uow.session.scalar(select(Member.id).where(
                Member.aad_object_id == f"aad-{name}", Member.group_id == group.id))
        return found
