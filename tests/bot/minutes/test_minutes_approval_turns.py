"""Minutes approval turn by turn: posted to the group through the outbox and updated in place,
approved once per member, commented and resolved, approved by silence, and the proactive
cards as they are sent."""

from datetime import timedelta

import pytest
from sqlalchemy import select

from bot.outbox.messages import NothingToSend, render
from meetings.common.entities import OutboxMessage
from meetings.minutes.cycle import settle_minutes
from meetings.minutes.entities import Minutes
from tests.bot.minutes.minutes_turn_steps import (
    DECISION,
    entry,
    events,
    held,
    opened,
    the_minutes,
    verbs,
)
from tests.card_reading import card_text, elements
from tests.links import minutes_path

# Approval


async def posted(bot) -> tuple[Minutes, OutboxMessage]:
    await held(bot)
    await opened(bot)
    item = await entry(bot)
    await bot.click("minutes.entry.save", {"entry_id": item.id, "notes": "", "decision": DECISION,
                                           "guests": ""})
    minutes = await the_minutes(bot)
    card = await bot.click("minutes.post", {"minutes_id": minutes.id, "version": minutes.version})
    assert "Sendt til gruppen til godkendelse." in card_text(card["value"])
    async with bot.uow() as uow:
        [row] = await uow.session.scalars(select(OutboxMessage).where(
            OutboxMessage.kind == "minutes_posted"))
    return await the_minutes(bot), row


async def rendered(bot, row: OutboxMessage) -> dict:
    async with bot.uow() as uow:
        group = await uow.groups.get(row.group_id)
        message = await render(uow, row, group, bot.clock.now(), "http://127.0.0.1:3978")
    return message["attachments"][0]["content"]


async def test_posting_writes_the_outbox_row_whose_card_offers_approve_and_comment(bot):
    minutes, row = await posted(bot)
    assert minutes.status == "posted" and row.payload == {"minutes_id": minutes.id}
    assert row.conversation_id == "19:netvaerk-boern-unge@thread.v2"
    card = await rendered(bot, row)
    text = card_text(card)
    assert "Til godkendelse, frist fredag den 12. februar 2027" in text
    assert "Beslutning: " + DECISION in text
    assert {"minutes.approve", "minutes.comment", "minutes.open"} <= set(verbs(card))
    assert not {"minutes.post", "minutes.presence"} & set(verbs(card))
    titles = [e["title"] for e in elements(card) if e.get("type") == "Action.OpenUrl"]
    assert titles == ["Hent som Word", "Hent som Markdown"]


async def test_posting_again_after_a_change_updates_the_card_already_posted(bot):
    minutes, first = await posted(bot)
    item = await entry(bot)
    await bot.click("minutes.entry.save", {"entry_id": item.id, "notes": "",
                                           "decision": "Udsat til marts", "guests": ""})
    card = await bot.click("minutes.post", {"minutes_id": minutes.id})
    assert "Send til godkendelse igen" in card_text(card["value"])
    async with bot.uow() as uow:
        rows = list(await uow.session.scalars(select(OutboxMessage).where(
            OutboxMessage.kind == "minutes_posted").order_by(OutboxMessage.id)))
    # The change updated the posted card, and so does posting again.
    assert [row.replaces_key for row in rows] == [None, first.dedupe_key, first.dedupe_key]
    assert "Beslutning: Udsat til marts" in card_text(await rendered(bot, rows[-1]))


async def test_a_member_approves_on_the_posted_card_once_and_everybody_sees_it(bot):
    minutes, row = await posted(bot)
    approve = next(a for a in elements(await rendered(bot, row))
                   if a.get("verb") == "minutes.approve")
    for _ in range(2):
        response = await bot.click("minutes.approve", approve["data"], user="rie")
    card = response["value"]
    assert "Godkendt af" in card_text(card) and "Rie Nielsen" in card_text(card)
    assert "minutes.post" not in verbs(card)  # the group's copy, whoever clicked
    assert [e.author_name for e in await events(bot, "approved")] == ["Rie Nielsen"]


async def test_a_member_comments_on_an_item_and_the_secretary_resolves_it(bot):
    minutes, _ = await posted(bot)
    item = await entry(bot)
    response = await bot.click("minutes.comment", {
        "minutes_id": minutes.id, "entry_id": str(item.id), "shared": False,
        "comment": "Det var 2028, ikke 2027"}, user="daniel", locale="en-GB")
    assert "Your comment is sent" in card_text(response["value"])
    [event] = await events(bot, "comment")
    assert (event.entry_id, event.text, event.author_name) == (
        item.id, "Det var 2028, ikke 2027", "Daniel Gottrup")
    overview = await opened(bot, locale="en-GB")
    assert "Daniel Gottrup on item 4: Det var 2028, ikke 2027" in card_text(overview)
    [resolve] = [a for a in elements(overview) if a.get("verb") == "minutes.resolve"]
    refused = await bot.click("minutes.resolve", resolve["data"], user="daniel", locale="en-GB")
    assert "Only the chair and the secretary" in refused["value"]
    done = await bot.click("minutes.resolve", resolve["data"], locale="en-GB")
    assert "The comment is resolved." in card_text(done["value"])
    assert "Det var 2028" not in card_text(done["value"])
    empty = await bot.click("minutes.comment", {"minutes_id": minutes.id, "comment": " "},
                            user="daniel", locale="en-GB")
    assert "A comment needs some text" in empty["value"]


