"""A plain member forges the chair's and the secretary's clicks in her own group's chat: each
change is refused in her language, logged with ids, and no row of any table changes."""

import logging

import pytest

from tests.bot.agenda.test_agenda_turns import ITEM, planned
from tests.bot.minutes.minutes_turn_steps import held, opened
from tests.bot.security.forged_steps import GROUP, changed, click_in, ids, snapshot
from tests.bot.security.test_cross_group_clicks import MESSAGE, MOVE

ONLY = {"da-DK": ("Det kan kun", "Kun den ansvarlige"), "en-GB": ("Only",)}
PLAN = {"date": "2027-03-12", "start": "10:00", "end": "13:00", "place": "Sorø",
        "online": "false", "theme": ""}


def chairs_clicks(found: dict) -> list[tuple[str, dict]]:
    meeting, item, task = found["meeting_id"], found["item_id"], found["task_id"]
    version, daniel = found["task_version"], found["daniel"]
    return [
        ("meeting.form", {}),
        ("meeting.plan", PLAN),
        ("meeting.edit", {"meeting_id": meeting}),
        ("meeting.move", {**MOVE, "meeting_id": meeting}),
        ("meeting.cancel", {"meeting_id": meeting}),
        ("meeting.cancel.confirm", {"meeting_id": meeting}),
        ("agenda.review", {"meeting_id": meeting}),
        ("agenda.publish", {"meeting_id": meeting}),
        ("agenda.call", {"meeting_id": meeting}),
        ("item.review", {"item_id": item, "decision": "accept"}),
        ("item.move", {"item_id": item, "direction": "up"}),
        ("item.save", {**ITEM, "title": "Kapret", "item_id": item}),
        ("task.reassign", {"task_id": task, "version": version,
                           f"owner_{task}": str(found["rie"])}),
        ("task.cancel", {"task_id": task, "version": version}),
        ("task.done", {"task_id": task, "version": version}),
        ("settings.form", {}),
        ("settings.save", {"call_days": 30, "deadline_days": 10, "publish_days": 7,
                           "item_minutes": 20, "deadline_time": "12:00"}),
        ("chase.settings.save", {"overdue_days": "3"}),
        ("year.save", {"year": 2027, "date_0": "2027-04-09", "start_0": "10:00",
                       "end_0": "13:00", "place_0": "Sorø"}),
        ("report.texts.save", {"year": 2026, "purpose": "Kapret", "attention": ""}),
        ("members.save", {f"role_{found['rie']}": "chair"}),
        ("privacy.erase", {"member_id": daniel}),
    ]


def writers_clicks(found: dict) -> list[tuple[str, dict]]:
    minutes, entry, version = found["minutes_id"], found["entry_id"], found["minutes_version"]
    return [
        ("minutes.entry.save", {"entry_id": entry, "notes": "kapret", "decision": "kapret"}),
        ("minutes.task", {"entry_id": entry, "title": "Kapret", "owner_name": "Rie Nielsen"}),
        ("minutes.presence.save", {"minutes_id": minutes, f"presence_{found['daniel']}":
                                   "absent"}),
        ("minutes.taker", {"minutes_id": minutes, "taker_id": str(found["rie"])}),
        ("minutes.post", {"minutes_id": minutes, "version": version}),
    ]


async def forge_as_rie(bot, caplog, clicks, locale: str) -> None:
    wrong = []
    for verb, data in clicks:
        before = await snapshot(bot)
        caplog.clear()
        with caplog.at_level(logging.WARNING):
            answer = await click_in(bot, GROUP, verb, data, person=RIE, locale=locale)
        if answer["type"] != MESSAGE or not any(w in answer["value"] for w in ONLY[locale]):
            wrong.append((verb, answer["type"], str(answer["value"])[:200]))
        if tables := changed(before, await snapshot(bot)):
            wrong.append((verb, "changed", tables))
        if not any(r.levelno == logging.WARNING and r.getMessage().startswith("refused")
                   for r in caplog.records):
            wrong.append((verb, "not logged", [r.getMessage() for r in caplog.records]))
    assert wrong == [], "\n".join(map(repr, wrong))


RIE = {"id": "29:1rie-nielsen", "name": "Rie Nielsen", "aadObjectId": "aad-rie"}


@pytest.mark.parametrize("locale", ["da-DK", "en-GB"])
async def test_a_member_forging_the_leaders_clicks_is_refused_each_time(bot, caplog, locale):
    await planned(bot)
    await bot.say("opgave: Daniel skriver til KL, frist 1. december")
    found = await ids(bot)
    await bot.click("item.propose", {**ITEM, "meeting_id": found["meeting_id"]}, user="daniel")
    await forge_as_rie(bot, caplog, chairs_clicks(await ids(bot)), locale)


async def test_a_member_forging_the_minute_takers_clicks_is_refused_each_time(bot, caplog):
    await held(bot)
    await opened(bot)
    await forge_as_rie(bot, caplog, writers_clicks(await ids(bot)), "en-GB")
