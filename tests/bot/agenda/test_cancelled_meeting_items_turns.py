"""A meeting is cancelled with items proposed for it or accepted onto it: they go to the group's
next meeting for review (or wait for one to be planned), and their proposer is told where."""

from datetime import UTC, datetime

from bot.outbox.ticks import AGENDA
from meetings.agenda.entities import AgendaItem
from tests.bot.agenda.test_agenda_cycle_delivery import GROUP, worker
from tests.bot.agenda.test_agenda_manager_turns import propose
from tests.bot.agenda.test_agenda_turns import ITEM, planned, rows
from tests.bot.test_turns import meetings
from tests.card_reading import card_text

CANCELLED = "Mødet fredag den 5. februar 2027 kl. 10.00–13.00 er aflyst. Dit punkt"


MARCH = "nyt møde fredag 12. marts 2027 kl. 10-13 i Ringsted"


async def cancelled_with_items(bot, march_planned: bool) -> int:
    """5 February with a proposal, an accepted and a deferred item, all Rie's; cancelled,
    with or without 12 March planned. Returns the cancelled meeting."""
    feb = await planned(bot)  # fredag 5. februar 2027 kl. 10-13
    if march_planned:
        await bot.say(MARCH)
    proposed = await propose(bot, feb, "Plejefamilier", "Socialtilsyn Øst", "Budget 2027")
    await bot.click("item.review", {"item_id": proposed["Socialtilsyn Øst"].id,
                                    "decision": "accept"})
    await bot.click("item.review", {"item_id": proposed["Budget 2027"].id, "decision": "defer"})
    await delivered(bot)
    await bot.click("meeting.cancel.confirm", {"meeting_id": feb})
    return feb


async def delivered(bot) -> list[str]:
    """What the proposer is told, as they read it."""
    bot.connector.clear()
    async with worker(bot) as delivery:
        await delivery.drain()
    return [card_text(a["attachments"][0]["content"]) for a in bot.connector.sent
            if a["_conversation"] != GROUP and a.get("attachments")]


def proposals(review: str) -> set[str]:
    """The lines of the review card above its accepted items."""
    return set(review.split("På dagsordenen")[0].splitlines())


async def march_review(bot, feb: int) -> str:
    [march] = [m for m in await meetings(bot) if m.id != feb]
    card = await bot.click("agenda.review", {"meeting_id": march.id})
    return card_text(card["value"])


async def test_a_cancelled_meetings_items_go_to_the_next_meeting_for_review_and_rie_is_told(bot):
    feb = await cancelled_with_items(bot, march_planned=True)
    told = await delivered(bot)
    assert len(told) == 2  # the proposal and the accepted item; the deferred one was told
    for text in told:
        assert CANCELLED in text
        assert "flyttet til mødet fredag den 12. marts 2027 kl. 10.00–13.00" in text
    assert {"Plejefamilier", "Socialtilsyn Øst"} <= {line for text in told
                                                     for line in text.splitlines()}
    assert {"Plejefamilier", "Socialtilsyn Øst", "Budget 2027"} <= proposals(
        await march_review(bot, feb))


async def test_without_a_next_meeting_the_items_wait_for_the_one_planned_next(bot):
    feb = await cancelled_with_items(bot, march_planned=False)
    told = await delivered(bot)
    assert len(told) == 2
    assert all(CANCELLED in text and "venter, til næste møde er planlagt" in text for text in told)
    await bot.say(MARCH)
    bot.clock.set(datetime(2026, 11, 25, 9, 5, tzinfo=UTC))
    await AGENDA.run(bot.uow, bot.clock)  # the next tick carries what waited
    assert {"Plejefamilier", "Socialtilsyn Øst", "Budget 2027"} <= proposals(
        await march_review(bot, feb))


async def test_a_proposal_sent_just_after_the_cancellation_goes_to_the_next_meeting(bot):
    feb = await planned(bot)  # fredag 5. februar 2027
    await bot.say(MARCH)
    await bot.click("item.form", {"meeting_id": feb}, user="rie")  # open while 5 Feb stands
    await bot.click("meeting.cancel.confirm", {"meeting_id": feb})
    answer = card_text((await bot.click("item.propose", {**ITEM, "meeting_id": feb},
                                        user="rie"))["value"])
    assert "Mødet fredag den 5. februar 2027 kl. 10.00–13.00 er aflyst" in answer
    assert "fredag den 12. marts 2027" in answer
    assert ITEM["title"] in proposals(await march_review(bot, feb))


async def test_a_proposal_for_a_cancelled_meeting_with_none_planned_keeps_what_she_wrote(bot):
    feb = await planned(bot)
    await bot.click("item.form", {"meeting_id": feb}, user="rie")
    await bot.click("meeting.cancel.confirm", {"meeting_id": feb})
    answer = await bot.click("item.propose", {**ITEM, "meeting_id": feb}, user="rie")
    text = card_text(answer["value"])
    assert "aflyst" in text and "intet senere møde" in text
    assert ITEM["title"] in text and ITEM["presenter"] in text
    assert await rows(bot, AgendaItem) == 0


async def test_foreslaa_on_a_card_of_a_cancelled_meeting_opens_the_form_for_the_next_one(bot):
    feb = await planned(bot)  # the nudge or call card still offers Foreslå et punkt for it
    await bot.say(MARCH)
    await bot.click("meeting.cancel.confirm", {"meeting_id": feb})
    form = card_text((await bot.click("item.form", {"meeting_id": feb}, user="rie"))["value"])
    assert "aflyst" not in form
    assert "12. marts 2027" in form
    assert "5. februar" not in form
