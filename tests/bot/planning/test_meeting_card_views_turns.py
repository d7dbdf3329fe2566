"""Move and Cancel only for those who may: in a group's chat the meeting card everybody gets has
neither, and a refresh that the Teams clients of the chair and the secretaries run to get their
own view, with both; in a 1:1 chat the card is drawn for its reader."""

import logging
from datetime import UTC, datetime, timedelta

from meetings.groups.entities import Member
from tests.bot.conftest import USERS
from tests.bot.personal.test_personal_card_turns import click_there
from tests.bot.planning.test_next_meeting_card import the_meeting
from tests.bot.tasks.task_turn_steps import members
from tests.card_reading import card_text, elements

LINE = "nyt møde fredag 5. februar 2027 kl. 10-13 i Ringsted, Hækkerupsvej 1"
CHANGES = {"meeting.edit", "meeting.cancel"}


def verbs(card: dict) -> set[str]:
    """The verbs of the card's buttons (its refresh is no button)."""
    shown = {key: value for key, value in card.items() if key != "refresh"}
    return {e["verb"] for e in elements(shown) if e.get("type") == "Action.Execute"}


async def chaired_by_daniel(bot) -> int:
    """Lisbet is the secretary; she makes Daniel chair and plans a meeting. Rie is a member."""
    await bot.install()
    await bot.say("gør Daniel til formand")
    await bot.say(LINE)
    return (await the_meeting(bot)).id


async def asked(bot, text: str, user: str = "rie") -> dict:
    bot.connector.clear()
    await bot.say(text, user=user)
    [card] = bot.connector.cards()
    return card


async def test_the_card_a_group_gets_has_no_move_and_is_refreshed_for_its_leaders(bot):
    meeting_id = await chaired_by_daniel(bot)
    leaders = sorted([USERS["lisbet"]["id"], USERS["daniel"]["id"]])
    # The quick read of the question asked most, a month's meeting read in a whole turn, and
    # the secretary's own planning line: each a message the whole group sees.
    for card in (await asked(bot, "hvornår er næste møde?"),
                 await asked(bot, "hvornår er mødet i februar?"),
                 await asked(bot, LINE.replace("5. februar", "12. marts"), user="lisbet")):
        assert not verbs(card) & CHANGES, card_text(card)
        assert "Tilføj til kalender" in card_text(card)
        refresh = card["refresh"]
        assert sorted(refresh["userIds"]) == leaders
        assert refresh["action"]["verb"] == "meeting.view"
    next_one = (await asked(bot, "hvornår er næste møde?"))["refresh"]["action"]["data"]
    assert next_one == {"meeting_id": meeting_id, "heading": "Næste møde", "lang": "da"}


async def test_the_refresh_gives_the_chair_move_and_cancel_and_a_member_the_plain_card(
        bot, caplog):
    meeting_id = await chaired_by_daniel(bot)
    posted = await asked(bot, "hvornår er næste møde?")
    data = posted["refresh"]["action"]["data"]
    caplog.set_level(logging.INFO)
    for user, trigger in (("daniel", "automatic"), ("lisbet", "manual")):
        activity = bot.activity("card_action")
        activity["from"] = USERS[user]
        activity["value"] = {"action": {"type": "Action.Execute", "verb": "meeting.view",
                                        "data": data}, "trigger": trigger}
        own = (await (await bot.post(activity)).json())["value"]
        assert CHANGES <= verbs(own)
        assert [e["data"]["meeting_id"] for e in elements(own)
                if e.get("verb") in CHANGES] == [meeting_id, meeting_id]
        assert own["refresh"] == posted["refresh"]  # refreshed again when it is a minute old
        assert card_text(own).splitlines()[0] == "Næste møde"
    plain = (await bot.click("meeting.view", data, user="rie"))["value"]
    assert plain == posted  # the card everybody has: no error, nothing refused
    assert not [r for r in caplog.records if "refused" in r.getMessage()]


async def test_a_chair_who_moves_the_meeting_keeps_her_buttons_and_the_group_gets_none(bot):
    meeting_id = await chaired_by_daniel(bot)
    bot.connector.clear()
    response = await bot.click("meeting.move", {
        "meeting_id": meeting_id, "date": "2027-02-12", "start": "10:00", "end": "13:00",
        "place": "Ringsted", "online": "false", "theme": ""}, user="daniel")
    assert CHANGES <= verbs(response["value"])
    [update] = bot.connector.updated
    posted = update["attachments"][0]["content"]
    assert not verbs(posted) & CHANGES
    assert "Flyttet fra fredag den 5. februar 2027" in card_text(posted)
    assert posted["refresh"]["action"]["data"]["cycle"] is True
    # Refreshed, the chair's view keeps the heading and the cycle's steps, worked out anew.
    own = (await bot.click("meeting.view", posted["refresh"]["action"]["data"],
                           user="daniel"))["value"]
    assert card_text(own).splitlines()[0] == "Mødet er flyttet"
    assert "Indkaldelse af punkter" in card_text(own) and CHANGES <= verbs(own)


async def test_a_cancelled_meetings_card_is_refreshed_as_cancelled_for_anybody(bot):
    meeting_id = await chaired_by_daniel(bot)
    data = (await asked(bot, "hvornår er næste møde?"))["refresh"]["action"]["data"]
    await bot.click("meeting.cancel.confirm", {"meeting_id": meeting_id})
    own = (await bot.click("meeting.view", data, user="daniel"))["value"]
    assert "Mødet er aflyst." in card_text(own)
    assert not verbs(own) & CHANGES and "refresh" not in own


async def test_in_a_personal_chat_the_card_is_drawn_for_its_reader(bot):
    meeting_id = await chaired_by_daniel(bot)
    group_id = (await members(bot))["rie"].group_id
    shown = {"verb": "meeting.show", "data": {"meeting_id": meeting_id, "group_id": group_id}}
    for user, may in (("daniel", True), ("lisbet", True), ("rie", False)):
        chat = f"a:1personal-{user}"
        card = (await click_there(bot, chat, shown, person=USERS[user]))["value"]
        assert "fredag den 5. februar 2027" in card_text(card)
        assert bool(verbs(card) & CHANGES) is may, user
        assert "refresh" not in card  # read by her alone: nothing to refresh


async def test_more_than_sixty_leaders_the_first_sixty_by_when_they_joined(bot):
    await chaired_by_daniel(bot)
    group_id = (await members(bot))["rie"].group_id
    joined = datetime(2026, 12, 1, tzinfo=UTC)
    async with bot.uow() as uow:
        for n in range(64):
            uow.session.add(Member(group_id=group_id, teams_id=f"29:1chair-{n:02}",
                                   name=f"Formand {n:02}", role="chair",
                                   joined_at=joined + timedelta(minutes=n)))
        await uow.commit()
    first = [USERS["lisbet"]["id"], USERS["daniel"]["id"]]
    for text in ("hvornår er næste møde?", "hvornår er mødet i februar?"):  # quick, whole
        ids = (await asked(bot, text))["refresh"]["userIds"]
        assert len(ids) == 60
        assert sorted(ids[:2]) == sorted(first)  # in the group since the install
        assert ids[2:] == [f"29:1chair-{n:02}" for n in range(58)]
