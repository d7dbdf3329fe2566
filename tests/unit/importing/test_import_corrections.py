"""The preview card's fixes read back from its inputs: what Teams clients send is taken, and
what no card sends is refused with the field it concerns."""

import pytest

from meetings.common.refusal import Refusal
from meetings.minutes.importing.corrections import corrections_from


@pytest.mark.parametrize("sent", ["3", 3, 3.0, " 3 "])
def test_an_item_number_is_taken_as_any_teams_client_sends_it(sent):
    assert corrections_from({"fix_line_14": "note", "fix_line_14_item": sent}).lines == {
        14: ("note", 3)}


@pytest.mark.parametrize(("inputs", "field"), [
    ({"fix_line_14": "note", "fix_line_14_item": "3.5"}, "item"),
    ({"fix_line_14": "note"}, "item"),
    ({"fix_line_14": "delete"}, "line"),
    ({"fix_line_14": ["item"]}, "line"),
    ({"fix_day": "2023-02-30"}, "day"),
    ({"fix_day": "1066-10-14"}, "day"),
    ({"fix_starts": "25:00"}, "time"),
    ({"fix_taker": {"x": 1}}, "taker"),
    ({"fix_place": "x" * 201}, "place"),
])
def test_a_fix_no_card_sends_is_refused_with_its_field(inputs, field):
    with pytest.raises(Refusal) as refused:
        corrections_from(inputs)
    assert refused.value.details["field"] == field


def test_ignored_lines_and_empty_inputs_are_no_fixes():
    fixes = corrections_from({"fix_line_3": "ignore", "fix_day": "", "fix_place": "  ",
                              "fix_taker": None, "import": "token"})
    assert (fixes.lines, fixes.day, fixes.place, fixes.taker) == ({}, None, None, None)
