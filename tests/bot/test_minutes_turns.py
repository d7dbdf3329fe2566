"""The minutes turn by turn: opened by the secretary, written on cards and from lines in the
group chat, refused to plain members, posted for approval, approved and commented, searched,
and the proactive cards as they are sent."""

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select

from bot.outbound_messages import render
from meetings.minutes_cycle import settle_minutes
from storage.agenda_models import AgendaItem
from storage.minutes_models import Minutes, MinutesEntry, MinutesEvent, Presence
from storage.models import OutboxMessage
from tests.bot.test_agenda_turns import ITEM, planned
from tests.bot.test_task_turns import RIE_HOLM, members, say_as, tasks
from tests.card_reading import card_text, elements

DURING = datetime(2027, 2, 5, 9, 30, tzinfo=UTC)  # 10.30 in Copenhagen, the meeting under way
DECISION = "Netværket besluttede at rekruttere flere plejefamilier i 2027"


async def held(bot) -> int:
    """The meeting of LINE with one accepted item (number 4, after three standing items), Rie
    attending, and the clock in the middle of it."""
    meeting_id = await planned(bot)
    await bot.click("item.propose", {**ITEM, "meeting_id": meeting_id}, user="rie")
    async with bot.uow() as uow:
        [item] = await uow.session.scalars(select(AgendaItem))
    await bot.click("item.review", {"item_id": item.id, "decision": "accept"})
    await bot.click("attendance.answer", {"meeting_id": meeting_id, "status": "attending"},
                    user="rie")
    bot.clock.set(DURING)
    return meeting_id


async def opened(bot, *, locale: str = "da-DK") -> dict:
    """The secretary writes "referat"; the overview card she gets."""
    bot.connector.clear()
    await bot.say("referat" if locale == "da-DK" else "minutes", locale=locale)
    return bot.connector.cards()[-1]


async def the_minutes(bot) -> Minutes:
    async with bot.uow() as uow:
        [minutes] = await uow.session.scalars(select(Minutes))
        return minutes


async def entry(bot, number: int = 4) -> MinutesEntry:
    async with bot.uow() as uow:
        return await uow.session.scalar(select(MinutesEntry).where(MinutesEntry.number == number))


async def events(bot, kind: str) -> list[MinutesEvent]:
    async with bot.uow() as uow:
        return list(await uow.session.scalars(select(MinutesEvent).where(
            MinutesEvent.kind == kind).order_by(MinutesEvent.id)))


def verbs(card: dict) -> list[str]:
    return [e["verb"] for e in elements(card) if e.get("type") == "Action.Execute"]


# Opening and recording by card


async def test_the_secretary_opens_the_minutes_and_records_an_item_by_card(bot):
    await held(bot)
    overview = await opened(bot)
    text = card_text(overview)
    assert "Referat" in text and "Kladde" in text
    assert "4. Plejefamilier – rekruttering og fastholdelse" in text
    assert "Referent" in text and "Lisbet Daugaard-Hansen" in text
    assert "Til stede: 1 · Fraværende: 2 · Stedfortrædere: 0" in text
    assert {"minutes.entry", "minutes.post", "minutes.presence"} <= set(verbs(overview))
    assert not {"minutes.approve", "minutes.comment"} & set(verbs(overview))
    urls = [e["url"] for e in elements(overview) if e.get("type") == "Action.OpenUrl"]
    token = (await the_minutes(bot)).document_token
    assert f"http://127.0.0.1:3978/minutes/{token}.docx" in urls
    assert f"http://127.0.0.1:3978/minutes/{token}.md" in urls

    item = await entry(bot)
    card = await bot.click("minutes.entry", {"entry_id": item.id})
    ids = {e["id"] for e in elements(card["value"]) if "id" in e}
    assert {"notes", "decision", "guests", "title", "owner_id", "due"} <= ids
    saved = await bot.click("minutes.entry.save", {
        "entry_id": item.id, "notes": "Lotte fortalte om rekrutteringen.", "decision": DECISION,
        "guests": "Heidi Madsen (Bakkehuset)"})
    assert "Gemt." in card_text(saved["value"])
    after = await entry(bot)
    assert (after.notes, after.decision, after.guests) == (
        "Lotte fortalte om rekrutteringen.", DECISION, "Heidi Madsen (Bakkehuset)")
    again = await bot.click("minutes.open", {"meeting_id": (await the_minutes(bot)).meeting_id})
    assert "Beslutning: " + DECISION in card_text(again["value"])


