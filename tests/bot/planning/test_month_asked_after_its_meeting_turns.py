"""A month whose meeting is over is asked as a month gone by: mid-January, "hvornår er mødet i
januar?" and "hvad er temaet i januar?" mean next January's meeting, not the one held a week
ago (whose card offered *Flyt* and *Aflys*, both refused as it was held)."""

from datetime import UTC, datetime

from tests.card_reading import card_text, elements


async def january_held_and_next_january_planned(bot) -> None:
    await bot.install()
    await bot.say("nyt møde fredag 8. januar 2027 kl. 10-13 i Ringsted")
    await bot.say("nyt møde fredag 5. februar 2027 kl. 10-13 i Køge")
    await bot.say("nyt møde fredag 7. januar 2028 kl. 10-13 i Roskilde tema: Skolefravær")
    bot.clock.set(datetime(2027, 1, 15, 9, 0, tzinfo=UTC))
    bot.connector.clear()


async def test_asked_after_januarys_meeting_the_next_january_meeting_is_shown(bot):
    await january_held_and_next_january_planned(bot)
    await bot.say("hvornår er mødet i januar?", user="rie")
    [card] = bot.connector.cards()
    assert "fredag den 7. januar 2028" in card_text(card)
    assert "8. januar 2027" not in card_text(card)


async def test_the_theme_asked_after_januarys_meeting_is_next_januarys(bot):
    await january_held_and_next_january_planned(bot)
    await bot.say("hvad er temaet i januar?", user="rie")
    [answer] = [text for text in bot.connector.texts() if text]
    assert "Skolefravær" in answer and "under “Flyt”" not in answer


async def test_while_the_months_meeting_is_ahead_it_is_the_one_shown(bot):
    await january_held_and_next_january_planned(bot)
    bot.clock.set(datetime(2027, 1, 8, 8, 0, tzinfo=UTC))  # the morning of 8 January
    await bot.say("hvornår er mødet i januar?", user="rie")
    [card] = bot.connector.cards()
    assert "fredag den 8. januar 2027" in card_text(card)
    # Move and Cancel are on the chair's and the secretary's own view of the card: its refresh
    assert "meeting.view" in {e.get("verb") for e in elements(card)}
