"""The referat as the groups write it: a golden Markdown file of the seed meeting of 29/9 2023,
people of one organisation joined, guests per item, and the Word file's table."""

from datetime import UTC, date, datetime
from io import BytesIO
from pathlib import Path
from zoneinfo import ZoneInfo

import docx

from meetings.documents.markdown import escape, markdown_of
from meetings.documents.word import docx_of
from meetings.minutes.referat import (
    NextMeeting,
    Person,
    Referat,
    ReferatItem,
    ReferatTask,
    guests_line,
    people,
    referat_filename,
    referat_sheet,
)
from tests.word_reading import assert_danish_a4

GOLDEN = Path(__file__).with_name("golden") / "referat.md"
CPH = ZoneInfo("Europe/Copenhagen")

SEED = Referat(
    group_name="Netværksgruppe Børn og Unge", language="da",
    starts_at=datetime(2023, 9, 29, 10, 0, tzinfo=CPH),
    ends_at=datetime(2023, 9, 29, 13, 0, tzinfo=CPH),
    address="Hækkerupsvej 1, 4100 Ringsted, mødelokale 1",
    participants=(Person("Daniel Gottrup", "Næstved"), Person("Christel Jørgensen", "Roskilde"),
                  Person("Anne-Katrine F. Madsen", "Region Sjælland"),
                  Person("Lisbet Daugaard-Hansen", "Holbæk"),
                  Person("Ania Holm", "Region Sjælland")),
    minute_taker=Person("Rie Nielsen", "Holbæk"),
    absentees=(Person("Christian Sørensen", "Stevns"), Person("Peter Rymann", "Greve"),
               Person("Isabel Gebuhr", "Greve")),
    items=(
        ReferatItem(1, "Velkommen mv.",
                    notes="Lisbet bød velkommen.\nReferat fra sidste møde blev godkendt.",
                    decision="Dagsordenen blev godkendt."),
        ReferatItem(2, "Dialogmøde med Socialtilsyn Øst",
                    notes="Socialtilsyn Øst måtte desværre melde afbud."),
        ReferatItem(3, "Tema Psykiatrien | Bakkehuset",
                    notes="Bakkehuset gav en introduktion til *tilbuddet*.",
                    guests="Heidi Madsen (Bakkehuset)"),
        ReferatItem(4, "Input til dagsorden til næste møde 24. november",
                    decision="§ 32 institutioner kommer på næste møde.",
                    tasks=(ReferatTask("Rie Nielsen", "undersøger om Socialtilsyn Øst kan deltage",
                                       date(2023, 11, 10)),
                           ReferatTask("Christel Jørgensen", "finder en vidensperson fra KL",
                                       date(2023, 11, 17)))),
        ReferatItem(5, "Børnehus Sjælland", notes="Kim Risom orienterede om taksten for 2024.",
                    guests="Kim Risom (Børnehus Sjælland)"),
    ),
)


def test_the_markdown_of_the_seed_meeting_matches_the_golden_file():
    assert markdown_of(referat_sheet(SEED)) == GOLDEN.read_text(encoding="utf-8")


def test_people_of_one_organisation_are_joined_where_the_organisation_first_appears():
    written = people(SEED.participants, "da")
    assert written == ("Daniel Gottrup (Næstved), Christel Jørgensen (Roskilde), "
                       "Anne-Katrine F. Madsen og Ania Holm (Region Sjælland), "
                       "Lisbet Daugaard-Hansen (Holbæk)")
    assert people([Person("A", "X"), Person("B", "X"), Person("C", "X")], "en") == "A, B and C (X)"


