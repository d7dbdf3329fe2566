"""More of the ways minutes are written: the minute-taker marked in the list of participants,
tasks agreed for somebody ("aftalt, at Ole ringer …"), closing items without a number that a
flattened table leaves on their own, and next year's dates listed on one line."""

from datetime import date, time
from pathlib import Path

import pytest

from meetings.minutes.importing.found import (
    MINUTE_TAKER,
    NO_MINUTE_TAKER,
    PLANNED_WITHOUT_DATE,
    TWO_MEETINGS,
    ImportedMinutes,
    Person,
)
from meetings.minutes.importing.html import text_lines
from meetings.minutes.importing.reading import read_minutes

NOVEMBER = Path(__file__).parent.parent.parent / "fixtures" / "minutes" / "network_2023_11_24.txt"
DATED = "Referat af netværksmødet\nDato: 12. april 2024 kl. 9-12\nSted: Sorø Rådhus\n"
ITEMS = "\n1. Velkommen\nOle bød velkommen.\n2. Nyt fra kommunerne\nIntet nyt.\n"


def minutes_of(text: str) -> ImportedMinutes:
    reading = read_minutes(text)
    assert reading.minutes is not None, reading.problems
    return reading.minutes


@pytest.mark.parametrize("people", [
    "Deltagere:\n- Ole Lund - Sorø Kommune\n- Karen Vad - KKR-sekretariatet (referent)\n"
    "- Bent Ry - Ringsted Kommune",
    "Deltagere:\nOle Lund, Sorø Kommune\nKaren Vad, KKR-sekretariatet (ref.)\n"
    "Bent Ry, Ringsted Kommune",
    "Deltagere: Ole Lund (Sorø Kommune), Karen Vad (KKR-sekretariatet, referent) og "
    "Bent Ry (Ringsted Kommune)",
    "Deltagere: Ole Lund (Sorø Kommune), Karen Vad (KKR-sekretariatet) (referent), "
    "Bent Ry (Ringsted Kommune)",
    "Deltagere: Ole Lund (Sorø Kommune), Karen Vad, referent (KKR-sekretariatet), "
    "Bent Ry (Ringsted Kommune)",
    "Deltagere:\nNavn\tTitel\tArbejdssted\nOle Lund\tLeder\tSorø Kommune\n"
    "Karen Vad\tKonsulent, referent\tKKR-sekretariatet\nBent Ry\tChef\tRingsted Kommune",
], ids=["dash", "comma-ref", "in-bracket", "own-bracket", "after-comma", "table"])
def test_the_participant_marked_referent_is_the_minute_taker(people):
    reading = read_minutes(f"{DATED}{people}\n{ITEMS}")
    minutes = reading.minutes
    assert (minutes.minute_taker.name, minutes.minute_taker.organisation) == (
        "Karen Vad", "KKR-sekretariatet")
    assert [p.label for p in minutes.present] == [
        "Ole Lund (Sorø Kommune)", "Karen Vad (KKR-sekretariatet)", "Bent Ry (Ringsted Kommune)"]
    assert not minutes.minute_taker_assumed
    assert NO_MINUTE_TAKER not in [p.code for p in reading.problems]
    assert [(r.name, r.role) for r in minutes.roles] == [("Karen Vad", MINUTE_TAKER)]


def test_referent_with_a_colon_in_the_list_of_participants():
    minutes = minutes_of(f"{DATED}Deltagere: Ole Lund (Sorø Kommune), Bent Ry (Ringsted "
                         f"Kommune), referent: Karen Vad (KKR-sekretariatet)\n{ITEMS}")
    assert minutes.minute_taker == Person("Karen Vad", "KKR-sekretariatet")
    assert [p.name for p in minutes.present] == ["Ole Lund", "Bent Ry"]


def test_a_referent_bracket_without_an_organisation_is_no_organisation():
    reading = read_minutes(f"{DATED}Deltagere: Ole Lund (Sorø Kommune), Karen Vad (referent)"
                           f"\n{ITEMS}")
    assert reading.minutes.minute_taker == Person("Karen Vad", None, "referent")
    assert ("no_organisation", "Karen Vad") in [(p.code, p.text) for p in reading.problems]


