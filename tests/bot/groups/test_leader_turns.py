"""Who leads a group when leaders act at once, leave and come back, hand their role over or
take the minutes: the group keeps a chair or a secretary, and nobody leads by accident."""

import asyncio

from meetings.groups.entities import Member
from tests.bot.conftest import USERS
from tests.bot.groups.test_joining_turns import joined
from tests.bot.groups.test_leaving_turns import removed
from tests.bot.groups.test_member_turns import members
from tests.bot.groups.test_role_turns import offer_in_the_group
from tests.bot.test_turns import LINE
from tests.card_reading import card_text, elements

ROUNDS = 12


async def lead_again(bot, lisbet: int, daniel: int) -> None:
    async with bot.uow() as uow:
        (await uow.session.get(Member, lisbet)).role = "secretary"
        (await uow.session.get(Member, daniel)).role = "chair"
        await uow.commit()


async def test_two_leaders_demoting_each_other_at_once_leave_the_group_a_leader(bot):
    """Each turn sees the other as the group's other leader; tried a number of times, since
    one round that leaves the group leaderless is the defect."""
    await bot.install()  # Lisbet is the secretary
    await bot.say("gør Daniel til formand")
    found = await members(bot)
    lisbet, daniel = found["Lisbet"].id, found["Daniel"].id
    leaderless = 0
    for _ in range(ROUNDS):
        await lead_again(bot, lisbet, daniel)
        await asyncio.gather(bot.say("gør Daniel til medlem"),
                             bot.say("gør Lisbet til medlem", user="daniel"))
        found = await members(bot)
        leaderless += {found["Lisbet"].role, found["Daniel"].role} == {"member"}
    assert leaderless == 0


async def test_a_chair_replaced_after_leaving_is_no_chair_when_added_back(bot):
    await bot.install()  # Lisbet is the secretary
    await bot.say("gør Daniel til formand")
    await bot.post(removed(bot, USERS["daniel"]))  # Daniel leaves the network group
    await bot.say("gør Rie til formand")  # the group elects a new chair
    await bot.post(joined(bot, USERS["daniel"]))  # months later he is added for one item
    bot.connector.clear()
    await bot.say(LINE, user="daniel")
    assert bot.connector.texts() == ["Det kan kun formanden og sekretæren."]
    found = await members(bot)
    assert (found["Daniel"].role, found["Daniel"].left_at, found["Rie"].role) == (
        "member", None, "chair")


async def test_a_chair_nobody_replaced_leads_again_when_added_back(bot):
    await bot.install()
    await bot.say("gør Daniel til formand")
    await bot.post(removed(bot, USERS["daniel"]))
    await bot.post(joined(bot, USERS["daniel"]))
    assert (await members(bot))["Daniel"].role == "chair"


async def test_the_take_over_card_does_not_say_a_returning_secretary_took_over(bot):
    await bot.install()
    await bot.post(removed(bot, USERS["lisbet"]))  # the only secretary leaves: the offer
    card = await offer_in_the_group(bot)
    [offer] = [e for e in elements(card) if e.get("type") == "Action.Execute"]
    await bot.post(joined(bot, USERS["lisbet"]))  # she is added back; nobody clicked
    answer = await bot.click(offer["verb"], offer["data"], user="rie")
    assert answer["value"] == "Lisbet Daugaard-Hansen leder allerede gruppen."
    found = await members(bot)
    assert (found["Lisbet"].role, found["Lisbet"].left_at, found["Rie"].role) == (
        "secretary", None, "member")


async def test_a_new_secretary_named_by_the_secretary_is_told_the_old_one_still_is(bot):
    """"Rie er ny sekretær" gives Rie the role; Lisbet keeps hers (and what goes to the
    secretary) until she gives it up, and the answer says so, with how."""
    await bot.install()  # Lisbet is the secretary
    bot.connector.clear()
    await bot.say("Rie er ny sekretær")
    assert bot.connector.texts() == [
        "Rie Nielsen er nu sekretær. Lisbet Daugaard-Hansen er også stadig sekretær. Er "
        "rollen givet videre, så skriv fx “gør Lisbet Daugaard-Hansen til medlem”."]
    await bot.say("gør Lisbet Daugaard-Hansen til medlem")
    found = await members(bot)
    assert (found["Rie"].role, found["Lisbet"].role) == ("secretary", "member")


