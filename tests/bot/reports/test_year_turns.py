"""The year turn by turn: the secretary plans it on the annual plan card in Danish and in
English, a bad row comes back marked with nothing planned, everyone asks for the årshjul and
the theme of a month, and a plain member may not plan."""

import logging
from datetime import UTC, datetime

from sqlalchemy import select

from meetings.planning.entities import Meeting
from tests.bot.test_turns import LINE, meetings
from tests.card_reading import card_text, elements

THEMES = ["Psykiatrien", "Plejefamilier", "Socialtilsynet", "Skolefravær"]


def inputs_of(card: dict) -> dict:
    return {e["id"]: e.get("value") for e in elements(card)
            if isinstance(e.get("id"), str) and e.get("type", "").startswith("Input.")}


def save_button(card: dict) -> dict:
    [button] = [e for e in elements(card) if e.get("verb") == "year.save"]
    return button


async def save(bot, card: dict, *, user: str = "lisbet", locale: str = "da-DK", **typed):
    """Click "plan" on the card with its inputs as shown, changed by `typed`."""
    button = save_button(card)
    return await bot.click("year.save", {**inputs_of(card), **typed, **button["data"]},
                           user=user, locale=locale)


async def plan_card(bot, text: str = "planlæg året", locale: str = "da-DK") -> dict:
    bot.connector.clear()
    await bot.say(text, locale=locale)
    return bot.connector.cards()[-1]


async def test_the_secretary_plans_next_year_on_the_card_and_gets_the_arshjul(bot):
    await bot.install()
    card = await plan_card(bot)

    assert "Planlæg året 2027" in card_text(card)
    shown = inputs_of(card)
    assert [shown[f"date_{i}"] for i in range(4)] == [
        "2027-02-12", "2027-05-14", "2027-08-13", "2027-11-12"]
    assert save_button(card)["data"]["rows"] == 4
    themes = {f"theme_{i}": theme for i, theme in enumerate(THEMES)}
    response = await save(bot, card, place_0="Hækkerupsvej 1, Ringsted", online_1="true",
                          **themes)

    wheel = card_text(response["value"])
    assert "Årshjul 2027" in wheel and "4 møder planlagt." in wheel
    for month, theme in zip(["Februar", "Maj", "August", "November"], THEMES, strict=True):
        assert month in wheel and f"Tema: {theme}" in wheel
    planned = await meetings(bot)
    assert [m.theme for m in planned] == THEMES
    assert planned[0].starts_at == datetime(2027, 2, 12, 9, 0, tzinfo=UTC)
    assert planned[0].place == "Hækkerupsvej 1, Ringsted" and planned[1].online

    again = await save(bot, card, **themes, place_0="Hækkerupsvej 1, Ringsted", online_1="true")
    assert "0 møder planlagt. 4 var planlagt i forvejen og blev ikke ændret." in card_text(
        again["value"])
    assert len(await meetings(bot)) == 4


async def test_the_card_comes_back_with_what_was_typed_and_the_problem_of_each_row(bot):
    await bot.install()
    card = await plan_card(bot)
    response = await save(bot, card, theme_0="Psykiatrien", place_0="x" * 301,
                          date_1="2026-11-01", start_2="13:00", end_2="10:00",
                          date_3="2027-03-28", start_3="02:30")

    back = response["value"]
    text = card_text(back)
    assert "Planlæg året 2027" in text and "Intet er planlagt endnu" in text
    assert "Det tidspunkt er allerede passeret." in text
    assert "Mødet skal slutte, efter det begynder." in text
    assert "Det klokkeslæt findes ikke den nat" in text
    assert "Højst 300 tegn, tak." in text
    assert "Skriv fx" not in text  # the form shows what to fill in: no chat line to copy
    typed = inputs_of(back)
    assert typed["theme_0"] == "Psykiatrien" and typed["date_1"] == "2026-11-01"
    assert (typed["start_2"], typed["end_2"]) == ("13:00", "10:00")
    assert await meetings(bot) == []


async def test_the_plan_in_english_and_the_theme_asked_in_both_languages(bot):
    await bot.install()
    card = await plan_card(bot, "plan the year", locale="en-GB")
    assert "Plan the year 2027" in card_text(card)
    response = await save(bot, card, locale="en-GB", theme_2="Psychiatry", date_3="")
    wheel = card_text(response["value"])
    assert "Annual plan 2027" in wheel and "3 meetings planned." in wheel
    assert "Theme: Psychiatry" in wheel

    bot.connector.clear()
    await bot.say("what is the theme in August?", locale="en-GB")
    await bot.say("hvad er temaet i august?", user="rie")
    await bot.say("tema i februar")
    await bot.say("hvad er temaet i november?")
    english, danish, no_theme, no_meeting = [t for t in bot.connector.texts() if t]
    assert "The theme in August 2027 is “Psychiatry”" in english
    assert "Temaet i august 2027 er “Psychiatry”" in danish
    assert "fredag den 12. februar 2027" in no_theme and "intet tema" in no_theme
    assert "november 2026" in no_meeting  # this November: the month asked is not yet over
    assert "tema: Psykiatri" in no_meeting


