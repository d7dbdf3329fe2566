"""The steering group's own heading style, "kl. 12.30-15 (frokost fra 12) på Teams", typed as
a meeting line: the meeting is online, and the remark in brackets is not its place (every
card, the calendar file and the agenda would say "Hvor: (frokost fra 12)")."""

from tests.bot.test_turns import meetings
from tests.card_reading import card_text


async def test_a_remark_in_brackets_is_not_the_place_of_an_online_meeting(bot):
    await bot.install()
    bot.connector.clear()
    await bot.say("nyt møde fredag 15. januar 2027 kl. 12.30-15 (frokost fra 12) på Teams")
    [meeting] = await meetings(bot)
    assert meeting.online and meeting.place is None, meeting.place
    assert "(frokost fra 12)" not in card_text(bot.connector.cards()[-1])
