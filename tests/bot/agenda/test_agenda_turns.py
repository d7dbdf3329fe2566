"""The agenda cycle's card buttons, turn by turn: proposing items, attendance, the agenda."""

from sqlalchemy import func, select

from meetings.agenda.entities import AgendaItem, Attendance, InputResponse
from tests.bot.test_turns import LINE, meetings
from tests.card_reading import card_text, elements

ITEM = {"title": "Plejefamilier – rekruttering og fastholdelse", "kind": "drøftelse",
        "description": "", "recommendation": "", "presenter": "Lotte", "guests": "",
        "minutes": "20", "link_url": "https://example.dk/bilag.pdf", "link_title": "Bilag 1"}


async def rows(bot, model) -> int:
    async with bot.uow() as uow:
        return await uow.session.scalar(select(func.count()).select_from(model))


async def planned(bot) -> int:
    await bot.install()
    await bot.say(LINE)
    [meeting] = await meetings(bot)
    return meeting.id


async def test_a_member_proposes_an_item_by_the_form_and_a_double_click_adds_it_once(bot):
    meeting_id = await planned(bot)
    form = await bot.click("item.form", {"meeting_id": meeting_id}, user="rie", locale="en-GB")
    assert "Propose an item" in card_text(form["value"])
    for _ in range(2):
        done = await bot.click("item.propose", {**ITEM, "meeting_id": meeting_id}, user="rie",
                               locale="en-GB")
        assert "Item proposed" in card_text(done["value"])
    async with bot.uow() as uow:
        [item] = await uow.session.scalars(select(AgendaItem))
    assert item.status == "proposed" and item.minutes == 20 and item.presenter == "Lotte"
    assert item.links == [{"title": "Bilag 1", "url": "https://example.dk/bilag.pdf"}]


async def test_a_bad_link_brings_the_form_back_with_what_was_typed(bot):
    meeting_id = await planned(bot)
    response = await bot.click("item.propose", {**ITEM, "link_url": "javascript:alert(1)",
                                                "meeting_id": meeting_id}, user="rie",
                               locale="en-GB")
    inputs = {e["id"]: e.get("value") for e in elements(response["value"]) if "id" in e}
    assert inputs["title"] == ITEM["title"] and inputs["minutes"] == 20
    assert "https://" in card_text(response["value"])
    assert await rows(bot, AgendaItem) == 0


async def test_nothing_from_us_counts_once(bot):
    meeting_id = await planned(bot)
    for _ in range(2):
        response = await bot.click("item.nothing", {"meeting_id": meeting_id}, user="rie",
                                   locale="en-GB")
        assert "nothing from you" in response["value"]
    assert await rows(bot, InputResponse) == 1


async def test_attendance_is_answered_on_the_agenda_card_and_shown_to_the_clicker(bot):
    meeting_id = await planned(bot)
    response = await bot.click("attendance.answer", {"meeting_id": meeting_id,
                                                     "status": "substitute",
                                                     "substitute_name": "Heidi Madsen"},
                               user="rie", locale="en-GB")
    text = card_text(response["value"])
    assert "Heidi Madsen comes in your place." in text and "Kommune-runden" in text
    again = await bot.click("attendance.answer", {"meeting_id": meeting_id,
                                                  "status": "attending"}, user="rie",
                            locale="en-GB")
    assert "You are attending." in card_text(again["value"])
    async with bot.uow() as uow:
        [answer] = await uow.session.scalars(select(Attendance))
    assert answer.status == "attending" and answer.substitute_name is None


async def test_a_substitute_without_a_name_is_asked_for_one_and_nothing_is_stored(bot):
    meeting_id = await planned(bot)
    response = await bot.click("attendance.answer", {"meeting_id": meeting_id,
                                                     "status": "substitute"},
                               user="rie", locale="en-GB")
    assert "write their name" in response["value"]
    assert await rows(bot, Attendance) == 0


async def test_a_forged_meeting_id_from_another_conversation_changes_nothing(bot):
    meeting_id = await planned(bot)
    await bot.post(bot.activity("personal_conversation_update"))
    for verb, data in (("attendance.answer", {"status": "attending"}),
                       ("item.propose", ITEM), ("item.nothing", {})):
        personal = bot.activity("card_action", locale="en-GB")
        personal["from"] = {"id": "29:1rie-nielsen", "name": "Rie Nielsen",
                            "aadObjectId": "aad-rie"}
        personal["conversation"] = {"conversationType": "personal", "id": "a:1personal-rie",
                                    "tenantId": "tenant-kkr-sjaelland"}
        personal["value"]["action"].update(verb=verb, data={**data, "meeting_id": meeting_id})
        response = await (await bot.post(personal)).json()
        # Found by its id, not by a date: there is no date to name (it once read "%(date)s").
        assert response["value"] == "I cannot find that meeting. Write “upcoming meetings” " \
                                    "to see them."
    assert await rows(bot, Attendance) == 0
    assert await rows(bot, AgendaItem) == 0
    assert await rows(bot, InputResponse) == 0
