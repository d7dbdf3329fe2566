"""A sentence names its meeting as members write it, without the words of a command: "jeg er
forhindret i marts", "mødet i uge 5", "et punkt om plejefamilier til mødet i marts". The card
that asks to confirm, or the form, is for that meeting, not the next one."""

from datetime import UTC, datetime

import pytest

from meetings.planning.entities import Meeting
from tests.bot.test_turns import LINE, meetings
from tests.card_reading import card_text, elements

MARCH_LINE = "nyt møde fredag 12. marts 2027 kl. 9-12 online tema: Psykiatri"


async def february_and_march(bot) -> tuple[Meeting, Meeting]:
    """The group installed, its meetings of 5 February and 12 March 2027 planned."""
    await bot.install()
    await bot.say(LINE)
    await bot.say(MARCH_LINE)
    february, march = sorted(await meetings(bot), key=lambda m: m.starts_at)
    bot.connector.clear()
    return february, march


def executes(card: dict, verb: str) -> list[dict]:
    return [e for e in elements(card)
            if e.get("type") == "Action.Execute" and e.get("verb") == verb]


@pytest.mark.parametrize(("said", "locale", "march"), [
    ("jeg er forhindret i marts", "da-DK", "fredag den 12. marts 2027"),
    ("kan ikke komme i marts, desværre", "da-DK", "fredag den 12. marts 2027"),
    ("I won't be able to attend in March", "en-GB", "Friday 12 March 2027"),
])
async def test_regrets_naming_a_month_ask_about_that_months_meeting(bot, said, locale, march):
    _, march_meeting = await february_and_march(bot)
    await bot.say(said, user="rie", locale=locale)
    card = bot.connector.cards()[-1]
    assert march in card_text(card), card_text(card)
    [confirm] = executes(card, "attendance.answer")
    assert confirm["data"]["meeting_id"] == march_meeting.id


async def test_a_month_of_something_else_leaves_the_next_meeting_named(bot):
    february, _ = await february_and_march(bot)
    await bot.say("jeg er på ferie i juli, men kommer til næste møde", user="rie")
    [confirm] = executes(bot.connector.cards()[-1], "attendance.answer")
    assert confirm["data"]["meeting_id"] == february.id


async def test_regrets_for_the_meeting_in_week_5_are_for_that_weeks_meeting(bot):
    bot.clock.set(datetime(2026, 12, 28, 9, 0, tzinfo=UTC))
    await bot.install()
    await bot.say("nyt møde fredag 8. januar 2027 kl. 10-13 i Ringsted")
    await bot.say(LINE)
    [february] = [m for m in await meetings(bot) if m.starts_at.month == 2]
    bot.connector.clear()
    await bot.say("jeg kan ikke komme til mødet i uge 5", user="rie")
    card = bot.connector.cards()[-1]
    assert "fredag den 5. februar 2027" in card_text(card), card_text(card)
    [confirm] = executes(card, "attendance.answer")
    assert confirm["data"]["meeting_id"] == february.id


async def test_a_week_without_a_meeting_is_answered_with_the_planned_ones(bot):
    await february_and_march(bot)
    await bot.say("jeg kan ikke komme til mødet i uge 7", user="rie")
    [said] = bot.connector.texts()
    assert "uge 7" in said and "12. marts 2027" in said, said


@pytest.mark.parametrize(("said", "locale", "march"), [
    ("Vi vil gerne have et punkt om plejefamilier til mødet i marts", "da-DK",
     "fredag den 12. marts 2027"),
    ("we'd like an item on foster families for the March meeting", "en-GB",
     "Friday 12 March 2027"),
])
async def test_the_proposal_form_is_for_the_meeting_the_sentence_names(bot, said, locale, march):
    _, march_meeting = await february_and_march(bot)
    await bot.say(said, user="rie", locale=locale)
    form = bot.connector.cards()[-1]
    assert march in card_text(form), card_text(form)
    [send] = executes(form, "item.propose")
    assert send["data"]["meeting_id"] == march_meeting.id


