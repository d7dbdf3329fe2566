"""A group sits in one meeting at a time: a meeting planned or moved in the chat onto part of
another is refused with the other meeting named and a line that works, and nothing changes."""

from tests.bot.test_turns import meetings
from tests.card_reading import card_text


async def test_a_new_meeting_overlapping_another_names_it_and_plans_nothing(bot):
    await bot.install()
    await bot.say("nyt møde fredag 12. februar 2027 kl. 10-13 i Ringsted")
    bot.connector.clear()
    await bot.say("nyt møde fredag 12. februar 2027 kl. 11-14 i Sorø")

    [answer] = bot.connector.texts()
    assert answer.startswith("Der er allerede et møde på det tidspunkt. Det andet møde er "
                             "fredag den 12. februar 2027 kl. 10.00–13.00. Skriv fx: nyt møde "), \
        answer
    assert [m.place for m in await meetings(bot)] == ["Ringsted"]


async def test_an_overlap_is_answered_in_english_for_an_english_line(bot):
    await bot.install()
    await bot.say("nyt møde fredag 12. februar 2027 kl. 10-13 i Ringsted")
    bot.connector.clear()
    await bot.say("new meeting Friday 12 February 2027 9-11 in Sorø", locale="en-GB")

    [answer] = bot.connector.texts()
    assert answer.startswith("There is already a meeting at that time. The other meeting is "
                             "Friday 12 February 2027, 10:00–13:00. Write for example: new "
                             "meeting "), answer
    assert len(await meetings(bot)) == 1


async def test_a_move_onto_part_of_another_meeting_is_refused_with_a_move_that_works(bot):
    await bot.install()
    await bot.say("nyt møde fredag 12. februar 2027 kl. 10-13 i Ringsted")
    await bot.say("nyt møde fredag 19. februar 2027 kl. 10-13 i Sorø")
    bot.connector.clear()
    await bot.say("flyt mødet 19. februar til fredag 12. februar 2027 kl. 12-15")

    [answer] = bot.connector.texts()
    assert "Det andet møde er fredag den 12. februar 2027 kl. 10.00–13.00." in answer
    assert "Skriv fx: flyt næste møde til" in answer and "nyt møde" not in answer
    assert [(m.place, m.starts_at.day) for m in await meetings(bot)] == [
        ("Ringsted", 12), ("Sorø", 19)]


async def test_the_move_form_onto_another_meeting_comes_back_with_the_problem(bot):
    await bot.install()
    await bot.say("nyt møde fredag 12. februar 2027 kl. 10-13 i Ringsted")
    await bot.say("nyt møde fredag 19. februar 2027 kl. 10-13 i Sorø")
    second = (await meetings(bot))[1]
    response = await bot.click("meeting.move", {
        "meeting_id": second.id, "date": "2027-02-12", "start": "12:00", "end": "15:00",
        "place": "Sorø", "online": "false", "theme": ""})

    text = card_text(response["value"])
    assert "Der er allerede et møde på det tidspunkt." in text and "Skriv fx" not in text
    assert [m.starts_at.day for m in await meetings(bot)] == [12, 19]
