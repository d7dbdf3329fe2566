"""One who joins while the call for agenda input is open: the call went to the group's chat
before she was in it, so right after her welcome she gets it in her 1:1 chat, says which group
calls, and its buttons work there; not after the deadline, not with no meeting planned, not
twice for a join Teams tells again; added to a team, the call of each group whose call is open."""

from datetime import UTC, datetime

from tests.bot.agenda.cycle_steps import tick_everything
from tests.bot.agenda.test_agenda_cycle_delivery import worker
from tests.bot.groups.test_joining_turns import joined
from tests.bot.newcomer.half_year import (
    AFTER_DEADLINE,
    METTE,
    SARAH,
    click_as,
    half_a_year,
    join,
    meetings,
    personal,
)
from tests.bot.platform.test_channel_thread_turns import write_in_thread
from tests.bot.platform.test_team_events import OTHER, OTHER_THREAD, POVL, in_two_channels
from tests.bot.platform.test_team_events import team_event as team_wide_event
from tests.bot.platform.test_team_welcome_turns import sent_to
from tests.card_reading import card_text

CALL_DA = ("Punkter til dagsordenen?\n"
           "Du er kommet med i Netværksgruppe Børn og Unge, mens der samles punkter til gruppens "
           "næste møde.")


def card_of(activity: dict) -> str:
    return card_text(activity["attachments"][0]["content"])


async def test_one_who_joins_while_the_call_is_open_gets_it_after_her_welcome(bot):
    await half_a_year(bot)
    welcome, call = await join(bot, METTE)
    assert welcome["_conversation"] == call["_conversation"] == f"a:personal-{METTE['id']}"
    assert welcome["text"].startswith("Velkommen i Netværksgruppe Børn og Unge!")
    assert card_of(call).startswith(CALL_DA)
    assert "4. juni 2027" in card_of(call)  # the meeting
    assert "tirsdag den 25. maj 2027 kl. 12.00" in card_of(call)  # the deadline
    assert "Foreslå et punkt" in card_of(call) and "Intet fra os" in card_of(call)

    await bot.post(joined(bot, METTE))  # Teams tells it again: nothing more
    bot.connector.clear()
    async with worker(bot) as delivery:
        await delivery.drain()
    assert bot.connector.sent == []

    # The card's buttons work in her 1:1 chat: "nothing from us" there, and she is not nudged.
    _, _, june = await meetings(bot)
    await click_as(bot, METTE, "item.nothing", {"meeting_id": june.id, "group_id": june.group_id},
                   where="personal")
    bot.connector.clear()
    await tick_everything(bot, datetime(2027, 5, 21, 7, 0, tzinfo=UTC))  # the nudges
    assert [a for a in bot.connector.sent if a["_conversation"] == personal(METTE)] == []


async def test_one_who_joins_after_the_deadline_or_with_no_meeting_planned_is_only_welcomed(bot):
    await bot.install()
    [welcome] = await join(bot, SARAH, at=bot.clock.now())  # no meeting planned
    assert welcome["text"].startswith("Velkommen i Netværksgruppe Børn og Unge!")
    await half_a_year(bot)
    [welcome] = await join(bot, METTE, at=AFTER_DEADLINE)
    assert welcome["text"].startswith("Velkommen i Netværksgruppe Børn og Unge!")


async def test_in_an_english_group_the_call_is_in_english(bot):
    await half_a_year(bot)
    async with bot.uow() as uow:
        chat = bot.activity("group_message")["conversation"]["id"]
        group = await uow.groups.by_conversation(chat)
        group.language = "en"
        await uow.commit()
    welcome, call = await join(bot, SARAH)
    assert welcome["text"].startswith("Welcome to Netværksgruppe Børn og Unge!")
    assert card_of(call).startswith(
        "Items for the agenda?\nYou joined Netværksgruppe Børn og Unge while items for its "
        "next meeting are being collected.")
    assert "Tuesday 25 May 2027, 12:00" in card_of(call)


async def test_one_added_to_a_team_gets_the_call_of_each_group_whose_call_is_open(bot):
    await in_two_channels(bot)  # a meeting on 5 February in the channel Møder
    renamed = team_wide_event(bot, "channelRenamed")
    renamed["channelData"]["channel"] = {"id": OTHER, "name": "Styregruppe"}
    await bot.post(renamed)
    await write_in_thread(bot, OTHER_THREAD, "nyt møde fredag 12. februar 2027 kl. 10-13 i Køge",
                          message_id="1763650000002")
    await tick_everything(bot, datetime(2027, 1, 22, 8, 0, tzinfo=UTC))  # both calls out
    bot.clock.set(datetime(2027, 1, 25, 9, 0, tzinfo=UTC))
    added = team_wide_event(bot, "teamMemberAdded", membersAdded=[POVL])
    await bot.post(added)
    await bot.post({**added, "id": "1795699999999"})  # Teams says it again
    welcome, *calls = await sent_to(bot, POVL)
    assert welcome["text"].startswith("Velkommen i Netværksgruppe Børn og Unge – Møder og ")
    assert [card_of(c).splitlines()[1] for c in calls] == [
        f"Du er kommet med i Netværksgruppe Børn og Unge – {name}, mens der samles punkter til "
        "gruppens næste møde." for name in ("Møder", "Styregruppe")]
