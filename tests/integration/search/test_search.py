"""Searching the minutes on a real database (SQLite FTS5 and PostgreSQL text search): Danish word
forms, only the asking group's minutes, an index that follows every change, and the ranking."""

from sqlalchemy import delete, func, select, text

from meetings.minutes.entities import MinutesEntry
from meetings.search.search import reindex_group
from meetings.search.stemming import STOP_WORDS
from storage.repositories.search import SEARCH_TABLE
from tests.integration.search.search_steps import (
    FOSTER_DECISION,
    change,
    entries,
    meeting_with_minutes,
    minutes_of,
    search,
    write,
)


async def test_a_question_about_foster_families_finds_the_decision_on_the_foster_family(world):
    minutes_id = await meeting_with_minutes(world, 9)
    await write(world, minutes_id, 3, "Kommune-runden", notes="Nyt fra Holbæk om skolerne.")
    entry_id = await write(world, minutes_id, 4, "Tilsyn med anbringelser",
                           notes="Drøftelse af tilsynet.", decision=FOSTER_DECISION)
    [hit] = await search(world, "hvad blev besluttet om plejefamilier")
    meeting = await world.meeting((await minutes_of(world, minutes_id)).meeting_id)
    assert (hit.entry_id, hit.number, hit.title) == (entry_id, 4, "Tilsyn med anbringelser")
    assert (hit.meeting_id, hit.meeting_starts_at) == (meeting.id, meeting.starts_at)
    assert (hit.field, hit.snippet) == ("decision", FOSTER_DECISION)


async def test_every_form_of_a_word_finds_what_was_written_in_another_form(world):
    minutes_id = await meeting_with_minutes(world, 9)
    written = await write(world, minutes_id, 5, "Netværket",
                          notes="Plejefamiliens netværk skal styrkes.")
    for query in ("plejefamilie", "plejefamilier", "Plejefamilien", "plejefamilierne",
                  "netværkets"):
        assert entries(await search(world, query)) == [written], query
    assert await search(world, "skolerne") == []


async def test_an_english_query_finds_english_words_by_their_stem(world):
    minutes_id = await meeting_with_minutes(world, 9)
    written = await write(world, minutes_id, 2, "Guests", notes="Two foster families came.")
    assert entries(await search(world, "what did we decide about the family?", "en")) == [
        written]


async def test_another_groups_minutes_are_never_found(world):
    ours = await write(world, await meeting_with_minutes(world, 9), 4, "Plejefamilier",
                       decision=FOSTER_DECISION)
    theirs = await write(world, await meeting_with_minutes(world, 10, other_group=True), 4,
                         "Plejefamilier", decision=FOSTER_DECISION)
    assert entries(await search(world, "plejefamilie")) == [ours]
    assert entries(await search(world, "plejefamilie", other_group=True)) == [theirs]
    await write(world, await meeting_with_minutes(world, 11, other_group=True), 1, "Tilsyn",
                decision="Anbringelsen er godkendt.")
    assert await search(world, "anbringelser") == []
    assert len(await search(world, "anbringelser", other_group=True)) == 1


async def test_a_changed_entry_is_found_by_its_new_words_and_not_its_old(world):
    minutes_id = await meeting_with_minutes(world, 9)
    entry_id = await write(world, minutes_id, 6, "Økonomi", decision="Anbringelsen er godkendt.")
    assert entries(await search(world, "anbringelser")) == [entry_id]
    await change(world, entry_id, decision="Tilsynet udsættes til næste år.")
    assert await search(world, "anbringelser") == []
    [hit] = await search(world, "tilsyn")
    assert (hit.entry_id, hit.snippet) == (entry_id, "Tilsynet udsættes til næste år.")
    await change(world, entry_id, title="", notes=None, decision=None)
    assert await search(world, "tilsyn") == []
    assert await search(world, "økonomi") == []


async def test_a_deleted_entry_leaves_the_index_and_lends_no_words_to_a_new_one(world):
    minutes_id = await meeting_with_minutes(world, 9)
    entry_id = await write(world, minutes_id, 6, "Økonomi", decision="Anbringelsen er godkendt.")
    assert entries(await search(world, "anbringelse")) == [entry_id]
    async with world.uow() as uow:
        await uow.session.execute(delete(MinutesEntry).where(MinutesEntry.id == entry_id))
        await uow.commit()
    assert await _indexed(world) == 0
    # SQLite gives a deleted last row's id to the next row.
    reused = await write(world, minutes_id, 6, "Økonomi", indexed=False)
    assert await search(world, "anbringelse") == []
    assert await search(world, "økonomi") == []  # not indexed yet: nothing stale stands in
    await change(world, reused)
    assert entries(await search(world, "økonomien")) == [reused]


