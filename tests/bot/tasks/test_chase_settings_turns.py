"""The chair's and the secretary's card for how open tasks are chased."""

from datetime import time

from sqlalchemy import select

from dialogs.settings_forms import overdue_days_of
from meetings.tasks.entities import ChaseSettings
from tests.card_reading import card_text, elements


def inputs(card: dict) -> dict:
    return {e["id"]: e.get("value") for e in elements(card) if "id" in e}


async def chase_settings(bot) -> list[ChaseSettings]:
    async with bot.uow() as uow:
        return list(await uow.session.scalars(select(ChaseSettings)))


def test_overdue_days_are_read_as_people_type_them():
    assert overdue_days_of("2, 5, 10") == [2, 5, 10]
    assert overdue_days_of("2 5;10") == [2, 5, 10]
    assert overdue_days_of("") == []
    assert overdue_days_of("2, fem") is None


async def test_the_settings_card_leads_to_the_chase_settings_with_their_defaults(bot):
    await bot.install()
    agenda_settings = await bot.click("settings.form", {}, locale="en-GB")
    verbs = [e.get("verb") for e in elements(agenda_settings["value"])]
    assert "chase.settings.form" in verbs
    form = await bot.click("chase.settings.form", {}, locale="en-GB")
    assert inputs(form["value"]) == {
        "due_days_before_meeting": 5, "remind_days_before_due": 2, "overdue_days": "2, 5, 10",
        "escalate_days": 15, "meeting_days_before": 5, "work_start": "09:00",
        "work_end": "16:00"}


async def test_the_secretary_changes_the_chase_and_a_mistake_keeps_what_was_typed(bot):
    await bot.install()
    values = inputs((await bot.click("chase.settings.form", {}))["value"])
    bad = await bot.click("chase.settings.save", {**values, "overdue_days": "2, 5, 20"},
                          locale="en-GB")
    assert "Please check the reminder settings" in card_text(bad["value"])
    assert inputs(bad["value"])["overdue_days"] == "2, 5, 20"
    assert (await chase_settings(bot))[0].overdue_days == [2, 5, 10]  # nothing half-saved
    good = await bot.click("chase.settings.save", {
        **values, "overdue_days": "3; 6", "escalate_days": "8", "work_start": "08:30"})
    assert "Indstillingerne er gemt." in card_text(good["value"])
    [saved] = await chase_settings(bot)
    assert (saved.overdue_days, saved.escalate_days, saved.work_start) == (
        [3, 6], 8, time(8, 30))


async def test_a_member_may_not_see_or_change_the_chase_settings(bot):
    await bot.install()
    await bot.say("hej", user="rie")  # Rie becomes a member
    for verb in ("chase.settings.form", "chase.settings.save"):
        answer = await bot.click(verb, {"escalate_days": 1}, user="rie", locale="en-GB")
        assert "Only the chair and the secretary" in answer["value"]
    assert [s.escalate_days for s in await chase_settings(bot)] in ([], [15])
