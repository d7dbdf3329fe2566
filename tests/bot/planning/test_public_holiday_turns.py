"""A meeting typed onto a Danish public holiday (a slip of a week, or "fredag i uge 53", which
in 2026 is New Year's Day) is planned as asked, and the card says the day is a holiday, in the
language of the message, so the chair can move it before nobody comes."""

from datetime import UTC, datetime

from tests.bot.reports.test_year_turns import plan_card, save
from tests.card_reading import card_text


async def said_when_planning(bot, line: str, locale: str = "da-DK") -> str:
    await bot.install()
    bot.clock.set(datetime(2026, 11, 25, 9, 0, tzinfo=UTC))
    bot.connector.clear()
    await bot.say(line, locale=locale)
    return "\n".join(card_text(card) for card in bot.connector.cards())


async def test_a_meeting_on_kristi_himmelfartsdag_is_planned_and_pointed_out(bot):
    said = await said_when_planning(bot, "nyt møde torsdag 6. maj 2027 kl. 10-13 i Ringsted")
    assert "Mødet er planlagt" in said
    assert "torsdag den 6. maj 2027 er en helligdag (Kristi himmelfartsdag)" in said


async def test_a_meeting_in_week_53_on_new_years_day_is_pointed_out(bot):
    said = await said_when_planning(bot, "nyt møde fredag i uge 53 kl. 10-13 i Ringsted")
    assert "fredag den 1. januar 2027 er en helligdag (Nytårsdag)" in said


async def test_a_meeting_on_good_friday_is_pointed_out_in_english(bot):
    said = await said_when_planning(bot, "new meeting Friday 26 March 2027 10:00-13:00 online",
                                    locale="en-GB")
    assert "is a public holiday (Good Friday)" in said


async def test_a_meeting_on_a_working_day_has_no_such_word(bot):
    said = await said_when_planning(bot, "nyt møde fredag 7. maj 2027 kl. 10-13 i Ringsted")
    assert "Mødet er planlagt" in said and "helligdag" not in said


async def test_a_year_plan_row_on_good_friday_is_pointed_out_when_saved(bot):
    await bot.install()
    card = await plan_card(bot)
    saved = card_text((await save(bot, card, date_1="2027-03-26"))["value"])  # Langfredag
    assert "4 møder planlagt." in saved
    assert "fredag den 26. marts 2027 er en helligdag (Langfredag)" in saved


async def test_a_year_plan_on_working_days_has_no_such_word_in_english(bot):
    await bot.install()
    card = await plan_card(bot, "plan the year", locale="en-GB")
    saved = card_text((await save(bot, card, locale="en-GB", date_1="2027-05-06"))["value"])
    assert "is a public holiday (Ascension Day)" in saved
    saved = card_text((await save(bot, card, locale="en-GB", date_1="2027-05-07",
                                  date_3="2027-11-19"))["value"])
    assert "public holiday" not in saved
