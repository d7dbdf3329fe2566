"""A security review tries card clicks forged in one group's chat with the ids of another
group's meeting, agenda item, task, minutes and member. The clicker is the secretary of her
own group and no member of the other: every click is refused in words, in the clicker's
language, logged with ids, and no row of any table changes."""

import logging

import pytest

from tests.bot.agenda.test_agenda_turns import ITEM, planned
from tests.bot.minutes.minutes_turn_steps import held, opened
from tests.bot.security.forged_steps import (
    changed,
    click_in_steering_group,
    ids,
    install_steering_group_by_mette,
    snapshot,
)

MESSAGE = "application/vnd.microsoft.activity.message"
MOVE = {"date": "2027-02-12", "start": "10:00", "end": "13:00", "place": "Køge",
        "online": "false", "theme": ""}


def before_the_meeting(found: dict) -> list[tuple[str, dict]]:
    meeting, item, task = found["meeting_id"], found["item_id"], found["task_id"]
    version = found["task_version"]
    return [
        ("meeting.show", {"meeting_id": meeting}),
        ("meeting.edit", {"meeting_id": meeting}),
        ("meeting.move", {**MOVE, "meeting_id": meeting}),
        ("meeting.cancel", {"meeting_id": meeting}),
        ("meeting.cancel.confirm", {"meeting_id": meeting}),
        ("agenda.show", {"meeting_id": meeting}),
        ("agenda.review", {"meeting_id": meeting}),
        ("agenda.publish", {"meeting_id": meeting}),
        ("agenda.call", {"meeting_id": meeting}),
        ("agenda.tell", {"meeting_id": meeting}),
        ("attendance.show", {"meeting_id": meeting}),
        ("attendance.answer", {"meeting_id": meeting, "status": "regrets"}),
        ("item.form", {"meeting_id": meeting}),
        ("item.propose", {**ITEM, "title": "Kapret", "meeting_id": meeting}),
        ("item.nothing", {"meeting_id": meeting}),
        ("item.review", {"item_id": item, "decision": "reject", f"reason_{item}": "nej"}),
        ("item.move", {"item_id": item, "direction": "up"}),
        ("item.edit", {"item_id": item}),
        ("item.save", {**ITEM, "title": "Kapret", "item_id": item}),
        ("minutes.open", {"meeting_id": meeting}),
        ("task.show", {"task_id": task}),
        ("task.done", {"task_id": task, "version": version}),
        ("task.cancel", {"task_id": task, "version": version}),
        ("task.reopen", {"task_id": task, "version": version}),
        ("task.note", {"task_id": task, "version": version, f"note_{task}": "kapret"}),
        ("task.due", {"task_id": task, "version": version, f"due_{task}": "2027-03-01"}),
        ("task.reassign", {"task_id": task, "version": version,
                           f"owner_{task}": str(found["rie"])}),
        ("privacy.erase", {"member_id": found["rie"]}),
        ("year.save", {"year": 2027, "rows": 1, "date_0": "2027-02-12", "start_0": "10:00",
                       "end_0": "13:00", "place_0": "Køge", "meeting_0": meeting}),
    ]


def with_minutes_open(found: dict) -> list[tuple[str, dict]]:
    minutes, entry, version = found["minutes_id"], found["entry_id"], found["minutes_version"]
    rie = found["rie"]
    return [
        ("minutes.open", {"meeting_id": found["meeting_id"]}),
        ("minutes.entry", {"entry_id": entry}),
        ("minutes.entry.save", {"entry_id": entry, "notes": "kapret", "decision": "kapret"}),
        ("minutes.task", {"entry_id": entry, "title": "Kapret", "owner_name": "Rie Nielsen"}),
        ("minutes.presence", {"minutes_id": minutes}),
        ("minutes.presence.save", {"minutes_id": minutes, f"presence_{rie}": "absent"}),
        ("minutes.taker", {"minutes_id": minutes, "taker_id": str(rie)}),
        ("minutes.post", {"minutes_id": minutes, "version": version}),
        ("minutes.approve", {"minutes_id": minutes, "version": version}),
        ("minutes.comment", {"minutes_id": minutes, "version": version, "comment": "kapret"}),
    ]


async def forge_each(bot, caplog, clicks: list[tuple[str, dict]], *, locale: str,
                     refused_words: tuple[str, ...]) -> None:
    """Each click forged in turn; what went wrong with any of them, all at once."""
    wrong = []
    for verb, data in clicks:
        before = await snapshot(bot)
        caplog.clear()
        with caplog.at_level(logging.WARNING):
            answer = await click_in_steering_group(bot, verb, data, locale=locale)
        if answer["type"] != MESSAGE:
            wrong.append((verb, "answered with a card"))
        elif not any(w in answer["value"] for w in refused_words):
            wrong.append((verb, answer["value"]))
        if tables := changed(before, await snapshot(bot)):
            wrong.append((verb, "changed", tables))
        if not any(r.levelno == logging.WARNING and getattr(r, "target", None) is not None
                   for r in caplog.records):
            wrong.append((verb, "not logged", [r.getMessage() for r in caplog.records]))
    assert wrong == [], "\n".join(map(repr, wrong))


@pytest.mark.parametrize("locale, refused_words", [
    ("da-DK", ("kan ikke finde", "Det kan kun")),
    ("en-GB", ("cannot find", "Only")),
])
async def test_the_ids_of_another_groups_meeting_item_and_task_are_refused(
        bot, caplog, locale, refused_words):
    await planned(bot)
    await bot.say("opgave: Daniel skriver til KL, frist 1. december")
    found = await ids(bot)
    await bot.click("item.propose", {**ITEM, "meeting_id": found["meeting_id"]}, user="rie")
    found = await ids(bot)
    await install_steering_group_by_mette(bot)
    await forge_each(bot, caplog, before_the_meeting(found), locale=locale,
                     refused_words=refused_words)


async def test_the_ids_of_another_groups_open_minutes_are_refused(bot, caplog):
    await held(bot)
    await opened(bot)
    found = await ids(bot)
    await install_steering_group_by_mette(bot)
    await forge_each(bot, caplog, with_minutes_open(found), locale="en-GB",
                     refused_words=("cannot find", "Only"))
