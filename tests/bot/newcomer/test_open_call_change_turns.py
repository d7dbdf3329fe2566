"""The call a newcomer got in her 1:1 chat stays true on screen, as the group's does: the
meeting moved, her card gives the new date and deadline; cancelled, it says so without its
buttons, and a call not yet sent to her is not sent at all; moved before it went out, it goes
once, for the new time. Each copy is updated once, and one that Teams fails to update holds
back none of the others."""

from datetime import timedelta

from sqlalchemy import select

from meetings.common.entities import OutboxMessage
from meetings.common.outbox_kind import OutboxKind
from meetings.groups.entities import Member
from tests.bot.agenda.cycle_steps import tick_everything, updates_of
from tests.bot.agenda.test_agenda_cycle_delivery import verbs
from tests.bot.agenda.test_call_card_after_a_change_turns import posted_call
from tests.bot.groups.test_joining_turns import joined
from tests.bot.newcomer.half_year import JOINS, METTE, ROSTER, SARAH, half_a_year, join, meetings
from tests.bot.newcomer.test_open_call_turns import CALL_DA
from tests.card_reading import card_text
from tests.fake_connector import Fault

LEAD_DA = CALL_DA.splitlines()[1]
LEAD_EN = ("You joined Netværksgruppe Børn og Unge while items for its next meeting are being "
           "collected.")


async def posted_to(bot, person: dict) -> str:
    """The Teams id of the call card in `person`'s 1:1 chat."""
    async with bot.uow() as uow:
        return await uow.session.scalar(
            select(OutboxMessage.teams_message_id)
            .join(Member, Member.id == OutboxMessage.member_id)
            .where(OutboxMessage.kind == OutboxKind.NEWCOMER_CALL,
                   Member.teams_id == person["id"]))


def without_lead(card: dict, lead: str) -> str:
    return card_text(card).replace(lead + "\n", "")


async def moved_after_mette_joined(bot, line: str) -> tuple[str, dict, dict]:
    """Mette joins while June's call is open, then the chair moves June by `line`: her call's
    Teams id, its update and the group's call's update."""
    await half_a_year(bot)
    june = (await meetings(bot))[2]
    group_call = await posted_call(bot, june.id)
    await join(bot, METTE)
    hers = await posted_to(bot, METTE)
    bot.connector.clear()
    await bot.say(line)
    await tick_everything(bot, JOINS + timedelta(minutes=5))
    [card] = updates_of(bot, hers)
    [groups] = updates_of(bot, group_call)
    return hers, card, groups


async def test_moved_after_she_got_the_call_her_card_gives_the_new_date_as_the_groups(bot):
    hers, card, groups = await moved_after_mette_joined(
        bot, "flyt næste møde til fredag 11. juni 2027 kl. 10-13")
    assert card_text(card).startswith(CALL_DA)  # still hers: the lead names the group
    assert "11. juni 2027" in card_text(card) and "4. juni" not in card_text(card)
    assert "25. maj" not in card_text(card)  # the old deadline
    assert without_lead(card, LEAD_DA) == card_text(groups)
    assert verbs(card) == {"item.form", "item.nothing"}

    await tick_everything(bot, JOINS + timedelta(minutes=10))  # a tick again: nothing twice
    await bot.post(joined(bot, METTE))  # and Teams tells her join again
    await tick_everything(bot, JOINS + timedelta(minutes=15))
    assert len(updates_of(bot, hers)) == 1
    assert [a for a in bot.connector.sent if a["_conversation"].endswith(METTE["id"])] == []


async def test_moved_so_close_that_the_deadline_has_passed_her_card_shows_it_as_the_groups(bot):
    _, card, groups = await moved_after_mette_joined(
        bot, "flyt næste møde til fredag 21. maj 2027 kl. 10-13")
    assert "21. maj 2027" in card_text(card)
    assert "tirsdag den 11. maj 2027 kl. 12.00" in card_text(card)  # passed, as on the group's
    assert without_lead(card, LEAD_DA) == card_text(groups)


async def test_in_an_english_group_her_card_is_moved_in_english(bot):
    await half_a_year(bot)
    async with bot.uow() as uow:
        group = await uow.groups.by_conversation(
            bot.activity("group_message")["conversation"]["id"])
        group.language = "en"
        await uow.commit()
    await join(bot, SARAH)
    hers = await posted_to(bot, SARAH)
    bot.connector.clear()
    await bot.say("flyt næste møde til fredag 11. juni 2027 kl. 10-13")
    await tick_everything(bot, JOINS + timedelta(minutes=5))
    [card] = updates_of(bot, hers)
    assert card_text(card).startswith(f"Items for the agenda?\n{LEAD_EN}")
    assert "11 June 2027" in card_text(card) and "4 June" not in card_text(card)


