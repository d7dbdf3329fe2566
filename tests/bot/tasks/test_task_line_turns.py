"""Task lines whose due day or owners need a word before anything is stored: a day without a
year that has just passed or a week the year does not have, and a task named for two members
or a member and someone else."""

from datetime import UTC, datetime

import pytest

from tests.bot.tasks.task_turn_steps import members, tasks
from tests.card_reading import card_text, elements


@pytest.mark.parametrize(("due", "day"), [("24. november", "tirsdag den 24. november 2026"),
                                          ("24.11", "tirsdag den 24. november 2026"),
                                          ("uge 47", "fredag den 20. november 2026")])
async def test_yesterdays_date_without_a_year_is_answered_as_passed_not_moved_a_year(bot, due,
                                                                                      day):
    # Wednesday 25 November 2026: the task from last meeting, typed with a day that has passed,
    # is no task due in November 2027.
    await bot.install()
    bot.connector.clear()
    await bot.say(f"opgave: Rie undersøger om Socialtilsyn Øst kan deltage, frist {due}")
    assert await tasks(bot) == []
    [answer] = bot.connector.texts()
    assert answer.startswith(f"{day} er gået. Mener du den dag næste år, så skriv også året."), \
        answer
    assert "Skriv fx: opgave: Rie undersøger" in answer, answer


async def test_a_date_without_a_year_well_behind_us_is_next_years(bot):
    # "frist 3.1" written in November is next January, not a January that has passed.
    await bot.install()
    await bot.say("opgave: Rie undersøger om Socialtilsyn Øst kan deltage, frist 3.1")
    assert [task.due_on.isoformat() for task in await tasks(bot)] == ["2027-01-03"]


@pytest.mark.parametrize("line", [
    "opgave: Rie og Daniel undersøger om tilsynet kan deltage, frist 4.12",
    "opgave: Undersøg om tilsynet kan deltage, ansvarlig: Rie og Daniel, frist 4.12",
])
async def test_a_task_for_two_members_asks_which_owns_it_and_is_no_outside_person(bot, line):
    # A task has one owner: the bot asks which of the two named members owns it, with a
    # button for each, instead of giving it to Rie alone or to "Rie og Daniel" outside the group.
    await bot.install()
    bot.connector.clear()
    await bot.say(line)
    assert await tasks(bot) == []
    question = bot.connector.cards()[-1]
    assert "Opgaven nævner flere personer, og en opgave har én ansvarlig." in card_text(question)
    buttons = [a for a in elements(question) if a.get("verb") == "task.owner"]
    assert sorted(b["title"] for b in buttons) == ["Daniel Gottrup", "Rie Nielsen"]
    assert "uden for gruppen" not in card_text(question)
    chosen = next(b for b in buttons if b["title"] == "Daniel Gottrup")
    await bot.click("task.owner", chosen["data"])
    people = await members(bot)
    assert [(t.owner_id, t.owner_name, t.due_on.isoformat()) for t in await tasks(bot)] \
        == [(people["daniel"].id, None, "2026-12-04")]


@pytest.mark.parametrize(("line", "locale", "outside"), [
    ("opgave: Undersøg om tilsynet kan deltage, ansvarlig: Rie og Lotte, frist 4.12", "da-DK",
     "Lotte (uden for gruppen)"),
    ("opgave: Rie og Lotte undersøger om tilsynet kan deltage, frist 4.12", "da-DK",
     "Lotte (uden for gruppen)"),
    ("task: Rie and Lotte find out whether the inspectorate can attend by 4 December", "en-GB",
     "Lotte (outside the group)"),
])
async def test_a_task_for_a_member_and_someone_outside_the_group_offers_both(bot, line, locale,
                                                                             outside):
    # Lotte is no member, and a task may be hers as a person outside the group: the card
    # offers her beside Rie, and choosing her stores what "ansvarlig: Lotte" would.
    await bot.install()
    bot.connector.clear()
    await bot.say(line, locale=locale)
    assert await tasks(bot) == []
    buttons = [a for a in elements(bot.connector.cards()[-1]) if a.get("verb") == "task.owner"]
    assert sorted(b["title"] for b in buttons) == [outside, "Rie Nielsen"]
    lotte = next(b for b in buttons if b["title"] == outside)
    await bot.click("task.owner", lotte["data"])
    [task] = await tasks(bot)
    assert (task.owner_id, task.owner_name, task.due_on.isoformat()) == \
        (None, "Lotte", "2026-12-04")


async def test_a_task_for_two_persons_outside_the_group_offers_each_not_both_as_one(bot):
    # Neither Lotte nor Karen is a member: each is offered as the person outside the group
    # "ansvarlig: Lotte" alone would make, never "Lotte og Karen" as one person.
    await bot.install()
    bot.connector.clear()
    await bot.say("opgave: Undersøg om tilsynet kan deltage, ansvarlig: Lotte og Karen, "
                  "frist 4.12")
    assert await tasks(bot) == []
    buttons = [a for a in elements(bot.connector.cards()[-1]) if a.get("verb") == "task.owner"]
    assert sorted(b["title"] for b in buttons) == ["Karen (uden for gruppen)",
                                                   "Lotte (uden for gruppen)"]
    karen = next(b for b in buttons if b["title"].startswith("Karen"))
    await bot.click("task.owner", karen["data"])
    [task] = await tasks(bot)
    assert (task.owner_id, task.owner_name, task.due_on.isoformat()) == \
        (None, "Karen", "2026-12-04")


@pytest.mark.parametrize(("line", "title"), [
    ("opgave: ansvarlig: Daniel, frist 15. januar og ring til KL", "ring til KL"),
    ("opgave: Tjek budgettet, ansvarlig: Daniel, frist 15. januar og ring til KL",
     "Tjek budgettet og ring til KL"),
])
async def test_what_follows_the_due_day_after_an_owner_clause_is_title_not_name(bot, line,
                                                                                title):
    # The due clause ends the owner's name: Daniel owns the task, due 15 January, and
    # "og ring til KL" is what he does, never part of a person called "Daniel og ring til KL".
    await bot.install()
    await bot.say(line)
    people = await members(bot)
    assert [(t.owner_id, t.owner_name, t.title, t.due_on.isoformat()) for t in await tasks(bot)] \
        == [(people["daniel"].id, None, title, "2027-01-15")]


@pytest.mark.parametrize(("line", "locale", "said"), [
    ("opgave: Rie ringer til KL, frist uge 53", "da-DK",
     ("Der er ingen uge 53 i 2027.", "Skriv fx")),
    ("task: Rie calls KL by week 53", "en-GB", ("There is no week 53 in 2027.", "for example")),
])
async def test_week_53_in_a_year_without_one_is_refused_not_made_due_years_ahead(bot, line,
                                                                                 locale, said):
    # 1 December 2027: neither 2027 nor 2028 has a week 53 (2032 is the next that does)
    await bot.install()
    bot.clock.set(datetime(2027, 12, 1, 9, 0, tzinfo=UTC))
    bot.connector.clear()
    await bot.say(line, locale=locale)
    assert await tasks(bot) == []
    [answer] = bot.connector.texts()
    assert all(words in answer for words in said), answer
