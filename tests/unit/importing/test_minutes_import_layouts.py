"""Reading minutes in the layouts people write them in, one feature at a time: item numbering,
titles and text over several lines, people in lists and tables, guests per item, online
meetings, the minute-taker with and without a label, tasks of people and bodies, decisions
for the steering group, meetings to plan, roles and themes, and the lines nothing read."""

from datetime import date, time
from pathlib import Path

import pytest

from meetings.minutes.importing.found import (
    CHAIR,
    MINUTE_TAKER,
    MINUTE_TAKER_ASSUMED,
    NO_MINUTE_TAKER,
    SECRETARY,
    TASK_WITHOUT_OWNER,
    ImportedDecision,
    ImportedItem,
    ImportedMinutes,
    Person,
)
from meetings.minutes.importing.html import text_lines
from meetings.minutes.importing.importer import decision_text
from meetings.minutes.importing.reading import read_minutes

PREAMBLE = """Referat
Dato: 7. marts 2024 kl. 10-13
Sted: Holbæk Rådhus
Deltagere: Rie Nielsen (Holbæk), Per Holm (Køge), Ane Bo (Slagelse)
Referent: Rie Nielsen
"""


def minutes_of(text: str) -> ImportedMinutes:
    reading = read_minutes(text)
    assert reading.minutes is not None, reading.problems
    return reading.minutes


def with_items(items: str, preamble: str = PREAMBLE) -> ImportedMinutes:
    return minutes_of(preamble + "\n" + items)


def titles(minutes: ImportedMinutes) -> list[tuple[int, str]]:
    return [(item.number, item.title) for item in minutes.items]


@pytest.mark.parametrize("first, second", [
    ("1. Velkommen", "2. Nyt fra kommunerne"), ("1) Velkommen", "2) Nyt fra kommunerne"),
    ("Ad 1. Velkommen", "Ad 2. Nyt fra kommunerne"), ("Ad 1 Velkommen", "Ad 2 Nyt fra kommunerne"),
    ("Punkt 1. Velkommen", "Punkt 2. Nyt fra kommunerne"),
    ("Item 1 – Velkommen", "Item 2 – Nyt fra kommunerne"),
    ("## 1. Velkommen", "## 2. Nyt fra kommunerne"),
    ("**1. Velkommen**", "**2. Nyt fra kommunerne**"),
], ids=["dot", "bracket", "ad-dot", "ad", "punkt", "item", "markdown", "bold"])
def test_items_are_read_whatever_their_numbering(first, second):
    minutes = with_items(f"{first}\nRie bød velkommen.\n{second}\nKøge har nye pladser.\n")
    assert titles(minutes) == [(1, "Velkommen"), (2, "Nyt fra kommunerne")]
    assert minutes.items[1].notes == "Køge har nye pladser."


def test_a_numbered_list_or_a_date_inside_an_item_starts_no_item():
    minutes = with_items("1. Status\nIndsatserne er:\n1. Fælles udbud\n2. Fælles portal\n"
                         "3. Kapacitet\n14. maj holdes temadag.\n2. Eventuelt\nIntet.\n")
    assert titles(minutes) == [(1, "Status"), (2, "Eventuelt")]
    assert "3. Kapacitet" in minutes.items[0].notes


def test_a_title_and_a_sentence_broken_over_lines_are_joined():
    minutes = with_items("1. Velkommen og godkendelse\naf dagsorden\nDet blev aftalt at Per\n"
                         "laver et oplæg.\n")
    assert titles(minutes) == [(1, "Velkommen og godkendelse af dagsorden")]
    assert minutes.items[0].notes == "Det blev aftalt at Per laver et oplæg."
    assert [t.title for t in minutes.tasks] == ["Per laver et oplæg."]


