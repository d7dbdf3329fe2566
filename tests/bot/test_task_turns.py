"""Tasks turn by turn: made in one line or by the form, asked about, answered from the 1:1
reminder digest, refused to those who may not change them, and the digest as it is sent."""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from bot.outbound_messages import NothingToSend, render
from bot.replies import example_task_line
from meetings.intents import Intent, understand
from meetings.task_line import TaskLine, parse_task_line
from storage.models import Member, OutboxMessage
from storage.task_models import Task, TaskNote
from tests.bot.conftest import USERS
from tests.bot.test_turns import GROUP, LINE
from tests.card_reading import card_text, elements

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


# Chat: making tasks in one line


async def test_a_danish_line_makes_a_task_for_rie_by_name_with_the_due_date(bot):
    await bot.install()
    bot.connector.clear()
    await bot.say("opgave: Rie undersøger om Socialtilsyn Øst kan deltage, frist 1. december")
    [task] = await tasks(bot)
    assert task.owner_id == (await members(bot))["rie"].id
    assert task.due_on == date(2026, 12, 1)
    assert "Socialtilsyn Øst" in task.title
    assert "Opgave oprettet" in card_text(bot.connector.cards()[-1])


async def test_an_at_mention_gives_the_task_to_the_mentioned_rie_even_with_two_of_them(bot):
    await bot.install()
    await say_as(bot, RIE_HOLM, "hjælp")
    activity = bot.activity("group_message")
    activity["text"] = ("<at>Mødebot</at> opgave: <at>Rie Nielsen</at> undersøger om "
                        "Socialtilsyn Øst kan deltage, frist 1. december")
    activity["entities"].append({"type": "mention", "text": "<at>Rie Nielsen</at>",
                                 "mentioned": {"id": USERS["rie"]["id"],
                                               "name": "Rie Nielsen"}})
    await bot.post(activity)
    [task] = await tasks(bot)
    assert task.owner_id == (await members(bot))["rie"].id
    assert task.due_on == date(2026, 12, 1) and "<at>" not in task.title


async def test_an_english_line_is_answered_in_english(bot):
    await bot.install()
    bot.connector.clear()
    await bot.say("task: Daniel brings the AI request to KL by 15 January", locale="en-GB")
    [task] = await tasks(bot)
    assert task.owner_id == (await members(bot))["daniel"].id
    assert task.due_on == date(2027, 1, 15)
    assert "Task created" in card_text(bot.connector.cards()[-1])


async def test_an_ambiguous_name_is_asked_about_and_the_choice_makes_the_task(bot):
    await bot.install()
    await say_as(bot, RIE_HOLM, "hjælp")  # a second Rie joins the conversation
    bot.connector.clear()
    await bot.say("opgave: Rie undersøger om Socialtilsyn Øst kan deltage, frist 1. december")
    assert await tasks(bot) == []
    question = bot.connector.cards()[-1]
    buttons = [a for a in elements(question) if a.get("verb") == "task.owner"]
    assert sorted(b["title"] for b in buttons) == ["Rie Holm", "Rie Nielsen"]
    chosen = next(b for b in buttons if b["title"] == "Rie Holm")
    response = await bot.click("task.owner", chosen["data"])
    assert "Opgave oprettet" in card_text(response["value"])
    [task] = await tasks(bot)
    assert task.owner_id == (await members(bot))["holm"].id
    assert task.due_on == date(2026, 12, 1)


async def say_as(bot, person: dict, text: str) -> None:
    activity = bot.activity("group_message")
    activity["from"] = person
    activity["text"] = f"<at>Mødebot</at> {text}"
    await bot.post(activity)


@pytest.mark.parametrize(("line", "locale", "words"), [
    ("opgave: Rie undersøger om Socialtilsyn Øst kan deltage, frist 31. november", "da-DK",
     ["Datoen 31. november findes ikke", "Skriv fx: opgave: Rie undersøger"]),
    ("task: Daniel brings the AI request to KL by 31 November", "en-GB",
     ["There is no date 31 November", "Write for example: task: Daniel brings"]),
])
async def test_an_invalid_date_is_answered_with_a_line_that_works(bot, line, locale, words):
    await bot.install()
    bot.connector.clear()
    await bot.say(line, locale=locale)
    [answer] = bot.connector.texts()
    assert all(word in answer for word in words), answer
    assert await tasks(bot) == []


async def test_a_task_line_without_a_title_brings_the_example(bot):
    await bot.install()
    bot.connector.clear()
    await bot.say("opgave: frist 1. december")
    [answer] = bot.connector.texts()
    assert "Skriv fx: opgave:" in answer
    assert await tasks(bot) == []


async def test_opgave_alone_brings_the_form_with_the_default_due_date_and_the_writer(bot):
    await bot.install()
    bot.connector.clear()
    await bot.say("opgave", user="rie")
    values = {e["id"]: e.get("value") for e in elements(bot.connector.cards()[-1]) if "id" in e}
    assert values["owner_id"] == str((await members(bot))["rie"].id)
    assert date.fromisoformat(values["due"]) > date(2026, 11, 25)


# Chat: questions


