"""The 1:1 reminder digest turn by turn: its buttons (done, a note, a new due date, blocked,
reassign, cancel), refused to those who may not change the task, and the digest as sent."""

from datetime import date

import pytest

from bot.outbox.messages import NothingToSend, render
from meetings.common.entities import OutboxMessage
from meetings.groups.entities import Member
from tests.bot.conftest import USERS
from tests.bot.tasks.task_turn_steps import (
    PERSONAL,
    click_in_personal_chat,
    digest_data,
    members,
    notes,
    task_for_rie,
    tasks,
)
from tests.bot.test_turns import LINE
from tests.card_reading import card_text, elements

# The digest's buttons


async def test_done_from_the_digest_updates_the_card_and_closes_the_task(bot):
    task = await task_for_rie(bot)
    await bot.post(bot.activity("personal_conversation_update"))
    response = await click_in_personal_chat(bot, "task.done", digest_data(task))
    card = response["value"]
    assert response["type"] == "application/vnd.microsoft.card.adaptive"
    assert "Marked as done" in card_text(card) and "Undersøge om Socialtilsyn" in card_text(card)
    assert [a["verb"] for a in elements(card) if a.get("type") == "Action.Execute"
            and a.get("data", {}).get("task_id") == task.id] == ["task.reopen"]
    [after] = await tasks(bot)
    assert after.status == "done" and after.closed_at is not None


async def test_a_double_click_on_done_changes_the_task_once(bot):
    task = await task_for_rie(bot)
    await bot.post(bot.activity("personal_conversation_update"))
    first = await click_in_personal_chat(bot, "task.done", digest_data(task))
    second = await click_in_personal_chat(bot, "task.done", digest_data(task))
    assert "Marked as done" in card_text(first["value"])
    assert "already changed" in card_text(second["value"])
    assert (await notes(bot, task.id)).count("done") == 1
    [after] = await tasks(bot)
    assert after.version == task.version + 1


async def test_a_forged_done_from_a_plain_member_is_refused_and_changes_nothing(bot):
    task = await task_for_rie(bot)
    response = await bot.click("task.done", {"task_id": task.id, "version": task.version},
                               user="daniel", locale="en-GB")
    assert response["type"] == "application/vnd.microsoft.activity.message"
    assert "Only the owner, the chair and the secretary" in response["value"]
    [after] = await tasks(bot)
    assert after.status == "open" and after.version == task.version
    assert await notes(bot, task.id) == ["created"]
    shown = await bot.click("task.show", {"task_id": task.id}, user="daniel")
    assert "Undersøge om Socialtilsyn" in card_text(shown["value"])
    assert not [e for e in elements(shown["value"]) if str(e.get("verb")).startswith("task.")]


async def test_a_forged_digest_shows_no_tasks_of_others(bot):
    task = await task_for_rie(bot)
    await bot.post(bot.activity("personal_conversation_update", **{
        "from": {"id": USERS["daniel"]["id"], "aadObjectId": "aad-daniel"},
        "conversation": {"conversationType": "personal", "tenantId": "tenant-kkr-sjaelland",
                         "id": PERSONAL["daniel"]}}))
    response = await click_in_personal_chat(bot, "task.note", {**digest_data(task),
                                                               f"note_{task.id}": "Hej"},
                                            user="daniel")
    assert "Only the owner, the chair and the secretary" in response["value"]
    assert await notes(bot, task.id) == ["created"]


async def test_a_note_a_new_due_date_and_blocked_from_the_digest(bot):
    task = await task_for_rie(bot)
    await bot.post(bot.activity("personal_conversation_update"))
    noted = await click_in_personal_chat(bot, "task.note", {**digest_data(task),
                                                            f"note_{task.id}": "Har ringet"})
    assert "Your note is saved" in card_text(noted["value"])
    [task] = await tasks(bot)
    moved = await click_in_personal_chat(bot, "task.due", {**digest_data(task),
                                                           f"due_{task.id}": "2026-12-11"})
    assert "Friday 11 December 2026" in card_text(moved["value"])
    [task] = await tasks(bot)
    blocked = await click_in_personal_chat(bot, "task.block", {
        **digest_data(task), f"reason_{task.id}": "Venter på svar fra tilsynet"})
    assert "Venter på svar fra tilsynet" in card_text(blocked["value"])
    [after] = await tasks(bot)
    assert (after.status, after.due_on) == ("blocked", date(2026, 12, 11))
    assert await notes(bot, task.id) == ["created", "note", "due", "blocked"]


async def test_a_past_due_date_is_refused_in_words(bot):
    task = await task_for_rie(bot)
    await bot.post(bot.activity("personal_conversation_update"))
    response = await click_in_personal_chat(bot, "task.due", {**digest_data(task),
                                                              f"due_{task.id}": "2026-11-01"})
    assert "cannot be in the past" in response["value"]
    assert (await tasks(bot))[0].due_on == date(2026, 12, 4)