def test_a_table_a_pdf_export_flattened_has_title_and_referat_split():
    minutes = with_items("Dagsordenspunkt Referat\n1. Nyt fra kommunerne Runde blandt "
                         "kommunerne.\n2. Dialog med Socialtilsyn Øst Per Holm fortalte om "
                         "tilsynet.\n3. Evt. Intet.\n")
    assert titles(minutes) == [(1, "Nyt fra kommunerne"), (2, "Dialog med Socialtilsyn Øst"),
                               (3, "Evt.")]
    assert minutes.items[1].notes == "Per Holm fortalte om tilsynet."


@pytest.mark.parametrize("people", [
    "Deltagere: Rie Nielsen (Holbæk), Per Holm\n(Køge) og Ane Bo (Slagelse)",
    "Til stede: Rie Nielsen (Holbæk), Per Holm (Køge),\nAne Bo (Slagelse)",
    "Deltagere:\nRie Nielsen - Holbæk\nPer Holm - Køge\nAne Bo – Slagelse",
    "Present:\n- Rie Nielsen, Holbæk\n- Per Holm, Køge\n- Ane Bo, Slagelse",
    "Deltagere:\nNavn\tTitel\tArbejdssted\nRie Nielsen\tKonsulent\tHolbæk\n"
    "Per Holm\tLeder\tKøge\nAne Bo\tChef\tSlagelse",
], ids=["wrapped", "wrapped-after-comma", "dash", "comma-list", "table"])
def test_participants_over_lines_in_lists_and_tables(people):
    minutes = minutes_of(f"Dato: 7. marts 2024 kl. 10-13\n{people}\n\n1. Velkommen\nGodt.\n")
    assert [p.label for p in minutes.present] == [
        "Rie Nielsen (Holbæk)", "Per Holm (Køge)", "Ane Bo (Slagelse)"]


def test_a_separate_list_of_regrets_over_lines():
    minutes = with_items("1. Velkommen\nGodt.\n", PREAMBLE + "Afbud:\nJens Friis - Faxe\n"
                         "Mona Gade - Lejre\n")
    assert [p.label for p in minutes.absent] == ["Jens Friis (Faxe)", "Mona Gade (Lejre)"]


def test_a_guest_of_one_item():
    minutes = with_items("1. Velkommen\nGodt.\n2. Tilsyn\nInger fortalte.\n",
                         PREAMBLE + "Gæst under pkt. 2: Inger Mose (Socialtilsyn Øst)\n")
    assert [[g.label for g in item.guests] for item in minutes.items] == [
        [], ["Inger Mose (Socialtilsyn Øst)"]]
    assert "Inger Mose" not in [p.name for p in minutes.present]


@pytest.mark.parametrize("place", ["Sted: Teams", "Sted: Virtuelt", "Location: Online (Teams)"])
def test_an_online_meeting_however_it_is_written(place):
    minutes = minutes_of(f"Dato: 7. marts 2024 kl. 10-13\n{place}\n\n1. Velkommen\nGodt.\n")
    assert (minutes.online, minutes.place) == (True, None)


def test_the_date_line_may_say_teams_and_break_its_time_over_two_lines():
    minutes = minutes_of("Netværksmødet den 7/3 2024 kl. 10.00-\n13.00 på Teams\n\n"
                         "1. Velkommen\nGodt.\n")
    assert (minutes.day, minutes.starts, minutes.ends, minutes.online) == (
        date(2024, 3, 7), time(10), time(13), True)


def test_english_date_and_time_without_kl():
    minutes = minutes_of("Date: Thursday 18 April 2024, 10:00–12:30\n\n1. Welcome\nFine.\n")
    assert (minutes.day, minutes.starts, minutes.ends) == (date(2024, 4, 18), time(10),
                                                           time(12, 30))