def test_the_minute_taker_label_wins_over_a_mark_in_the_list():
    minutes = minutes_of(f"{DATED}Deltagere:\n- Ole Lund - Sorø Kommune (referent)\n"
                         f"- Karen Vad - KKR-sekretariatet\nReferent: Karen Vad\n{ITEMS}")
    assert minutes.minute_taker.name == "Karen Vad"


def test_two_participants_marked_referent_are_not_guessed_between():
    reading = read_minutes(f"{DATED}Deltagere:\n- Ole Lund - Sorø Kommune (referent)\n"
                           f"- Karen Vad - KKR-sekretariatet (referent)\n{ITEMS}")
    assert reading.minutes.minute_taker is None
    assert NO_MINUTE_TAKER in [p.code for p in reading.problems]


PEOPLE = ("Deltagere: Ole Lund (Sorø Kommune), Karen Vad (KKR-sekretariatet), "
          "Bent Ry (Ringsted Kommune)\nReferent: Karen Vad\n")


def tasks_of(referat: str) -> list[tuple[str, str]]:
    minutes = minutes_of(f"{DATED}{PEOPLE}\n1. Plejefamilier\n{referat}\n2. Eventuelt\nIntet.\n")
    return [(task.owner.name, task.title) for task in minutes.tasks]


@pytest.mark.parametrize("sentence, owner, title", [
    ("Det blev aftalt, at Ole orienterer lægen.", "Ole Lund", "Ole orienterer lægen."),
    ("Aftalt, at Bent ringer til Socialtilsynet.", "Bent Ry", "Bent ringer til Socialtilsynet."),
    ("Det blev aftalt at Karen Vad tjekker datoerne med Sorø.", "Karen Vad",
     "Karen Vad tjekker datoerne med Sorø."),
    ("Netværket aftalte, at Bent skriver til KL om sagen.", "Bent Ry",
     "Bent skriver til KL om sagen."),
    ("Det blev besluttet, at Ole sender notatet ud.", "Ole Lund", "Ole sender notatet ud."),
    ("Drøftelse af sagen. Det blev aftalt, at Ole spørger Faxe.", "Ole Lund",
     "Ole spørger Faxe."),
], ids=["det-blev-aftalt", "aftalt", "full-name", "aftalte", "besluttet-known-verb",
        "after-a-sentence"])
def test_what_was_agreed_that_somebody_does_is_their_task(sentence, owner, title):
    assert tasks_of(sentence) == [(owner, title)]


def test_agreed_for_two_is_a_task_each_and_for_a_body_one():
    assert tasks_of("Det blev aftalt, at Ole og Bent finder en dato.") == [
        ("Ole Lund", "Ole og Bent finder en dato."), ("Bent Ry", "Ole og Bent finder en dato.")]
    assert tasks_of("Det blev aftalt, at Styregruppen drøfter sagen i juni.") == [
        ("Styregruppen", "Styregruppen drøfter sagen i juni.")]


@pytest.mark.parametrize("sentence", [
    "Det blev aftalt, at Ole ikke deltager i juni.",
    "Det blev aftalt, at Ole kan låne lokalet, hvis han vil.",
    "Det blev aftalt, at mødet flyttes.",
    "Det blev aftalt, at Oles forslag drøftes igen.",
])
def test_an_agreement_that_gives_nobody_anything_to_do_is_no_task(sentence):
    assert tasks_of(sentence) == []


FLATTENED = (f"{DATED}{PEOPLE}\nDagsordenspunkt Referat\n1. Velkommen Ole bød velkommen.\n"
             "2. Nyt fra kommunerne Sorø har åbnet et nyt\nbotilbud.\n")


def titles(minutes: ImportedMinutes) -> list[tuple[int, str, str]]:
    return [(item.number, item.title, item.notes) for item in minutes.items]