async def test_a_second_chair_is_told_in_english_who_else_is_chair(bot):
    await bot.install()
    await bot.say("gør Daniel til formand")
    bot.connector.clear()
    await bot.say("make Rie chair", user="daniel", locale="en-GB")
    assert bot.connector.texts() == [
        "Rie Nielsen is now chair. Daniel Gottrup is still chair too. If the role was handed "
        "over, write for example “make Daniel Gottrup a member”."]
    await bot.say("make Daniel Gottrup a member", user="daniel", locale="en-GB")
    assert (await members(bot))["Daniel"].role == "member"


async def test_the_secretary_named_minute_taker_stays_secretary_and_can_still_plan(bot):
    """As in the seed minutes ("Referat: Lisbet"), the secretary writes the minutes: she
    takes them as secretary, and keeps the planning."""
    await bot.install()  # Lisbet is the secretary
    await bot.say("gør Daniel til formand")
    bot.connector.clear()
    await bot.say("Lisbet tager referat")
    assert bot.connector.texts() == [
        "Lisbet Daugaard-Hansen er fortsat sekretær og kan som sekretær allerede åbne, skrive "
        "og sende referatet."]
    assert (await members(bot))["Lisbet"].role == "secretary"
    bot.connector.clear()
    await bot.say(LINE)
    assert "Det kan kun formanden og sekretæren." not in bot.connector.texts()


async def test_the_only_secretary_and_a_chair_can_be_named_minute_taker(bot):
    await bot.install()
    bot.connector.clear()
    await bot.say("Lisbet tager referat")
    assert "sidste formand eller sekretær" not in " ".join(bot.connector.texts())
    await bot.say("gør Daniel til formand")
    bot.connector.clear()
    await bot.say("Daniel takes the minutes", locale="en-GB")
    assert bot.connector.texts() == [
        "Daniel Gottrup stays chair, and as chair may already open, write and send the "
        "minutes."]
    found = await members(bot)
    assert (found["Lisbet"].role, found["Daniel"].role) == ("secretary", "chair")


async def test_a_secretary_taking_the_minutes_is_told_the_standing_referent_is_named(bot):
    """With Rie the group's referent, the minutes Lisbet opens name Rie: the answer says so,
    and how to have Lisbet named, instead of letting her think she now is."""
    await bot.install()  # Lisbet is the secretary
    await bot.say("gør Rie til referent")
    bot.connector.clear()
    await bot.say("Lisbet tager referat")
    [said] = bot.connector.texts()
    assert said.startswith("Lisbet Daugaard-Hansen er fortsat sekretær")
    assert "Rie Nielsen er fortsat gruppens referent og står som referent i referatet." in said
    assert "gør Rie Nielsen til medlem" in said
    found = await members(bot)
    assert (found["Lisbet"].role, found["Rie"].role) == ("secretary", "minute_taker")


async def test_referent_picked_for_a_leader_on_the_members_card_keeps_her_role(bot):
    """The same rule as in the chat: the card does not take the planning from a chair or a
    secretary named minute-taker, and says so."""
    await bot.install()
    await bot.say("gør Daniel til formand")
    lisbet = (await members(bot))["Lisbet"].id
    card = await bot.click("members.save", {f"role_{lisbet}": "minute_taker"})
    assert "Lisbet Daugaard-Hansen er fortsat sekretær" in card_text(card["value"])
    assert (await members(bot))["Lisbet"].role == "secretary"


async def test_a_chair_hands_over_in_her_own_words_and_a_deputy_stands_in_for_the_secretary(
        bot):
    await bot.install()  # Lisbet is the secretary
    await bot.say("gør Daniel til formand")
    bot.connector.clear()
    await bot.say("Rie overtager som formand", user="daniel")
    assert bot.connector.texts() == [
        "Rie Nielsen er nu formand. Daniel Gottrup er også stadig formand. Er rollen givet "
        "videre, så skriv fx “gør Daniel Gottrup til medlem”."]
    await bot.say("gør Daniel Gottrup til medlem", user="rie")
    bot.connector.clear()
    await bot.say("Daniel takes the minutes for now", user="rie", locale="en-GB")
    assert bot.connector.texts() == ["Daniel Gottrup is now minute-taker."]
    found = await members(bot)
    assert (found["Rie"].role, found["Daniel"].role, found["Lisbet"].role) == (
        "chair", "minute_taker", "secretary")