async def test_my_tasks_open_tasks_and_what_rie_has_open(bot):
    await task_for_rie(bot)
    await bot.click("task.create", {"title": "Sende referatet", "owner_id": "",
                                    "owner_name": "", "due": "2026-12-10"})
    bot.connector.clear()
    await bot.say("mine opgaver", user="rie")
    mine = card_text(bot.connector.cards()[-1])
    assert "Undersøge om Socialtilsyn" in mine and "Sende referatet" not in mine

    await bot.say("åbne opgaver", user="daniel")
    everyone = card_text(bot.connector.cards()[-1])
    assert everyone.index("Lisbet Daugaard-Hansen") < everyone.index("Sende referatet")
    assert everyone.index("Rie Nielsen") < everyone.index("Undersøge om Socialtilsyn")

    await bot.say("hvad mangler Rie?", user="daniel")
    ries = card_text(bot.connector.cards()[-1])
    assert "Undersøge om Socialtilsyn" in ries and "Sende referatet" not in ries

    await bot.say("what does Nobody have open?", user="daniel", locale="en-GB")
    assert "nobody of that name" in bot.connector.texts()[-1]


# Being away


async def test_away_is_set_with_the_date_in_words_and_cleared(bot):
    await bot.install()
    bot.connector.clear()
    await bot.say("jeg er væk til 3. januar", user="rie")
    assert "3. januar 2027" in bot.connector.texts()[-1]
    assert (await members(bot))["rie"].away_until == date(2027, 1, 3)
    await bot.say("I am back", user="rie", locale="en-GB")
    assert "Welcome back" in bot.connector.texts()[-1]
    assert (await members(bot))["rie"].away_until is None


async def test_away_from_the_digest_card(bot):
    await task_for_rie(bot)
    await bot.post(bot.activity("personal_conversation_update"))
    response = await click_in_personal_chat(bot, "away.set", {"until": "2026-12-24"})
    assert "Thursday 24 December 2026" in response["value"]
    assert (await members(bot))["rie"].away_until == date(2026, 12, 24)


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


# The agenda follows up


async def test_the_agenda_follows_up_on_open_tasks_and_those_done_since(bot):
    first = await task_for_rie(bot)
    await bot.click("task.create", {"title": "Sende referatet", "owner_id": "",
                                    "owner_name": "", "due": "2026-12-10"})
    await bot.click("task.done", {"task_id": first.id, "version": first.version})
    await bot.say(LINE)
    bot.connector.clear()
    await bot.say("dagsorden", user="daniel")
    text = card_text(bot.connector.cards()[-1])
    follow_up = text.index("Opfølgning på opgaver")
    assert text.index("Lisbet Daugaard-Hansen: Sende referatet · Åben, frist 10. dec. 2026") \
        > follow_up
    assert text.index("Rie Nielsen: Undersøge om Socialtilsyn Øst kan deltage · Færdig 25. nov."
                      " 2026") > follow_up
    assert text.index("Eventuelt") > text.index("Sende referatet")


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


@pytest.mark.parametrize("language", ["da", "en"])
@pytest.mark.parametrize("now", [datetime(2026, 11, 25, 9, tzinfo=UTC) + timedelta(days=n)
                                 for n in range(0, 370, 9)])
def test_the_example_task_line_is_understood_and_parses_with_a_future_due_date(language, now):
    line = example_task_line(now, CPH, language)
    understood = understand(line)
    assert (understood.intent, understood.language) == (Intent.ADD_TASK, language)
    parsed = parse_task_line(understood.argument, now=now, tz=CPH, language=language)
    assert isinstance(parsed, TaskLine) and parsed.due_on > now.date(), (line, parsed)


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


async def test_the_owner_cancels_from_the_task_card_and_it_leaves_the_open_tasks(bot):
    task = await task_for_rie(bot)
    shown = await bot.click("task.show", {"task_id": task.id}, user="rie")
    [cancel] = [a for a in elements(shown["value"]) if a.get("verb") == "task.cancel"]
    response = await bot.click("task.cancel", cancel["data"], user="rie")
    assert "Opgaven er annulleret" in card_text(response["value"])
    assert (await tasks(bot))[0].status == "cancelled"
    bot.connector.clear()
    await bot.say("åbne opgaver")
    assert "Gruppen har ingen åbne opgaver" in card_text(bot.connector.cards()[-1])


async def test_my_tasks_gathers_the_tasks_of_all_my_chats_with_their_group(bot):
    await task_for_rie(bot)
    await bot.post(bot.activity("personal_conversation_update"))
    personal = bot.activity("group_message")
    personal["from"] = USERS["rie"]
    personal["conversation"] = {"conversationType": "personal", "id": PERSONAL["rie"],
                                "tenantId": "tenant-kkr-sjaelland"}
    personal["text"] = "opgave: Ringe til KL om AI-ansøgningen, frist 2. december"
    await bot.post(personal)
    bot.connector.clear()
    await bot.say("mine opgaver", user="rie")
    mine = card_text(bot.connector.cards()[-1])
    assert "Ringe til KL om AI-ansøgningen" in mine and "Undersøge om Socialtilsyn" in mine
    assert "Netværksgruppe Børn og Unge · Frist om 7 arbejdsdage" in mine