async def test_a_task_added_from_an_item_is_a_real_task_of_the_owner(bot):
    await held(bot)
    await opened(bot)
    item, rie = await entry(bot), (await members(bot))["rie"]
    card = await bot.click("minutes.task", {
        "entry_id": item.id, "title": "Undersøge om Socialtilsyn Øst kan deltage",
        "owner_id": str(rie.id), "owner_name": "", "due": "2027-02-19"})
    text = card_text(card["value"])
    assert "Opgave oprettet: Undersøge om Socialtilsyn Øst kan deltage" in text
    assert "Rie Nielsen: Undersøge om Socialtilsyn Øst kan deltage · frist 19. feb. 2027" in text
    [task] = await tasks(bot)
    assert (task.owner_id, task.due_on, task.status) == (rie.id, date(2027, 2, 19), "open")
    assert task.meeting_id == (await the_minutes(bot)).meeting_id
    assert task.item_id == item.item_id is not None
    bot.connector.clear()
    await bot.say("mine opgaver", user="rie")
    assert "Undersøge om Socialtilsyn Øst" in card_text(bot.connector.cards()[-1])


async def test_a_past_due_date_brings_the_entry_card_back_with_what_was_typed(bot):
    await held(bot)
    await opened(bot)
    item = await entry(bot)
    card = await bot.click("minutes.task", {"entry_id": item.id, "title": "Ringe til KL",
                                            "owner_id": "", "owner_name": "", "due": "2027-01-04"},
                           locale="en-GB")
    assert "cannot be in the past" in card_text(card["value"])
    typed = {e["id"]: e.get("value") for e in elements(card["value"]) if "id" in e}
    assert typed["title"] == "Ringe til KL"
    assert await tasks(bot) == []


async def test_presence_and_the_minute_taker_are_set_on_the_presence_card(bot):
    await held(bot)
    await opened(bot)
    minutes, people = await the_minutes(bot), await members(bot)
    card = await bot.click("minutes.presence", {"minutes_id": minutes.id})
    inputs = {e["id"]: e.get("value") for e in elements(card["value"]) if "id" in e}
    assert inputs[f"presence_{people['rie'].id}"] == "present"
    assert inputs[f"presence_{people['daniel'].id}"] == "absent"
    saved = await bot.click("minutes.presence.save", {
        **inputs, "minutes_id": minutes.id, f"presence_{people['daniel'].id}": "substitute",
        f"substitute_{people['daniel'].id}": "Heidi Madsen"})
    assert "Fremmødet er gemt." in card_text(saved["value"])
    async with bot.uow() as uow:
        rows = {p.member_id: p for p in await uow.session.scalars(select(Presence))}
    assert (rows[people["daniel"].id].status,
            rows[people["daniel"].id].substitute_name) == ("substitute", "Heidi Madsen")
    assert rows[people["rie"].id].status == "present"
    taker = await bot.click("minutes.taker", {"minutes_id": minutes.id,
                                              "taker_id": str(people["rie"].id), "taker_name": ""})
    assert "Referenten er gemt." in card_text(taker["value"])
    after = await the_minutes(bot)
    assert (after.minute_taker_id, after.minute_taker_name) == (people["rie"].id, "Rie Nielsen")
    overview = await opened(bot)
    assert "Til stede: 1 · Fraværende: 1 · Stedfortrædere: 1" in card_text(overview)


# Lines captured from the group chat