async def test_the_theme_asked_of_a_next_meeting_without_one_is_answered_as_none_yet(bot):
    await bot.install()
    await bot.say(LINE)
    bot.connector.clear()
    await bot.say("hvad er temaet?", user="rie")
    [text] = [t for t in bot.connector.texts() if t]
    assert text.startswith("Næste møde, fredag den 5. februar 2027, har intet tema endnu.")
    assert "Næste møde" in card_text(bot.connector.cards()[-1])  # and its card, with "Flyt"


async def test_the_theme_of_a_cancelled_months_meeting_says_it_is_cancelled(bot):
    await bot.install()
    await bot.say(LINE)
    [february] = await meetings(bot)
    await bot.click("meeting.cancel.confirm", {"meeting_id": february.id})
    bot.connector.clear()
    await bot.say("hvad er temaet i februar?", user="rie")
    await bot.say("what is the theme in February?", user="rie", locale="en-GB")
    danish, english = [t for t in bot.connector.texts() if t]
    assert danish == "Mødet fredag den 5. februar 2027 er aflyst."
    assert english == "The meeting on Friday 5 February 2027 is cancelled."


async def test_anyone_sees_the_arshjul_and_an_unknown_month_gets_an_example(bot):
    await bot.install()
    card = await plan_card(bot)
    await save(bot, card, theme_0="Psykiatrien")

    bot.connector.clear()
    await bot.say("årshjul", user="rie")
    await bot.say("hvad er temaet i dag?", user="rie")
    wheel = bot.connector.cards()[-1]
    assert "Årshjul 2027" in card_text(wheel) and "Tema: Psykiatrien" in card_text(wheel)
    assert not [e for e in elements(wheel) if e.get("verb") == "year.form"]
    [unknown] = [text for text in bot.connector.texts() if text]
    assert "“dag”" in unknown and "hvad er temaet i september?" in unknown
    earlier = await bot.click("year.show", {"year": 2026}, user="rie")
    assert "Årshjul 2026" in card_text(earlier["value"])


async def test_a_member_may_not_plan_the_year_and_nothing_is_planned(bot, caplog):
    await bot.install()
    card = await plan_card(bot)
    bot.connector.clear()
    caplog.set_level(logging.WARNING)

    await bot.say("planlæg året", user="rie")
    response = await save(bot, card, user="rie", theme_0="Psykiatrien")
    form = await bot.click("year.form", {"year": 2027}, user="rie")

    assert "Det kan kun formanden og sekretæren." in bot.connector.texts()[-1]
    assert "Det kan kun formanden og sekretæren" in response["value"]
    assert "Det kan kun formanden og sekretæren" in form["value"]
    async with bot.uow() as uow:
        assert list(await uow.session.scalars(select(Meeting))) == []
    refusals = [r for r in caplog.records if r.getMessage() == "refused: not chair or secretary"]
    assert len(refusals) == 3 and {r.action for r in refusals} == {"plan_year"}


async def test_the_card_holds_next_years_meetings_and_suggests_days_for_the_empty_quarters(bot):
    await bot.install()
    await bot.say("nyt møde fredag 12. februar 2027 kl. 9-12 i Ringsted tema: Psykiatrien")
    await bot.say("nyt møde fredag 10. september 2027 kl. 9-12 online tema: Skolefravær")
    card = await plan_card(bot)

    shown = inputs_of(card)
    rows = [(shown[f"date_{i}"], shown[f"start_{i}"], shown[f"theme_{i}"]) for i in range(4)]
    assert rows == [("2027-02-12", "09:00", "Psykiatrien"), ("2027-05-14", "09:00", ""),
                    ("2027-09-10", "09:00", "Skolefravær"), ("2027-11-12", "09:00", "")]
    assert shown["online_2"] == "true" and shown["place_0"] == "Ringsted"

    response = await save(bot, card, theme_1="Plejefamilier")
    text = card_text(response["value"])
    assert "2 møder planlagt. 2 var planlagt i forvejen og blev ikke ændret." in text
    assert [m.theme for m in await meetings(bot)] == ["Psykiatrien", "Skolefravær",
                                                      "Plejefamilier", None]


async def test_a_year_out_of_range_is_the_default_year_not_an_error(bot):
    await bot.install()
    bot.connector.clear()
    await bot.say("årshjul 0000", user="rie")
    await bot.say("tema i september 9999", user="rie")
    assert "Årshjul 2027" in card_text(bot.connector.cards()[-1])
    [answer] = [text for text in bot.connector.texts() if text]
    assert "september 2027" in answer
    response = await bot.click("year.show", {"year": "x"}, user="rie")
    assert "Årshjul 2027" in card_text(response["value"])


