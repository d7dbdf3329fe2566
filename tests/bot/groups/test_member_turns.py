"""Members in chat and on a card: organisations from the Teams roster's e-mail domains, roles
given by the chair or the secretary, members who leave and the bot removed."""

from datetime import UTC, datetime

from sqlalchemy import select

from bot.outbox.ticks import ERASURE
from meetings.common.entities import OutboxMessage
from meetings.common.outbox_kind import OutboxKind
from meetings.groups.entities import Member
from meetings.reports.annual_report import annual_report_of
from meetings.reports.chart import attendance_chart
from tests.bot.agenda.test_agenda_cycle_delivery import worker
from tests.bot.agenda.test_agenda_turns import planned
from tests.bot.conftest import USERS
from tests.bot.groups.test_personal_card_turns import click_there, sent_to
from tests.bot.test_turns import GROUP
from tests.card_reading import card_text, elements

BOT = {"id": "28:00000000-0000-0000-0000-00000000b075", "name": "Mødebot"}


async def members(bot) -> dict[str, Member]:
    async with bot.uow() as uow:
        return {m.name.split()[0]: m for m in await uow.session.scalars(select(Member))}


async def test_members_get_their_organisation_from_the_e_mail_domain_of_the_roster(bot):
    meeting_id = await planned(bot)
    found = await members(bot)
    assert (found["Rie"].organisation, found["Daniel"].organisation) == (
        "Holbæk Kommune", "Næstved Kommune")
    card = await bot.click("attendance.show", {"meeting_id": meeting_id})
    text = card_text(card["value"])
    assert "Holbæk Kommune" in text and "Næstved Kommune" in text
    assert "Organisation ukendt" not in text


async def test_the_secretary_gives_roles_in_chat_in_danish_and_english(bot):
    await bot.install()  # Lisbet installs: she is the secretary
    await bot.say("gør Daniel til formand")
    assert bot.connector.texts()[-1] == "Daniel Gottrup er nu formand."
    await bot.say("Rie tager referat")
    assert bot.connector.texts()[-1] == "Rie Nielsen er nu referent."
    await bot.say("Rie is secretary", user="daniel", locale="en-GB")
    assert bot.connector.texts()[-1] == "Rie Nielsen is now secretary."
    found = await members(bot)
    assert (found["Daniel"].role, found["Rie"].role, found["Lisbet"].role) == (
        "chair", "secretary", "secretary")


async def test_a_member_who_gives_a_role_is_refused_and_the_refusal_is_logged(bot, caplog):
    await bot.install()
    await bot.say("make Daniel chair", user="rie", locale="en-GB")
    assert bot.connector.texts()[-1] == "Only the chair and the secretary can do that."
    assert "refused: not chair or secretary" in caplog.text
    assert (await members(bot))["Daniel"].role == "member"


async def test_the_last_chair_or_secretary_cannot_be_made_anything_else(bot):
    await bot.install()
    await bot.say("gør Lisbet til medlem")
    assert "sidste formand eller sekretær" in bot.connector.texts()[-1]
    assert "gør Rie til sekretær" in bot.connector.texts()[-1]
    assert (await members(bot))["Lisbet"].role == "secretary"
    await bot.say("gør Rie til sekretær")
    await bot.say("gør Lisbet til medlem", user="rie")
    assert bot.connector.texts()[-1] == "Lisbet Daugaard-Hansen er nu medlem."


async def test_a_name_nobody_has_gets_an_answer_with_an_example(bot):
    await bot.install()
    await bot.say("gør Bodil til formand")
    assert "gør Lisbet til formand" in bot.connector.texts()[-1]


async def test_a_member_says_where_they_are_from_and_the_table_writes_it(bot):
    await bot.install()
    await bot.say("jeg er fra guldborgsund", user="daniel")
    assert bot.connector.texts()[-1] == "Gemt: du er fra Guldborgsund Kommune."
    await bot.say("I'm from Børnehus Sjælland", user="rie", locale="en-GB")
    assert bot.connector.texts()[-1] == "Saved: you are from Børnehus Sjælland."
    found = await members(bot)
    assert (found["Daniel"].organisation, found["Rie"].organisation) == (
        "Guldborgsund Kommune", "Børnehus Sjælland")