async def test_a_comment_is_sent_to_the_secretary_with_the_button_that_resolves_it(bot):
    minutes, _ = await posted(bot)
    await bot.click("minutes.comment", {"minutes_id": minutes.id, "entry_id": str(
        (await entry(bot)).id), "comment": "Det var 2028, ikke 2027"}, user="daniel")
    async with bot.uow() as uow:
        rows = list(await uow.session.scalars(select(OutboxMessage).where(
            OutboxMessage.kind == "minutes_comment")))
        managers = {m.id: m.name for m in await uow.members.of_group(minutes.group_id)
                    if m.role in ("chair", "secretary")}
    assert sorted(managers[row.member_id] for row in rows) == sorted(managers.values())
    assert "Lisbet Daugaard-Hansen" in managers.values()
    [row] = [r for r in rows if managers[r.member_id] == "Lisbet Daugaard-Hansen"]
    card = await rendered(bot, row)
    assert "Daniel Gottrup kommenterede referatet: “Det var 2028, ikke 2027”" in card_text(card)
    [resolve] = [a for a in elements(card) if a.get("verb") == "minutes.resolve"]
    done = await bot.click("minutes.resolve", resolve["data"])
    assert "Kommentaren er afklaret." in card_text(done["value"])
    with pytest.raises(NothingToSend):  # settled before it was sent: not sent
        await rendered(bot, row)


async def test_the_same_comment_sent_twice_is_one_comment_to_resolve(bot):
    minutes, row = await posted(bot)
    send = next(a for a in elements(await rendered(bot, row)) if a.get("verb") == "minutes.comment")
    assert send["data"]["version"] == minutes.version
    for _ in range(2):  # a double click, or Teams delivering the click again
        response = await bot.click("minutes.comment", {**send["data"], "comment": "Datoen mangler"},
                                   user="daniel")
    shown = await bot.click("minutes.entry", {"entry_id": (await entry(bot)).id}, user="daniel")
    on_item = next(a for a in elements(shown["value"]) if a.get("verb") == "minutes.comment")
    assert on_item["data"]["version"] == minutes.version
    for _ in range(2):
        await bot.click("minutes.comment", {**on_item["data"], "comment": "Forkert år"},
                        user="daniel")
    assert [e.text for e in await events(bot, "comment")] == ["Datoen mangler", "Forkert år"]
    assert card_text(response["value"]).count("Daniel Gottrup: Datoen mangler") == 1
    overview = await opened(bot)
    for resolve in [a for a in elements(overview) if a.get("verb") == "minutes.resolve"]:
        done = await bot.click("minutes.resolve", resolve["data"])
    assert "Datoen mangler" not in card_text(done["value"])
    assert "Forkert år" not in card_text(done["value"])
    assert all(e.resolved_at is not None for e in await events(bot, "comment"))


async def test_silence_approves_and_the_notice_renders_with_the_documents(bot):
    minutes, _ = await posted(bot)
    bot.clock.set(minutes.approve_by + timedelta(minutes=1))
    async with bot.uow() as uow:
        [key] = await settle_minutes(uow, bot.clock.now())
        await uow.commit()
        row = await uow.outbox.by_key(key)
    card = await rendered(bot, row)
    assert "Referatet er godkendt" in card_text(card)
    urls = [e["url"] for e in elements(card) if e.get("type") == "Action.OpenUrl"]
    assert urls == ["http://127.0.0.1:3978" + minutes_path(minutes, ext, bot.clock.now())
                    for ext in ("docx", "md")]
    locked = await bot.click("minutes.approve", {"minutes_id": minutes.id}, user="rie",
                             locale="en-GB")
    assert "approved and locked" in locked["value"]
    overview = await opened(bot)
    assert "Godkendt lørdag den 13. februar 2027" in card_text(overview)  # just after midnight
    assert not {"minutes.approve", "minutes.comment", "minutes.post"} & set(verbs(overview))


async def test_a_deadline_passing_with_a_comment_open_tells_the_chair_and_secretary_once(bot):
    minutes, _ = await posted(bot)
    await bot.click("minutes.comment", {"minutes_id": minutes.id, "comment": "Forkert år"},
                    user="daniel")
    bot.clock.set(minutes.approve_by + timedelta(minutes=1))
    for _ in range(2):  # the tick runs every minute: told once
        async with bot.uow() as uow:
            keys = await settle_minutes(uow, bot.clock.now())
            await uow.commit()
    assert keys == [] and (await the_minutes(bot)).status == "posted"
    async with bot.uow() as uow:
        rows = list(await uow.session.scalars(select(OutboxMessage).where(
            OutboxMessage.kind == "minutes_waiting")))
        managers = {m.id for m in await uow.members.of_group(minutes.group_id)
                    if m.role in ("chair", "secretary")}
    assert {row.member_id for row in rows} == managers and len(rows) == len(managers)
    card = await rendered(bot, rows[0])
    assert ("Fristen for referatet er udløbet, men 1 kommentar er stadig ikke afklaret, så det "
            "er ikke godkendt ved stilhed.") in card_text(card)
    assert "Skriv “@Mødebot referat” i gruppen" in card_text(card)
    assert "Daniel Gottrup: Forkert år" in card_text(card)
    [resolve] = [a for a in elements(card) if a.get("verb") == "minutes.resolve"]
    await bot.click("minutes.resolve", resolve["data"])
    with pytest.raises(NothingToSend):  # settled before it was sent: not sent
        await rendered(bot, rows[0])
    async with bot.uow() as uow:
        await settle_minutes(uow, bot.clock.now())
        await uow.commit()
    assert (await the_minutes(bot)).status == "approved"