async def test_the_theme_planned_for_the_year_shows_on_the_agenda(bot):
    await bot.install()
    card = await plan_card(bot)
    await save(bot, card, theme_0="Psykiatrien")
    bot.connector.clear()
    await bot.say("dagsorden", user="rie")
    agenda = card_text(bot.connector.cards()[-1])
    assert "fredag den 12. februar 2027" in agenda and "Psykiatrien" in agenda


async def test_a_planned_meeting_changed_on_its_row_is_moved_not_planned_again(bot):
    await bot.install()
    await save(bot, await plan_card(bot), theme_0="Psykiatrien")
    before = await meetings(bot)
    again = await plan_card(bot)  # "planlæg året" again: the four meetings on their rows
    response = await save(bot, again, date_1="2027-05-21", theme_2="Socialtilsynet")

    assert "Årshjul 2027 | 2 møder ændret. 2 var planlagt i forvejen og blev ikke ændret." in \
        card_text(response["value"]).replace("\n", " | ")
    after = await meetings(bot)
    assert [m.id for m in after] == [m.id for m in before]
    assert [(m.starts_at.date().isoformat(), m.theme) for m in after] == [
        ("2027-02-12", "Psykiatrien"), ("2027-05-21", None), ("2027-08-13", "Socialtilsynet"),
        ("2027-11-12", None)]
    assert after[1].starts_at == datetime(2027, 5, 21, 8, 0, tzinfo=UTC)  # 10.00 summer time


async def test_a_planned_row_moved_onto_another_meeting_is_refused_and_nothing_changes(bot):
    await bot.install()
    await save(bot, await plan_card(bot))
    again = await plan_card(bot)
    response = await save(bot, again, date_1="2027-08-13", theme_0="Psykiatrien")

    text = card_text(response["value"])
    assert "Der er allerede et møde på det tidspunkt." in text
    assert [(m.starts_at.date().isoformat(), m.theme) for m in await meetings(bot)] == [
        ("2027-02-12", None), ("2027-05-14", None), ("2027-08-13", None), ("2027-11-12", None)]


async def test_in_january_with_nothing_planned_the_year_begun_is_the_one_to_plan(bot):
    await bot.install()
    bot.clock.set(datetime(2027, 1, 11, 9, 0, tzinfo=UTC))  # Monday 11 January 2027
    report = await plan_card(bot, "årsrapport")
    assert "Planlagte møder og temaer 2027" in card_text(report)
    assert "Skriv “planlæg året 2027” for at planlægge dem." in card_text(report)
    for text in ("planlæg året", "årshjul"):
        card = await plan_card(bot, text)
        assert "Planlæg året 2027" in card_text(card), text
        shown = inputs_of(card)
        assert [shown[f"date_{i}"] for i in range(4)] == [
            "2027-02-12", "2027-05-14", "2027-08-13", "2027-11-12"], text
    english = await plan_card(bot, "annual report", locale="en-GB")
    assert "Write “plan the year 2027” to plan them." in card_text(english)
    assert "Plan the year 2027" in card_text(await plan_card(bot, "plan the year 2027",
                                                             locale="en-GB"))


async def test_in_january_with_the_year_planned_the_next_one_is_planned(bot):
    await bot.install()
    await save(bot, await plan_card(bot))  # 2027 planned in November 2026
    bot.clock.set(datetime(2027, 1, 11, 9, 0, tzinfo=UTC))
    assert "Planlæg året 2028" in card_text(await plan_card(bot, "planlæg året"))
    assert "Årshjul 2027" in card_text(await plan_card(bot, "årshjul"))


async def test_next_years_arshjul_is_counted_from_the_groups_today(bot):
    await bot.install()  # Wednesday 25 November 2026
    await bot.say("nyt møde fredag 11. december 2026 kl. 10-13 i Ringsted")  # 2026 by default
    for text, locale, heading in (("årshjul for næste år", "da-DK", "Årshjul 2027"),
                                  ("annual plan for next year", "en-GB", "Annual plan 2027"),
                                  ("årshjul for sidste år", "da-DK", "Årshjul 2025"),
                                  ("årshjul for i år", "da-DK", "Årshjul 2026")):
        bot.connector.clear()
        await bot.say(text, user="rie", locale=locale)
        assert card_text(bot.connector.cards()[-1]).splitlines()[0] == heading, text


async def test_planning_next_year_is_counted_from_the_groups_today(bot):
    await bot.install()
    bot.clock.set(datetime(2027, 1, 11, 9, 0, tzinfo=UTC))  # 2027 is the year to plan
    assert "Planlæg året 2027" in card_text(await plan_card(bot, "planlæg året"))
    assert "Planlæg året 2028" in card_text(await plan_card(bot, "planlæg næste år"))
    assert "2028" in card_text(await plan_card(bot, "plan next year", locale="en-GB"))
