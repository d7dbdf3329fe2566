"""A person's rights in chat: "hvad ved du om mig?" links to everything stored about them in
every group (and nothing of anybody else), for a day; "slet mine data", confirmed by a click,
leaves no row outside approved minutes that names them."""

import json
from datetime import timedelta
from io import BytesIO
from urllib.parse import urlsplit

import docx
from sqlalchemy import select

from bot.outbox.ticks import RETENTION
from meetings.agenda.entities import AgendaItem
from meetings.groups.entities import Member
from meetings.minutes.entities import Minutes, MinutesEntry, MinutesEvent, Presence
from meetings.minutes.vocabulary import MinutesStatus
from meetings.privacy.entities import PersonalExport, RoleChange
from meetings.tasks.entities import Task
from tests.bot.agenda.test_agenda_turns import ITEM
from tests.bot.conftest import USERS
from tests.bot.groups.test_leaving_turns import removed
from tests.bot.minutes.minutes_turn_steps import held, opened, the_minutes
from tests.bot.personal.test_personal_chat_turns import ask_in_personal_chat
from tests.bot.privacy.privacy_steps import (
    DANIEL,
    RIE,
    rie_in_two_groups,
    rows_naming,
    rows_with_word,
)
from tests.card_reading import card_text, elements
from tests.links import minutes_path


def export_paths(text: str) -> dict[str, str]:
    urls = [part.split(")")[0] for part in text.split("](")[1:]]
    return {url.rsplit(".", 1)[1]: urlsplit(url).path for url in urls}


async def test_a_member_gets_everything_stored_about_them_in_both_groups_and_nothing_else(bot):
    await rie_in_two_groups(bot)
    [text], _ = await ask_in_personal_chat(bot, "hvad ved du om mig?")
    assert "til samme tid i morgen" in text
    assert text.endswith("Vil du have det hele slettet, så skriv “slet mine data”.")
    paths = export_paths(text)
    response = await bot.client.get(paths["json"])
    assert response.status == 200 and response.content_type == "application/json"
    export = json.loads(await response.text())
    stored = export["stored"]
    assert {g["name"] for g in stored["groups"]} >= {"Netværksgruppe Børn og Unge",
                                                     "Styregruppen"}
    assert not [g for g in stored["groups"] if "report_token" in g]  # a secret, never shown
    assert len({m["group_id"] for m in stored["members"]}) == 3  # two groups and the 1:1 chat
    assert {t["title"] for t in stored["tasks"]} >= {"Rie ringer til Bakkehuset",
                                                     "Rie samler rammeaftalens tal"}
    assert [a["status"] for a in stored["attendance"]] == ["attending"]
    assert [i["title"] for i in stored["agenda_items"]] == [
        "Plejefamilier – rekruttering og fastholdelse"]
    assert export["person"]["email"] == "rie@holbaek.dk"
    whole = json.dumps(export, ensure_ascii=False)
    assert not [needle for needle in DANIEL if needle in whole]
    assert "Daniel skriver til KL" not in whole
    word = await bot.client.get(paths["docx"])
    text = "\n".join(p.text for p in docx.Document(BytesIO(await word.read())).paragraphs)
    assert "Det ved Mødebot om dig" in text and "Rie Nielsen" in text

    bot.clock.advance(timedelta(hours=25))
    assert (await bot.client.get(paths["json"])).status == 404


async def test_in_a_group_chat_the_answer_is_that_it_is_given_in_the_1_1_chat(bot):
    await bot.install()
    bot.connector.clear()
    await bot.say("hvad ved du om mig?", user="rie")
    [text] = bot.connector.texts()
    assert "1:1" in text and "/mydata/" not in text
    await bot.say("delete my data", user="rie", locale="en-GB")
    assert "1:1" in bot.connector.texts()[-1]


async def erase_rie(bot) -> dict:
    _, [card] = await ask_in_personal_chat(bot, "slet mine data")
    assert "arkivloven" in card_text(card)
    [button] = [e for e in elements(card) if e.get("type") == "Action.Execute"]
    activity = bot.activity("card_action")
    activity["from"] = {"id": RIE[1], "name": RIE[0], "aadObjectId": RIE[2]}
    activity["conversation"] = {"conversationType": "personal", "id": "a:1personal-rie",
                                "tenantId": "tenant-kkr-sjaelland"}
    activity["value"]["action"].update(verb=button["verb"], data=button["data"])
    return await (await bot.post(activity)).json()


