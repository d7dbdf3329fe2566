"""More questions a member asks in their personal chat, answered for their groups as the next
meeting is: the upcoming meetings, "jeg kommer" and regrets (the click records it in the group),
a person's tasks, the årshjul and the annual report, read-only."""

from datetime import UTC, datetime

from sqlalchemy import select

from meetings.agenda.entities import Attendance
from tests.bot.conftest import USERS
from tests.bot.personal.test_personal_card_turns import click_there, group_member
from tests.bot.personal.test_personal_chat_turns import (
    ask_in_personal_chat,
    executes,
    install_steering_group,
    sections,
)
from tests.bot.test_turns import LINE, meetings
from tests.card_reading import card_text, elements

RIE_CHAT = "a:1personal-rie"


def confirming(card: dict, title: str) -> list[dict]:
    return [e for e in elements(card)
            if e.get("type") == "Action.Execute" and e.get("title") == title]


def inputs(card: dict) -> list[dict]:
    return [e for e in elements(card) if e.get("type", "").startswith("Input.")]


async def answers(bot) -> list[tuple[int, int, str]]:
    async with bot.uow() as uow:
        return [(a.meeting_id, a.member_id, a.status)
                for a in await uow.session.scalars(select(Attendance))]


async def test_the_upcoming_meetings_are_the_groups_without_a_line_to_plan_one_here(bot):
    await bot.install()
    await bot.say(LINE)
    _, [card] = await ask_in_personal_chat(bot, "kommende møder")
    text = card_text(card)
    assert "Kommende møder" in text and "fredag den 5. februar 2027 kl. 10.00–13.00" in text
    assert "nyt møde" not in text and executes(card) == []
    _, [english] = await ask_in_personal_chat(bot, "upcoming meetings", locale="en-GB")
    assert "Friday 5 February 2027" in card_text(english)

    await install_steering_group(bot)
    [network] = [m for m in await meetings(bot) if m.starts_at.month == 2]
    await bot.click("meeting.cancel.confirm", {"meeting_id": network.id})
    _, [both] = await ask_in_personal_chat(bot, "kommende møder")
    assert sections(both) == ["Styregruppen", "Netværksgruppe Børn og Unge"]
    assert "fredag den 22. januar 2027" in card_text(both)
    assert card_text(both["body"][-1]).endswith("Der er ikke planlagt noget møde.")


async def test_regrets_written_in_the_personal_chat_are_sent_to_the_group_on_one_click(bot):
    await bot.install()
    await bot.say(LINE)
    [meeting] = await meetings(bot)
    _, [card] = await ask_in_personal_chat(bot, "jeg kan ikke komme til næste møde")
    assert "fredag den 5. februar 2027" in card_text(card)
    [yes] = confirming(card, "Ja, meld afbud")
    answered = await click_there(bot, RIE_CHAT, yes, person=USERS["rie"])
    assert "Du har meldt afbud." in card_text(answered["value"])
    rie = await group_member(bot, "rie")
    assert await answers(bot) == [(meeting.id, rie.id, "regrets")]

    _, [coming] = await ask_in_personal_chat(bot, "jeg kommer")
    [yes] = confirming(coming, "Ja, jeg kommer")
    await click_there(bot, RIE_CHAT, yes, person=USERS["rie"])
    assert await answers(bot) == [(meeting.id, rie.id, "attending")]


async def test_with_two_groups_each_next_meeting_has_its_own_button(bot):
    await bot.install()
    await bot.say(LINE)
    await install_steering_group(bot)
    _, [card] = await ask_in_personal_chat(bot, "count me in for the next meeting",
                                           locale="en-GB")
    assert sections(card) == ["Styregruppen", "Netværksgruppe Børn og Unge"]
    steering, network = confirming(card, "Yes, I am coming")
    assert steering["data"]["group_id"] != network["data"]["group_id"]
    await click_there(bot, RIE_CHAT, steering, person=USERS["rie"], locale="en-GB")
    [answer] = await answers(bot)
    [january] = [m for m in await meetings(bot) if m.starts_at.month == 1]
    assert answer[0] == january.id and answer[2] == "attending"
    async with bot.uow() as uow:
        member = await uow.session.get(type(await group_member(bot, "rie")), answer[1])
    assert member.group_id == january.group_id


