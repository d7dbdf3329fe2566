"""Reading chat lines as minutes: "#punkt 4", "#beslutning …", "#opgave …", "#info …" in Danish
and English, and lines that are no capture."""

import pytest

from meetings.minutes.capture import Captured, entitled, parse_capture, parse_captures
from meetings.minutes.entities import MinutesEntry


@pytest.mark.parametrize("text, number", [
    ("#punkt 4", 4), ("#Punkt 4", 4), ("#pkt. 4", 4), ("#punkt: 12", 12), ("#emne 3", 3),
    ("#item 4", 4), ("#topic 2", 2), ("  #punkt 4 Plejefamilier", 4), ("#punkt nr. 7", 7),
    ("#item no. 5", 5),
])
def test_an_item_line_gives_the_agenda_number(text, number):
    assert parse_capture(text) == Captured("item", number)


def test_an_item_line_without_a_number_is_read_as_one_without():
    assert parse_capture("#punkt") == Captured("item", None)


@pytest.mark.parametrize("text, title", [("#punkt Eventuelt", "Eventuelt"),
                                         ("#item any other business", "any other business")])
def test_an_item_line_with_words_instead_of_a_number_carries_them_as_the_title(text, title):
    assert parse_capture(text) == Captured("item", text=title)


@pytest.mark.parametrize("text, kind, kept", [
    ("#beslutning <at>Daniel Gottrup</at> tager forslaget med til KL", "decision",
     "Daniel Gottrup tager forslaget med til KL"),
    ("#info <at>Rie</at> er ny i netværket", "info", "Rie er ny i netværket"),
    # A task line keeps the markup: its owner is read from the mention
    ("#opgave <at>Rie</at> skriver til KL", "task", "<at>Rie</at> skriver til KL"),
])
def test_a_mention_in_a_line_is_kept_as_the_name(text, kind, kept):
    assert parse_capture(text) == Captured(kind, text=kept)


ENTRIES = [MinutesEntry(number=n, title=t) for n, t in enumerate((
    "Velkommen, godkendelse af dagsorden og referat", "Nyt fra rammeaftalen",
    "Kommune-runden", "Eventuelt", "Eventuelt om rammeaftalen"), start=1)]


@pytest.mark.parametrize("written, number", [
    ("Eventuelt", 4),  # the whole title, though another begins with it
    ("kommune", 3), ("runden", 3),  # the start of a title, a word of one
    ("velkommen", 1), ("rammeaftalen", None),  # two items have it: none chosen
    ("budget", None), ("…", None),
])
def test_an_item_is_found_by_its_title_its_start_or_its_words(written, number):
    assert entitled(ENTRIES, written) == number


@pytest.mark.parametrize("text, kind, rest", [
    ("#beslutning Netværket inviterer Socialtilsyn Øst.", "decision",
     "Netværket inviterer Socialtilsyn Øst."),
    ("#Beslutning: Emnet kommer igen i marts", "decision", "Emnet kommer igen i marts"),
    ("#besluttet at udsætte", "decision", "at udsætte"),
    ("#besluttede at udsætte", "decision", "at udsætte"),
    ("#decision We invite the inspectorate", "decision", "We invite the inspectorate"),
    ("#agreed to meet in March", "decision", "to meet in March"),
    ("#opgave Rie undersøger om Socialtilsyn Øst kan deltage, frist 1. december", "task",
     "Rie undersøger om Socialtilsyn Øst kan deltage, frist 1. december"),
    ("#task Daniel brings the AI request to KL by 15 January", "task",
     "Daniel brings the AI request to KL by 15 January"),
    ("#action Steen   sends the   slides", "task", "Steen sends the slides"),
    ("#info Heidi orienterede om plejefamilier", "info", "Heidi orienterede om plejefamilier"),
    ("#orientering Nyt fra KL", "info", "Nyt fra KL"),
    ("#note Udsat til næste møde.", "note", "Udsat til næste møde."),
    ("#referat Drøftet kort", "note", "Drøftet kort"),
    ("#notat To linjer\nher", "note", "To linjer\nher"),
])
def test_decision_task_info_and_note_lines_keep_their_text(text, kind, rest):
    assert parse_capture(text) == Captured(kind, text=rest)


