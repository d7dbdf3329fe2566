"""A wish to plan said in words ("vi skal mødes den 14. januar", "can you set up a meeting in
March?") is never planned on: the chair or the secretary gets the plan form on one click, filled
with the day and time named; a member is told who plans. Today is Wednesday 25 November 2026."""

import pytest
from sqlalchemy import select

from meetings.planning.entities import Meeting
from tests.card_reading import elements


def plan_buttons(card: dict) -> list[dict]:
    return [e for e in elements(card) if e.get("verb") == "meeting.form"]


def form_inputs(card: dict) -> dict[str, str]:
    return {e["id"]: e.get("value") for e in elements(card) if "id" in e and "value" in e}


async def meetings(bot) -> list[Meeting]:
    async with bot.uow() as uow:
        return list(await uow.session.scalars(select(Meeting)))


@pytest.mark.parametrize(("text", "locale", "title", "date", "times"), [
    ("vi skal mødes den 14. januar kl. 10", "da-DK", "Planlæg et møde", "2027-01-14",
     ("10:00", "13:00")),
    ("kan du planlægge et møde i januar?", "da-DK", "Planlæg et møde", "2027-01-04", None),
    ("we should meet on 14 January from 13 to 15", "en-GB", "Plan a meeting", "2027-01-14",
     ("13:00", "15:00")),
    ("can you set up a meeting in March?", "en-GB", "Plan a meeting", "2027-03-01", None),
])
async def test_the_secretary_gets_the_plan_form_on_one_click_with_the_day_named(
        bot, text, locale, title, date, times):
    await bot.install()
    bot.connector.clear()
    await bot.say(text, locale=locale)
    [card] = bot.connector.cards()
    [button] = plan_buttons(card)
    assert button["title"] == title
    assert button["data"]["date"] == date
    assert await meetings(bot) == []  # nothing planned on the words
    response = await bot.click("meeting.form", button["data"], locale=locale)
    values = form_inputs(response["value"])
    assert values["date"] == date, values
    if times:
        assert (values["start"], values["end"]) == times
    assert await meetings(bot) == []  # nor on opening the form: only on sending it


async def test_the_meeting_is_planned_when_the_form_is_sent(bot):
    await bot.install()
    bot.connector.clear()
    await bot.say("vi skal mødes den 14. januar kl. 10")
    [button] = plan_buttons(bot.connector.cards()[0])
    await bot.click("meeting.form", button["data"])
    assert await meetings(bot) == []
    await bot.click("meeting.plan", {**button["data"], "place": "Sorø", "online": "false"})
    [meeting] = await meetings(bot)
    assert meeting.place == "Sorø"


@pytest.mark.parametrize(("text", "locale", "said"), [
    ("vi skal mødes den 14. januar", "da-DK",
     "Formanden eller sekretæren planlægger møderne. Skriv til Lisbet Daugaard-Hansen om den "
     "dag, du har i tankerne."),
    ("can you set up a meeting in March?", "en-GB",
     "The chair or the secretary plans the meetings. Write to Lisbet Daugaard-Hansen about the "
     "day you have in mind."),
])
async def test_a_member_is_told_who_plans_and_gets_no_form(bot, text, locale, said):
    await bot.install()
    bot.connector.clear()
    await bot.say(text, user="rie", locale=locale)
    assert bot.connector.texts() == [said]
    assert bot.connector.cards() == []
    assert await meetings(bot) == []


async def test_a_member_clicking_a_forged_button_is_refused(bot):
    await bot.install()
    response = await bot.click("meeting.form", {"date": "2027-01-14"}, user="rie")
    assert "Det kan kun formanden og sekretæren" in str(response["value"])


async def test_a_question_about_a_meeting_is_still_answered_as_one(bot):
    await bot.install()
    bot.connector.clear()
    await bot.say("hvornår skal vi mødes i januar?")
    assert bot.connector.sent
    assert all(plan_buttons(card) == [] for card in bot.connector.cards())
