"""Tasks turn by turn: made in one line or by the form, asked about, and the agenda's
follow-up. The 1:1 reminder digest is in test_task_digest_turns, being away in
test_away_turns."""

from datetime import UTC, date, datetime, timedelta

import pytest

from bot.views.examples import example_task_line
from meetings.tasks.line import TaskLine, parse_task_line
from meetings.understanding.intents import Intent, understand
from tests.bot.conftest import USERS
from tests.bot.personal.test_personal_chat_turns import STEERING, install_steering_group
from tests.bot.tasks.task_turn_steps import (
    CPH,
    PERSONAL,
    RIE_HOLM,
    members,
    notes,
    say_as,
    task_for_rie,
    tasks,
)
from tests.bot.test_turns import LINE
from tests.card_reading import card_text, elements

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


@pytest.mark.parametrize(("line", "locale", "words"), [
    ("opgave: Lotte ringer til Bakkehuset om en plads, frist 1. december", "da-DK",
     ["Ingen i gruppen hedder Lotte.", "Lotte (uden for gruppen)", "Vælg et medlem"]),
    ("task: Karen sends the report to KL by 1 December", "en-GB",
     ["Nobody in the group is called Karen.", "Karen (outside the group)", "Choose a member"]),
])
async def test_a_name_nobody_in_the_group_has_is_asked_about_and_nothing_is_stored(
        bot, line, locale, words):
    await bot.install()
    bot.connector.clear()
    await bot.say(line, locale=locale)
    assert await tasks(bot) == []
    question = bot.connector.cards()[-1]
    assert all(w in card_text(question) for w in words), card_text(question)
    [outside] = [a for a in elements(question)
                 if a.get("verb") == "task.owner" and "owner_name" in a["data"]]
    await bot.click("task.owner", outside["data"], locale=locale)
    [task] = await tasks(bot)
    name = words[1].split(" (")[0]
    assert (task.owner_id, task.owner_name, task.due_on) == (None, name, date(2026, 12, 1))
    assert task.created_by == (await members(bot))["lisbet"].id


async def test_a_name_nobody_has_can_be_given_to_a_member_chosen_on_the_card(bot):
    await bot.install()
    bot.connector.clear()
    await bot.say("opgave: Lotte ringer til Bakkehuset om en plads")
    question = bot.connector.cards()[-1]
    [picker] = [e for e in elements(question) if e.get("type") == "Input.ChoiceSet"]
    people = await members(bot)
    assert {c["title"] for c in picker["choices"]} >= {"Rie Nielsen", "Daniel Gottrup"}
    [give] = [a for a in elements(question)
              if a.get("verb") == "task.owner" and "owner_name" not in a["data"]]
    unchosen = await bot.click("task.owner", give["data"])
    assert "Vælg et medlem af gruppen" in unchosen["value"] and await tasks(bot) == []
    created = await bot.click("task.owner", {**give["data"], "owner_id": str(people["daniel"].id)})
    assert "Opgave oprettet" in card_text(created["value"])
    [task] = await tasks(bot)
    assert (task.owner_id, task.title) == (people["daniel"].id,
                                           "Lotte ringer til Bakkehuset om en plads")


async def test_one_question_makes_one_task_however_often_and_by_whomever_it_is_answered(bot):
    await bot.install()
    bot.connector.clear()
    await bot.say("opgave: Lotte ringer til Bakkehuset om en plads")
    buttons = [a for a in elements(bot.connector.cards()[-1]) if a.get("verb") == "task.owner"]
    outside = next(b for b in buttons if "owner_name" in b["data"])
    assert len({b["data"]["question"] for b in buttons}) == 1  # one question, on every button
    first = await bot.click("task.owner", outside["data"])
    again = await bot.click("task.owner", outside["data"])  # a double click, or a redelivery
    daniel = str((await members(bot))["daniel"].id)
    other = await bot.click("task.owner", {**buttons[-1]["data"], "owner_id": daniel},
                            user="daniel")  # a second member answers the same question
    [task] = await tasks(bot)
    assert (task.owner_id, task.owner_name) == (None, "Lotte")
    assert "Opgave oprettet" in card_text(first["value"])
    for repeat in (again, other):
        assert "Opgaven var allerede oprettet" in card_text(repeat["value"])
        assert "Lotte ringer til Bakkehuset om en plads" in card_text(repeat["value"])


