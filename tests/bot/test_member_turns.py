"""Members in chat and on a card: organisations from the Teams roster's e-mail domains, roles
given by the chair or the secretary, members who leave and the bot removed."""

from sqlalchemy import select

from storage.models.groups import Member
from tests.bot.test_agenda_turns import planned
from tests.card_reading import card_text


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