@pytest.mark.parametrize("closing, title, notes", [
    ("Eventuelt Intet.", "Eventuelt", "Intet."),
    ("Eventuelt\nBent spurgte til STU.", "Eventuelt", "Bent spurgte til STU."),
    ("Evt. Ringsted inviterer til temadag.", "Evt.", "Ringsted inviterer til temadag."),
    ("Næste møde 14. juni 2024 kl. 9-12 i Sorø.", "Næste møde", "14. juni 2024 kl. 9-12 i Sorø."),
], ids=["eventuelt", "eventuelt-alone", "evt", "naeste-moede"])
def test_an_unnumbered_closing_item_of_a_flattened_table_is_an_item(closing, title, notes):
    minutes = minutes_of(f"{FLATTENED}{closing}\n")
    assert titles(minutes) == [
        (1, "Velkommen", "Ole bød velkommen."),
        (2, "Nyt fra kommunerne", "Sorø har åbnet et nyt botilbud."),
        (3, title, notes)]


def test_a_flattened_tables_closing_items_one_after_the_other_and_the_meeting_they_plan():
    minutes = minutes_of(f"{FLATTENED}Næste møde 14. juni 2024 kl. 9-12\nEventuelt Intet.\n")
    assert [(i.number, i.title) for i in minutes.items][2:] == [(3, "Næste møde"),
                                                               (4, "Eventuelt")]
    assert [(p.day.isoformat(), p.starts.hour, p.ends.hour) for p in minutes.planned] == [
        ("2024-06-14", 9, 12)]


def test_a_sentence_that_starts_with_eventuelt_stays_in_its_item():
    minutes = minutes_of(f"{FLATTENED}Eventuelt kan Ringsted være vært.\n")
    assert titles(minutes)[1] == (2, "Nyt fra kommunerne", "Sorø har åbnet et nyt botilbud.\n"
                                  "Eventuelt kan Ringsted være vært.")


@pytest.mark.parametrize("closing", ["Eventuelt", "Eventuelt:", "Evt.", "Næste møde"])
def test_an_unnumbered_closing_row_of_a_word_table_is_an_item(closing):
    minutes = minutes_of(f"{DATED}{PEOPLE}\n1. Velkommen\tOle bød velkommen.\n"
                         f"2. Nyt fra kommunerne\tIntet nyt.\n{closing}\t14. juni 2024 kl. 9-12\n")
    assert titles(minutes)[2] == (3, closing.rstrip(":"), "14. juni 2024 kl. 9-12")


def test_a_closing_title_alone_on_its_line_after_headings_is_an_item():
    minutes = minutes_of(f"{DATED}{PEOPLE}{ITEMS}Næste møde\n14. juni 2024 kl. 9-12\n")
    assert titles(minutes)[2] == (3, "Næste møde", "14. juni 2024 kl. 9-12")
    assert [p.day.isoformat() for p in minutes.planned] == ["2024-06-14"]


def test_the_november_seed_with_its_table_flattened_keeps_its_unnumbered_eventuelt():
    flat = "\n".join(line for raw in NOVEMBER.read_text(encoding="utf-8").split("\n")
                     for line in text_lines(raw.replace("\t", " ")) or [""])
    minutes = minutes_of(flat)
    assert [(item.number, item.title) for item in minutes.items][6:] == [
        (7, "Netværksmøder 2024"), (8, "Eventuelt")]
    assert minutes.items[7].notes.startswith("Fremadrettet slutter vi netværksmøderne")
    assert "Fremadrettet" not in minutes.items[6].notes


def planned(minutes: ImportedMinutes) -> list[tuple[str, str | None, str]]:
    return [(p.day.isoformat(), p.starts and f"{p.starts:%H:%M}-{p.ends:%H:%M}", p.written)
            for p in minutes.planned]


def test_the_november_seeds_dates_for_2024_joined_on_one_line_are_three_meetings():
    reading = read_minutes(NOVEMBER.read_text(encoding="utf-8"))
    assert planned(reading.minutes) == [
        ("2024-02-09", "10:00-13:00", "9. februar virtuelt (Evt. med deltagelse af Socialtilsyn "
                                      "Øst og fokus på plejefamilier)"),
        ("2024-09-20", "10:00-13:00", "20. september virtuelt (Evt. med deltagelse af "
                                      "Børnehus Sjælland)"),
        ("2024-11-29", "10:00-13:00", "29. november fysisk")]
    # "i 2024" is written: the year is not assumed
    assert [p.year_assumed for p in reading.minutes.planned] == [False] * 3
    # the meeting without a date (not 7/6, the date it must not be) is not guessed
    assert [p.text for p in reading.problems if p.code == PLANNED_WITHOUT_DATE] == [
        "Fysisk (der skal findes en anden dato end 7/6. Rie vender tilbage med forslag.)"]


