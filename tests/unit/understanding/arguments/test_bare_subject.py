"""A message that is nothing but a subject is read as the search for it; a sentence, a
greeting or a question understood is not."""

import pytest

from meetings.understanding.arguments.bare_subject import as_a_search
from meetings.understanding.intents import Intent, understand


@pytest.mark.parametrize(("said", "subject", "year"), [
    ("budget", "budget", ""),
    ("Bakkehuset", "Bakkehuset", ""),
    ("underretninger sidste år", "underretninger", "-1"),
    ("the framework agreement", "framework agreement", ""),
    ("notifications last year?", "notifications", "-1"),
])
def test_a_bare_subject_is_the_search_for_it(said, subject, year):
    search = as_a_search(understand(said), said)
    assert search is not None
    assert (search.intent, search.argument, search.selector) == (Intent.SEARCH, subject, year)


@pytest.mark.parametrize("said", [
    "tak", "ok", "god weekend", "hmm", "det var et godt møde i dag",
    "hvornår er næste møde?", "dagsorden",
    "jeg er lidt forsinket, starter I bare uden mig",
])
def test_anything_more_or_else_is_not_searched_for(said):
    assert as_a_search(understand(said), said) is None