async def test_the_members_card_shows_roles_and_organisations_and_saves_changes(bot):
    await bot.install()
    await bot.say("medlemmer", user="rie")
    text = card_text(bot.connector.cards()[-1])
    assert "Rie Nielsen" in text and "Medlem · Holbæk Kommune" in text
    assert "members.save" not in str(bot.connector.cards()[-1])  # a member only reads it
    found = await members(bot)
    rie, daniel = found["Rie"].id, found["Daniel"].id
    card = await bot.click("members.save", {f"role_{rie}": "chair",
                                            f"role_{daniel}": "minute_taker",
                                            f"organisation_{daniel}": "Køge"})
    assert "Roller og organisationer er gemt." in card_text(card["value"])
    found = await members(bot)
    assert (found["Rie"].role, found["Daniel"].role, found["Daniel"].organisation) == (
        "chair", "minute_taker", "Køge Kommune")


async def test_a_forged_save_of_the_members_card_by_a_member_changes_nothing(bot):
    await bot.install()
    daniel = (await members(bot))["Daniel"].id
    answer = await bot.click("members.save", {f"role_{daniel}": "chair"}, user="daniel")
    assert answer["value"] == "Det kan kun formanden og sekretæren."
    assert (await members(bot))["Daniel"].role == "member"


def removed(bot, *accounts: dict) -> dict:
    """conversationUpdate with membersRemoved, as Teams sends it when people (or the bot)
    leave the group chat."""
    activity = bot.activity("group_installation_update")
    activity.pop("action")
    activity.update(type="conversationUpdate", membersRemoved=list(accounts))
    return activity


async def pending_to(bot, member_id: int, key: str) -> None:
    async with bot.uow() as uow:
        await uow.outbox.enqueue(dedupe_key=key, kind="text", payload={"text": key},
                                 group_id=(await uow.members.get(member_id)).group_id,
                                 member_id=member_id, due_at=bot.clock.now(),
                                 created_at=bot.clock.now())
        await uow.commit()


async def outbox(bot) -> dict[str, OutboxMessage]:
    async with bot.uow() as uow:
        return {r.dedupe_key: r for r in await uow.session.scalars(select(OutboxMessage))}


async def test_a_member_who_leaves_is_kept_inactive_and_their_tasks_go_to_the_secretary(bot):
    meeting_id = await planned(bot)
    await bot.say("opgave: Daniel undersøger om Socialtilsyn Øst kan deltage, frist 15. december")
    daniel = (await members(bot))["Daniel"]
    await pending_to(bot, daniel.id, "to-daniel")
    await bot.post(removed(bot, USERS["daniel"]))
    found = await members(bot)
    assert found["Daniel"].left_at == bot.clock.now()  # kept, for the minutes and the report
    rows = await outbox(bot)
    assert rows["to-daniel"].status == "dead"
    [left] = [r for r in rows.values() if r.kind == OutboxKind.LEFT_MEMBER_TASKS]
    assert left.member_id == found["Lisbet"].id  # the secretary
    # Not asked, not counted as absent: "hvem kommer?" no longer lists him.
    card = await bot.click("attendance.show", {"meeting_id": meeting_id})
    assert "Daniel Gottrup" not in card_text(card["value"])
    # The secretary gets his open tasks on one card, whose rows open with reassign and cancel.
    bot.connector.clear()
    async with worker(bot) as delivery:
        await delivery.drain()
    chat, tasks_card = sent_to(bot, USERS["lisbet"])
    assert "Daniel Gottrup har forladt gruppen" in card_text(tasks_card)
    row = next(e for e in elements(tasks_card) if e.get("verb") == "task.show")
    opened = await click_there(bot, chat, row, person=USERS["lisbet"])
    assert "task.reassign" in {e.get("verb") for e in elements(opened["value"])}
    whole = next(e for e in elements(opened["value"])
                 if e.get("verb") == "task.show" and "back" in e.get("data", {}))
    task_card = await click_there(bot, chat, whole, person=USERS["lisbet"])
    cancel = next(e for e in elements(task_card["value"]) if e.get("verb") == "task.cancel")
    await click_there(bot, chat, cancel, person=USERS["lisbet"])
    async with bot.uow() as uow:
        assert await uow.tasks.unfinished_of_owners([daniel.id]) == []
    assert "to-daniel" not in str(bot.connector.sent)


