"""Role changes turn by turn: each kept in an audit table in its own transaction, exported with
the person's data and anonymised by their erasure; and a group whose only chair or secretary
leaves (or erases their data) offered a new secretary in its chat; a person known only from
imported minutes leads nothing."""

import json

from sqlalchemy import select

from meetings.common.entities import OutboxMessage
from meetings.groups.entities import Member
from meetings.privacy.entities import RoleChange
from tests.bot.agenda.test_agenda_cycle_delivery import worker
from tests.bot.agenda.test_agenda_turns import planned
from tests.bot.conftest import USERS
from tests.bot.groups.test_leaving_turns import removed
from tests.bot.groups.test_member_turns import members
from tests.bot.importing.test_import_turns import SEED, import_button
from tests.bot.personal.test_personal_card_turns import sent_to
from tests.bot.personal.test_personal_chat_turns import ask_in_personal_chat
from tests.bot.privacy.privacy_steps import RIE
from tests.bot.privacy.test_privacy_turns import erase_rie, export_paths
from tests.bot.tasks.task_turn_steps import tasks
from tests.bot.test_turns import GROUP, LINE
from tests.card_reading import card_text, elements

AT = "2026-11-25T09:00:00+00:00"


async def role_changes(bot) -> list[tuple]:
    async with bot.uow() as uow:
        rows = await uow.session.scalars(select(RoleChange).order_by(RoleChange.id))
        return [(r.actor_id, r.actor_name, r.member_id, r.member_name, r.before_role,
                 r.after_role, r.changed_at.isoformat()) for r in rows]


async def test_every_role_change_is_kept_with_who_whom_from_to_and_when(bot):
    await bot.install()  # Lisbet installs: she becomes the secretary
    await bot.say("gør Daniel til formand")
    await bot.say("Rie tager referat", user="daniel")
    found = await members(bot)
    lisbet, daniel, rie = found["Lisbet"].id, found["Daniel"].id, found["Rie"].id
    assert await role_changes(bot) == [
        (lisbet, "Lisbet Daugaard-Hansen", lisbet, "Lisbet Daugaard-Hansen", "member",
         "secretary", AT),
        (lisbet, "Lisbet Daugaard-Hansen", daniel, "Daniel Gottrup", "member", "chair", AT),
        (daniel, "Daniel Gottrup", rie, "Rie Nielsen", "member", "minute_taker", AT)]
    await bot.say("medlemmer")
    assert "formand" not in card_text(bot.connector.cards()[-1]).split("Daniel Gottrup")[0]


async def test_a_refused_role_change_leaves_no_trace_in_the_audit(bot):
    await bot.install()
    await bot.say("gør Lisbet til medlem")  # the last secretary: refused
    await bot.say("make Daniel chair", user="rie", locale="en-GB")  # not hers to give
    assert [row[5] for row in await role_changes(bot)] == ["secretary"]


async def test_the_export_holds_the_role_changes_about_the_person_and_erasure_hides_them(bot):
    await bot.install()
    await bot.say("Rie tager referat")
    [text], _ = await ask_in_personal_chat(bot, "hvad ved du om mig?")
    export = json.loads(await (await bot.client.get(export_paths(text)["json"])).text())
    # In her own 1:1 chat she is its secretary: that change is hers too.
    [change, mine] = sorted(export["stored"]["role_changes"], key=lambda c: c["after_role"])
    assert (mine["after_role"], mine["actor_name"]) == ("secretary", RIE[0])
    assert (change["actor_name"], change["member_name"], change["before_role"],
            change["after_role"], change["changed_at"]) == (
        "Lisbet Daugaard-Hansen", RIE[0], "member", "minute_taker", AT)
    await erase_rie(bot)
    assert [(row[1], row[3], row[4], row[5]) for row in await role_changes(bot)][-2:] == [
        ("Lisbet Daugaard-Hansen", "Tidligere medlem", "member", "minute_taker"),
        ("Tidligere medlem", "Tidligere medlem", "minute_taker", "member")]  # lost by erasure


# The only chair or secretary leaves


async def offer_in_the_group(bot) -> dict:
    """The card the delivery worker posts in the group's chat."""
    bot.connector.clear()
    async with worker(bot) as delivery:
        await delivery.drain()
    [card] = [a["attachments"][0]["content"] for a in bot.connector.sent
              if a["_conversation"].startswith(GROUP)]
    return card


