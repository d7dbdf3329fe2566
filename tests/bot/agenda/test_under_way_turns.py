"""While a meeting is under way, "jeg kommer", regrets, a new item and the deadline are about
the meeting after it: the one people sit in can no longer be answered or added to."""

from datetime import UTC, datetime

from sqlalchemy import select

from meetings.agenda.entities import AgendaItem, Attendance
from tests.bot.agenda.test_agenda_turns import planned
from tests.bot.test_turns import meetings
from tests.card_reading import card_text, elements

MARCH = "nyt møde fredag 12. marts 2027 kl. 9-12 online"
UNDER_WAY = datetime(2027, 2, 5, 10, 30, tzinfo=UTC)  # 11.30 in Copenhagen, 10–13 meeting


async def march_meeting_under_way(bot) -> int:
    await planned(bot)
    await bot.say(MARCH)
    [march] = [m for m in await meetings(bot) if m.starts_at.month == 3]
    bot.clock.set(UNDER_WAY)
    bot.connector.clear()
    return march.id


async def test_regrets_and_jeg_kommer_during_a_meeting_are_for_the_next_one(bot):
    march = await march_meeting_under_way(bot)
    for said, locale, status in (("jeg kan ikke komme til næste møde", "da-DK", "regrets"),
                                 ("I can't make the next meeting", "en-GB", "regrets"),
                                 ("jeg kommer til næste møde", "da-DK", "attending")):
        bot.connector.clear()
        await bot.say(said, user="rie", locale=locale)
        card = bot.connector.cards()[-1]
        assert any(day in card_text(card) for day in ("12. marts 2027", "12 March 2027")), said
        [yes] = [e for e in elements(card) if e.get("verb") == "attendance.answer"]
        answer = await bot.click("attendance.answer", yes["data"], user="rie", locale=locale)
        assert isinstance(answer["value"], dict), answer["value"]  # the agenda, not "too late"
        async with bot.uow() as uow:
            [row] = await uow.session.scalars(select(Attendance))
        assert (row.meeting_id, row.status) == (march, status), said


async def test_the_deadline_and_a_new_item_during_a_meeting_are_the_next_ones(bot):
    march = await march_meeting_under_way(bot)
    await bot.say("hvornår er fristen?", user="rie")
    [deadline] = bot.connector.texts()
    assert "marts 2027" in deadline and "januar" not in deadline
    bot.connector.clear()
    await bot.say("punkt: Plejefamilier, 20 min", user="rie")
    assert "foreslået" in bot.connector.texts()[-1]
    async with bot.uow() as uow:
        [item] = await uow.session.scalars(select(AgendaItem))
    assert item.meeting_id == march


async def test_where_is_the_meeting_during_it_is_still_the_one_under_way(bot):
    await march_meeting_under_way(bot)
    await bot.say("hvor er mødet?", user="rie")
    [card] = bot.connector.cards()
    assert "fredag den 5. februar 2027" in card_text(card)


async def test_regrets_during_the_only_planned_meeting_say_none_is_coming(bot):
    # Regrets for the meeting people sit in are too late, and there is no later one.
    await planned(bot)
    bot.clock.set(UNDER_WAY)
    bot.connector.clear()
    await bot.say("jeg kan ikke komme til næste møde", user="rie")
    assert bot.connector.cards() == []
    [text] = bot.connector.texts()
    assert text.startswith("Der er ikke planlagt noget møde."), text


PAST_THE_DEADLINE = datetime(2027, 1, 28, 9, 0, tzinfo=UTC)  # 5 February's closed 26 January


async def test_after_the_deadline_the_deadline_is_said_to_have_passed(bot):
    await planned(bot)
    bot.clock.set(PAST_THE_DEADLINE)
    for question, locale, passed in (
            ("hvornår er fristen?", "da-DK", "den er overskredet"),
            ("when is the deadline?", "en-GB", "it has passed")):
        bot.connector.clear()
        await bot.say(question, user="rie", locale=locale)
        [said] = bot.connector.texts()
        assert passed in said and ("26. januar 2027" in said or "26 January 2027" in said), said
        assert "5. februar 2027" in said or "5 February 2027" in said

    await bot.say(MARCH)  # a later meeting whose call is open: its deadline is named too
    bot.connector.clear()
    await bot.say("hvornår er fristen til mødet 5. februar?", user="rie")
    [said] = bot.connector.texts()
    assert "den er overskredet" in said and "marts 2027" in said, said


async def test_past_the_next_meetings_deadline_the_later_one_is_named_by_its_date(bot):
    # Not "the next meeting": that is 5 February, whose deadline has passed.
    await planned(bot)
    await bot.say(MARCH)
    bot.clock.set(PAST_THE_DEADLINE)
    said = {}
    for question, locale in (("hvornår er fristen?", "da-DK"),
                             ("when is the deadline?", "en-GB")):
        bot.connector.clear()
        await bot.say(question, user="rie", locale=locale)
        [said[locale]] = bot.connector.texts()
    assert said["da-DK"] == (
        "Fristen for punkter til næste møde (fredag den 5. februar 2027) er overskredet. "
        "Fristen for punkter til mødet fredag den 12. marts 2027 er tirsdag den 2. marts 2027 "
        "kl. 12.00.")
    assert said["en-GB"] == (
        "The deadline for items for the next meeting (Friday 5 February 2027) has passed. "
        "The deadline for items for the meeting on Friday 12 March 2027 is Tuesday 2 March "
        "2027, 12:00.")


async def test_the_deadline_of_a_later_meeting_named_by_its_date_names_that_date(bot):
    await planned(bot)
    await bot.say(MARCH)
    bot.connector.clear()
    await bot.say("hvornår er fristen til mødet 12. marts?", user="rie")
    [said] = bot.connector.texts()
    assert said == ("Fristen for punkter til mødet fredag den 12. marts 2027 er tirsdag den "
                    "2. marts 2027 kl. 12.00."), said