async def test_cancelled_her_card_says_so_and_a_call_not_yet_sent_is_not_sent(bot):
    await half_a_year(bot)
    june = (await meetings(bot))[2]
    await join(bot, METTE)
    hers = await posted_to(bot, METTE)
    await joins_unsent(bot, SARAH)  # her call still in the outbox when the meeting is cancelled
    bot.connector.clear()
    await bot.click("meeting.cancel.confirm", {"meeting_id": june.id})
    await tick_everything(bot, JOINS + timedelta(minutes=5))
    [card] = updates_of(bot, hers)
    assert "Mødet er aflyst" in card_text(card)
    assert not {"item.form", "item.nothing"} & verbs(card)
    to_sarah = [a for a in bot.connector.sent if a["_conversation"].endswith(SARAH["id"])]
    [welcome] = to_sarah  # only her welcome
    assert welcome["text"].startswith("Velkommen i Netværksgruppe Børn og Unge!")
    await tick_everything(bot, JOINS + timedelta(days=1))
    assert [a for a in bot.connector.sent if a["_conversation"].endswith(SARAH["id"])] == to_sarah
    assert len(updates_of(bot, hers)) == 1


async def test_one_card_teams_fails_to_update_holds_back_none_of_the_others(bot):
    await half_a_year(bot)
    june = (await meetings(bot))[2]
    group_call = await posted_call(bot, june.id)
    await join(bot, METTE)
    await join(bot, SARAH)
    mettes, sarahs = await posted_to(bot, METTE), await posted_to(bot, SARAH)
    bot.connector.clear()
    bot.connector.fail_next_in(f"a:personal-{METTE['id']}", Fault(status=503))
    await bot.say("flyt næste møde til fredag 11. juni 2027 kl. 10-13")
    await tick_everything(bot, JOINS + timedelta(minutes=5))
    assert updates_of(bot, mettes) == []
    assert len(updates_of(bot, sarahs)) == len(updates_of(bot, group_call)) == 1
    await tick_everything(bot, JOINS + timedelta(minutes=15))  # her update is tried again
    [card] = updates_of(bot, mettes)
    assert "11. juni 2027" in card_text(card)
    assert len(updates_of(bot, sarahs)) == len(updates_of(bot, group_call)) == 1



async def joins_unsent(bot, person: dict) -> None:
    """`person` joins at JOINS, her welcome and call still in the outbox."""
    bot.clock.set(JOINS)
    bot.connector.members.append({**person, "email": ROSTER[person["aadObjectId"]],
                                  "userPrincipalName": ROSTER[person["aadObjectId"]],
                                  "tenantId": "tenant-kkr-sjaelland", "userRole": "user"})
    await bot.post(joined(bot, person))


async def test_moved_before_her_call_went_out_she_gets_it_once_for_the_new_time(bot):
    await half_a_year(bot)
    await joins_unsent(bot, METTE)
    # Moved a day or two, the call stays out (a move weeks later would call again).
    await bot.say("flyt næste møde til torsdag 3. juni 2027 kl. 10-13")
    await bot.say("flyt næste møde til onsdag 2. juni 2027 kl. 10-13")  # and again
    bot.connector.clear()
    await tick_everything(bot, JOINS + timedelta(minutes=5))
    await tick_everything(bot, JOINS + timedelta(minutes=10))
    welcome, call = [a for a in bot.connector.sent if a["_conversation"].endswith(METTE["id"])]
    assert welcome["text"].startswith("Velkommen i Netværksgruppe Børn og Unge!")
    card = card_text(call["attachments"][0]["content"])
    assert card.startswith(CALL_DA)
    assert "2. juni 2027" in card and "3. juni" not in card and "4. juni" not in card


async def test_moved_so_close_before_her_call_went_out_that_its_deadline_passed_she_is_welcomed(
        bot):
    await half_a_year(bot)
    await joins_unsent(bot, METTE)
    await bot.say("flyt næste møde til fredag 21. maj 2027 kl. 10-13")  # deadline 11 May
    bot.connector.clear()
    await tick_everything(bot, JOINS + timedelta(minutes=5))
    [welcome] = [a for a in bot.connector.sent if a["_conversation"].endswith(METTE["id"])]
    assert welcome["text"].startswith("Velkommen i Netværksgruppe Børn og Unge!")