def test_a_minute_taker_named_after_the_items():
    text = PREAMBLE.replace("Referent: Rie Nielsen\n", "") + "\n1. Velkommen\nGodt.\n" \
        "Referent: Ane Bo (Slagelse)\n"
    reading = read_minutes(text)
    assert reading.minutes.minute_taker == Person("Ane Bo", "Slagelse")
    assert reading.minutes.items[0].notes == "Godt."
    assert NO_MINUTE_TAKER not in [p.code for p in reading.problems]


def test_the_sender_of_an_e_mail_is_taken_as_minute_taker_and_said_to_be_assumed():
    text = PREAMBLE.replace("Referent: Rie Nielsen\n", "") + "\n1. Velkommen\nGodt.\n\n" \
        "Venlig hilsen\nPer Holm\nKøge Kommune\n"
    reading = read_minutes(text)
    assert (reading.minutes.minute_taker.name, reading.minutes.minute_taker_assumed) == (
        "Per Holm", True)
    assert [p.text for p in reading.problems if p.code == MINUTE_TAKER_ASSUMED] == [
        "Per Holm (Køge)"]
    assert [(p.line, p.text) for p in reading.unplaced][-3:] == [
        (9, "Venlig hilsen"), (10, "Per Holm"), (11, "Køge Kommune")]
    assert reading.minutes.items[0].notes == "Godt."


@pytest.mark.parametrize("sentence, owner", [
    ("Per tager sagen med over i klyngen.", "Per Holm"),
    ("Per sørger for lokalet.", "Per Holm"), ("Ane booker en oplægsholder.", "Ane Bo"),
    ("Ane har bolden ift. temadagen.", "Ane Bo"), ("Det blev aftalt at Per sender notatet.",
                                                  "Per Holm"),
    ("Rie rundsender referatet.", "Rie Nielsen"), ("Per Holm undersøger sagen.", "Per Holm"),
])
def test_tasks_as_people_write_them(sentence, owner):
    minutes = with_items(f"1. Sager\nNetværket drøftede sagen. {sentence}\n")
    assert [(t.owner.name, t.owner_is_body, t.title) for t in minutes.tasks] == [
        (owner, False, sentence[sentence.index(owner.split()[0]):])]


def test_two_people_share_a_task_each_and_two_organisations_one():
    minutes = with_items("1. Sager\n- Per og Ane laver et udkast.\n"
                         "- Slagelse og Køge bidrager til arbejdet\n"
                         "- Styregruppen afklarer sagen og vender tilbage\n"
                         "- Rammeaftalesekretariatet kontakter regionen.\n")
    assert [(t.owner.name, t.owner_is_body) for t in minutes.tasks] == [
        ("Per Holm", False), ("Ane Bo", False), ("Slagelse og Køge", True),
        ("Styregruppen", True), ("Rammeaftalesekretariatet", True)]


def test_a_place_that_does_something_is_no_task_without_a_task_verb():
    minutes = with_items("1. Runde\nKøge oplever stigende ventetid. Per orienterede.\n")
    assert minutes.tasks == ()


def test_a_task_of_somebody_unknown_is_still_reported():
    reading = read_minutes(PREAMBLE + "\n1. Sager\nMette undersøger sagen.\n")
    assert reading.minutes.tasks == ()
    assert [p.text for p in reading.problems if p.code == TASK_WITHOUT_OWNER] == [
        "1: Mette undersøger sagen."]


def test_decisions_and_those_for_the_steering_group():
    minutes = with_items("1. Dagsorden\nDagsordenen blev godkendt.\n2. Takster\nDrøftelse.\n"
                         "➤ Netværket anbefaler en fælles takstmodel.\n"
                         "Besluttet at sende forslaget til styregruppen.\n3. Runde\nIntet nyt.\n")
    assert [[(d.text, d.for_steering_group) for d in item.decisions]
            for item in minutes.items] == [
        [("Dagsordenen blev godkendt.", False)],
        [("Netværket anbefaler en fælles takstmodel.", True),
         ("Besluttet at sende forslaget til styregruppen.", True)],
        []]