async def test_item_decision_and_task_are_captured_from_the_group_chat(bot):
    await held(bot)
    bot.connector.clear()
    await bot.say("#punkt 4")
    assert bot.connector.texts()[-1] == \
        "Noterer nu under pkt. 4: Plejefamilier – rekruttering og fastholdelse."
    await bot.say("#beslutning " + DECISION + ".")
    assert bot.connector.texts()[-1] == "Noteret under pkt. 4: beslutning."
    await bot.say("#info Bakkehuset kommer gerne på besøg.")
    assert bot.connector.texts()[-1] == "Noteret under pkt. 4: orientering."
    await bot.say("#opgave Rie undersøger om Socialtilsyn Øst kan deltage, frist 19. februar")
    assert bot.connector.texts()[-1].startswith("Opgave under pkt. 4: ")
    item = await entry(bot)
    assert item.decision == DECISION + "."
    assert item.notes == "Bakkehuset kommer gerne på besøg."
    [task] = await tasks(bot)
    assert task.owner_id == (await members(bot))["rie"].id
    assert task.item_id == item.item_id and task.due_on == date(2027, 2, 19)


async def test_an_ambiguous_owner_in_a_captured_task_is_asked_about(bot):
    await held(bot)
    await say_as(bot, RIE_HOLM, "hjælp")  # a second Rie joins the conversation
    await bot.say("#punkt 4")
    bot.connector.clear()
    await bot.say("#opgave Rie ringer til Bakkehuset, frist 19. februar")
    assert await tasks(bot) == []
    buttons = [a for a in elements(bot.connector.cards()[-1]) if a.get("verb") == "minutes.task"]
    assert sorted(b["title"] for b in buttons) == ["Rie Holm", "Rie Nielsen"]
    chosen = next(b for b in buttons if b["title"] == "Rie Holm")
    card = await bot.click("minutes.task", chosen["data"])
    assert "Rie Holm: Rie ringer til Bakkehuset · frist 19. feb. 2027" in card_text(card["value"])
    [task] = await tasks(bot)
    assert task.owner_id == (await members(bot))["holm"].id
    assert task.item_id == (await entry(bot)).item_id


async def test_a_line_without_an_item_first_says_how(bot):
    await held(bot)
    await opened(bot)
    bot.connector.clear()
    await bot.say("#beslutning Godkendt", locale="en-GB")
    assert "Write for example “#item 3”" in bot.connector.texts()[-1]
    assert (await entry(bot)).decision is None


# Refusals


async def test_a_plain_members_edits_and_captures_are_refused_and_change_nothing(bot):
    await held(bot)
    bot.connector.clear()
    await bot.say("minutes", user="daniel", locale="en-GB")
    assert "I cannot find those minutes" in bot.connector.texts()[-1]
    assert await the_minutes_count(bot) == 0
    await opened(bot)
    item, minutes = await entry(bot), await the_minutes(bot)
    daniel = (await members(bot))["daniel"]
    writers = "Only the chair, the secretary and the minute-taker can write the minutes."
    managers = "Only the chair and the secretary can do that."
    for verb, data, words in (
            ("minutes.entry.save", {"entry_id": item.id, "notes": "x", "decision": "y",
                                    "guests": ""}, writers),
            ("minutes.task", {"entry_id": item.id, "title": "Noget", "owner_id": "",
                              "owner_name": "", "due": "2027-02-19"}, writers),
            ("minutes.presence.save", {"minutes_id": minutes.id,
                                       f"presence_{daniel.id}": "present"}, writers),
            ("minutes.taker", {"minutes_id": minutes.id, "taker_id": str(daniel.id)}, managers),
            ("minutes.post", {"minutes_id": minutes.id}, managers)):
        response = await bot.click(verb, data, user="daniel", locale="en-GB")
        assert response["value"] == words, verb
    bot.connector.clear()
    await bot.say("#beslutning Vi nedlægger netværket", user="daniel", locale="en-GB")
    assert bot.connector.texts()[-1] == writers
    after, again = await entry(bot), await the_minutes(bot)
    assert (after.notes, after.decision) == (None, None)
    assert await tasks(bot) == []
    assert (again.status, again.minute_taker_id) == ("draft", minutes.minute_taker_id)
    shown = await bot.click("minutes.entry", {"entry_id": item.id}, user="daniel")
    assert not {"minutes.entry.save", "minutes.task"} & set(verbs(shown["value"]))


