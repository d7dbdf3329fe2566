"""Members who leave the group chat, and the bot removed: what is kept, what goes to the
secretary, what is sent no more, and when the group is erased."""

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from bot.outbox.ticks import CHASE, ERASURE
from meetings.common.entities import OutboxMessage
from meetings.common.outbox_kind import OutboxKind
from tests.bot.agenda.test_agenda_cycle_delivery import worker
from tests.bot.agenda.test_agenda_turns import planned
from tests.bot.conftest import USERS
from tests.bot.groups.test_member_turns import members
from tests.bot.personal.test_personal_card_turns import click_there, sent_to
from tests.bot.test_turns import GROUP, LINE
from tests.card_reading import card_text, elements

BOT = {"id": "28:00000000-0000-0000-0000-00000000b075", "name": "Mødebot"}


def removed(bot, *accounts: dict) -> dict:
    """conversationUpdate with membersRemoved, as Teams sends it when people (or the bot)
    leave the group chat."""
    activity = bot.activity("group_installation_update")
    activity.pop("action")
    activity.update(type="conversationUpdate", membersRemoved=list(accounts))
    return activity


async def pending_to(bot, member_id: int, key: str) -> None:
    async with bot.uow() as uow:
        await uow.outbox.enqueue(dedupe_key=key, kind="text", payload={"text": key},
                                 group_id=(await uow.members.get(member_id)).group_id,
                                 member_id=member_id, due_at=bot.clock.now(),
                                 created_at=bot.clock.now())
        await uow.commit()


async def outbox(bot) -> dict[str, OutboxMessage]:
    async with bot.uow() as uow:
        return {r.dedupe_key: r for r in await uow.session.scalars(select(OutboxMessage))}


async def test_a_member_who_leaves_is_kept_inactive_and_their_tasks_go_to_the_secretary(bot):
    meeting_id = await planned(bot)
    await bot.say("opgave: Daniel undersøger om Socialtilsyn Øst kan deltage, frist 15. december")
    daniel = (await members(bot))["Daniel"]
    await pending_to(bot, daniel.id, "to-daniel")
    await bot.post(removed(bot, USERS["daniel"]))
    found = await members(bot)
    assert found["Daniel"].left_at == bot.clock.now()  # kept, for the minutes and the report
    rows = await outbox(bot)
    assert rows["to-daniel"].status == "dead"
    [left] = [r for r in rows.values() if r.kind == OutboxKind.LEFT_MEMBER_TASKS]
    assert left.member_id == found["Lisbet"].id  # the secretary
    # Not asked, not counted as absent: "hvem kommer?" no longer lists him.
    card = await bot.click("attendance.show", {"meeting_id": meeting_id})
    assert "Daniel Gottrup" not in card_text(card["value"])
    # The secretary gets his open tasks on one card, whose rows open with reassign and cancel.
    bot.connector.clear()
    async with worker(bot) as delivery:
        await delivery.drain()
    chat, tasks_card = sent_to(bot, USERS["lisbet"])
    assert "Daniel Gottrup har forladt gruppen" in card_text(tasks_card)
    row = next(e for e in elements(tasks_card) if e.get("verb") == "task.show")
    opened = await click_there(bot, chat, row, person=USERS["lisbet"])
    assert "task.reassign" in {e.get("verb") for e in elements(opened["value"])}
    whole = next(e for e in elements(opened["value"])
                 if e.get("verb") == "task.show" and "back" in e.get("data", {}))
    task_card = await click_there(bot, chat, whole, person=USERS["lisbet"])
    cancel = next(e for e in elements(task_card["value"]) if e.get("verb") == "task.cancel")
    await click_there(bot, chat, cancel, person=USERS["lisbet"])
    async with bot.uow() as uow:
        assert await uow.tasks.unfinished_of_owners([daniel.id]) == []
    assert "to-daniel" not in str(bot.connector.sent)


async def test_the_bot_removed_sends_nothing_more_keeps_the_group_and_erases_it_later(bot):
    await planned(bot)
    lisbet = (await members(bot))["Lisbet"]  # in the group, before her personal chat's row
    await bot.post(personal_message(bot, "lisbet"))
    await bot.post(removed(bot, BOT))
    async with bot.uow() as uow:
        group = await uow.groups.by_conversation(GROUP)
        assert await uow.addresses.by_conversation(GROUP) is None
    assert group.erase_at == datetime(2027, 11, 25, 9, 0, tzinfo=UTC)  # 12 months on
    # The meeting's reminder, due the day before it, waits for its day (test_bot_away_turns).
    [reminder] = (await outbox(bot)).values()
    assert (reminder.kind, reminder.status) == (OutboxKind.MEETING_REMINDER, "pending")
    bot.clock.set(datetime(2027, 11, 19, 9, 0, tzinfo=UTC))  # six days before
    assert await ERASURE.run(bot.uow, bot.clock) == [f"warned {group.id}"]
    bot.connector.clear()
    async with worker(bot) as delivery:
        await delivery.drain()
    [warning] = bot.connector.texts()
    assert "slettes den 25. november 2027" in warning
    assert bot.connector.sent[0]["_conversation"].endswith(lisbet.teams_id)
    bot.clock.set(datetime(2027, 11, 25, 9, 1, tzinfo=UTC))
    assert await ERASURE.run(bot.uow, bot.clock) == [f"erased {group.id}"]
    async with bot.uow() as uow:
        assert await uow.groups.by_conversation(GROUP) is None
        assert await uow.members.get(lisbet.id) is None


