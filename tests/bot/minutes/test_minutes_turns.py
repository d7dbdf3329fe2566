"""The minutes turn by turn: opened by the secretary, written on cards and from lines in the
group chat, searched. Who may write them is in test_minutes_rights_turns; who was there in
test_presence_turns; posting and approval are in test_minutes_approval_turns."""

from datetime import date

from tests.bot.agenda.test_agenda_turns import planned
from tests.bot.minutes.minutes_turn_steps import (
    DECISION,
    entry,
    held,
    opened,
    the_minutes,
    verbs,
)
from tests.bot.tasks.task_turn_steps import RIE_HOLM, members, say_as, tasks
from tests.card_reading import card_text, elements
from tests.links import agenda_path, minutes_path

# Opening and recording by card


async def test_the_secretary_opens_the_minutes_and_records_an_item_by_card(bot):
    await held(bot)
    overview = await opened(bot)
    text = card_text(overview)
    assert "Referat" in text and "Kladde" in text
    assert "4. Plejefamilier – rekruttering og fastholdelse" in text
    assert "Referent" in text and "Lisbet Daugaard-Hansen" in text
    assert "1 til stede · 0 fraværende · 0 stedfortrædere" in text  # only Rie answered
    assert {"minutes.entry", "minutes.post", "minutes.presence"} <= set(verbs(overview))
    assert not {"minutes.approve", "minutes.comment"} & set(verbs(overview))
    urls = [e["url"] for e in elements(overview) if e.get("type") == "Action.OpenUrl"]
    minutes = await the_minutes(bot)
    for ext in ("docx", "md"):
        assert "http://127.0.0.1:3978" + minutes_path(minutes, ext, bot.clock.now()) in urls

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
    assert "Rie Nielsen – Undersøge om Socialtilsyn Øst kan deltage · frist 19. feb. 2027" in text
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


async def test_several_lines_in_one_message_are_each_captured_and_answered(bot):
    await held(bot)
    await bot.say("#punkt 5")
    bot.connector.clear()
    await bot.say("#punkt 4\n#beslutning " + DECISION + "\n"
                  "#opgave Rie undersøger om Socialtilsyn Øst kan deltage, frist 19. februar\n"
                  "#info Bakkehuset kommer gerne\npå besøg.")
    [answer] = bot.connector.texts()
    assert answer.split("\n\n")[:2] == [
        "Noterer nu under pkt. 4: Plejefamilier – rekruttering og fastholdelse.",
        "Noteret under pkt. 4: beslutning."]
    assert "Opgave under pkt. 4: " in answer and "Noteret under pkt. 4: orientering." in answer
    item = await entry(bot)
    assert (item.decision, item.notes) == (DECISION, "Bakkehuset kommer gerne på besøg.")
    [task] = await tasks(bot)
    assert task.item_id == item.item_id and task.due_on == date(2027, 2, 19)


async def test_an_item_is_moved_to_by_its_title_as_by_its_number(bot):
    await held(bot)
    bot.connector.clear()
    await bot.say("#punkt plejefamilier")
    assert bot.connector.texts()[-1] == \
        "Noterer nu under pkt. 4: Plejefamilier – rekruttering og fastholdelse."
    await bot.say("#punkt Eventuelt")
    assert bot.connector.texts()[-1] == "Noterer nu under pkt. 6: Eventuelt."
    await bot.say("#punkt budgettet")  # no item has it: asked, with both ways
    assert "“#punkt Eventuelt”, med titlen" in bot.connector.texts()[-1]
    assert (await the_minutes(bot)).current_number == 6


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
    assert "Rie ringer til Bakkehuset · frist 19. feb. 2027" in card_text(card["value"])
    [task] = await tasks(bot)
    assert task.owner_id == (await members(bot))["holm"].id
    assert task.item_id == (await entry(bot)).item_id


async def test_a_captured_task_for_a_name_nobody_has_is_asked_about(bot):
    await held(bot)
    await bot.say("#punkt 4")
    bot.connector.clear()
    await bot.say("#opgave Lotte ringer til Bakkehuset, frist 19. februar")
    assert await tasks(bot) == []
    question = bot.connector.cards()[-1]
    assert "Ingen i gruppen hedder Lotte." in card_text(question)
    [outside] = [a for a in elements(question)
                 if a.get("verb") == "minutes.task" and "owner_name" in a["data"]]
    card = await bot.click("minutes.task", outside["data"])
    assert "Lotte ringer til Bakkehuset · frist 19. feb. 2027" in card_text(card["value"])
    [task] = await tasks(bot)
    assert (task.owner_id, task.owner_name) == (None, "Lotte")
    assert task.item_id == (await entry(bot)).item_id