@pytest.mark.parametrize(("said", "locale"), [
    ("jeg kan ikke komme på fredag", "da-DK"),
    ("I can't make it on Friday", "en-GB"),
])
async def test_regrets_for_a_weekday_are_for_that_days_meeting(bot, said, locale):
    february, _ = await february_and_march(bot)
    await bot.say("nyt møde onsdag 3. februar 2027 kl. 10-12 online")  # before it, that week
    bot.clock.set(datetime(2027, 2, 1, 9, 0, tzinfo=UTC))  # the Monday
    bot.connector.clear()
    await bot.say(said, user="rie", locale=locale)
    [confirm] = executes(bot.connector.cards()[-1], "attendance.answer")
    assert confirm["data"]["meeting_id"] == february.id  # Friday's, not Wednesday's


async def test_regrets_for_a_weekday_without_a_meeting_offer_no_other_meeting(bot):
    await february_and_march(bot)
    bot.clock.set(datetime(2027, 2, 1, 9, 0, tzinfo=UTC))  # Monday before Friday 5 February
    await bot.say("jeg kan ikke komme på torsdag", user="rie")
    assert bot.connector.cards() == []  # no click away from regrets for the wrong day
    [said] = bot.connector.texts()
    assert "torsdag" in said and "5. februar 2027" in said, said


async def friday_after_wednesday(bot) -> Meeting:
    """Meetings on Wednesday 3 (theme "Budget") and Friday 5 February 2027 and in March, seen
    on the Monday of that week; Friday's meeting."""
    february, _ = await february_and_march(bot)
    await bot.say("nyt møde onsdag 3. februar 2027 kl. 10-12 online tema: Budget")
    bot.clock.set(datetime(2027, 2, 1, 9, 0, tzinfo=UTC))  # the Monday
    bot.connector.clear()
    return february


@pytest.mark.parametrize(("said", "locale", "title"), [
    ("vi vil gerne have et punkt om plejefamilier på fredag", "da-DK", "Plejefamilier"),
    ("we'd like an item on foster families on Friday", "en-GB", "Foster families"),
])
async def test_the_proposal_form_for_a_weekday_is_for_that_days_meeting(bot, said, locale,
                                                                        title):
    february = await friday_after_wednesday(bot)
    await bot.say(said, user="rie", locale=locale)
    form = bot.connector.cards()[-1]
    [send] = executes(form, "item.propose")
    assert send["data"]["meeting_id"] == february.id  # Friday's, not Wednesday's
    assert [e["value"] for e in elements(form) if e.get("id") == "title"] == [title]


@pytest.mark.parametrize(("said", "locale", "day"), [
    ("hvad er temaet på fredag?", "da-DK", "fredag den 5. februar 2027"),
    ("what's the theme on Friday?", "en-GB", "Friday 5 February 2027"),
])
async def test_the_theme_asked_for_a_weekday_is_that_days_meeting(bot, said, locale, day):
    await friday_after_wednesday(bot)
    await bot.say(said, user="rie", locale=locale)
    [card] = bot.connector.cards()
    assert day in card_text(card) and "Budget" not in card_text(card), card_text(card)
    [text] = bot.connector.texts()
    assert "5." in text or "5 February" in text, text  # Friday's has no theme yet: said so


@pytest.mark.parametrize(("said", "locale", "weekday"), [
    ("vi vil gerne have et punkt om plejefamilier på torsdag", "da-DK", "torsdag"),
    ("what's the theme on Thursday?", "en-GB", "Thursday"),
])
async def test_a_weekday_no_meeting_falls_on_is_answered_with_the_planned_ones(bot, said,
                                                                                locale, weekday):
    await friday_after_wednesday(bot)
    await bot.say(said, user="rie", locale=locale)
    assert bot.connector.cards() == []  # no form nor card for another day's meeting
    [text] = bot.connector.texts()
    assert weekday in text and ("5. februar 2027" in text or "5 February 2027" in text), text
