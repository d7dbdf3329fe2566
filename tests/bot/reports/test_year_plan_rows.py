"""The rows of the annual plan card against each other and against the group's meetings: a
theme emptied on its row, a row overlapping a meeting, two rows at one time, and rows taking
the times other rows move meetings away from."""

from datetime import timedelta

from tests.bot.reports.test_year_turns import plan_card, save
from tests.bot.test_turns import meetings
from tests.card_reading import card_text


async def test_a_theme_cleared_on_its_row_is_taken_off_the_meeting(bot):
    await bot.install()
    await save(bot, await plan_card(bot), theme_0="Psykiatrien")
    response = await save(bot, await plan_card(bot), theme_0="")

    text = card_text(response["value"])
    assert "1 møde ændret" in text and "Psykiatrien" not in text, text
    assert [m.theme for m in await meetings(bot)] == [None, None, None, None]
    assert "Psykiatrien" not in card_text(await plan_card(bot, "årshjul 2027"))


async def test_the_plan_saved_again_unchanged_changes_no_meeting(bot):
    await bot.install()
    await save(bot, await plan_card(bot), theme_0="Psykiatrien")
    response = await save(bot, await plan_card(bot))

    assert "ændret" not in card_text(response["value"]).replace("ikke ændret", "")
    assert [m.sequence for m in await meetings(bot)] == [0, 0, 0, 0]


async def test_an_overlapping_meeting_on_the_same_day_is_named_as_a_problem(bot):
    await bot.install()
    await bot.say("nyt møde fredag 12. februar 2027 kl. 10-13 i Ringsted")
    response = await save(bot, await plan_card(bot), date_1="2027-02-12", start_1="11:00",
                          end_1="14:00", theme_1="Psykiatrien")

    assert response["type"] == "application/vnd.microsoft.card.adaptive", response
    text = card_text(response["value"])
    assert ("Der er allerede et møde på det tidspunkt. Det andet møde er fredag den 12. februar "
            "2027 kl. 10.00–13.00.") in text, text
    assert "Skriv fx" not in text  # under the row, no chat line to copy
    assert "Psykiatrien" in text  # the row as typed
    assert [m.place for m in await meetings(bot)] == ["Ringsted"]


async def test_a_row_that_ends_when_a_meeting_begins_is_planned(bot):
    await bot.install()
    await bot.say("nyt møde fredag 12. februar 2027 kl. 10-13 i Ringsted")
    await save(bot, await plan_card(bot), date_1="2027-02-12", start_1="13:00", end_1="15:00",
               theme_1="Psykiatrien")

    assert [(m.place, m.theme) for m in await meetings(bot)][:2] == [
        ("Ringsted", None), (None, "Psykiatrien")]


async def test_two_rows_at_one_time_bring_the_card_back_with_the_problem_under_the_row(bot):
    await bot.install()
    response = await save(bot, await plan_card(bot), theme_0="Psykiatrien",
                          date_1="2027-02-12", theme_1="Plejefamilier")

    assert response["type"] == "application/vnd.microsoft.card.adaptive", response
    text = card_text(response["value"])
    assert ("Der er allerede et møde på det tidspunkt. Række 1 er også på det tidspunkt."
            in text), text
    assert "Plejefamilier" in text and "Psykiatrien" in text
    assert await meetings(bot) == []


async def test_a_shown_meeting_moved_onto_a_new_rows_time_is_named_under_the_row(bot):
    await bot.install()
    await save(bot, await plan_card(bot))  # the four suggested days planned
    card = await plan_card(bot)  # the four meetings, and an empty row
    response = await save(bot, card, date_4="2027-03-12", theme_4="Plejefamilier",
                          date_3="2027-03-12", start_3="12:00", end_3="14:00")

    assert response["type"] == "application/vnd.microsoft.card.adaptive", response
    text = card_text(response["value"])
    assert "Der er allerede et møde på det tidspunkt. Række 4 er også på det tidspunkt." in text
    assert "Plejefamilier" in text
    assert [m.starts_at.date().isoformat() for m in await meetings(bot)] == [
        "2027-02-12", "2027-05-14", "2027-08-13", "2027-11-12"]


async def test_a_row_may_take_the_time_another_row_moves_its_meeting_away_from(bot):
    await bot.install()
    await save(bot, await plan_card(bot))  # the four suggested days planned
    card = await plan_card(bot)  # the four meetings, and an empty row
    response = await save(bot, card, date_0="2027-03-12",
                          date_4="2027-02-12", theme_4="Plejefamilier")

    text = card_text(response["value"])
    assert "1 møde planlagt. 1 møde ændret." in text, text
    assert [(m.starts_at.date().isoformat(), m.theme) for m in await meetings(bot)] == [
        ("2027-03-12", None), ("2027-05-14", None), ("2027-08-13", None),
        ("2027-11-12", None), ("2027-02-12", "Plejefamilier")]


async def test_two_rows_may_swap_their_meetings_times(bot):
    await bot.install()
    await save(bot, await plan_card(bot))
    response = await save(bot, await plan_card(bot), date_0="2027-05-14", theme_0="Psykiatrien",
                          date_1="2027-02-12")

    assert "2 møder ændret." in card_text(response["value"])
    assert [(m.starts_at.date().isoformat(), m.theme) for m in await meetings(bot)][:2] == [
        ("2027-05-14", "Psykiatrien"), ("2027-02-12", None)]


async def test_a_row_changing_a_meeting_with_minutes_is_named_under_the_row_not_half_saved(bot):
    await bot.install()
    await save(bot, await plan_card(bot))  # the four suggested days planned
    card = await plan_card(bot, "planlæg året 2027")
    first = (await meetings(bot))[0]
    bot.clock.set(first.starts_at - timedelta(minutes=30))
    await bot.say("referat")  # the secretary opens its minutes in the hour before it starts
    response = await save(bot, card, theme_0="Psykiatrien", theme_1="Plejefamilier")

    assert response["type"] == "application/vnd.microsoft.card.adaptive", response
    text = card_text(response["value"])
    assert "har allerede et referat, så det kan ikke længere flyttes eller aflyses" in text, text
    assert "Skriv fx" not in text
    assert [m.theme for m in await meetings(bot)] == [None, None, None, None]
