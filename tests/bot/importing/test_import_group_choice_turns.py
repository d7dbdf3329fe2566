"""The 1:1 chat is a group of its own, so minutes sent there go to the group the sender leads:
the one group without asking, or the one picked on the preview among several. A group picked
that the sender does not lead is refused; pasted text in the 1:1 chat goes the same way."""

from sqlalchemy import select

from meetings.groups.entities import Group
from meetings.planning.entities import Meeting
from tests.bot.conftest import USERS
from tests.bot.importing.import_file_steps import (
    LISBET,
    SEED,
    button,
    click_in_chat,
    waiting,
    written,
)
from tests.card_reading import card_text, elements

STEERING = "19:styregruppe@thread.v2"
RIES = "19:ries-gruppe@thread.v2"


async def install(bot, conversation: str, name: str, *, by: dict = LISBET) -> None:
    activity = bot.activity("group_installation_update")
    activity["from"] = by
    activity["conversation"] = {**activity["conversation"], "id": conversation, "name": name}
    await bot.post(activity)


async def paste_in_chat(bot, text: str) -> dict:
    bot.connector.clear()
    activity = bot.activity("personal_message", text=text)
    activity["from"] = LISBET
    activity["conversation"] = {**activity["conversation"], "id": "a:1personal-aad-lisbet"}
    await bot.post(activity)
    [card] = bot.connector.cards()
    return card


async def group_ids(bot) -> dict[str, int]:
    async with bot.uow() as uow:
        return {g.conversation_id: g.id for g in await uow.session.scalars(select(Group))}


async def meeting_groups(bot) -> list[int]:
    async with bot.uow() as uow:
        return [m.group_id for m in await uow.session.scalars(select(Meeting))]


async def test_pasted_in_the_1_1_chat_the_minutes_go_to_the_one_group_she_leads(bot):
    await bot.install()
    preview = await paste_in_chat(bot, "importér referat\n" + SEED)
    assert not [e for e in elements(preview) if e.get("type") == "Input.ChoiceSet"]
    importer = button(preview, "minutes.import")
    network = (await group_ids(bot))["19:netvaerk-boern-unge@thread.v2"]
    assert importer["data"]["group_id"] == network
    done = await click_in_chat(bot, importer)
    assert "Referat importeret" in card_text(done["value"])
    assert await meeting_groups(bot) == [network]


async def test_leading_two_groups_she_picks_one_on_the_preview(bot):
    await bot.install()
    await install(bot, STEERING, "Styregruppen")
    preview = await paste_in_chat(bot, "importér referat\n" + SEED)
    [choice] = [e for e in elements(preview) if e.get("type") == "Input.ChoiceSet"]
    ids = await group_ids(bot)
    assert [c["title"] for c in choice["choices"]] == ["Netværksgruppe Børn og Unge",
                                                      "Styregruppen"]
    assert choice["isRequired"] and choice["id"] == "group_id"
    importer = button(preview, "minutes.import")
    assert "group_id" not in importer["data"]
    done = await click_in_chat(bot, importer, group_id=str(ids[STEERING]))
    assert "Referat importeret" in card_text(done["value"])
    assert await meeting_groups(bot) == [ids[STEERING]]


async def test_a_group_picked_that_she_does_not_lead_is_refused_and_nothing_is_written(bot):
    await bot.install()
    await install(bot, STEERING, "Styregruppen")
    await install(bot, RIES, "Ries gruppe", by=USERS["rie"])  # Lisbet is a member there
    preview = await paste_in_chat(bot, "importér referat\n" + SEED)
    ids = await group_ids(bot)
    refused = await click_in_chat(bot, button(preview, "minutes.import"),
                                  group_id=str(ids[RIES]))
    assert refused["value"] == "Det kan kun formanden og sekretæren."
    assert await written(bot) == (0, 0, 0) and await waiting(bot) == 1


async def test_a_preview_of_one_group_cannot_be_imported_from_another_groups_chat(bot):
    await bot.install()
    await install(bot, STEERING, "Styregruppen")
    bot.connector.clear()
    await bot.say("importér referat\n" + SEED)  # in the network group's chat
    importer = button(bot.connector.cards()[-1], "minutes.import")
    activity = bot.activity("card_action")
    activity["conversation"] = {**activity["conversation"], "id": STEERING}
    activity["value"]["action"].update(verb="minutes.import", data=importer["data"])
    refused = await (await bot.post(activity)).json()
    assert refused["value"] == "Det kan kun formanden og sekretæren."
    assert await written(bot) == (0, 0, 0) and await waiting(bot) == 1