def test_an_empty_decision_is_read_with_no_text_for_the_use_case_to_refuse():
    assert parse_capture("#beslutning") == Captured("decision", text="")


@pytest.mark.parametrize("text", [
    "", "punkt 4", "beslutning: noget", "#hashtag noget", "# punkt 4", "Se #punkt 4",
    "#beslutningen noget",
])
def test_other_lines_are_no_capture(text):
    assert parse_capture(text) is None


@pytest.mark.parametrize("text, captured", [
    ("#punkt 4\n#beslutning Netværket anbefaler flere plejefamilier",
     (Captured("item", 4), Captured("decision", text="Netværket anbefaler flere plejefamilier"))),
    ("#punkt 4\r\n#beslutning Flere plejefamilier",
     (Captured("item", 4), Captured("decision", text="Flere plejefamilier"))),
    ("#info Bakkehuset kommer\ngerne på besøg.\n#beslutning Tak",  # a line without a #word
     (Captured("info", text="Bakkehuset kommer gerne på besøg."),  # continues the one before
      Captured("decision", text="Tak"))),
    ("#note Første linje\nanden linje", (Captured("note", text="Første linje\nanden linje"),)),
    ("Husk kaffe\n#beslutning Tak", ()),  # a message that does not begin with a line is none
    # what is written under an item's line is a note under it, not lost
    ("#punkt 4\nVi drøftede plejefamilier\ngrundigt",
     (Captured("item", 4), Captured("note", text="Vi drøftede plejefamilier\ngrundigt"))),
    ("#punkt Eventuelt\nIntet",
     (Captured("item", text="Eventuelt"), Captured("note", text="Intet"))),
])
def test_each_line_of_a_message_that_starts_with_a_word_is_its_own_capture(text, captured):
    assert parse_captures(text) == captured


@pytest.mark.parametrize("text, kind", [
    ("#opgaver Rie ringer til KL", "task"), ("#tasks Rie calls KL", "task"),
    ("#beslutninger Vi anbefaler flere plejefamilier", "decision"),
    ("#decisions We recommend more", "decision"), ("#infos Ny leder", "info"),
    ("#informationer Ny leder", "info"), ("#noter Godt møde", "note"),
])
def test_a_minutes_word_in_the_plural_is_the_word(text, kind):
    assert parse_capture(text) == Captured(kind, text=text.split(" ", 1)[1])
    assert parse_capture("#punkter 4") == Captured("item", 4)


@pytest.mark.parametrize("text, meant", [
    ("#opgaver Rie ringer til KL", None),  # noted, not a slip
    ("#beslutnig Vi anbefaler", "#beslutning Vi anbefaler"),
    ("#punkte 4", "#punkt 4"),  # near "punkter" too, but meant as the singular
])
def test_a_plural_is_no_slip_and_a_slip_is_still_one(text, meant):
    from meetings.understanding.minutes_lines import is_a_minutes_line, meant_minutes_line
    assert is_a_minutes_line(text) and meant_minutes_line(text) == meant


def test_a_plural_after_a_space_is_a_heading():
    from meetings.understanding.minutes_lines import is_a_minutes_line
    assert not is_a_minutes_line("# Beslutninger fra mødet i marts")
    assert is_a_minutes_line("# beslutning Vi anbefaler")  # a slip, answered


@pytest.mark.parametrize("text, left", [
    ("Referat:\n#punkt 4\n#beslutning Vi anbefaler", "#punkt 4\n#beslutning Vi anbefaler"),
    ("Referat fra mødet 3. marts\n\n#beslutning Vi anbefaler", "#beslutning Vi anbefaler"),
    ("Minutes:\n#decision we recommend", "#decision we recommend"),
    ("# Referat fra mødet i marts\n#punkt 2", "#punkt 2"),
    ("referat\n#punkt 4", "referat\n#punkt 4"),  # "referat" alone asks for the minutes
    ("Referat:\nVi drøftede det", "Referat:\nVi drøftede det"),  # no minutes line under it
    ("Et punkt om referater\n#punkt 4", "Et punkt om referater\n#punkt 4"),
])
def test_a_heading_over_minutes_lines_is_left_out(text, left):
    from meetings.understanding.minutes_lines import without_minutes_heading
    assert without_minutes_heading(text) == left
