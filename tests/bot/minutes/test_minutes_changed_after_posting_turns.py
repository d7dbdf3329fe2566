"""Posted minutes changed before they are approved: the group's card is brought up to date,
approvals given to the earlier text no longer count and their givers are told, the deadline
starts over (the card says so), and a card of the earlier text approves nothing."""

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from meetings.common.entities import OutboxMessage
from meetings.minutes.cycle import settle_minutes
from tests.bot.minutes.minutes_turn_steps import entry, events, held, opened, the_minutes
from tests.bot.minutes.test_minutes_approval_turns import posted, rendered
from tests.bot.tasks.task_turn_steps import members, tasks
from tests.card_reading import card_text, elements
from tests.links import minutes_path

CHANGED = "Netværket besluttede IKKE at rekruttere flere plejefamilier"
TUESDAY = datetime(2027, 2, 9, 9, 0, tzinfo=UTC)  # 10.00 in Copenhagen, after the weekend


async def rows(bot, kind: str) -> list[OutboxMessage]:
    async with bot.uow() as uow:
        return list(await uow.session.scalars(select(OutboxMessage).where(
            OutboxMessage.kind == kind).order_by(OutboxMessage.id)))


def approve_data(card: dict) -> dict:
    return next(a for a in elements(card) if a.get("verb") == "minutes.approve")["data"]


async def test_a_change_after_posting_updates_the_card_clears_approvals_and_restarts_the_deadline(
        bot):
    minutes, first = await posted(bot)  # Friday 5 February: for approval by Friday 12 February
    as_posted = approve_data(await rendered(bot, first))
    await bot.click("minutes.approve", as_posted, user="rie")
    bot.clock.set(TUESDAY)
    item = await entry(bot)
    saved = await bot.click("minutes.entry.save", {"entry_id": item.id, "notes": "",
                                                   "decision": CHANGED, "guests": ""})
    assert "Gemt." in card_text(saved["value"])
    posted_rows = await rows(bot, "minutes_posted")
    assert [row.replaces_key for row in posted_rows] == [None, first.dedupe_key]
    card = await rendered(bot, posted_rows[-1])
    assert "Beslutning: " + CHANGED in card_text(card)
    assert "Godkendt af" not in card_text(card) and "Rie Nielsen" not in card_text(card)
    assert ("Ændret efter udsendelsen, så tidligere godkendelser gælder ikke længere, og fristen "
            "er startet forfra: til godkendelse, frist tirsdag den 16. februar 2027"
            ) in card_text(card)
    [told] = await rows(bot, "minutes_approval_cleared")
    assert told.member_id == (await members(bot))["rie"].id
    assert "din godkendelse gælder ikke længere" in card_text(await rendered(bot, told))

    stale = await bot.click("minutes.approve", as_posted, user="daniel")  # the card as posted
    assert "intet blev godkendt" in card_text(stale["value"])
    assert "Beslutning: " + CHANGED in card_text(stale["value"])
    bot.clock.set(minutes.approve_by + timedelta(minutes=1))  # the first deadline passes
    async with bot.uow() as uow:
        assert await settle_minutes(uow, bot.clock.now()) == []
        await uow.commit()
    assert (await the_minutes(bot)).status == "posted"

    await bot.click("minutes.approve", approve_data(card), user="rie")
    card = await rendered(bot, posted_rows[-1])
    assert "Godkendt af" in card_text(card) and "Rie Nielsen" in card_text(card)
    assert [(e.author_name, e.version) for e in await events(bot, "approved")] == [
        ("Rie Nielsen", 1), ("Rie Nielsen", 2)]
    bot.clock.set((await the_minutes(bot)).approve_by + timedelta(minutes=1))
    async with bot.uow() as uow:
        await settle_minutes(uow, bot.clock.now())
        await uow.commit()
    assert (await the_minutes(bot)).status == "approved"