async def test_the_secretary_reassigns_and_the_owner_may_not(bot):
    task = await task_for_rie(bot)
    daniel = (await members(bot))["daniel"]
    refused = await bot.click("task.reassign", {"task_id": task.id, "version": task.version,
                                                f"owner_{task.id}": str(daniel.id)},
                              user="rie", locale="en-GB")
    assert "Only" in refused["value"]
    shown = await bot.click("task.show", {"task_id": task.id}, locale="en-GB")
    reassign = [a for a in elements(shown["value"]) if a.get("verb") == "task.reassign"]
    assert reassign
    done = await bot.click("task.reassign", {**reassign[0]["data"],
                                             f"owner_{task.id}": str(daniel.id)},
                           locale="en-GB")
    assert "The task has a new owner" in card_text(done["value"])
    assert (await tasks(bot))[0].owner_id == daniel.id


# The digest as it is sent


async def render_digest(bot, member: Member, payload: dict) -> dict:
    row = OutboxMessage(kind="task_reminders", payload=payload, member_id=member.id,
                        group_id=member.group_id, dedupe_key="x")
    async with bot.uow() as uow:
        group = await uow.groups.get(member.group_id)
        return await render(uow, row, group, bot.clock.now(), "http://127.0.0.1:3978")


async def test_the_digest_leaves_out_finished_tasks_and_gives_up_when_none_are_left(bot):
    first = await task_for_rie(bot)
    await bot.click("task.create", {"title": "Sende referatet", "owner_id": str(first.owner_id),
                                    "owner_name": "", "due": "2026-11-27"})
    second = (await tasks(bot))[1]
    rie = (await members(bot))["rie"]
    payload = {"day": "2026-11-25", "escalated": [],
               "tasks": [{"id": first.id, "stage": "before"}, {"id": second.id, "stage": "due"}]}
    await bot.click("task.done", {"task_id": second.id, "version": second.version})
    message = await render_digest(bot, rie, payload)
    text = card_text(message["attachments"][0]["content"])
    assert "Undersøge om Socialtilsyn" in text and "Sende referatet" not in text
    await bot.click("task.done", {"task_id": first.id, "version": first.version})
    with pytest.raises(NothingToSend):
        await render_digest(bot, rie, payload)


async def test_the_digest_says_what_each_reminder_is_about(bot):
    task = await task_for_rie(bot)
    await bot.say(LINE)
    await bot.click("task.create", {"title": "Ringe til Bakkehuset", "owner_id": "",
                                    "owner_name": "Heidi Madsen", "due": "2026-11-25"})
    outside = (await tasks(bot))[1]
    people = await members(bot)
    payload = {"day": "2026-11-25", "escalated": [],
               "tasks": [{"id": task.id, "stage": "meeting"}]}
    rie_text = card_text((await render_digest(bot, people["rie"], payload))
                         ["attachments"][0]["content"])
    assert "Inden mødet fredag den 5. februar 2027 · Frist om 7 arbejdsdage" in rie_text
    payload["tasks"] = [{"id": outside.id, "stage": "outside"}]
    secretary = card_text((await render_digest(bot, people["lisbet"], payload))
                          ["attachments"][0]["content"])
    assert "For Heidi Madsen, uden for gruppen · Frist i dag" in secretary
    with pytest.raises(NothingToSend):  # Rie may not see the secretary's task
        await render_digest(bot, people["rie"], payload)


@pytest.mark.parametrize(("locale", "refusal"), [
    ("da-DK", "Det kan kun formanden og sekretæren."),
    ("en-GB", "Only the chair and the secretary can do that."),
])
async def test_the_owner_has_no_cancel_button_and_a_forged_cancel_is_refused(bot, locale,
                                                                             refusal):
    task = await task_for_rie(bot)
    shown = await bot.click("task.show", {"task_id": task.id}, user="rie", locale=locale)
    verbs = [a.get("verb") for a in elements(shown["value"])]
    assert "task.done" in verbs and "task.cancel" not in verbs
    forged = await bot.click("task.cancel", {"task_id": task.id, "version": task.version},
                             user="rie", locale=locale)
    assert forged["value"] == refusal
    [after] = await tasks(bot)
    assert (after.status, after.version) == ("open", task.version)
    assert await notes(bot, task.id) == ["created"]


async def test_the_secretary_cancels_from_the_task_card_and_it_leaves_the_open_tasks(bot):
    task = await task_for_rie(bot)
    shown = await bot.click("task.show", {"task_id": task.id})
    [cancel] = [a for a in elements(shown["value"]) if a.get("verb") == "task.cancel"]
    response = await bot.click("task.cancel", cancel["data"])
    assert "Opgaven er annulleret" in card_text(response["value"])
    assert (await tasks(bot))[0].status == "cancelled"
    bot.connector.clear()
    await bot.say("åbne opgaver")
    assert "Gruppen har ingen åbne opgaver" in card_text(bot.connector.cards()[-1])
