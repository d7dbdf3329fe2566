"""A meeting line with the Teams meeting's join link pasted into it, as a secretary copies it
from Outlook: the meeting is online with that link on its cards, and no part of the link is
read as its place."""

import pytest

from tests.bot.test_turns import meetings
from tests.card_reading import card_text

JOIN = ("https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjU4ZTE%40thread.v2/0?context="
        "%7b%22Tid%22%3a%22a1b2%22%2c%22Oid%22%3a%22c3d4%22%7d")


@pytest.mark.parametrize(("line", "place"), [
    (f"nyt møde fredag 5. marts 2027 kl. 10-13 online {JOIN}", None),
    (f"nyt møde fredag 5. marts 2027 kl. 10-13 på Teams: {JOIN}", None),
    (f"nyt møde fredag 5. marts 2027 kl. 10-13 i Ringsted, Hækkerupsvej 1 og online {JOIN}",
     "Ringsted, Hækkerupsvej 1"),
])
async def test_a_pasted_join_link_makes_the_meeting_online_with_that_link(bot, line, place):
    await bot.install()
    bot.connector.clear()
    await bot.say(line)
    [meeting] = await meetings(bot)
    assert (meeting.place, meeting.online, meeting.online_url) == (place, True, JOIN)
    shown = card_text(bot.connector.cards()[-1])
    assert shown.startswith("Mødet er planlagt") and JOIN in shown