async def test_the_bot_removed_sends_nothing_more_keeps_the_group_and_erases_it_later(bot):
    await planned(bot)
    lisbet = (await members(bot))["Lisbet"]  # in the group, before her personal chat's row
    await bot.post(personal_message(bot, "lisbet"))
    await bot.post(removed(bot, BOT))
    async with bot.uow() as uow:
        group = await uow.groups.by_conversation(GROUP)
        assert await uow.addresses.by_conversation(GROUP) is None
    assert group.erase_at == datetime(2027, 11, 25, 9, 0, tzinfo=UTC)  # 12 months on
    rows = await outbox(bot)
    assert rows and all(r.status == "dead" for r in rows.values() if r.group_id == group.id)
    bot.clock.set(datetime(2027, 11, 19, 9, 0, tzinfo=UTC))  # six days before
    assert await ERASURE.run(bot.uow, bot.clock) == [f"warned {group.id}"]
    bot.connector.clear()
    async with worker(bot) as delivery:
        await delivery.drain()
    [warning] = bot.connector.texts()
    assert "slettes den 25. november 2027" in warning
    assert bot.connector.sent[0]["_conversation"].endswith(lisbet.teams_id)
    bot.clock.set(datetime(2027, 11, 25, 9, 1, tzinfo=UTC))
    assert await ERASURE.run(bot.uow, bot.clock) == [f"erased {group.id}"]
    async with bot.uow() as uow:
        assert await uow.groups.by_conversation(GROUP) is None
        assert await uow.members.get(lisbet.id) is None


async def test_the_bot_added_again_within_the_period_keeps_the_group(bot):
    await planned(bot)
    await bot.post(removed(bot, BOT))
    await bot.install()
    async with bot.uow() as uow:
        group = await uow.groups.by_conversation(GROUP)
    assert (group.bot_removed_at, group.erase_at) == (None, None)
    bot.clock.set(datetime(2027, 12, 1, 9, 0, tzinfo=UTC))
    assert await ERASURE.run(bot.uow, bot.clock) == []


def personal_message(bot, user: str) -> dict:
    activity = bot.activity("personal_message")
    activity["from"] = USERS[user]
    activity["conversation"] = {"conversationType": "personal",
                                "tenantId": "tenant-kkr-sjaelland",
                                "id": f"a:{USERS[user]['id']}"}
    return activity


# People of the seed minutes' network group, as the Teams roster gives them: name and e-mail
# at their municipality (or region); nobody types an organisation.
SEED = [("lisbet", "Lisbet Daugaard-Hansen", "lisbet@holbaek.dk"),
        ("rie", "Rie Nielsen", "rie@holbaek.dk"),
        ("daniel", "Daniel Gottrup", "dago@naestved.dk"),
        ("christel", "Christel Jørgensen", "chrj@roskilde.dk"),
        ("steen", "Steen Bager", "stba@odsherred.dk"),
        ("lone", "Lone N. Jensen", "lonj@koege.dk"),
        ("brit", "Brit Lydersen", "bril@guldborgsund.dk"),
        ("anne", "Anne-Katrine F. Madsen", "akfm@regionsjaelland.dk")]


def seed_account(key: str, name: str, email: str) -> dict:
    return {"id": f"29:1{key}", "name": name, "aadObjectId": f"aad-{key}", "email": email,
            "userPrincipalName": email, "tenantId": "tenant-kkr-sjaelland", "userRole": "user"}


