"""A misspelt word of a search is mended to the nearest word of the minutes or the glossary,
one slip away (two in a long word), never past its first letters."""

from datetime import UTC, datetime

import pytest

from meetings.search.ports import Candidate, EntryText, IndexedStems
from meetings.search.spelling import distance, respelt

MINUTES = {1: EntryText(1, 2, "Anbringelser af unge", "Hjemtagelse af anbragte unge.", None),
           2: EntryText(2, 3, "Nyt fra rammeaftale Sjælland", "Om rammeaftalen og budgettet.",
                        None)}


class Reads:
    """The two entries above, each a candidate whatever is asked."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, ...]] = []

    async def candidates(self, group_id, any_of, prefixes=()):
        self.asked.append(tuple(prefixes))
        return [Candidate(entry_id, 1, 1, datetime(2024, 2, 2, tzinfo=UTC),
                          IndexedStems("", "", "")) for entry_id in MINUTES]

    async def entries(self, entry_ids):
        return {entry_id: MINUTES[entry_id] for entry_id in entry_ids}


@pytest.mark.parametrize(("a", "b", "slips"), [
    ("anbringlser", "anbringelser", 1), ("rammeaftlen", "rammeaftalen", 1),
    ("budgtet", "budget", 1), ("framwork", "framework", 1), ("rammeaftlaen", "rammeaftalen", 1),
    ("undretninger", "underretninger", 2), ("budget", "budget", 0)])
def test_distance_counts_a_letter_left_out_added_changed_or_two_swapped_as_one(a, b, slips):
    assert distance(a, b) == slips


@pytest.mark.parametrize(("query", "meant"), [
    ("anbringlser", "anbringelser"),
    ("rammeaftlen sidste gang", "rammeaftalen sidste gang"),
    ("framwork agreement", "framework agreement"),  # the glossary's English
    ("budgetet", "budgettet"),
])
async def test_a_misspelt_word_is_mended_to_the_nearest_known(query, meant):
    assert await respelt(Reads(), 1, query) == meant


@pytest.mark.parametrize("query", [
    "svømmehaller",  # near no word
    "unge",  # too short to mend
    "nbringelser",  # the slip is in its first letters
    "anbringelser",  # known as written
])
async def test_a_word_near_none_or_known_is_left_alone(query):
    assert await respelt(Reads(), 1, query) is None


async def test_only_the_words_that_begin_as_the_asked_ones_are_read():
    reads = Reads()
    await respelt(reads, 1, "framwork agreement")
    assert reads.asked == [("agr", "fra")]