async def test_after_erasure_no_row_names_the_person_and_others_keep_theirs(bot):
    meeting_id = await rie_in_two_groups(bot)
    # Daniel's proposal names Rie in full and by her first name, as the group writes her.
    await bot.click("item.propose", {**ITEM, "meeting_id": meeting_id, "title": "Ries tal",
                                     "description": "Rie Nielsen fremlægger; spørg Rie."},
                    user="daniel")
    async with bot.uow() as uow:
        before = await rows_naming(uow, RIE)
        daniel = await rows_naming(uow, DANIEL)
        first_name = await rows_with_word(uow, "Rie")
    assert {table for table, _, _ in before} >= {"members", "conversation_addresses",
                                                 "agenda_items"}
    assert {(table, column) for table, column, _ in first_name} >= {
        ("tasks", "title"), ("agenda_items", "description")}
    done = await erase_rie(bot)
    assert "arkivloven" in card_text(done["value"])
    async with bot.uow() as uow:
        assert await rows_naming(uow, RIE) == set()
        assert await rows_with_word(uow, "Rie") == set()
        assert await rows_naming(uow, DANIEL) == daniel
        item = await uow.session.scalar(select(AgendaItem).where(AgendaItem.proposed_by.is_not(
            None)).order_by(AgendaItem.id.desc()))
    assert (item.title, item.description) == (
        "Tidligere medlems tal", "Tidligere medlem fremlægger; spørg Tidligere medlem.")
    bot.connector.clear()
    await bot.say("åbne opgaver")
    listed = card_text(bot.connector.cards()[-1])
    assert "Tidligere medlem ringer til Bakkehuset" in listed and "Rie" not in listed


async def test_erasure_rewrites_the_name_in_draft_minutes_and_comments_and_their_search(bot):
    await held(bot)
    await opened(bot)
    await bot.say("#punkt 4")
    await bot.say("#beslutning Rie Nielsen undersøger sagen med Bakkehuset")
    minutes = await the_minutes(bot)
    await bot.click("minutes.post", {"minutes_id": minutes.id})
    await bot.click("minutes.comment", {"minutes_id": minutes.id, "shared": False,
                                        "comment": "Rie var der ikke"}, user="daniel")
    await ask_in_personal_chat(bot, "hjælp")
    bot.connector.clear()
    await bot.say("hvad blev besluttet om Rie?")
    assert "Rie Nielsen undersøger" in card_text(bot.connector.cards()[-1])
    await erase_rie(bot)
    async with bot.uow() as uow:
        assert await rows_with_word(uow, "Rie") == set()
        assert await rows_naming(uow, RIE) == set()
        decision = await uow.session.scalar(select(MinutesEntry.decision).where(
            MinutesEntry.decision.is_not(None)))
        comment = await uow.session.scalar(select(MinutesEvent.text).where(
            MinutesEvent.kind == "comment"))
    assert decision == "Tidligere medlem undersøger sagen med Bakkehuset"
    assert comment == "Tidligere medlem var der ikke"
    bot.connector.clear()
    await bot.say("hvad blev besluttet om Rie?")  # the search index forgot her too
    assert bot.connector.cards() == [] and "Jeg fandt intet" in bot.connector.texts()[-1]


async def approved(bot) -> Minutes:
    """The minutes of the held meeting, approved: a public record from now on."""
    minutes = await the_minutes(bot)
    async with bot.uow() as uow:
        row = await uow.minutes.get(minutes.id)
        row.status, row.approved_at = MinutesStatus.APPROVED, bot.clock.now()
        await uow.commit()
    return minutes


async def test_approved_minutes_keep_the_name_as_approved_and_no_other_row_does(bot):
    meeting_id = await held(bot)
    await opened(bot)
    await bot.say("#punkt 4")
    await bot.say("#opgave Rie undersøger om Socialtilsyn Øst kan deltage, frist 1. marts")
    minutes = await approved(bot)
    await bot.say("opgave: Rie ringer til Bakkehuset, frist 1. december")
    await ask_in_personal_chat(bot, "hjælp")
    await erase_rie(bot)
    async with bot.uow() as uow:
        left = await rows_naming(uow, RIE)
        presence = set(await uow.session.scalars(
            select(Presence.id).where(Presence.minutes_id == minutes.id)))
        of_meeting = set(await uow.session.scalars(
            select(Task.id).where(Task.meeting_id == meeting_id)))
    assert left == {("minutes_presence", "name", p) for p in presence
                    if ("minutes_presence", "name", p) in left} | {
        ("tasks", "owner_name", t) for t in of_meeting if ("tasks", "owner_name", t) in left}
    assert {table for table, _, _ in left} == {"minutes_presence", "tasks"}
    async with bot.uow() as uow:
        kept = list(await uow.session.execute(
            select(Task.owner_name, Task.title).where(Task.meeting_id == meeting_id)))
    assert [tuple(row) for row in kept] == [
        ("Rie Nielsen", "Rie undersøger om Socialtilsyn Øst kan deltage")]
    markdown = await (await bot.client.get(minutes_path(minutes, "md", bot.clock.now()))).text()
    # The referat writes a task that begins with its owner's first name as the seeds do
    assert "Opgave: Rie undersøger om Socialtilsyn Øst" in markdown


async def daniel_rows(bot) -> list[tuple[int, str]]:
    async with bot.uow() as uow:
        rows = await uow.session.scalars(select(Member).where(Member.teams_id.in_(
            [DANIEL[1], *[f"erased:{n}" for n in range(100)]])).order_by(Member.id))
        return [(m.group_id, m.name) for m in rows]