def test_members_are_named_by_their_municipality_alone_as_the_seed_minutes_name_them():
    # Members' organisations are the table's names ("Holbæk Kommune", from their e-mail or the
    # import); the seeds' lists write "Rie Nielsen (Holbæk)", so the referat does too.
    def stored(p: Person) -> Person:
        return p if p.organisation.startswith("Region") else \
            Person(p.name, f"{p.organisation} Kommune", p.substitute_for)
    as_stored = Referat(**{**SEED.__dict__, "participants": tuple(map(stored, SEED.participants)),
                           "minute_taker": stored(SEED.minute_taker),
                           "absentees": tuple(map(stored, SEED.absentees))})
    assert as_stored.minute_taker.organisation == "Holbæk Kommune"
    assert markdown_of(referat_sheet(as_stored)) == markdown_of(referat_sheet(SEED))
    english = Referat(**{**as_stored.__dict__, "language": "en", "participants": (
        Person("Jens Holm", "Københavns Kommune", "Christel Jørgensen"),
        Person("Heidi Madsen", "Bakkehuset/Roskilde Kommune")), "absentees": ()})
    assert referat_sheet(english).lines[1] == (
        "Participants: Jens Holm (København, substitute for Christel Jørgensen), Heidi Madsen "
        "(Bakkehuset/Roskilde Kommune). Also under item 3 Heidi Madsen (Bakkehuset); under "
        "item 5 Kim Risom (Børnehus Sjælland). Minutes: Rie Nielsen (Holbæk)")


def test_a_substitute_stands_alone_and_says_for_whom_in_both_languages():
    came = [Person("Lisbet Daugaard-Hansen", "Holbæk"),
            Person("Jens Holm", "Roskilde", substitute_for="Christel Jørgensen"),
            Person("Anne Hansen", "Roskilde"), Person("Rie Nielsen", "Holbæk"),
            Person("Mette Bager", substitute_for="Steen Bager")]
    assert people(came, "da") == (
        "Lisbet Daugaard-Hansen og Rie Nielsen (Holbæk), "
        "Jens Holm (Roskilde, stedfortræder for Christel Jørgensen), Anne Hansen (Roskilde), "
        "Mette Bager (stedfortræder for Steen Bager)")
    assert people(came[1:2], "en") == "Jens Holm (Roskilde, substitute for Christel Jørgensen)"


def test_guests_are_named_under_the_item_they_came_for():
    assert guests_line(SEED.items, "da") == ("Samt under pkt. 3 Heidi Madsen (Bakkehuset); "
                                             "under pkt. 5 Kim Risom (Børnehus Sjælland)")
    assert guests_line(SEED.items[:2], "da") is None


def test_a_guest_who_came_for_several_items_is_named_once_under_all_of_them():
    # The seed: "under punkt 6 og 7 Povl Skov (Rammeaftale Sjælland)", not Povl twice.
    povl = "Povl Skov (Rammeaftale Sjælland)"
    items = (ReferatItem(5, "Børnehus Sjælland", guests="Kim Risom (Børnehus Sjælland)"),
             ReferatItem(6, "Nyt fra rammeaftale Sjælland", guests=povl),
             ReferatItem(7, "Notat om specialundervisning", guests=f" {povl} "),
             ReferatItem(9, "Eventuelt", guests=povl))
    assert guests_line(items, "da") == ("Samt under pkt. 5 Kim Risom (Børnehus Sjælland); "
                                        f"under pkt. 6, 7 og 9 {povl}")
    assert guests_line(items[1:3], "en") == f"Also under items 6 and 7 {povl}"


def test_an_english_group_gets_english_labels_and_dates():
    sheet = referat_sheet(Referat(**{**SEED.__dict__, "language": "en"}))
    # "29/9 2023" and "at 10:00" are Danish habits in English words.
    assert sheet.heading == ("MINUTES – Netværksgruppe Børn og Unge, 29 September 2023, "
                             "10:00–13:00")
    assert sheet.columns == ("Agenda item", "Minutes")
    assert ("Task: Rie Nielsen – undersøger om Socialtilsyn Øst kan deltage "
            "(due 10 November 2023)") in sheet.rows[3].paragraphs
    assert sheet.lines[2].startswith("Absent: Christian Sørensen (Stevns)")


def test_user_text_cannot_break_the_table_or_add_formatting():
    assert escape("a | b *c* <script>") == r"a \| b \*c\* \<script\>"


def test_the_word_file_has_the_seed_table_with_items_in_bold():
    made = datetime(2023, 9, 30, 8, 0, tzinfo=UTC)
    document = docx.Document(BytesIO(docx_of(referat_sheet(SEED), made)))
    assert_danish_a4(document, document.core_properties.title, "Netværksgruppe Børn og Unge",
                     made)
    assert document.core_properties.title.startswith("REFERAT – Netværksgruppe Børn og Unge")
    [table] = document.tables
    assert [cell.text for cell in table.rows[0].cells] == ["Dagsordenspunkt", "Referat"]
    label, text = table.rows[4].cells
    assert label.text == "4. Input til dagsorden til næste møde 24. november"
    assert all(run.bold for run in label.paragraphs[0].runs)
    assert [p.text for p in text.paragraphs] == [
        "Beslutning: § 32 institutioner kommer på næste møde.",
        "Opgave: Rie Nielsen – undersøger om Socialtilsyn Øst kan deltage "
        "(frist 10. november 2023)",
        "Opgave: Christel Jørgensen – finder en vidensperson fra KL (frist 17. november 2023)"]
    assert len(table.rows) == 1 + len(SEED.items)