async def _indexed(world) -> int:
    async with world.uow() as uow:
        return await uow.session.scalar(select(func.count()).select_from(text(SEARCH_TABLE)))


async def test_reindexing_a_group_indexes_entries_written_before_the_index(world):
    minutes_id = await meeting_with_minutes(world, 9)
    first = await write(world, minutes_id, 1, "Velkomst", notes="Godkendelse af referatet.",
                        indexed=False)
    second = await write(world, minutes_id, 2, "Plejefamilier", decision=FOSTER_DECISION,
                         indexed=False)
    theirs = await write(world, await meeting_with_minutes(world, 10, other_group=True), 1,
                         "Plejefamilier", indexed=False)
    assert await search(world, "plejefamilie") == []
    async with world.uow() as uow:
        assert await reindex_group(uow, world.group_id) == 2
        await uow.commit()
    assert entries(await search(world, "plejefamilie")) == [second]
    assert entries(await search(world, "godkendelse")) == [first]
    assert await search(world, "plejefamilie", other_group=True) == []
    assert theirs not in entries(await search(world, "plejefamilie"))


async def test_more_words_matched_then_a_matching_decision_then_the_newest_meeting_rank_first(
        world):
    older = await meeting_with_minutes(world, 8)
    newer = await meeting_with_minutes(world, 11)
    both_in_notes_newer = await write(world, newer, 3, "Kommune-runden",
                                      notes="Plejefamilier i Roskilde mangler supervision.")
    both_in_decision_older = await write(world, older, 4, "Plejefamilier",
                                         decision="Supervision af plejefamilien hver måned.")
    one_in_decision_newer = await write(world, newer, 4, "Tilsyn",
                                        decision="Supervision gives af kommunen.")
    one_in_decision_older = await write(world, older, 5, "Eventuelt",
                                        decision="Supervision drøftes igen.")
    hits = await search(world, "supervision af plejefamilier")
    assert entries(hits) == [both_in_decision_older, both_in_notes_newer,
                             one_in_decision_newer, one_in_decision_older]
    assert [hit.field for hit in hits] == ["decision", "notes", "decision", "decision"]
    assert entries(await search(world, "supervision af plejefamilier", limit=2)) == [
        both_in_decision_older, both_in_notes_newer]


async def test_the_snippet_prefers_the_decision_and_is_cut_around_the_match(world):
    minutes_id = await meeting_with_minutes(world, 9)
    long_notes = " ".join(["Der blev talt længe om mange ting."] * 10 + ["Plejefamilier nævnt."])
    title_only = await write(world, minutes_id, 1, "Plejefamilier i Region Sjælland")
    noted = await write(world, minutes_id, 2, "Drøftelse", notes=long_notes)
    decided = await write(world, minutes_id, 3, "Beslutning", notes="Plejefamilier drøftet.",
                          decision=FOSTER_DECISION)
    hits = {hit.entry_id: hit for hit in await search(world, "plejefamilie")}
    assert (hits[decided].field, hits[decided].snippet) == ("decision", FOSTER_DECISION)
    assert (hits[title_only].field, hits[title_only].snippet) == (
        "title", "Plejefamilier i Region Sjælland")
    assert hits[noted].field == "notes"
    assert hits[noted].snippet.startswith("…") and hits[noted].snippet.endswith("nævnt.")
    assert len(hits[noted].snippet) <= 161


async def test_an_empty_or_stop_word_query_answers_nothing_rather_than_everything(world):
    minutes_id = await meeting_with_minutes(world, 9)
    await write(world, minutes_id, 1, "Hvad der blev besluttet", notes="Det er og om at i.",
                decision=FOSTER_DECISION)
    for query in ("", "   ", "?", "hvad er det", "og om at i", "what is the", "hvad blev der",
                  '"*:() & | !', "'"):
        assert await search(world, query) == [], query
    assert "og" in STOP_WORDS