def test_dates_joined_on_one_line_each_with_their_own_time_place_and_theme():
    minutes = minutes_of(f"{DATED}{PEOPLE}\n1. Mødeplan 2025\nMødedatoer 2025 – alle kl. 9-12:\n"
                         "- 16. januar på Teams - 3. april i Køge, tema: ældre og demens - "
                         "torsdag den 11. september kl. 13-15.30 - 4. december kl. 9 - 12\n")
    assert planned(minutes) == [
        ("2025-01-16", "09:00-12:00", "16. januar på Teams"),
        ("2025-04-03", "09:00-12:00", "3. april i Køge, tema: ældre og demens"),
        ("2025-09-11", "13:00-15:30", "torsdag den 11. september kl. 13-15.30"),
        ("2025-12-04", "09:00-12:00", "4. december kl. 9 - 12")]


def test_a_listed_meeting_without_a_date_first_is_reported_not_guessed():
    reading = read_minutes(f"{DATED}{PEOPLE}\n1. Møder\nMøder i 2025:\n- 16. januar\n"
                           "- Et møde i juni, dato følger (ikke 5/6)\n- Sommerfest\n")
    assert planned(reading.minutes) == [("2025-01-16", None, "16. januar")]
    assert [p.text for p in reading.problems if p.code == PLANNED_WITHOUT_DATE] == [
        "Et møde i juni, dato følger (ikke 5/6)", "Sommerfest"]


def test_the_year_the_list_names_is_the_year_of_its_dates():
    minutes = minutes_of(f"{DATED}{PEOPLE}\n1. Møder\nMøder i 2026:\n- 9. februar\n")
    assert planned(minutes) == [("2026-02-09", None, "9. februar")]


@pytest.mark.parametrize("heading", [
    "REFERAT\nDato: Fredag den 12. april 2024\nTidspunkt: kl. 9.00-12.00\nSted: Sorø Rådhus\n",
    "REFERAT\nDato: 12-04-2024\nKl. 9.00-12.00\nSted: Sorø Rådhus\n",
    "MINUTES\nDate: 12 April 2024\nTime: 09:00-12:00\nLocation: Sorø Rådhus\n",
    "Referat\nTid: 9-12\nDato: 12/4 2024\nSted: Sorø Rådhus\n",
    "Referat\nTidspunkt: 12/4 2024 kl. 9-12\nSted: Sorø Rådhus\n",
])
def test_a_date_and_its_time_on_lines_of_their_own_are_the_meetings(heading):
    minutes = minutes_of(f"{heading}{PEOPLE}{ITEMS}")
    assert (minutes.day, minutes.starts, minutes.ends) == (date(2024, 4, 12), time(9), time(12))
    assert minutes.place == "Sorø Rådhus" and len(minutes.items) == 2


def test_a_file_with_a_second_meetings_minutes_after_the_first_is_not_read_as_one():
    second = "REFERAT\nDato: 3-5-2024\nTidspunkt: kl. 10-12\nDeltagere: Ole Lund (Sorø Kommune)\n"
    reading = read_minutes(f"{DATED}{PEOPLE}{ITEMS}\n{second}{ITEMS}")
    assert reading.minutes is None
    assert [(p.code, p.line, p.text) for p in reading.problems if p.code == TWO_MEETINGS] == [
        (TWO_MEETINGS, 12, "12-04-2024, 03-05-2024")]


def test_an_item_on_the_last_meetings_minutes_with_their_date_and_time_is_no_second_meeting():
    approved = ("3. Godkendelse af referat\nReferat fra mødet den 1/3 2024 kl. 9-12 blev "
                "godkendt.\nREFERAT\nfra 1. marts 2024, kl. 9-12: godkendt\n"
                "4. Eventuelt\nIntet.\n")
    assert len(minutes_of(f"{DATED}{PEOPLE}{ITEMS}{approved}").items) == 4
