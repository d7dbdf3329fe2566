""""Hvornår er næste møde?" is answered in one query with a cached card: the answer must follow
every change of the meeting at once, and a card from the cache must be the card itself."""

from datetime import UTC, datetime

from sqlalchemy import select

from meetings.planning.entities import Meeting
from tests.card_reading import card_text

LINE = "nyt møde fredag 5. februar 2027 kl. 10-13 i Ringsted, Hækkerupsvej 1"
ASK = "hvornår er næste møde?"


async def the_meeting(bot) -> Meeting:
    async with bot.uow() as uow:
        [meeting] = await uow.session.scalars(select(Meeting))
        return meeting


async def ask(bot, user: str = "rie", text: str = ASK, **options) -> str:
    bot.connector.clear()
    await bot.say(text, user=user, **options)
    cards = bot.connector.cards()
    return card_text(cards[-1]) if cards else bot.connector.texts()[-1]


async def test_asking_again_gives_the_same_card_and_each_change_shows_at_once(bot):
    await bot.install()
    await bot.say(LINE)
    bot.connector.clear()
    await bot.say(ASK, user="rie")
    await bot.say(ASK, user="daniel")
    first, second = bot.connector.cards()
    assert first == second  # the second from the cache
    assert "fredag den 5. februar 2027 kl. 10.00–13.00" in card_text(first)

    await bot.say("flyt næste møde til 12. februar 2027 kl. 9-12")
    moved = await ask(bot)
    assert "fredag den 12. februar 2027 kl. 9.00–12.00" in moved
    assert "5. februar" not in moved
    assert (await the_meeting(bot)).starts_at == datetime(2027, 2, 12, 8, 0, tzinfo=UTC)

    meeting = await the_meeting(bot)
    await bot.click("meeting.cancel.confirm", {"meeting_id": meeting.id})
    assert "Der er ikke planlagt noget møde" in await ask(bot)


async def test_the_cached_card_follows_the_language_asked_in(bot):
    await bot.install()
    await bot.say(LINE)
    danish = await ask(bot)
    english = await ask(bot, user="daniel", text="when is the next meeting?", locale="en-GB")
    assert "Næste møde" in danish and "fredag den 5. februar 2027" in danish
    assert "Next meeting" in english and "Friday 5 February 2027, 10:00–13:00" in english
    assert danish == await ask(bot)


async def test_a_meeting_planned_before_the_next_one_becomes_the_answer(bot):
    await bot.install()
    await bot.say(LINE)
    assert "5. februar 2027" in await ask(bot)
    await bot.say("nyt møde fredag 15. januar 2027 kl. 10-13 i Roskilde")
    sooner = await ask(bot)
    assert "fredag den 15. januar 2027" in sooner and "Roskilde" in sooner


async def test_a_cancelled_meeting_before_the_next_one_is_said_first(bot):
    await bot.install()
    await bot.say(LINE)
    await bot.say("nyt møde fredag 15. januar 2027 kl. 10-13 i Roskilde")
    async with bot.uow() as uow:
        january = await uow.session.scalar(select(Meeting).order_by(Meeting.starts_at))
    await bot.click("meeting.cancel.confirm", {"meeting_id": january.id})

    bot.connector.clear()
    await bot.say("er mødet aflyst?", user="rie")
    assert said(bot) == ["Mødet fredag den 15. januar 2027 er aflyst."]
    assert "fredag den 5. februar 2027 kl. 10.00–13.00" in card_text(bot.connector.cards()[-1])

    bot.connector.clear()
    await bot.say("has the meeting been cancelled?", user="daniel", locale="en-GB")
    assert said(bot) == ["The meeting on Friday 15 January 2027 is cancelled."]

    # Asked by its month, the same, and then the next one.
    bot.connector.clear()
    await bot.say("hvornår er mødet i januar?", user="rie")
    assert said(bot) == ["Mødet fredag den 15. januar 2027 er aflyst. Det næste er:"]
    assert "fredag den 5. februar 2027" in card_text(bot.connector.cards()[-1])

    # With no meeting planned after it, both are said.
    await bot.click("meeting.cancel.confirm", {"meeting_id": (await upcoming(bot)).id})
    answer = await ask(bot)
    assert answer.startswith("Mødet fredag den 15. januar 2027 er aflyst. ")
    assert "Der er ikke planlagt noget møde" in answer


async def test_a_cancelled_meeting_after_the_next_one_or_over_is_not_mentioned(bot):
    await bot.install()
    await bot.say("nyt møde fredag 15. januar 2027 kl. 10-13 i Roskilde")
    await bot.say(LINE)
    async with bot.uow() as uow:
        february = await uow.session.scalar(select(Meeting).order_by(Meeting.starts_at.desc()))
    await bot.click("meeting.cancel.confirm", {"meeting_id": february.id})
    bot.connector.clear()
    await bot.say(ASK, user="rie")
    assert said(bot) == []
    assert "fredag den 15. januar 2027" in card_text(bot.connector.cards()[-1])
    bot.connector.clear()
    await bot.say("hvornår er mødet i februar?", user="rie")
    assert said(bot) == ["Mødet fredag den 5. februar 2027 er aflyst. Det næste er:"]


def said(bot) -> list[str]:
    """The texts of the replies, beside or without a card."""
    return [text for text in bot.connector.texts() if text]


async def upcoming(bot) -> Meeting:
    async with bot.uow() as uow:
        return await uow.session.scalar(select(Meeting).where(Meeting.status == "planned"))