def test_with_a_decision_section_the_background_decides_nothing():
    minutes = with_items("1. Rammeaftale\nSagsfremstilling\nI 2023 blev det besluttet at "
                         "forlænge aftalen.\nBeslutning:\n- Styregruppen godkendte planen\n")
    assert [d.text for d in minutes.items[0].decisions] == ["- Styregruppen godkendte planen"]
    assert minutes.items[0].decision == "- Styregruppen godkendte planen"


def test_a_decision_for_the_steering_group_is_written_with_its_mark():
    item = ImportedItem(1, "Takster", "", None, decisions=(
        ImportedDecision("Dagsordenen blev godkendt."),
        ImportedDecision("Forslaget sendes til styregruppen.", True)))
    assert decision_text(item) == ("Dagsordenen blev godkendt.\n"
                                   "➤ Forslaget sendes til styregruppen.")
    assert decision_text(ImportedItem(2, "Evt.", "Intet.")) is None


def test_meetings_planned_in_the_minutes_are_proposed():
    minutes = with_items("1. Næste møde\nNæste møde 15. marts kl. 9-12.\n"
                         "2. Mødeplan\nMøderne i 2025 bliver:\n- 14. maj 2025 kl. 9.30-12\n"
                         "- 10. september 2025\nSidste møde var 1. februar 2024.\n")
    assert [(p.day, p.starts, p.ends, p.year_assumed) for p in minutes.planned] == [
        (date(2024, 3, 15), time(9), time(12), True),
        (date(2025, 5, 14), time(9, 30), time(12), False),
        (date(2025, 9, 10), None, None, False)]


def test_titles_and_labels_propose_roles():
    text = ("Dato: 7. marts 2024 kl. 10-13\nDeltagere:\nNavn\tTitel\tArbejdssted\n"
            "Bo Dam\tDirektør, formand\tGreve Kommune\nLis Ravn\tSekretær\tKL\n"
            "Kim Vig\tNæstformand\tKøge Kommune\nReferent: Lis Ravn\n\n1. Velkommen\nGodt.\n")
    minutes = minutes_of(text)
    assert [(r.name, r.role) for r in minutes.roles] == [
        ("Bo Dam", CHAIR), ("Lis Ravn", SECRETARY), ("Lis Ravn", MINUTE_TAKER)]
    assert minutes.minute_taker == Person("Lis Ravn", "KL", "Sekretær")


def test_themes_named_for_coming_meetings():
    minutes = with_items("1. Næste møde\nForeløbige punkter til dagsordenen:\n"
                         "- Temadrøftelse om hjemløseområdet\n- Årshjul\nIntet andet.\n")
    assert minutes.themes == ("Temadrøftelse om hjemløseområdet", "Årshjul")


def test_lines_nothing_read_are_listed_with_their_number():
    reading = read_minutes("REFERAT\nNetværksgruppen Ældre\n" + PREAMBLE + "\n1. Velkommen\n"
                           "Godt.\n")
    assert [(p.line, p.text) for p in reading.unplaced] == [
        (1, "REFERAT"), (2, "Netværksgruppen Ældre"), (3, "Referat")]


def test_the_september_seed_as_a_pdf_export_flattens_it_reads_the_same_people_and_items():
    seed = (Path(__file__).parent.parent.parent / "fixtures" / "minutes" / "network_2023_09_29.txt")
    flat = "\n".join(line for raw in seed.read_text(encoding="utf-8").split("\n")
                     for line in text_lines(raw.replace("\t", " ")) or [""])
    assert "\t" not in flat
    minutes = minutes_of(flat)
    original = minutes_of(seed.read_text(encoding="utf-8"))
    assert minutes.present == original.present and minutes.absent == original.absent
    assert minutes.minute_taker == original.minute_taker
    assert [item.number for item in minutes.items] == list(range(1, 10))
    assert {task.owner.name for task in minutes.tasks} == {
        task.owner.name for task in original.tasks}