@pytest.mark.parametrize("line", [
    "opgave: Undersøg om Socialtilsyn Øst kan deltage",
    "opgave: Vi skal melde tilbage til styregruppen",
    "opgave: Netværksgruppen sender rapporten til Povl",
    "opgave: Køge bidrager med et oplæg",
])
async def test_an_ordinary_sentence_start_still_gives_the_task_to_the_writer(bot, line):
    await bot.install()
    await bot.say(line)
    [task] = await tasks(bot)
    assert task.owner_id == (await members(bot))["lisbet"].id and task.owner_name is None


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
    await bot.say("what does daniel have open?", user="rie", locale="en-GB")
    assert "Daniel has no open tasks." in card_text(bot.connector.cards()[-1])

    await bot.say("what does Nobody have open?", user="daniel", locale="en-GB")
    assert "nobody of that name" in bot.connector.texts()[-1]


@pytest.mark.parametrize(("said", "locale", "pointer"), [
    ("marker min opgave som færdig", "da-DK", "En opgave ændrer du på dens kort"),
    ("can I move my task to next week?", "da-DK", "A task is changed on its card"),
])
async def test_a_change_to_ones_task_asked_in_words_shows_the_task_and_changes_nothing(
    bot, said, locale, pointer,
):
    task = await task_for_rie(bot)
    bot.connector.clear()
    await bot.say(said, user="rie", locale=locale)
    [text] = [t for t in bot.connector.texts() if t]
    assert text.startswith(pointer)
    assert task.title in card_text(bot.connector.cards()[-1])
    [unchanged] = await tasks(bot)
    assert (unchanged.status, unchanged.due_on, unchanged.owner_id) == (
        task.status, task.due_on, task.owner_id)


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
    assert text.index("Lisbet Daugaard-Hansen – Sende referatet · Åben, frist 10. dec. 2026") \
        > follow_up
    assert text.index("Rie Nielsen – Undersøge om Socialtilsyn Øst kan deltage · Færdig 25. nov."
                      " 2026") > follow_up
    assert text.index("Eventuelt") > text.index("Sende referatet")


@pytest.mark.parametrize("language", ["da", "en"])
@pytest.mark.parametrize("now", [datetime(2026, 11, 25, 9, tzinfo=UTC) + timedelta(days=n)
                                 for n in range(0, 370, 9)])
def test_the_example_task_line_is_understood_and_parses_with_a_future_due_date(language, now):
    line = example_task_line(now, CPH, language)
    understood = understand(line)
    assert (understood.intent, understood.language) == (Intent.ADD_TASK, language)
    parsed = parse_task_line(understood.argument, now=now, tz=CPH, language=language)
    assert isinstance(parsed, TaskLine) and parsed.due_on > now.date(), (line, parsed)


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


async def test_a_long_history_shows_its_newest_lines_and_every_note_is_kept(bot):
    # Thirty notes of nearly the thousand characters a note may have are more than Teams'
    # 28 KB card: each is still stored and answered with the card, its oldest lines left out.
    task = await task_for_rie(bot)
    for n in range(1, 31):
        text = f"Status {n}: " + "vi har talt med tilsynet og venter på svar fra kommunen. " * 17
        answer = await bot.click("task.note", {"task_id": task.id, "text": text}, user="rie")
        shown = card_text(answer["value"])
        assert f"Status {n}:" in shown, n
    assert (await notes(bot, task.id)).count("note") == 30
    assert "tidligere linjer vises ikke" in shown and "Status 1:" not in shown


async def test_my_tasks_in_a_group_chat_names_the_group_of_a_task_from_another_group(bot):
    await bot.install()
    await install_steering_group(bot)
    steering = bot.activity("group_message")
    steering["conversation"] = {**steering["conversation"], "id": STEERING}
    steering["text"] = ("<at>Mødebot</at> opgave: Rie forhandler taksten for Bakkehuset med "
                        "Roskilde, frist 10. december")
    await bot.post(steering)
    bot.connector.clear()
    await bot.say("mine opgaver", user="rie")  # in the network group's chat
    mine = card_text(bot.connector.cards()[-1])
    assert "forhandler taksten for Bakkehuset" in mine
    assert "Styregruppen" in mine  # not this chat's group: it says whose