def test_a_decision_the_notes_already_say_word_for_word_is_not_written_twice():
    # Imported minutes keep the text a decision was read from: the seed's item 1 said
    # "Beslutning: Referat fra sidste møde … blev godkendt" under the same line in its notes.
    notes = ("Lisbet bød velkommen. Dagsorden og referat blev gennemgået.\n"
             "- Referat fra sidste møde 3. marts 2023 blev godkendt\n"
             "➤ Vi skal melde tilbage til\nstyregruppen om sundhedsklyngerne.")
    item = ReferatItem(1, "Velkommen mv.", notes=notes, decision=(
        "Referat fra sidste møde 3. marts 2023 blev godkendt\n"
        "Dagsorden og referat blev gennemgået.\n"
        "➤ Vi skal melde tilbage til styregruppen om sundhedsklyngerne."))
    [row] = referat_sheet(Referat(**{**SEED.__dict__, "items": (item,)})).rows
    assert row.paragraphs == (notes,)
    new = ReferatItem(1, "Velkommen mv.", notes=notes, decision=(
        "Referat fra sidste møde 3. marts 2023 blev godkendt\nDagsordenen blev godkendt.\n"
        "godkendt"))  # a word inside a note is no sentence of it
    [row] = referat_sheet(Referat(**{**SEED.__dict__, "items": (new,)})).rows
    assert row.paragraphs == (notes, "Beslutning: Dagsordenen blev godkendt.\ngodkendt")


def test_the_file_name_sorts_by_date_and_keeps_the_danish_name():
    assert referat_filename(SEED, "docx") == "Referat 2023-09-29 Netværksgruppe Børn og Unge.docx"


def test_tasks_of_the_meeting_from_no_numbered_item_get_a_row_of_their_own():
    task = ReferatTask("Lisbet Daugaard-Hansen", "sender årsrapporten", date(2023, 10, 6))
    sheet = referat_sheet(Referat(**{**SEED.__dict__, "other_tasks": (task,)}))
    assert sheet.rows[-1].label == "Øvrige opgaver"
    assert sheet.rows[-1].paragraphs == (
        "Opgave: Lisbet Daugaard-Hansen – sender årsrapporten (frist 6. oktober 2023)",)


def test_the_next_meeting_closes_the_referat_with_its_day_time_and_place():
    # The seed wrote it into an item's title ("… til næste møde 24. november"); the secretary
    # should not have to look it up and type it.
    after = NextMeeting(datetime(2023, 11, 24, 10, 0, tzinfo=CPH),
                        datetime(2023, 11, 24, 13, 0, tzinfo=CPH), "Hækkerupsvej 1, 4100 Ringsted")
    sheet = referat_sheet(Referat(**{**SEED.__dict__, "next_meeting": after}))
    line = ("Næste møde: fredag den 24. november 2023 kl. 10.00-13.00, "
            "Hækkerupsvej 1, 4100 Ringsted")
    assert sheet.closing == (line,)
    assert sheet.heading.endswith(" kl. 10.00-13.00")  # the span written as the heading's
    assert markdown_of(sheet).endswith(f"|\n\n{line}\n")
    document = docx.Document(BytesIO(docx_of(sheet, datetime(2023, 9, 30, tzinfo=UTC))))
    assert document.paragraphs[-1].text == line
    english = referat_sheet(Referat(**{**SEED.__dict__, "next_meeting": after, "language": "en"}))
    assert english.closing == ("Next meeting: Friday 24 November 2023, 10:00–13:00, "
                               "Hækkerupsvej 1, 4100 Ringsted",)
    assert english.heading.endswith(", 10:00–13:00")
    assert referat_sheet(SEED).closing == ()