async def test_posting_again_after_a_change_counts_no_approval_of_the_earlier_text(bot):
    minutes, first = await posted(bot)
    await bot.click("minutes.approve", approve_data(await rendered(bot, first)), user="rie")
    item = await entry(bot)
    await bot.click("minutes.entry.save", {"entry_id": item.id, "notes": "",
                                           "decision": CHANGED, "guests": ""})
    await bot.click("minutes.post", {"minutes_id": minutes.id})
    card = await rendered(bot, (await rows(bot, "minutes_posted"))[-1])
    assert "Beslutning: " + CHANGED in card_text(card)
    assert "Godkendt af" not in card_text(card)
    assert "minutes.approve" in [a.get("verb") for a in elements(card)]


async def test_posting_again_tells_whoever_approved_that_their_approval_no_longer_counts(bot):
    minutes, first = await posted(bot)
    await bot.click("minutes.approve", approve_data(await rendered(bot, first)), user="rie")
    await bot.click("minutes.post", {"minutes_id": minutes.id})
    [told] = await rows(bot, "minutes_approval_cleared")
    assert told.member_id == (await members(bot))["rie"].id
    assert "Godkendt af" not in card_text(await rendered(bot, (await rows(
        bot, "minutes_posted"))[-1]))


async def test_posted_minutes_keep_the_tasks_they_were_posted_with_and_are_approved_so(bot):
    """A new due date or owner after posting is task tracking: the group approves, and the
    approved referat keeps, the tasks as posted, while the task itself lives on."""
    await held(bot)
    await opened(bot)
    people = await members(bot)
    item = await entry(bot)
    await bot.click("minutes.task", {"entry_id": item.id, "title": "Ringe til Socialtilsyn Øst",
                                     "owner_id": str(people["rie"].id), "owner_name": "",
                                     "due": "2027-02-19"})
    await bot.click("minutes.post", {"minutes_id": (await the_minutes(bot)).id})
    [task] = await tasks(bot)
    await bot.click("task.due", {"task_id": task.id, "version": task.version,
                                 f"due_{task.id}": "2027-03-26"}, user="rie")
    [task] = await tasks(bot)
    await bot.click("task.reassign", {"task_id": task.id, "version": task.version,
                                      f"owner_{task.id}": str(people["daniel"].id)})
    [task] = await tasks(bot)
    assert (task.owner_id, task.due_on.isoformat()) == (people["daniel"].id, "2027-03-26")

    minutes = await the_minutes(bot)
    assert (minutes.status, minutes.version) == ("posted", 1)
    [card_row] = await rows(bot, "minutes_posted")  # the group's card is as posted
    assert "Ændret efter udsendelsen" not in card_text(await rendered(bot, card_row))
    item_card = card_text((await bot.click("minutes.entry", {"entry_id": item.id},
                                           user="daniel"))["value"])
    assert "Rie Nielsen – Ringe til Socialtilsyn Øst · frist 19. feb. 2027" in item_card
    assert "Daniel Gottrup – Ringe" not in item_card and "26. mar" not in item_card
    row = "Opgave: Rie Nielsen – Ringe til Socialtilsyn Øst (frist 19. februar 2027)"
    path = minutes_path(minutes, "md", bot.clock.now())
    assert row in await (await bot.client.get(path)).text()

    bot.clock.set(minutes.approve_by + timedelta(minutes=1))
    async with bot.uow() as uow:
        await settle_minutes(uow, bot.clock.now())
        await uow.commit()
    assert (await the_minutes(bot)).status == "approved"
    approved = await (await bot.client.get(minutes_path(minutes, "md", bot.clock.now()))).text()
    assert row in approved and "Daniel Gottrup – Ringe" not in approved


async def test_a_task_added_to_posted_minutes_joins_the_tasks_they_were_posted_with(bot):
    minutes, first = await posted(bot)
    rie = (await members(bot))["rie"]
    item = await entry(bot)
    await bot.click("minutes.task", {"entry_id": item.id, "title": "Sende oplægget rundt",
                                     "owner_id": str(rie.id), "owner_name": "",
                                     "due": "2027-02-26"})
    assert [row.replaces_key for row in await rows(bot, "minutes_posted")] == [
        None, first.dedupe_key]
    path = minutes_path(minutes, "md", bot.clock.now())
    assert ("Opgave: Rie Nielsen – Sende oplægget rundt (frist 26. februar 2027)"
            in await (await bot.client.get(path)).text())
