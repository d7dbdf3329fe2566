"""A task from imported minutes on its card: it says it is not followed up yet, the chair
confirms it with the card's button, and a plain member, its owner too, has no button and is
refused a forged click. A due date the import chose says so, on its card and under the agenda's
"Opfølgning på opgaver"."""

from sqlalchemy import update

from meetings.tasks.entities import Task
from tests.bot.agenda.test_agenda_document_turns import word_text
from tests.bot.agenda.test_agenda_turns import planned
from tests.bot.tasks.task_turn_steps import task_for_rie, tasks
from tests.card_reading import card_text, elements

NOT_FOLLOWED_UP = "From imported minutes: not followed up until the chair or the secretary"


async def imported_task_for_rie(bot) -> Task:
    task = await task_for_rie(bot)
    async with bot.uow() as uow:
        await uow.session.execute(update(Task).where(Task.id == task.id)
                                  .values(imported_at=task.created_at))
        await uow.commit()
    return task


def confirm_buttons(card: dict) -> list[dict]:
    return [a for a in elements(card) if a.get("verb") == "task.confirm"]


async def test_the_chair_confirms_an_imported_task_from_its_card(bot):
    task = await imported_task_for_rie(bot)
    shown = await bot.click("task.show", {"task_id": task.id}, locale="en-GB")
    assert NOT_FOLLOWED_UP in card_text(shown["value"])
    [button] = confirm_buttons(shown["value"])
    assert button["data"]["task_id"] == task.id and button["data"]["version"] == task.version
    response = await bot.click("task.confirm", button["data"], locale="en-GB")
    text = card_text(response["value"])
    assert "The task is confirmed and will be followed up from now on." in text
    assert NOT_FOLLOWED_UP not in text and not confirm_buttons(response["value"])
    assert "confirmed the task" in text  # the history says who
    [after] = await tasks(bot)
    assert after.confirmed_at is not None and after.version == task.version + 1
    again = await bot.click("task.confirm", button["data"], locale="en-GB")
    assert "This task was already changed" in card_text(again["value"])


async def test_the_owner_has_no_button_and_a_forged_click_is_refused(bot):
    task = await imported_task_for_rie(bot)
    shown = await bot.click("task.show", {"task_id": task.id}, user="rie", locale="en-GB")
    assert NOT_FOLLOWED_UP in card_text(shown["value"])
    assert confirm_buttons(shown["value"]) == []
    refused = await bot.click("task.confirm", {"task_id": task.id, "version": task.version},
                              user="rie", locale="en-GB")
    assert "chair" in str(refused["value"]) and "secretary" in str(refused["value"])
    [after] = await tasks(bot)
    assert after.confirmed_at is None


async def test_an_ordinary_task_has_neither_note_nor_button(bot):
    task = await task_for_rie(bot)
    shown = await bot.click("task.show", {"task_id": task.id}, locale="en-GB")
    assert NOT_FOLLOWED_UP not in card_text(shown["value"])
    assert confirm_buttons(shown["value"]) == []


async def test_a_due_date_the_import_chose_says_so_until_somebody_sets_one(bot):
    task = await imported_task_for_rie(bot)
    async with bot.uow() as uow:
        await uow.session.execute(update(Task).where(Task.id == task.id)
                                  .values(due_by_import=True))
        await uow.commit()
    danish = card_text((await bot.click("task.show", {"task_id": task.id}))["value"])
    assert "(sat af importen: referatet nævnte ingen frist)" in danish
    english = card_text((await bot.click("task.show", {"task_id": task.id},
                                         locale="en-GB"))["value"])
    assert "(set by the import: the minutes named no deadline)" in english
    await bot.click("task.due", {"task_id": task.id, "version": task.version,
                                 f"due_{task.id}": "2026-12-11"})
    [after] = await tasks(bot)
    assert after.due_on.isoformat() == "2026-12-11" and not after.due_by_import
    shown = card_text((await bot.click("task.show", {"task_id": task.id}))["value"])
    assert "sat af importen" not in shown and "11. december 2026" in shown


async def test_the_agenda_follows_up_on_a_date_the_import_chose_as_such(bot):
    meeting_id = await planned(bot)
    task = await imported_task_for_rie(bot)
    async with bot.uow() as uow:
        await uow.session.execute(update(Task).where(Task.id == task.id)
                                  .values(due_by_import=True))
        await uow.commit()
    card = (await bot.click("agenda.show", {"meeting_id": meeting_id}))["value"]
    assert ("Rie Nielsen – Undersøge om Socialtilsyn Øst kan deltage · Åben, frist 4. dec. 2026, "
            "sat af importen") in card_text(card)
    assert ("Rie Nielsen – Undersøge om Socialtilsyn Øst kan deltage · Åben, frist 4. december "
            "2026, sat af importen") in await word_text(bot, card)
    english = (await bot.click("agenda.show", {"meeting_id": meeting_id}, locale="en-GB"))
    assert "· Open, due 4 Dec 2026, set by the import" in card_text(english["value"])