async def test_the_bot_added_again_within_the_period_keeps_the_group(bot):
    await planned(bot)
    await bot.post(removed(bot, BOT))
    await bot.install()
    async with bot.uow() as uow:
        group = await uow.groups.by_conversation(GROUP)
    assert (group.bot_removed_at, group.erase_at) == (None, None)
    bot.clock.set(datetime(2027, 12, 1, 9, 0, tzinfo=UTC))
    assert await ERASURE.run(bot.uow, bot.clock) == []


async def test_after_the_only_secretary_left_whoever_adds_the_bot_again_becomes_secretary(bot):
    await bot.install()  # Lisbet installs: secretary
    await bot.post(removed(bot, USERS["lisbet"]))  # she leaves; the bot sees it
    bot.connector.members = [m for m in bot.connector.members
                             if m.get("aadObjectId") != "aad-lisbet"]
    await bot.post(removed(bot, BOT))
    again = bot.activity("group_installation_update")
    again["from"] = USERS["rie"]
    await bot.post(again)  # Rie adds the bot again
    bot.connector.clear()
    await bot.say(LINE, user="rie")
    assert "Det kan kun formanden og sekretæren." not in bot.connector.texts()
    assert "Mødet er planlagt" in card_text(bot.connector.cards()[-1])
    found = await members(bot)
    assert (found["Rie"].role, found["Lisbet"].role) == ("secretary", "secretary")
    assert found["Lisbet"].left_at is not None


async def test_the_secretary_gone_while_the_bot_was_away_makes_the_installer_secretary(bot):
    await bot.install()  # Lisbet installs: secretary
    await bot.post(removed(bot, BOT))  # she removes the bot, then leaves the chat unseen
    bot.connector.members = [m for m in bot.connector.members
                             if m.get("aadObjectId") != "aad-lisbet"]
    again = bot.activity("group_installation_update")
    again["from"] = USERS["rie"]
    await bot.post(again)  # Rie adds the bot again
    found = await members(bot)
    assert (found["Rie"].role, found["Lisbet"].left_at is not None) == ("secretary", True)
    bot.connector.clear()
    await bot.say(LINE, user="rie")
    assert "Mødet er planlagt" in card_text(bot.connector.cards()[-1])
    async with bot.uow() as uow:  # Rie leads: no take-over card is offered
        kinds = list(await uow.session.scalars(select(OutboxMessage.kind)))
    assert OutboxKind.LEADERLESS not in kinds


async def test_the_secretary_still_in_the_chat_keeps_leading_when_the_bot_comes_back(bot):
    await bot.install()
    await bot.post(removed(bot, BOT))
    again = bot.activity("group_installation_update")
    again["from"] = USERS["rie"]
    await bot.post(again)
    found = await members(bot)
    assert (found["Lisbet"].role, found["Lisbet"].left_at) == ("secretary", None)
    assert found["Rie"].role == "member"


async def test_a_member_gone_while_the_bot_was_away_is_neither_chased_nor_counted(bot):
    meeting_id = await planned(bot)
    await bot.say("opgave: Daniel undersøger om Socialtilsyn Øst kan deltage, frist 15. december")
    await bot.post(removed(bot, BOT))  # the bot removed; Daniel leaves the chat unseen
    bot.connector.members = [m for m in bot.connector.members
                             if m.get("aadObjectId") != "aad-daniel"]
    await bot.install()  # Lisbet adds the bot again
    found = await members(bot)
    assert (found["Daniel"].left_at, found["Rie"].left_at) == (bot.clock.now(), None)
    assert found["Lisbet"].role == "secretary"
    card = await bot.click("attendance.show", {"meeting_id": meeting_id})
    assert "Daniel Gottrup" not in card_text(card["value"])
    # His open task goes to the secretary on the leavers' card, as when he is seen to leave.
    bot.connector.clear()
    async with worker(bot) as delivery:
        await delivery.drain()
    _, tasks_card = sent_to(bot, USERS["lisbet"])
    assert "Daniel Gottrup har forladt gruppen" in card_text(tasks_card)
    bot.clock.advance(timedelta(days=19))  # the day before his task's deadline
    await CHASE.run(bot.uow, bot.clock)
    bot.connector.clear()
    async with worker(bot) as delivery:
        await delivery.drain()
    assert not [a for a in bot.connector.sent if USERS["daniel"]["id"] in a["_conversation"]]


def personal_message(bot, user: str) -> dict:
    activity = bot.activity("personal_message")
    activity["from"] = USERS[user]
    activity["conversation"] = {"conversationType": "personal",
                                "tenantId": "tenant-kkr-sjaelland",
                                "id": f"a:{USERS[user]['id']}"}
    return activity


async def test_the_secretary_sets_how_long_the_data_is_kept_after_the_bot_is_removed(bot):
    await bot.install()
    await bot.say("medlemmer")
    [field] = [e for e in elements(bot.connector.cards()[-1]) if e.get("id") == "retention_months"]
    assert field["value"] == 12
    wrong = await bot.click("members.save", {"retention_months": "0"})
    assert "et helt tal fra 1 til 120" in wrong["value"]
    await bot.click("members.save", {"retention_months": "6"})
    await bot.post(removed(bot, BOT))
    async with bot.uow() as uow:
        group = await uow.groups.by_conversation(GROUP)
    assert (group.retention_months, group.erase_at) == (
        6, datetime(2027, 5, 25, 9, 0, tzinfo=UTC))
