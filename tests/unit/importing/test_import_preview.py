"""The preview card of an import shows what was read, section by section, and stays under
Teams' card size however long the minutes are, by cutting its lists with "… og N mere"."""

import json
from dataclasses import replace
from datetime import UTC, date, datetime, time
from pathlib import Path

from bot.turn import Voice
from bot.views.import_preview import preview_card
from meetings.minutes.importing.found import (
    LINE_NOT_PLACED,
    NO_END_TIME,
    ROW_NOT_PLACED,
    ImportedItem,
    ImportedMinutes,
    ImportedTask,
    ImportProblem,
    Person,
)
from meetings.minutes.importing.reading import read_minutes
from tests.card_reading import card_text, elements

DA = Voice(language="da", time_zone="Europe/Copenhagen", now=datetime(2026, 11, 25, tzinfo=UTC),
           base_url="http://127.0.0.1:3978")


def minutes(people: int, items: int, words: int = 5) -> ImportedMinutes:
    person = [Person(f"Deltager {n}", f"Kommune {n}", "afdelingsleder" if n == 0 else None)
              for n in range(people)]
    return ImportedMinutes(
        day=date(2023, 9, 29), starts=time(10), ends=time(13), heading="REFERAT",
        place="Hækkerupsvej 1, Ringsted", online=False, present=tuple(person), absent=(),
        minute_taker=person[0] if person else None,
        items=tuple(ImportedItem(n, f"Punkt {n} " + "ord " * words, "noter",
                                 decision="Besluttet " + "ord " * words)
                    for n in range(1, items + 1)),
        tasks=tuple(ImportedTask(n, person[0], f"Deltager 0 undersøger {n} " + "ord " * words)
                    for n in range(1, items + 1)))


def test_the_preview_shows_the_meeting_people_with_roles_items_decisions_and_tasks():
    problems = (ImportProblem(ROW_NOT_PLACED, 14, "En løs linje"),)
    card = preview_card(DA, minutes(2, 1), problems, "token", "referat.docx", [])
    shown = card_text(card)
    assert "fredag den 29. september 2023 kl. 10.00–13.00" in shown
    assert "Hækkerupsvej 1, Ringsted" in shown
    assert "Deltager 0 (Kommune 0), afdelingsleder" in shown and "Deltager 1 (Kommune 1)" in shown
    assert "2 til stede" in shown and "1 punkt" in shown
    assert "Beslutning: Besluttet ord ord ord ord ord" in shown
    assert "Opgave: Deltager 0 undersøger 1 ord ord ord ord ord" in shown  # named once
    assert "Linje 14: en række, der ikke er et dagsordenspunkt; ikke importeret: En løs linje" \
        in shown
    assert "token" in json.dumps(card["actions"])


def test_the_preview_writes_a_task_with_its_owner_as_the_referat_does():
    # "Opgave: Rie Nielsen: Rie undersøger …" named Rie twice, and another way than the referat.
    read = minutes(2, 1)
    other = ImportedTask(1, read.present[1], "Ringe til KL")
    read = replace(read, tasks=(*read.tasks, other))
    shown = card_text(preview_card(DA, read, (), "token", "referat.docx", []))
    assert "Opgave: Deltager 1 – Ringe til KL" in shown
    assert "Deltager 0: " not in shown and "Deltager 0 – " not in shown
    english = card_text(preview_card(replace(DA, language="en"), read, (), "token",
                                     "referat.docx", []))
    assert "Task: Deltager 1 – Ringe til KL" in english
    assert "Task: Deltager 0 undersøger 1" in english


def test_long_minutes_are_cut_with_a_count_and_the_card_stays_under_28_kb():
    problems = tuple(ImportProblem(ROW_NOT_PLACED, n, "x " * 100) for n in range(1, 201))
    card = preview_card(DA, minutes(300, 120, words=60), problems, "token", "referat.docx", [])
    size = len(json.dumps(card, ensure_ascii=False).encode())
    shown = card_text(card)
    assert size < 28 * 1024
    # 300 people, 120 items, 200 lines not placed: cut to 10 each, as 25 each is too large;
    # the lines not shown, with no choice of their own, are ignored, and the card says so.
    assert ["… og 290 mere.", "… og 110 mere."] == [
        line for line in shown.splitlines() if line.endswith("mere.")]
    assert "… og 190 mere. Linjer, der ikke vises, ignoreres." in shown
    assert "Deltager 299" not in shown and "Punkt 120" not in shown


def test_the_preview_lists_the_meetings_roles_and_themes_the_steering_groups_minutes_name():
    """Seed 002's layout: its next meeting, its chair by title and its themes are shown, and
    said to be offered after the import, which does not do them by itself."""
    layout = Path(__file__).parent.parent.parent / "fixtures" / "minutes_layouts" / "tuned"
    reading = read_minutes((layout / "steering_group.txt").read_text(encoding="utf-8"))
    assert reading.minutes is not None and reading.minutes.planned and reading.minutes.roles
    shown = card_text(preview_card(DA, reading.minutes, (), "token", "referat.txt", []))
    assert "Møder aftalt i referatet (kan planlægges efter importen)" in shown
    assert "Roller nævnt i referatet (kan gives efter importen)" in shown
    planned = reading.minutes.planned[0]
    assert f"{planned.day.day}. marts {planned.day.year}" in shown
    assert f"{reading.minutes.roles[0].name}: formand" in shown


def test_long_minutes_with_every_fix_to_make_keep_their_inputs_and_stay_under_28_kb():
    """No minute-taker, no place, no end time, 300 lines nothing read: an input for each of
    the first ten lines, the rest counted and said to be ignored."""
    uncertain = replace(minutes(300, 120, words=60), minute_taker=None, place=None)
    problems = (ImportProblem(NO_END_TIME, 1, "REFERAT 29/9 2023 kl. 10"),) + tuple(
        ImportProblem(ROW_NOT_PLACED, n, "x " * 100) for n in range(2, 202))
    unplaced = tuple(ImportProblem(LINE_NOT_PLACED, n, "y " * 100) for n in range(300, 400))
    card = preview_card(DA, uncertain, problems, "token", "referat.docx", [], unplaced)
    assert len(json.dumps(card, ensure_ascii=False).encode()) < 28 * 1024
    ids = [e["id"] for e in elements(card) if "id" in e]
    assert {"fix_taker", "fix_day", "fix_starts", "fix_ends", "fix_place"} <= set(ids)
    assert len([i for i in ids if i.startswith("fix_line_") and not i.endswith("_item")]) == 10
    assert "… og 290 mere. Linjer, der ikke vises, ignoreres." in card_text(card)
