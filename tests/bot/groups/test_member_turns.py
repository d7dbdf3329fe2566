"""Members in chat and on a card: organisations from the Teams roster's e-mail domains, roles
given by the chair or the secretary, a big group's pages (members who leave and the bot removed:
test_leaving_turns)."""

from datetime import UTC, datetime

from sqlalchemy import select

from meetings.groups.entities import Member
from meetings.reports.annual_report import annual_report_of
from meetings.reports.chart import attendance_chart
from tests.bot.agenda.test_agenda_turns import planned
from tests.bot.conftest import USERS
from tests.bot.test_turns import GROUP
from tests.card_reading import card_text, elements


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
    assert bot.connector.texts()[-1].startswith(
        "Rie Nielsen is now secretary. Lisbet Daugaard-Hansen is still secretary too.")
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


def submitted(card: dict) -> dict:
    """What Teams sends on *Gem roller og organisationer*: every input's value as the card
    shows it, with the action's data."""
    values = {e["id"]: e.get("value") for e in elements(card)
              if str(e.get("type", "")).startswith("Input.")}
    [save] = [e for e in elements(card) if e.get("verb") == "members.save"]
    return {**values, **save.get("data", {})}


async def test_saving_a_stale_members_card_does_not_undo_roles_given_since(bot):
    await bot.install()  # Lisbet is the secretary
    await bot.say("medlemmer")  # she opens the members card ...
    stale = submitted(bot.connector.cards()[-1])
    await bot.say("gør Daniel til formand")  # ... then roles are given in the chat
    await bot.say("gør Rie til sekretær", user="daniel")
    await bot.say("jeg er fra Roskilde", user="rie")
    daniel = (await members(bot))["Daniel"].id
    stale[f"organisation_{daniel}"] = "Køge"  # the one change she makes on the old card
    await bot.click("members.save", stale)
    found = await members(bot)
    assert (found["Daniel"].organisation, found["Daniel"].role, found["Rie"].role,
            found["Rie"].organisation) == (
        "Køge Kommune", "chair", "secretary", "Roskilde Kommune")


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
    more = next(e for e in elements(first) if e.get("title") == "Næste side")
    second = await bot.click("members.show", more["data"])
    assert "Medlem 30" in card_text(second["value"])
    async with bot.uow() as uow:
        [last] = await uow.session.scalars(select(Member).where(Member.name == "Medlem 39"))
    assert last.organisation == "Københavns Kommune"
    saved = await bot.click("members.save", {"page": 1, f"organisation_{last.id}": "Ishøj"})
    assert "Medlem 39" in card_text(saved["value"])  # the page it was saved on, again
    async with bot.uow() as uow:
        assert (await uow.members.get(last.id)).organisation == "Ishøj Kommune"


async def help_buttons(bot, user: str) -> dict[str, str]:
    bot.connector.clear()
    await bot.say("hjælp", user=user)
    return {e["title"]: e["verb"] for e in elements(bot.connector.cards()[-1])
            if e.get("type") == "Action.Execute" and e["verb"] != "question.ask"}


async def test_a_members_help_card_has_only_buttons_they_may_use(bot):
    await bot.install()  # Lisbet is the secretary; Rie a member
    assert "Planlæg et møde" in await help_buttons(bot, "lisbet")
    buttons = await help_buttons(bot, "rie")
    assert sorted(buttons) == ["Kommende møder", "Ny opgave", "Næste møde"]
    for verb in buttons.values():
        answer = await bot.click(verb, {}, user="rie")
        assert "Det kan kun formanden og sekretæren" not in str(answer["value"]), verb


async def test_a_guest_from_another_municipality_is_from_there_by_their_guest_account(bot):
    """A member of Køge's staff is a guest in Holbæk's tenant: Teams may give no e-mail, only
    the guest account's name, which keeps her own address before "#EXT#"."""
    bot.connector.members.append({
        "id": "29:1anna-berg", "name": "Anna Berg (Gæst)", "aadObjectId": "aad-anna",
        "userPrincipalName": "anna.berg_sos.koege.dk#EXT#@holbaek.dk",
        "tenantId": "tenant-kkr-sjaelland", "userRole": "guest"})
    await bot.install()
    assert (await members(bot))["Anna"].organisation == "Køge Kommune"
