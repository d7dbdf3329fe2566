"""A meeting line that goes on to say it does not suit ("flyt næste møde til kl. 12.30 virker
ikke for mig") is a remark about the line, not the command: nothing is moved or planned, and
"virker ikke for mig" never becomes the meeting's place."""

from datetime import UTC, datetime

import pytest

from tests.bot.test_turns import meetings


@pytest.mark.parametrize(("said", "locale"), [
    ("flyt næste møde til kl. 12.30 virker ikke for mig", "da-DK"),
    ("ryk næste møde til 19. februar 2027 kl. 10-13, det passer mig ikke", "da-DK"),
    ("nyt møde fredag 26. februar 2027 kl. 10-13 passer ikke", "da-DK"),
    ("moving the next meeting to 12.30 doesn't work for me", "en-GB"),
    ("move the next meeting to 19 February 2027 10-13 won't work", "en-GB"),
    ("new meeting Friday 26 February 2027 10-13 does not suit us", "en-GB"),
])
async def test_a_line_that_says_it_does_not_suit_changes_no_meeting(bot, said, locale):
    await bot.install()
    await bot.say("nyt møde fredag 5. februar 2027 kl. 10-13 i Ringsted")
    before = [(m.starts_at, m.ends_at, m.place) for m in await meetings(bot)]
    await bot.say(said, locale=locale)
    assert [(m.starts_at, m.ends_at, m.place) for m in await meetings(bot)] == before


@pytest.mark.parametrize(("said", "locale", "starts"), [
    ("flyt næste møde til fredag 12. februar 2027 kl. 10, torsdag passer mig ikke", "da-DK",
     datetime(2027, 2, 12, 9, 0, tzinfo=UTC)),
    ("flyt næste møde til 12. februar 2027 kl. 10-13, den 5. passer ikke for Køge", "da-DK",
     datetime(2027, 2, 12, 9, 0, tzinfo=UTC)),
    ("move the next meeting to Friday 12 February 2027 at 10, Thursday doesn't work for me",
     "en-GB", datetime(2027, 2, 12, 9, 0, tzinfo=UTC)),
    ("move the next meeting to 12 February 2027 10-13, the 5th doesn't work for Køge", "en-GB",
     datetime(2027, 2, 12, 9, 0, tzinfo=UTC)),
])
async def test_another_day_that_does_not_suit_is_why_the_meeting_moves(bot, said, locale,
                                                                         starts):
    await bot.install()
    await bot.say("nyt møde fredag 5. februar 2027 kl. 10-13 i Ringsted")
    await bot.say(said, locale=locale)
    assert [(m.starts_at, m.place) for m in await meetings(bot)] == [(starts, "Ringsted")]