async def the_minutes_count(bot) -> int:
    async with bot.uow() as uow:
        return len(list(await uow.session.scalars(select(Minutes))))


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
    assert "Til godkendelse til fredag den 12. februar 2027" in text
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
    assert [row.replaces_key for row in rows] == [None, first.dedupe_key]
    assert "Beslutning: Udsat til marts" in card_text(await rendered(bot, rows[1]))


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
    assert urls == [f"http://127.0.0.1:3978/minutes/{minutes.document_token}.docx",
                    f"http://127.0.0.1:3978/minutes/{minutes.document_token}.md"]
    locked = await bot.click("minutes.approve", {"minutes_id": minutes.id}, user="rie",
                             locale="en-GB")
    assert "approved and locked" in locked["value"]
    overview = await opened(bot)
    assert "Godkendt lørdag den 13. februar 2027" in card_text(overview)  # just after midnight
    assert not {"minutes.approve", "minutes.comment", "minutes.post"} & set(verbs(overview))


# Search and the agenda's document


async def test_the_search_finds_a_decision_by_another_form_of_the_word(bot):
    await held(bot)
    await opened(bot)
    item = await entry(bot)
    await bot.click("minutes.entry.save", {"entry_id": item.id, "notes": "", "decision": DECISION,
                                           "guests": ""})
    bot.connector.clear()
    await bot.say("hvad blev besluttet om plejefamilie?", user="daniel")
    card = bot.connector.cards()[-1]
    text = card_text(card)
    assert "fredag den 5. februar 2027 · Beslutning" in text
    assert "4. Plejefamilier – rekruttering og fastholdelse" in text
    assert "plejefamilier" in text
    await bot.say("hvad blev besluttet om svømmehaller?", user="daniel")
    assert "Jeg fandt intet om “svømmehaller”" in bot.connector.texts()[-1]


async def test_the_agenda_card_offers_the_agenda_as_a_word_document(bot):
    meeting_id = await planned(bot)
    card = await bot.click("agenda.show", {"meeting_id": meeting_id})
    links = {e["title"]: e["url"] for e in elements(card["value"])
             if e.get("type") == "Action.OpenUrl"}
    async with bot.uow() as uow:
        meeting = await uow.meetings.get(meeting_id)
    assert links["Hent dagsorden (.docx)"] == \
        f"http://127.0.0.1:3978/agenda/{meeting.calendar_token}.docx"




async def test_an_item_card_opened_before_a_captured_line_does_not_overwrite_it(bot):
    await held(bot)
    await opened(bot)
    item = await entry(bot)
    card = await bot.click("minutes.entry", {"entry_id": item.id})
    save = next(e for e in elements(card["value"]) if e.get("verb") == "minutes.entry.save")
    await bot.say("#punkt 4")
    await bot.say("#beslutning Netværket tager emnet op igen i juni")  # while the card is open
    stale = await bot.click("minutes.entry.save", {
        **save["data"], "notes": "Mine noter", "decision": "Min beslutning", "guests": ""})
    shown = card_text(stale["value"])
    assert "ændret, mens du skrev" in shown and "Mine noter\n\nMin beslutning" in shown
    assert (await entry(bot)).decision == "Netværket tager emnet op igen i juni"
    fresh = next(e for e in elements(stale["value"]) if e.get("verb") == "minutes.entry.save")
    saved = await bot.click("minutes.entry.save", {
        **fresh["data"], "notes": "Mine noter", "decision": "Netværket tager emnet op igen i juni",
        "guests": ""})
    assert "Gemt." in card_text(saved["value"])
    assert (await entry(bot)).notes == "Mine noter"