async def test_a_captured_task_for_a_member_and_someone_outside_offers_both(bot):
    await held(bot)
    await bot.say("#punkt 4")
    bot.connector.clear()
    await bot.say("#opgave Rie og Lotte ringer til Bakkehuset, frist 19. februar")
    assert await tasks(bot) == []
    buttons = [a for a in elements(bot.connector.cards()[-1]) if a.get("verb") == "minutes.task"]
    assert sorted(b["title"] for b in buttons) == ["Lotte (uden for gruppen)", "Rie Nielsen"]
    lotte = next(b for b in buttons if b["title"] == "Lotte (uden for gruppen)")
    await bot.click("minutes.task", lotte["data"])
    [task] = await tasks(bot)
    assert (task.owner_id, task.owner_name) == (None, "Lotte")
    assert task.item_id == (await entry(bot)).item_id


async def test_a_captured_task_for_two_persons_outside_offers_each_of_them(bot):
    await held(bot)
    await bot.say("#punkt 4")
    bot.connector.clear()
    await bot.say("#opgave Ring til Bakkehuset, ansvarlig: Lotte og Karen, frist 19. februar")
    assert await tasks(bot) == []
    buttons = [a for a in elements(bot.connector.cards()[-1]) if a.get("verb") == "minutes.task"]
    assert sorted(b["title"] for b in buttons) == ["Karen (uden for gruppen)",
                                                   "Lotte (uden for gruppen)"]
    await bot.click("minutes.task", buttons[0]["data"])
    [task] = await tasks(bot)
    assert (task.owner_id, task.owner_name) == (None, "Lotte")


async def test_a_captured_task_asked_about_is_made_once_however_often_it_is_answered(bot):
    await held(bot)
    await bot.say("#punkt 4")
    bot.connector.clear()
    await bot.say("#opgave Lotte ringer til Bakkehuset, frist 19. februar")
    [outside] = [a for a in elements(bot.connector.cards()[-1])
                 if a.get("verb") == "minutes.task" and "owner_name" in a["data"]]
    await bot.click("minutes.task", outside["data"])
    again = await bot.click("minutes.task", outside["data"])  # a double click, a redelivery
    [task] = await tasks(bot)
    assert "Opgaven var allerede oprettet: Lotte ringer til Bakkehuset" in card_text(
        again["value"])
    assert card_text(again["value"]).count("Lotte ringer til Bakkehuset · frist") == 1
    assert (task.owner_name, task.minutes_entry_id) == ("Lotte", (await entry(bot)).id)


async def test_a_line_without_an_item_first_says_how(bot):
    await held(bot)
    await opened(bot)
    bot.connector.clear()
    await bot.say("#decision Approved", locale="en-GB")
    assert "Write for example “#item 3”" in bot.connector.texts()[-1]
    assert (await entry(bot)).decision is None



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


async def test_a_search_looks_for_its_subject_not_for_where_or_when_it_was_said(bot):
    await held(bot)
    await opened(bot)
    item = await entry(bot)
    await bot.click("minutes.entry.save", {"entry_id": item.id, "decision": DECISION,
                                           "notes": "Drøftet første gang sidste år.",
                                           "guests": ""})
    bot.connector.clear()
    await bot.say("søg i referaterne på plejefamilier", user="daniel")
    text = card_text(bot.connector.cards()[-1])
    assert "Om “plejefamilier”" in text
    assert "4. Plejefamilier – rekruttering og fastholdelse" in text
    # "sidste år" says when, and finds no item about swimming baths
    await bot.say("hvad besluttede vi om svømmehaller sidste år?", user="daniel")
    assert "Jeg fandt intet om “svømmehaller”" in bot.connector.texts()[-1]
    await bot.say("search the old minutes for swimming baths", user="daniel", locale="en-GB")
    assert "I found nothing about “swimming baths”" in bot.connector.texts()[-1]


async def test_the_agenda_card_offers_the_agenda_as_a_word_document(bot):
    meeting_id = await planned(bot)
    card = await bot.click("agenda.show", {"meeting_id": meeting_id})
    links = {e["title"]: e["url"] for e in elements(card["value"])
             if e.get("type") == "Action.OpenUrl"}
    async with bot.uow() as uow:
        meeting = await uow.meetings.get(meeting_id)
    assert links["Hent dagsordenen som Word"] == \
        "http://127.0.0.1:3978" + agenda_path(meeting, "docx", bot.clock.now())




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