async def test_a_persons_tasks_are_those_in_the_group(bot):
    await bot.install()
    await bot.say(LINE)
    await bot.say("opgave: Rie undersøger om Socialtilsyn Øst kan deltage, frist 1. december")
    for question, locale in (("hvad mangler Rie?", "da-DK"),
                             ("what does Rie have open?", "en-GB")):
        _, [card] = await ask_in_personal_chat(bot, question, locale=locale)
        assert "Rie undersøger om Socialtilsyn Øst kan deltage" in card_text(card), question
        assert executes(card) == []


async def test_the_year_plan_and_the_annual_report_are_the_groups_and_plan_nothing(bot):
    await bot.install()
    await bot.say(LINE)
    _, [wheel] = await ask_in_personal_chat(bot, "årshjul")
    assert "Årshjul 2027" in card_text(wheel) and "5. februar 2027" in card_text(wheel)
    assert inputs(wheel) == [] and executes(wheel) == []
    _, [report] = await ask_in_personal_chat(bot, "årsrapport")
    assert "Årsrapport 2026" in card_text(report)
    assert "Netværksgruppe Børn og Unge" in card_text(report)
    assert executes(report) == []

    lisbet = USERS["lisbet"]  # the secretary: a year with nothing planned is no form here
    _, [empty] = await ask_in_personal_chat(bot, "årshjul 2028", person=lisbet)
    assert "2028" in card_text(empty) and inputs(empty) == [] and executes(empty) == []


async def test_jeg_kommer_chosen_on_a_button_in_the_personal_chat_asks_for_which_group(bot):
    await bot.install()
    await bot.say(LINE)
    [meeting] = await meetings(bot)
    clicked = await click_there(bot, RIE_CHAT, {
        "verb": "question.ask", "data": {"intent": "attend", "text": "jeg kommer måske"}},
        person=USERS["rie"])
    [yes] = confirming(clicked["value"], "Ja, jeg kommer")
    await click_there(bot, RIE_CHAT, yes, person=USERS["rie"])
    assert await answers(bot) == [(meeting.id, (await group_member(bot, "rie")).id,
                                   "attending")]


async def test_open_tasks_and_the_members_are_the_groups_read_only(bot):
    await bot.install()
    await bot.say(LINE)
    await bot.say("opgave: Rie undersøger om Socialtilsyn Øst kan deltage, frist 1. december")
    for question, locale in (("åbne opgaver", "da-DK"), ("open tasks", "en-GB")):
        _, [card] = await ask_in_personal_chat(bot, question, locale=locale)
        assert "Rie undersøger om Socialtilsyn Øst kan deltage" in card_text(card), question
        assert executes(card) == [] and inputs(card) == []
    for question, locale in (("hvem er med i gruppen?", "da-DK"),
                             ("who is in the group?", "en-GB")):
        _, [card] = await ask_in_personal_chat(bot, question, locale=locale)
        assert "Lisbet" in card_text(card), question
        assert executes(card) == [] and inputs(card) == []

    await install_steering_group(bot)
    _, [both] = await ask_in_personal_chat(bot, "åbne opgaver")
    assert sections(both) == ["Styregruppen", "Netværksgruppe Børn og Unge"]
    assert "Rie undersøger om Socialtilsyn Øst kan deltage" in card_text(both)
    _, [members] = await ask_in_personal_chat(bot, "hvem er med i gruppen?")
    assert sections(members) == ["Styregruppen", "Netværksgruppe Børn og Unge"]


async def test_regrets_for_a_weekday_no_group_meets_on_offer_no_meeting(bot):
    await bot.install()
    await bot.say(LINE)
    await install_steering_group(bot)
    bot.clock.set(datetime(2027, 1, 18, 9, 0, tzinfo=UTC))  # the Monday before 22 January
    texts, cards = await ask_in_personal_chat(bot, "jeg kan ikke komme på torsdag")
    assert cards == [] and "torsdag" in texts[0], texts
