"""An item's subject, without the meeting or month it is proposed for."""

import pytest

from meetings.understanding.slots import subject_in


@pytest.mark.parametrize(("text", "subject"), [
    ("kan jeg komme med et punkt om kørselsordninger til mødet i juni?", "kørselsordninger"),
    ("sæt et punk om tolkeudgifter på dagsordenen til september", "tolkeudgifter"),
    ("tilføj gerne kvalitetsaftale for skoledagbehandling til februar-mødet",
     "kvalitetsaftale for skoledagbehandling"),
    ("kan vi tage et punkt om økonomien på anbringelsesområdet til september?",
     "økonomien på anbringelsesområdet"),
    ("kan vi få et punkt om søskendeanbringelser på junimødet?", "søskendeanbringelser"),
    ("kan vi drøfte plejefamiliernes vilkår på mødet i marts", "plejefamiliernes vilkår"),
    ("can we have an item on respite care at the June meeting?", "respite care"),
    ("put an item on interpreting costs on the September agenda", "interpreting costs"),
    ("could we look at placement budgets in september?", "placement budgets"),
    # A subject that only has "i", "til" or "on" in it keeps them
    ("kan vi få et punkt om tolkning til døve", "tolkning til døve"),
    ("I'd like an item on the handover to adult services", "the handover to adult services"),
])
def test_the_meeting_an_item_is_for_is_no_part_of_its_subject(text, subject):
    assert subject_in(text, for_an_item=True) == subject


def test_an_item_for_a_meeting_alone_has_no_subject_yet():
    assert subject_in("kan jeg komme med et punkt om mødet i juni?", for_an_item=True) == ""