async def test_a_seed_group_sees_organisations_in_who_is_coming_and_the_report_untyped(bot):
    accounts = {key: seed_account(key, name, email) for key, name, email in SEED}
    accounts["lisbet"]["id"], accounts["rie"]["id"], accounts["daniel"]["id"] = (
        USERS["lisbet"]["id"], USERS["rie"]["id"], USERS["daniel"]["id"])
    bot.connector.members = list(accounts.values())
    meeting_id = await planned(bot)  # fredag 5. februar 2027 kl. 10-13
    for key in ("daniel", "christel", "anne"):
        activity = bot.activity("card_action")
        activity["from"] = accounts[key]
        activity["value"]["action"].update(verb="attendance.answer", data={
            "meeting_id": meeting_id, "status": "attending"})
        await bot.post(activity)
    card = await bot.click("attendance.show", {"meeting_id": meeting_id})
    coming = card_text(card["value"])
    assert "Organisation ukendt" not in coming
    order = [line for line in coming.splitlines() if line.endswith(("Kommune", "Sjælland"))]
    assert order == ["Guldborgsund Kommune", "Holbæk Kommune", "Køge Kommune",
                     "Næstved Kommune", "Odsherred Kommune", "Region Sjælland",
                     "Roskilde Kommune"]
    bot.clock.set(datetime(2027, 2, 5, 10, 0, tzinfo=UTC))  # the meeting is going on
    await bot.say("referat")
    bot.clock.set(datetime(2027, 3, 1, 9, 0, tzinfo=UTC))
    bot.connector.clear()
    await bot.say("årsrapport 2027")
    report = card_text(bot.connector.cards()[-1])
    assert "Næstved Kommune" in report and "Region Sjælland" in report
    async with bot.uow() as uow:
        group = await uow.groups.by_conversation(GROUP)
        year = await annual_report_of(uow, group, 2027, bot.clock.now())
    assert dict(year.attendance)["Næstved Kommune"] == 1
    assert dict(year.attendance)["Holbæk Kommune"] == 0
    assert None not in dict(year.representation)
    chart = attendance_chart(year.attendance, len(year.meetings), "Fremmøde", "Møder")
    assert chart.startswith(b"\x89PNG") and len(year.attendance) == 7  # one bar each


async def test_a_big_group_turns_pages_of_the_members_card_and_each_page_saves(bot):
    bot.connector.members = [seed_account(f"m{n:02}", f"Medlem {n:02}", f"m{n}@kk.dk")
                             for n in range(40)] + [{**USERS["lisbet"]}]
    await bot.install()
    await bot.say("medlemmer")
    first = bot.connector.cards()[-1]
    assert "Medlem 00" in card_text(first) and "Medlem 30" not in card_text(first)
    more = next(e for e in elements(first) if e.get("title") == "Flere medlemmer")
    second = await bot.click("members.show", more["data"])
    assert "Medlem 30" in card_text(second["value"])
    async with bot.uow() as uow:
        [last] = await uow.session.scalars(select(Member).where(Member.name == "Medlem 39"))
    assert last.organisation == "Københavns Kommune"
    saved = await bot.click("members.save", {"page": 1, f"organisation_{last.id}": "Ishøj"})
    assert "Medlem 39" in card_text(saved["value"])  # the page it was saved on, again
    async with bot.uow() as uow:
        assert (await uow.members.get(last.id)).organisation == "Ishøj Kommune"


async def test_the_secretary_sets_how_long_the_data_is_kept_after_the_bot_is_removed(bot):
    await bot.install()
    await bot.say("medlemmer")
    [field] = [e for e in elements(bot.connector.cards()[-1]) if e.get("id") == "retention_months"]
    assert field["value"] == 12
    wrong = await bot.click("members.save", {"retention_months": "0"})
    assert "et helt tal fra 1 til 120" in wrong["value"]
    await bot.click("members.save", {"retention_months": "6"})
    await bot.post(removed(bot, BOT))
    async with bot.uow() as uow:
        group = await uow.groups.by_conversation(GROUP)
    assert (group.retention_months, group.erase_at) == (
        6, datetime(2027, 5, 25, 9, 0, tzinfo=UTC))