async def test_the_only_secretary_leaving_offers_the_role_and_the_first_click_takes_it(bot):
    await planned(bot)  # Lisbet, the only secretary, plans the meeting
    await bot.say("opgave: Lisbet sender årsrapporten, frist 1. december")
    await bot.post(removed(bot, USERS["lisbet"]))
    card = await offer_in_the_group(bot)
    assert "Ingen i gruppen er længere formand eller sekretær" in card_text(card)
    [offer] = [e for e in elements(card) if e.get("type") == "Action.Execute"]
    assert offer["title"] == "Jeg tager over som sekretær"
    # Until somebody does, the bot works for the members as before.
    await bot.say("opgave: Daniel skriver til KL, frist 1. december", user="daniel")
    assert "Daniel skriver til KL" in [t.title for t in await tasks(bot)]
    taken = await bot.click(offer["verb"], offer["data"], user="rie")
    assert "Rie Nielsen er nu sekretær." in card_text(taken["value"])
    assert "members.take_over" not in str(taken["value"])  # the card, for all, has no button
    late = await bot.click(offer["verb"], offer["data"], user="daniel")
    assert late["value"] == "Rie Nielsen leder allerede gruppen."
    found = await members(bot)
    assert (found["Rie"].role, found["Daniel"].role) == ("secretary", "member")
    assert (await role_changes(bot))[-1][1:6] == (
        "Rie Nielsen", found["Rie"].id, "Rie Nielsen", "member", "secretary")
    bot.connector.clear()
    async with worker(bot) as delivery:  # Lisbet's open task, which nobody could take, is hers
        await delivery.drain()
    _, left_tasks = sent_to(bot, USERS["rie"])
    assert "Lisbet Daugaard-Hansen har forladt gruppen" in card_text(left_tasks)
    assert "Lisbet sender årsrapporten" in card_text(left_tasks)
    bot.connector.clear()
    await bot.say("aflys næste møde", user="rie")  # she leads the group now
    assert "Det kan kun" not in " ".join(bot.connector.texts())


async def test_a_guest_clicking_take_over_is_told_only_a_member_can_and_nothing_changes(bot):
    await planned(bot)
    await bot.say("gør Daniel til gæst")
    await bot.post(removed(bot, USERS["lisbet"]))
    await offer_in_the_group(bot)
    before = await role_changes(bot)
    refused = await bot.click("members.take_over", {}, user="daniel")
    assert refused["value"] == "Kun et medlem af gruppen kan tage over."
    assert (await members(bot))["Daniel"].role == "guest"
    assert await role_changes(bot) == before


async def test_a_secretary_leaving_beside_a_chair_offers_nothing(bot):
    await bot.install()
    await bot.say("gør Daniel til formand")
    await bot.post(removed(bot, USERS["lisbet"]))
    async with bot.uow() as uow:
        rows = await uow.session.scalars(select(OutboxMessage.kind))
        assert "group_without_leader" not in set(rows)


async def test_the_only_secretary_erasing_her_data_leaves_the_offer_in_the_group(bot):
    await bot.install()
    await bot.say("gør Rie til sekretær")
    await bot.say("gør Lisbet til medlem", user="rie")
    await erase_rie(bot)
    card = await offer_in_the_group(bot)
    assert "Jeg tager over som sekretær" in str(card)
    taken = await bot.click("members.take_over", {}, user="daniel")
    assert "Daniel Gottrup er nu sekretær." in card_text(taken["value"])


async def imported_seed(bot) -> None:
    """The minutes of 29/9 2023 imported: Christel Jørgensen, never in Teams, is a member
    known only from them."""
    bot.connector.clear()
    await bot.say("importér referat\n" + SEED)
    await bot.click("minutes.import", import_button(bot.connector.cards()[-1])["data"])


async def christel(bot) -> Member:
    async with bot.uow() as uow:
        return await uow.session.scalar(select(Member).where(Member.name == "Christel Jørgensen"))


async def test_a_person_known_only_from_minutes_cannot_be_given_a_leading_role(bot):
    await bot.install()
    await imported_seed(bot)
    before = await role_changes(bot)
    for line in ("gør Christel Jørgensen til formand", "gør Christel til sekretær"):
        bot.connector.clear()
        await bot.say(line)
        assert bot.connector.texts() == [
            "Christel Jørgensen kendes kun fra importerede referater og har ikke været i denne "
            "chat; kun et medlem her kan lede gruppen eller tage referat. Giv rollen til en af "
            "dem, fx “gør Rie til formand”."]
    assert (await christel(bot)).role == "member" and await role_changes(bot) == before
    await bot.say("gør Christel til gæst")  # what she is in the minutes' eyes may be said
    assert (await christel(bot)).role == "guest"


async def test_a_leading_role_an_imported_person_already_has_neither_leads_nor_passes_on(bot):
    await bot.install()
    await imported_seed(bot)
    async with bot.uow() as uow:  # given before the bot refused it
        (await uow.session.get(Member, (await christel(bot)).id)).role = "chair"
        await uow.commit()
    await bot.post(removed(bot, USERS["lisbet"]))  # the only secretary in the chat leaves
    assert "Ingen i gruppen er længere formand eller sekretær" in card_text(
        await offer_in_the_group(bot))
    # An account that shows the name "Christel Jørgensen" takes over the row, not the chair.
    activity = bot.activity("group_message")
    activity["from"] = {"id": "29:1someone-else", "name": "Christel Jørgensen",
                        "aadObjectId": "aad-someone-else"}
    activity["text"] = f"<at>Mødebot</at> {LINE}"
    bot.connector.clear()
    await bot.post(activity)
    assert bot.connector.texts() == ["Det kan kun formanden og sekretæren."]
    found = await christel(bot)
    assert (found.role, found.teams_id, found.imported_at) == ("member", "29:1someone-else", None)
