"""Which of a person's groups a message names, and the message without the name."""

import pytest

from meetings.groups.lookup import group_named_in

GROUPS = [(1, "Netværksgruppe Børn og Unge"), (2, "Styregruppen"), (3, "Netværk Roskilde"),
          (4, "")]


@pytest.mark.parametrize(("text", "group", "rest"), [
    ("hvornår er næste møde i styregruppen?", 2, "hvornår er næste møde?"),
    ("Styregruppen: hvornår er næste møde?", 2, "hvornår er næste møde?"),
    ("hvad mangler Rie i Styregruppens?", 2, "hvad mangler Rie?"),
    ("søg efter rammeaftale i STYREGRUPPEN", 2, "søg efter rammeaftale"),
    ("what's on the agenda for the Roskilde network?", 3, "what's on the agenda?"),
    ("dagsorden for Roskilde-netværket", 3, "dagsorden"),
    ("hvornår er næste møde i netvaerksgruppen?", 1, "hvornår er næste møde?"),
    ("hvad er temaet i Netværksgruppe Boern og Unge", 1, "hvad er temaet"),
])
def test_a_group_named_by_its_name_or_a_part_only_it_has(text, group, rest):
    assert group_named_in(text, GROUPS) == (group, rest)


@pytest.mark.parametrize("text", [
    "hvornår er næste møde?",
    "et punkt om børn og unge",  # words of a name, not said as a group
    "hvornår er næste møde i Roskilde?",
    "hvad sker der i gruppen?",  # a word every group is
])
def test_a_message_naming_no_group_is_left_as_it_is(text):
    assert group_named_in(text, GROUPS) == (None, text)


def test_a_part_two_groups_share_names_neither():
    groups = [(1, "Netværk Roskilde"), (2, "Styregruppe Roskilde")]
    assert group_named_in("dagsorden for Roskilde-netværket", groups) == (None,
                                                                          "dagsorden for "
                                                                          "Roskilde-netværket")
    assert group_named_in("dagsorden for netværk Roskilde", groups) == (1, "dagsorden")


@pytest.mark.parametrize(("text", "group", "rest"), [
    ("åbne opgaver i netværket", 1, "åbne opgaver"),
    ("my tasks in the network group", 1, "my tasks"),
    ("what is on the agenda for the steering group?", 2, "what is on the agenda?"),
])
def test_a_kind_of_group_said_names_the_one_group_of_that_kind(text, group, rest):
    groups = [(1, "Netværksgruppe Børn og Unge"), (2, "Styregruppen")]
    assert group_named_in(text, groups) == (group, rest)


def test_a_kind_of_group_names_none_when_two_are_of_it_or_it_is_no_group():
    # two networks: "Netværksgruppe …" and "Netværk Roskilde"
    assert group_named_in("åbne opgaver i netværket", GROUPS) == (
        None, "åbne opgaver i netværket")
    groups = [(1, "Netværksgruppe Børn og Unge"), (2, "Styregruppen")]
    for text in ("søg efter netværk", "hvornår er netværksmødet?"):  # no group said
        assert group_named_in(text, groups) == (None, text)


@pytest.mark.parametrize(("text", "group", "rest"), [
    ("jeg er fra Netværket Sjælland", None, "jeg er fra Netværket Sjælland"),
    ("I'm from the Network Zealand", None, "I'm from the Network Zealand"),
    ("jeg repræsenterer netværket Sjælland i styregruppen", 2,
     "jeg repræsenterer netværket Sjælland"),
    ("I represent the network in the steering group", 2, "I represent the network"),
    ("jeg er fra Holbæk i netværket", 1, "jeg er fra Holbæk"),
])
def test_a_kind_in_the_name_of_ones_organisation_names_no_group(text, group, rest):
    groups = [(1, "Netværksgruppe Børn og Unge"), (2, "Styregruppe Roskilde")]
    assert group_named_in(text, groups) == (group, rest)


@pytest.mark.parametrize(("text", "group", "rest"), [
    ("the network is down", None, "the network is down"),
    ("netværket er nede", None, "netværket er nede"),
    ("Netværket: hvornår er næste møde?", 1, "hvornår er næste møde?"),
    ("netværket er nede, hvad er dagsordenen i styregruppen?", 2,
     "netværket er nede, hvad er dagsordenen?"),
])
def test_a_kind_beginning_the_message_is_its_subject_unless_set_apart(text, group, rest):
    groups = [(1, "Netværksgruppe Børn og Unge"), (2, "Styregruppe Roskilde")]
    assert group_named_in(text, groups) == (group, rest)


@pytest.mark.parametrize(("text", "group", "rest"), [
    ("agenda for the network meeting", 1, "agenda for the meeting"),
    ("what is on the agenda for the network meeting?", 1,
     "what is on the agenda for the meeting?"),
    ("dagsorden til netværksmødet", 1, "dagsorden til mødet"),
    ("hvem kommer til styregruppemøderne?", 2, "hvem kommer til møderne?"),
    ("agenda for the steering group's meeting", 2, "agenda for the meeting"),
])
def test_a_meeting_of_the_group_named_stays_in_what_is_asked(text, group, rest):
    groups = [(1, "Netværksgruppe Børn og Unge"), (2, "Styregruppen")]
    assert group_named_in(text, groups) == (group, rest)


@pytest.mark.parametrize(("text", "rest"), [
    ("dagsorden til Roskilde-netværkets møde", "dagsorden til møde"),
    ("agenda for the Roskilde network meeting", "agenda for the meeting"),
])
def test_a_meeting_of_the_group_named_by_a_part_of_its_name_stays_too(text, rest):
    assert group_named_in(text, GROUPS) == (3, rest)


def test_a_meeting_of_a_kind_two_groups_are_of_names_neither():
    assert group_named_in("dagsorden til netværksmødet", GROUPS) == (
        None, "dagsorden til netværksmødet")


# The kinds of group the network's minutes name, as a member writing English says them.
SEED_KINDS = [(1, "Styregruppen"), (2, "Netværket Sjælland"), (3, "Arbejdsgruppen om takster"),
              (4, "Økonomigruppen")]


@pytest.mark.parametrize(("text", "group", "rest"), [
    ("my tasks in the steering group", 1, "my tasks"),
    ("next meeting of the network", 2, "next meeting"),
    ("my tasks in the working group", 3, "my tasks"),
    ("open tasks in the finance group", 4, "open tasks"),
    ("next meeting of the economy group", 4, "next meeting"),
    ("when is the steering group's next meeting?", 1, "when is next meeting?"),
    ("Steering group: when is the next meeting?", 1, "when is the next meeting?"),
    ("Working group: what is on the agenda?", 3, "what is on the agenda?"),
])
def test_an_english_kind_names_the_one_group_of_that_danish_kind(text, group, rest):
    assert group_named_in(text, SEED_KINDS) == (group, rest)


@pytest.mark.parametrize("text", [
    "what is Rie working on?",  # "working" names a kind only before a word for a group
    "tasks in the working",
    "Working on it: when is the next meeting?",
    "what is the finance of the theme day?",
])
def test_an_english_word_of_a_kind_without_a_word_for_a_group_names_none(text):
    assert group_named_in(text, SEED_KINDS) == (None, text)


def test_an_english_kind_names_none_when_two_of_hers_are_of_it():
    groups = [(3, "Arbejdsgruppen om takster"), (5, "Arbejdsgruppe Børn og Unge")]
    text = "my tasks in the working group"
    assert group_named_in(text, groups) == (None, text)
