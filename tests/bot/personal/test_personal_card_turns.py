"""Buttons on the cards the bot sends a member 1:1 on behalf of a group (the nudge before the
deadline, the attendance reminder, the task reminder digest) act on that group, clicked in the
member's personal chat; somebody outside the group, or a forged group, is refused in words."""

import logging
from datetime import UTC, datetime

from sqlalchemy import select

from bot.outbox.ticks import CHASE
from meetings.agenda.entities import AgendaItem, Attendance, InputResponse
from meetings.groups.entities import Group, Member
from tests.bot.agenda.test_agenda_cycle_delivery import tick_and_deliver, worker
from tests.bot.agenda.test_agenda_turns import ITEM, planned, rows
from tests.bot.conftest import USERS
from tests.bot.tasks.task_turn_steps import members, task_for_rie, tasks
from tests.bot.test_turns import GROUP
from tests.card_reading import card_text, elements

CALL = datetime(2027, 1, 15, 8, 0, tzinfo=UTC)  # 21 days before the meeting
NUDGES = datetime(2027, 1, 22, 8, 0, tzinfo=UTC)  # two working days before the deadline
ATTENDANCE = datetime(2027, 2, 4, 8, 0, tzinfo=UTC)  # the working day before the meeting
DIGEST = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)  # two working days before the task is due
ANNE = {"id": "29:1anne-andersen", "name": "Anne Andersen", "aadObjectId": "aad-anne"}


async def cycle_until(bot, moment: datetime) -> None:
    """The agenda cycle's ticks up to `moment`; what the last one sent is what was sent."""
    for at in (CALL, NUDGES, ATTENDANCE):
        if at == moment:
            bot.connector.clear()
        await tick_and_deliver(bot, at)
        if at == moment:
            return


def sent_to(bot, person: dict) -> tuple[str, dict]:
    """The personal chat the bot wrote to `person` in, and the card it sent there."""
    [message] = [a for a in bot.connector.sent if a["_conversation"].endswith(person["id"])]
    return message["_conversation"], message["attachments"][0]["content"]


def button(card: dict, title: str) -> dict:
    [action] = [e for e in elements(card)
                if e.get("type") == "Action.Execute" and e.get("title") == title]
    return action


async def click_there(bot, chat: str, action: dict, *, person: dict, locale: str = "da-DK",
                      **inputs) -> dict:
    """`person` clicks the button in their personal chat `chat`, with the inputs typed."""
    activity = bot.activity("card_action", locale=locale)
    activity["from"] = person
    activity["conversation"] = {"conversationType": "personal", "id": chat,
                                "tenantId": "tenant-kkr-sjaelland"}
    activity["value"]["action"].update(verb=action["verb"],
                                       data={**action.get("data", {}), **inputs})
    return await (await bot.post(activity)).json()


async def group_member(bot, name: str) -> Member:
    return (await members(bot))[name]


async def test_proposing_an_item_from_the_nudge_proposes_it_in_the_group(bot):
    meeting_id = await planned(bot)
    await cycle_until(bot, NUDGES)
    chat, nudge = sent_to(bot, USERS["rie"])
    form = await click_there(bot, chat, button(nudge, "Foreslå et punkt"), person=USERS["rie"])
    assert "Foreslå et punkt" in card_text(form["value"])
    [propose] = [e for e in elements(form["value"]) if e.get("verb") == "item.propose"]
    fields = {k: v for k, v in ITEM.items() if k != "meeting_id"}
    done = await click_there(bot, chat, propose, person=USERS["rie"], **fields)
    assert "Punktet er foreslået" in card_text(done["value"])
    async with bot.uow() as uow:
        [item] = await uow.session.scalars(select(AgendaItem))
    assert (item.meeting_id, item.proposed_by) == (meeting_id,
                                                   (await group_member(bot, "rie")).id)


async def test_nothing_from_us_acts_in_the_group_chat_as_before_and_on_the_nudge_too(bot):
    meeting_id = await planned(bot)
    await cycle_until(bot, CALL)
    [call] = [a["attachments"][0]["content"] for a in bot.connector.sent]
    assert all("group_id" not in e["data"] for e in elements(call)
               if e.get("type") == "Action.Execute")  # in the group's chat it is the group
    in_group = await bot.click("item.nothing", button(call, "Intet fra os")["data"], user="rie")
    assert in_group["value"] == "Tak. Noteret: intet fra jer denne gang."

    await cycle_until(bot, NUDGES)
    chat, nudge = sent_to(bot, USERS["daniel"])
    answer = await click_there(bot, chat, button(nudge, "Intet fra os"),
                               person=USERS["daniel"])
    assert answer["value"] == "Tak. Noteret: intet fra jer denne gang."
    async with bot.uow() as uow:
        responses = list(await uow.session.scalars(select(InputResponse)))
    people = await members(bot)
    assert {(r.meeting_id, r.member_id) for r in responses} == {
        (meeting_id, people["rie"].id), (meeting_id, people["daniel"].id)}


