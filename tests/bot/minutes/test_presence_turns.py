"""Who was at the meeting, turn by turn: the presence card starts from the attendance answers,
is saved by hand, and answers given after the minutes were opened reach it unless set by hand."""

from datetime import UTC, datetime

from sqlalchemy import select

from meetings.minutes.entities import Presence
from tests.bot.agenda.test_agenda_turns import planned
from tests.bot.minutes.minutes_turn_steps import held, opened, the_minutes
from tests.bot.tasks.task_turn_steps import members
from tests.card_reading import card_text, elements


async def test_the_presence_card_starts_from_the_answers_and_marks_nobody_absent_unasked(bot):
    await held(bot)  # Rie answered Deltager; Lisbet and Daniel did not answer
    assert "1 til stede · 0 fraværende · 0 stedfortrædere" in card_text(await opened(bot))
    minutes, people = await the_minutes(bot), await members(bot)
    card = await bot.click("minutes.presence", {"minutes_id": minutes.id})
    choices = {e["id"]: e for e in elements(card["value"]) if e.get("type") == "Input.ChoiceSet"}
    inputs = {e["id"]: e.get("value") for e in elements(card["value"]) if "id" in e}
    assert inputs[f"presence_{people['rie'].id}"] == "present"
    for unanswered in ("daniel", "lisbet"):
        shown = choices[f"presence_{people[unanswered].id}"]
        assert not shown.get("value") and shown["placeholder"] == "Ikke angivet"
    saved = await bot.click("minutes.presence.save", {
        **inputs, "minutes_id": minutes.id, f"presence_{people['daniel'].id}": "substitute",
        f"substitute_{people['daniel'].id}": "Heidi Madsen",
        f"presence_{people['lisbet'].id}": ""})
    assert "Fremmødet er gemt." in card_text(saved["value"])
    async with bot.uow() as uow:
        rows = {p.member_id: p for p in await uow.session.scalars(select(Presence))}
    assert (rows[people["daniel"].id].status,
            rows[people["daniel"].id].substitute_name) == ("substitute", "Heidi Madsen")
    assert rows[people["rie"].id].status == "present" and people["lisbet"].id not in rows
    taker = await bot.click("minutes.taker", {"minutes_id": minutes.id,
                                              "taker_id": str(people["rie"].id), "taker_name": ""})
    assert "Referenten er gemt." in card_text(taker["value"])
    after = await the_minutes(bot)
    assert (after.minute_taker_id, after.minute_taker_name) == (people["rie"].id, "Rie Nielsen")
    overview = await opened(bot)
    assert "1 til stede · 0 fraværende · 1 stedfortræder" in card_text(overview)


async def test_answers_after_the_minutes_are_opened_reach_the_presence_not_set_by_hand(bot):
    meeting_id = await planned(bot)  # Friday 5 February 2027, 10-13
    for user in ("rie", "daniel"):
        await bot.click("attendance.answer", {"meeting_id": meeting_id, "status": "attending"},
                        user=user)
    bot.clock.set(datetime(2027, 2, 5, 8, 15, tzinfo=UTC))  # 09.15: opened to prepare
    assert "2 til stede · 0 fraværende" in card_text(await opened(bot))
    minutes, people = await the_minutes(bot), await members(bot)
    await bot.click("minutes.presence.save", {  # Daniel's presence set by hand
        "minutes_id": minutes.id, f"presence_{people['rie'].id}": "present",
        f"presence_{people['daniel'].id}": "substitute",
        f"substitute_{people['daniel'].id}": "Heidi Madsen"})
    bot.clock.set(datetime(2027, 2, 5, 8, 40, tzinfo=UTC))
    for user in ("rie", "daniel"):
        await bot.click("attendance.answer", {"meeting_id": meeting_id, "status": "regrets"},
                        user=user)
    await bot.click("attendance.answer", {"meeting_id": meeting_id, "status": "attending"})
    assert "1 til stede · 1 fraværende · 1 stedfortræder" in card_text(await opened(bot))
    async with bot.uow() as uow:
        rows = {p.member_id: (p.status, p.substitute_name)
                for p in await uow.session.scalars(select(Presence))}
    assert rows == {people["rie"].id: ("absent", None), people["lisbet"].id: ("present", None),
                    people["daniel"].id: ("substitute", "Heidi Madsen")}
