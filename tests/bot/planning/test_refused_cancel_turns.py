"""A member refused cancelling a meeting is told what they can do instead: send their own
regrets (on one click for the next meeting, by a line for one named by its date), and who
leads the group, to ask if the meeting must be cancelled."""

from tests.bot.agenda.test_agenda_turns import planned
from tests.bot.test_turns import meetings
from tests.card_reading import card_text


async def refused(bot, said: str, locale: str = "da-DK") -> tuple[str, list[dict]]:
    bot.connector.clear()
    await bot.say(said, user="rie", locale=locale)
    [text] = bot.connector.texts()
    return text, bot.connector.cards()


async def test_a_member_refused_cancelling_the_next_meeting_is_offered_their_regrets(bot):
    await planned(bot)  # Lisbet is the secretary; the meeting is on 5 February 2027
    text, [card] = await refused(bot, "aflys næste møde")
    assert text == ("Det kan kun formanden og sekretæren. Skriv til Lisbet Daugaard-Hansen, "
                    "hvis mødet skal aflyses. Kan du ikke selv komme, så meld afbud herunder.")
    assert card_text(card).splitlines()[0] == "Meld afbud til mødet?"
    text, [card] = await refused(bot, "cancel the next meeting", "en-GB")
    assert text == ("Only the chair and the secretary can do that. Write to Lisbet "
                    "Daugaard-Hansen if the meeting must be cancelled. If you cannot come "
                    "yourself, send your regrets below.")
    assert [m.status for m in await meetings(bot)] == ["planned"]


async def test_a_member_refused_cancelling_a_dated_meeting_is_given_the_regrets_line(bot):
    await planned(bot)
    text, cards = await refused(bot, "aflys mødet 5. februar 2027")
    assert text.endswith("Kan du ikke selv komme, så meld afbud: skriv fx “afbud til mødet "
                         "5. februar 2027”.")
    assert cards == []
    text, _ = await refused(bot, "cancel the meeting on 5 February 2027", "en-GB")
    assert text.endswith("If you cannot come yourself, send your regrets: write for example "
                         "“regrets for the meeting on 5 February 2027”.")
    assert [m.status for m in await meetings(bot)] == ["planned"]