def test_an_imported_task_prints_no_deadline_the_import_chose_and_is_not_said_twice():
    # The seed's item 4 as imported: each task is the notes' own sentence, and the importer
    # chose 29 October because the minutes set no deadline.
    notes = ("- Digitale løsninger: Christel undersøger, om vi kan få en 'vidensperson'.\n"
             "- Socialtilsyn Øst – Rie undersøger om Socialtilsyn Øst har mulighed for at "
             "deltage, frist 1. november.\n"
             "Desuden aftalt, at Povl orienterer lægen om rapporten, der i forvejen ligger.")
    chosen = date(2023, 10, 29)
    tasks = (ReferatTask("Christel Jørgensen", "Christel undersøger, om vi kan få en "
                         "'vidensperson'.", chosen, imported=True, due_by_import=True),
             ReferatTask("Rie Nielsen", "Rie undersøger om Socialtilsyn Øst har mulighed for "
                         "at deltage, frist 1. november.", date(2023, 11, 1), imported=True),
             ReferatTask("Povl Skov", "Povl orienterer lægen om…", chosen, imported=True,
                         due_by_import=True),  # cut to a title's length
             ReferatTask("Netværksgruppen", "Netværksgruppen sender rapporten til Povl", chosen,
                         imported=True, due_by_import=True),  # not in the notes
             ReferatTask("Rie Nielsen", "Rie undersøger om Socialtilsyn Øst har mulighed for "
                         "at deltage", date(2023, 11, 3)))  # taken in the bot, not imported
    item = ReferatItem(4, "Input til dagsorden til næste møde 24. november", notes=notes,
                       tasks=tasks)
    [row] = referat_sheet(Referat(**{**SEED.__dict__, "items": (item,)})).rows
    assert row.paragraphs == (
        notes, "Opgave: Netværksgruppen sender rapporten til Povl",
        "Opgave: Rie undersøger om Socialtilsyn Øst har mulighed for at deltage "
        "(frist 3. november 2023)")
    assert "29. oktober" not in markdown_of(referat_sheet(
        Referat(**{**SEED.__dict__, "items": (item,), "other_tasks": tasks[:1]})))
    # Word for word, to the end of a word: "Povl orienterer lægen" is not in "lægerne".
    other = ReferatItem(1, "Eventuelt", notes="Povl orienterer lægerne.", tasks=(
        ReferatTask("Povl Skov", "Povl orienterer læge", chosen, imported=True),))
    [row] = referat_sheet(Referat(**{**SEED.__dict__, "items": (other,)})).rows
    assert row.paragraphs == ("Povl orienterer lægerne.",
                              "Opgave: Povl orienterer læge (frist 29. oktober 2023)")


def test_a_task_that_names_its_owner_first_is_written_as_the_secretary_wrote_it():
    # The seeds write a task as a sentence that begins with its owner's first name ("Rie
    # undersøger om …", "Povl melder tilbage …"): "Rie Nielsen – Rie undersøger" says her twice.
    due = date(2023, 11, 10)
    tasks = (ReferatTask("Rie Nielsen", "Rie undersøger om Socialtilsyn Øst kan deltage", due),
             ReferatTask("Rie Nielsen", "Rie Nielsen rundsender årsrapporten", due),
             ReferatTask("Anne Madsen", "Anne-Katrine sender slides", due),  # not Anne's name
             ReferatTask("Per Olsen", "Periodens tal samles", due),
             ReferatTask("Povl Skov", "povl melder tilbage", due))  # not written as a name
    item = ReferatItem(4, "Input til dagsorden", tasks=tasks)
    [row] = referat_sheet(Referat(**{**SEED.__dict__, "items": (item,)})).rows
    assert [line.removesuffix(" (frist 10. november 2023)") for line in row.paragraphs] == [
        "Opgave: Rie undersøger om Socialtilsyn Øst kan deltage",
        "Opgave: Rie Nielsen rundsender årsrapporten",
        "Opgave: Anne Madsen – Anne-Katrine sender slides",
        "Opgave: Per Olsen – Periodens tal samles",
        "Opgave: Povl Skov – povl melder tilbage"]
    english = referat_sheet(Referat(**{**SEED.__dict__, "items": (item,), "language": "en"}))
    assert english.rows[0].paragraphs[0] == ("Task: Rie undersøger om Socialtilsyn Øst kan "
                                             "deltage (due 10 November 2023)")