async def test_the_secretary_erases_a_former_member_of_her_group_after_confirming(bot):
    await rie_in_two_groups(bot)
    await bot.post(removed(bot, USERS["daniel"]))  # he left the network group's chat
    bot.connector.clear()
    await bot.say("slet data om daniel gottrup")
    card = bot.connector.cards()[-1]
    assert "Slet data om et medlem?\nDaniel Gottrup" in card_text(card)
    [button] = [e for e in elements(card) if e.get("type") == "Action.Execute"]
    assert [name for _, name in await daniel_rows(bot)] == ["Daniel Gottrup"] * 2
    done = await bot.click(button["verb"], button["data"])
    assert "arkivloven" in card_text(done["value"])
    network, steering = await daniel_rows(bot)
    assert network[1] == "Tidligere medlem" and steering[1] == "Daniel Gottrup"


async def test_a_member_still_in_the_group_is_not_erased_but_told_how_to_erase_themselves(
        bot, caplog):
    await rie_in_two_groups(bot)
    await bot.say("gør Daniel til formand")
    bot.connector.clear()
    await bot.say("slet data om Daniel Gottrup")
    assert bot.connector.cards() == []
    assert bot.connector.texts()[-1] == (
        "Daniel Gottrup er stadig med i gruppen, så kun Daniel Gottrup selv kan få sine data "
        "slettet, ved at skrive “slet mine data” til mig i vores 1:1-chat. Når Daniel Gottrup "
        "har forladt gruppen, kan du skrive “slet data om Daniel Gottrup”.")
    async with bot.uow() as uow:
        daniel = await uow.session.scalar(select(Member.id).where(Member.teams_id == DANIEL[1],
                                                                  Member.group_id == 1))
    await bot.click("privacy.erase", {"member_id": daniel})  # a card's data can be forged
    assert [name for _, name in await daniel_rows(bot)] == ["Daniel Gottrup"] * 2
    assert "refused: the member is still in the group" in caplog.text


async def test_a_former_chair_erased_leaves_the_lost_role_in_the_role_changes(bot):
    await rie_in_two_groups(bot)
    await bot.say("gør Daniel til formand")
    await bot.post(removed(bot, USERS["daniel"]))
    await bot.say("slet data om Daniel Gottrup")
    [button] = [e for e in elements(bot.connector.cards()[-1])
                if e.get("type") == "Action.Execute"]
    await bot.click(button["verb"], button["data"])
    async with bot.uow() as uow:
        changes = [(c.actor_name, c.member_name, c.before_role, c.after_role)
                   for c in await uow.session.scalars(select(RoleChange).where(
                       RoleChange.group_id == 1).order_by(RoleChange.id))][-2:]
    assert changes == [("Lisbet Daugaard-Hansen", "Tidligere medlem", "member", "chair"),
                       ("Lisbet Daugaard-Hansen", "Tidligere medlem", "chair", "member")]


REFUSED = "Det kan kun formanden og sekretæren."


async def test_a_member_who_is_no_chair_or_secretary_may_not_erase_anybody(bot, caplog):
    await rie_in_two_groups(bot)
    bot.connector.clear()
    await bot.say("slet data om Daniel Gottrup", user="rie")
    assert bot.connector.texts()[-1] == REFUSED
    assert bot.connector.cards() == []
    async with bot.uow() as uow:
        daniel = await uow.session.scalar(select(Member.id).where(Member.teams_id == DANIEL[1]))
    await bot.click("privacy.erase", {"member_id": daniel}, user="rie")
    assert [name for _, name in await daniel_rows(bot)] == ["Daniel Gottrup"] * 2
    assert "refused: not chair or secretary" in caplog.text


async def test_a_name_nobody_in_the_group_has_is_answered_with_an_example(bot):
    await bot.install()
    bot.connector.clear()
    await bot.say("slet data om Bodil Hansen")
    assert "slet data om Rie Nielsen" in bot.connector.texts()[-1]


async def test_an_expired_export_link_is_deleted_by_the_retention_tick(bot):
    await bot.install()
    await ask_in_personal_chat(bot, "what do you know about me?", locale="en-GB")
    await ask_in_personal_chat(bot, "hvad ved du om mig?")
    async with bot.uow() as uow:
        assert len(list(await uow.session.scalars(select(PersonalExport)))) == 2
    assert await RETENTION.run(bot.uow, bot.clock) == []
    bot.clock.advance(timedelta(hours=24, seconds=1))
    assert len(await RETENTION.run(bot.uow, bot.clock)) == 2
    async with bot.uow() as uow:
        assert list(await uow.session.scalars(select(PersonalExport))) == []


async def test_the_question_in_other_words_gets_the_same_links(bot):
    await bot.install()
    [text], _ = await ask_in_personal_chat(bot, "jeg vil gerne vide, hvad I har registreret om mig")
    assert "/mydata/" in text
    [text], _ = await ask_in_personal_chat(bot, "which details about me do you keep?",
                                           locale="en-GB")
    assert "/mydata/" in text and "until this time tomorrow" in text
    assert text.endswith("To have it all erased, write “delete my data”.")
