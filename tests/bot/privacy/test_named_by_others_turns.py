"""Rows others wrote that name a person: a substitute, a presenter, a proposal's case text.
They are in the person's export ("hvad ved du om mig?") and lose the name on "slet mine data";
and the Word export says in the member's language what each row is."""

import json
from io import BytesIO

import docx
from sqlalchemy import select

from meetings.agenda.entities import AgendaItem, Attendance
from meetings.planning.entities import Meeting
from tests.bot.agenda.test_agenda_turns import ITEM, planned
from tests.bot.minutes.minutes_turn_steps import DURING, opened
from tests.bot.personal.test_personal_chat_turns import ask_in_personal_chat
from tests.bot.privacy.privacy_steps import RIE, rows_naming
from tests.bot.privacy.test_privacy_turns import approved, erase_rie, export_paths
from tests.links import agenda_path, minutes_path


async def rie_s_export(bot) -> dict:
    [text], _ = await ask_in_personal_chat(bot, "hvad ved du om mig?")
    return json.loads(await (await bot.client.get(export_paths(text)["json"])).text())


async def test_erasure_leaves_the_name_of_a_member_sent_as_someones_substitute(bot):
    """Lisbet (Holbæk) cannot come and sends her colleague Rie as substitute: the answer is in
    Rie's export, and after "slet mine data" it no longer names her."""
    meeting_id = await planned(bot)
    await bot.click("attendance.answer", {"meeting_id": meeting_id, "status": "substitute",
                                          "substitute_name": "Rie Nielsen"}, user="lisbet")
    export = await rie_s_export(bot)
    assert [(a["status"], a["substitute_name"]) for a in export["stored"]["attendance"]] == [
        ("substitute", "Rie Nielsen")]
    await erase_rie(bot)
    async with bot.uow() as uow:
        left = await rows_naming(uow, RIE)
        answers = [(a.status, a.substitute_name)
                   for a in await uow.session.scalars(select(Attendance))]
    assert left == set(), left
    assert answers == [("substitute", "Tidligere medlem")]


async def test_the_export_holds_the_items_the_member_is_named_to_present(bot):
    """Daniel proposes items that Rie presents, named as the group writes her: erasing Rie
    rewrites the presenter, so the items are hers to see too; Marie's item is not."""
    meeting_id = await planned(bot)
    for title, presenter in (("Plejefamilier", "Rie Nielsen"), ("Bakkehuset", "Rie (Holbæk)"),
                             ("Anbringelser", "Marie")):
        await bot.click("item.propose", {**ITEM, "meeting_id": meeting_id, "title": title,
                                         "presenter": presenter}, user="daniel")
    export = await rie_s_export(bot)
    presented = [(i["title"], i["presenter"]) for i in export["stored"]["agenda_items"]]
    assert presented == [("Plejefamilier", "Rie Nielsen"), ("Bakkehuset", "Rie (Holbæk)")]


async def test_erasure_rewrites_proposals_of_a_meeting_whose_minutes_are_approved(bot):
    """Approved minutes print their own entries, not the agenda's items: the items of a
    meeting whose minutes are approved lose the name like any proposal, and the approved
    referat still reads as approved."""
    meeting_id = await planned(bot)
    await bot.click("item.propose", {**ITEM, "meeting_id": meeting_id, "title": "Ries tal",
                                     "description": "Rie Nielsen fremlægger Holbæks tal."},
                    user="daniel")
    async with bot.uow() as uow:
        [item] = await uow.session.scalars(select(AgendaItem))
    await bot.click("item.review", {"item_id": item.id, "decision": "accept"})
    bot.clock.set(DURING)
    await opened(bot)
    minutes = await approved(bot)
    await ask_in_personal_chat(bot, "hjælp")  # Rie's 1:1 chat
    await erase_rie(bot)
    async with bot.uow() as uow:
        meeting = await uow.session.get(Meeting, meeting_id)
    agenda = await (await bot.client.get(agenda_path(meeting, "md", bot.clock.now()))).text()
    assert "Tidligere medlem fremlægger Holbæks tal." in agenda, agenda
    assert "Tidligere medlems tal" in agenda and "Rie" not in agenda, agenda
    referat = await (await bot.client.get(minutes_path(minutes, "md", bot.clock.now()))).text()
    assert "Ries tal" in referat, referat


async def test_the_danish_word_export_names_every_kind_of_row_in_danish(bot):
    """Rie's export as a Word file labels each row with what it is ("Tilmelding 1"), role
    changes too, never with the database's table names ("role_changes 1")."""
    meeting_id = await planned(bot)
    await bot.say("gør Rie til formand")
    await bot.click("attendance.answer", {"meeting_id": meeting_id, "status": "attending"},
                    user="rie")
    [text], _ = await ask_in_personal_chat(bot, "hvad ved du om mig?")
    word = docx.Document(BytesIO(await (await bot.client.get(export_paths(text)["docx"])).read()))
    labels = [row.cells[0].text for table in word.tables for row in table.rows]
    assert any(label.startswith("Tilmelding ") for label in labels), labels
    assert any(label.startswith("Rolleskift ") for label in labels), labels
    assert not [label for label in labels if "_" in label], labels
