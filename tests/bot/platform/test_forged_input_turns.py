"""Input no Teams client sends — channelData of the wrong type, lone surrogates, card data that
is no object or names ids no row can have — refused or answered cleanly, nothing half-written."""

import pytest
from sqlalchemy import func, select

from meetings.groups.entities import Group, Member
from tests.bot.tasks.task_turn_steps import tasks


async def counts(bot) -> tuple[int, int]:
    async with bot.uow() as uow:
        return (await uow.session.scalar(select(func.count()).select_from(Group)),
                await uow.session.scalar(select(func.count()).select_from(Member)))


CONVERSATION = {"id": "19:netvaerk-boern-unge@thread.v2", "conversationType": "groupChat"}


@pytest.mark.parametrize("changes", [
    {"channelData": "x"}, {"channelData": [1]},
    {"channelData": {"tenant": "tenant-kkr-sjaelland"}}, {"channelData": {"tenant": {"id": 5}}},
    {"channelData": {"team": "x"}},
    {"channelData": {"channel": {"id": "19:x", "name": {"da": "Generelt"}}}},
    {"channelData": {"settings": 1}}, {"conversation": {**CONVERSATION, "tenantId": 5}},
], ids=["string", "list", "tenant-string", "tenant-id-number", "team-string",
        "channel-name-object", "settings-number", "conversation-tenant-number"])
async def test_a_tenant_team_or_channel_of_the_wrong_type_is_refused_before_the_turn(
        bot, changes):
    await bot.install()
    before = await counts(bot)
    bot.connector.clear()
    activity = bot.activity("group_message", **changes)
    activity["from"] = {"id": "29:1new-person", "name": "Ny Person", "aadObjectId": "aad-new"}
    response = await bot.client.post("/api/messages", json=activity)
    assert response.status == 400, await response.text()
    assert "tenant" in await response.text()
    assert await counts(bot) == before and bot.connector.sent == []


async def test_a_lone_surrogate_in_the_text_is_replaced_and_the_line_answered(bot):
    await bot.install()
    bot.connector.clear()
    await bot.say("opgave: Rie undersøger \ud800 plejefamilier, frist 1. december")
    [task] = await tasks(bot)
    assert task.title == "Rie undersøger \ufffd plejefamilier"
    assert "Beklager" not in " ".join(bot.connector.texts())


async def test_a_name_with_a_lone_surrogate_is_stored_with_it_replaced(bot):
    await bot.install()
    bot.connector.clear()
    activity = bot.activity("group_message", text="<at>Mødebot</at> hjælp")
    activity["from"] = {"id": "29:1new-person", "name": "Ny \udfff Person",
                        "aadObjectId": "aad-new"}
    await bot.post(activity)
    async with bot.uow() as uow:
        member = await uow.session.scalar(select(Member).where(
            Member.teams_id == "29:1new-person"))
    assert member.name == "Ny \ufffd Person"
    assert bot.connector.cards() and "Beklager" not in " ".join(bot.connector.texts())


UNREADABLE_DA = "Jeg kan ikke læse, hvad knappen sendte, så intet er ændret."
UNREADABLE_EN = "I cannot read what the button sent, so nothing was changed."


@pytest.mark.parametrize("value", [
    "x", [1], {"action": "task.done"}, {"action": {"verb": "task.done", "data": "x"}},
    {"action": {"verb": "task.done", "data": [1]}},
], ids=["value-string", "value-list", "action-string", "data-string", "data-list"])
async def test_card_data_that_is_no_object_gets_a_refusal_in_the_clickers_language(bot, value):
    await bot.install()
    before = await counts(bot)
    for locale, refusal in (("da-DK", UNREADABLE_DA), ("en-GB", UNREADABLE_EN)):
        activity = bot.activity("card_action", value=value, locale=locale)
        answer = await (await bot.post(activity)).json()
        assert answer["statusCode"] == 200 and refusal in answer["value"]
    assert await counts(bot) == before


async def test_a_submitted_card_whose_value_is_no_object_gets_a_refusal(bot):
    await bot.install()
    bot.connector.clear()
    await bot.post(bot.activity("group_message", text="", value="task.done"))
    assert any(UNREADABLE_DA in text for text in bot.connector.texts())


async def test_ids_no_row_can_have_are_refused_and_true_or_1_0_are_not_task_1(bot):
    await bot.install()
    await bot.say("opgave: Rie undersøger plejefamilier, frist 1. december")
    [task] = await tasks(bot)
    assert task.id == 1  # so True and 1.0 would be taken for it by int()
    for forged in (10**40, 2**31, -1, 1.0, True, "1.0", "99999999999"):
        for key, verb in (("task_id", "task.done"), ("group_id", "task.done"),
                          ("meeting_id", "meeting.show")):
            data = {"task_id": 1, "version": task.version, key: forged}
            answer = await bot.click(verb, data)
            assert UNREADABLE_DA in answer["value"], (key, forged, answer)
    answer = await bot.click("task.show", {"tasks": [1, 10**40], "task_id": 1})
    assert UNREADABLE_DA in answer["value"]
    [unchanged] = await tasks(bot)
    assert (unchanged.status, unchanged.version) == (task.status, task.version)


async def test_an_owner_stages_or_list_of_the_wrong_kind_is_refused_not_a_failed_turn(bot):
    await bot.install()
    await bot.say("opgave: Rie undersøger plejefamilier, frist 1. december")
    [task] = await tasks(bot)
    for verb, data in [
        ("task.reassign", {"task_id": task.id, "version": task.version, "owner": "9" * 25}),
        ("task.create", {"title": "Ring til KL", "owner": "9" * 25}),
    ]:
        answer = await bot.click(verb, data)
        assert UNREADABLE_DA in answer["value"], (verb, answer)
    for verb, data in [
        ("task.done", {"task_id": task.id, "version": task.version, "tasks": [task.id],
                       "stages": ["due"]}),
        ("task.show", {"task_id": task.id, "list": ["mine"]}),
        ("task.list", {"list": {"x": 1}}),
    ]:
        bot.connector.clear()
        answer = await bot.click(verb, data)  # read as if the odd value were not there
        assert "Beklager" not in str(answer) + " ".join(bot.connector.texts()), (verb, answer)
    [after] = await tasks(bot)
    assert after.owner_id == task.owner_id and len(await tasks(bot)) == 1