async def test_regrets_and_a_substitute_from_the_attendance_reminder(bot):
    meeting_id = await planned(bot)
    await cycle_until(bot, ATTENDANCE)
    chat, reminder = sent_to(bot, USERS["rie"])
    answered = await click_there(bot, chat, button(reminder, "Afbud"), person=USERS["rie"])
    assert "Du har meldt afbud." in card_text(answered["value"])
    # The agenda card she gets back answers in the same group.
    again = await click_there(bot, chat, button(answered["value"], "Sender stedfortræder"),
                              person=USERS["rie"], substitute_name="Heidi Madsen")
    assert "Heidi Madsen kommer i dit sted." in card_text(again["value"])
    async with bot.uow() as uow:
        [answer] = await uow.session.scalars(select(Attendance))
    assert (answer.meeting_id, answer.member_id, answer.status, answer.substitute_name) == (
        meeting_id, (await group_member(bot, "rie")).id, "substitute", "Heidi Madsen")


async def deliver_digest(bot) -> None:
    bot.clock.set(DIGEST)
    await CHASE.run(bot.uow, bot.clock)
    bot.connector.clear()
    async with worker(bot) as delivery:
        await delivery.drain()


async def test_the_digests_buttons_act_on_the_task_and_on_the_group_it_came_from(bot):
    task = await task_for_rie(bot)
    await deliver_digest(bot)
    chat, digest = sent_to(bot, USERS["rie"])
    done = await click_there(bot, chat, button(digest, "Færdig"), person=USERS["rie"])
    assert "Markeret som færdig" in card_text(done["value"])
    assert {t.id: t.status for t in await tasks(bot)} == {task.id: "done"}
    mine = await click_there(bot, chat, button(digest, "Alle mine opgaver"),
                             person=USERS["rie"])
    assert "Mine opgaver" in card_text(mine["value"])
    # A new task from the list she opened there is the group's, with its members to choose.
    form = await click_there(bot, chat, button(mine["value"], "Ny opgave"),
                             person=USERS["rie"])
    [owners] = [e for e in elements(form["value"]) if e.get("id") == "owner_id"]
    assert {c["title"] for c in owners["choices"]} >= {"Rie Nielsen", "Daniel Gottrup",
                                                        "Lisbet Daugaard-Hansen"}
    [create] = [e for e in elements(form["value"]) if e.get("verb") == "task.create"]
    daniel = await group_member(bot, "daniel")
    await click_there(bot, chat, create, person=USERS["rie"], title="Sende referatet",
                      owner_id=str(daniel.id), owner_name="", due="2026-12-18")
    new = (await tasks(bot))[-1]
    assert (new.title, new.group_id, new.owner_id) == ("Sende referatet", daniel.group_id,
                                                       daniel.id)


async def test_a_click_from_somebody_outside_the_group_is_refused_and_logged(bot, caplog):
    await planned(bot)
    await cycle_until(bot, ATTENDANCE)
    _, reminder = sent_to(bot, USERS["rie"])
    caplog.set_level(logging.WARNING)
    attending = button(reminder, "Deltager")
    # Answered in the language the card was shown in, as every click is.
    for language, words in (("da", "Kortet hører til en gruppe, du ikke er medlem af"),
                            ("en", "This card belongs to a group you are not a member of")):
        refused = await click_there(bot, "a:1personal-anne", attending, person=ANNE,
                                    locale="en-GB", lang=language)
        assert refused["value"].startswith(words)
        assert "“@Mødebot" in refused["value"]
    assert await rows(bot, Attendance) == 0
    assert "refused: card of a group the clicker is not in" in caplog.text
    async with bot.uow() as uow:
        group = await uow.groups.by_conversation(GROUP)
        assert "aad-anne" not in {m.aad_object_id for m in await uow.members.of_group(group.id)}


async def test_a_forged_group_is_refused_and_changes_nothing(bot):
    await planned(bot)
    await cycle_until(bot, ATTENDANCE)
    chat, reminder = sent_to(bot, USERS["rie"])
    attending = button(reminder, "Deltager")
    await bot.post(bot.activity("personal_message", text="hjælp", **{  # a group of her own
        "from": ANNE, "conversation": {"conversationType": "personal", "id": "a:1personal-anne",
                                       "tenantId": "tenant-kkr-sjaelland"}}))
    async with bot.uow() as uow:
        annes = (await uow.groups.by_conversation("a:1personal-anne")).id
        groups = list(await uow.session.scalars(select(Group.id)))
    for forged in (annes, str(annes), max(groups) + 100, None):
        data = {**attending["data"], "group_id": forged}
        refused = await click_there(bot, chat, {**attending, "data": data},
                                    person=USERS["rie"])
        assert refused["value"].startswith("Kortet hører til en gruppe, du ikke er medlem af")
    for no_id in ("19:netvaerk-boern-unge@thread.v2", True, [1], 2**40):  # read as no card data
        data = {**attending["data"], "group_id": no_id}
        refused = await click_there(bot, chat, {**attending, "data": data},
                                    person=USERS["rie"])
        assert refused["value"].startswith("Jeg kan ikke læse, hvad knappen sendte")
    assert await rows(bot, Attendance) == 0

