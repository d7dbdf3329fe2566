"""Searching the minutes in the field's own words on a real database (SQLite FTS5, PostgreSQL
text search): across Danish and English by the glossary, Danish compounds by prefix and by the
glossary, and no more than that."""

from tests.integration.search.search_steps import entries, meeting_with_minutes, search, write

# Items as the seed minutes word them, one concept each.
DANISH = {
    "anbringelse": ("Anbringelser uden for hjemmet", "Anbringelsen af to søskende drøftet."),
    "underretning": ("Underretninger fra skolerne", "Antallet af underretninger stiger."),
    "børnehus": ("Børnehus Sjælland", "Børnehuset orienterede om taksten for 2024."),
    "rammeaftale": ("Nyt fra rammeaftale Sjælland", "Rammeaftalen for 2025-26 er godkendt."),
    "§ 32": ("§ 32 institutioner", "Næstved fortalte om visitationen til særlige dagtilbud."),
    "plejefamilie": ("Rekruttering", "Socialtilsyn Øst mangler plejefamilier."),
    "sagsbehandler": ("Kunstig intelligens", "Sagsbehandlerne bruger Chat GPT til udkast."),
    "efterværn": ("Unge over 18", "Efterværnet skal styrkes."),
    # Seeds 001 and 000 word them so, other forms than the glossary's first
    "sikret institution": ("Orientering", "Status på arbejdet med de sikrede institutioner."),
    "ambulatorium": ("Kommune-runden", "Ved mistanke henvises barnet videre til ambulatoriet."),
}


async def danish_minutes(world) -> dict[str, int]:
    minutes_id = await meeting_with_minutes(world, 9)
    return {key: await write(world, minutes_id, number, title, notes=notes)
            for number, (key, (title, notes)) in enumerate(DANISH.items(), start=1)}


async def test_an_english_question_finds_the_danish_minutes_on_its_subject(world):
    written = await danish_minutes(world)
    for query, key in (("what did we decide about placements?", "anbringelse"),
                       ("report of concern", "underretning"),
                       ("the children's house", "børnehus"),
                       ("framework agreement", "rammeaftale"),
                       ("section 32 institutions", "§ 32"),
                       ("what did we decide about foster families?", "plejefamilie"),
                       ("caseworkers", "sagsbehandler"),
                       ("aftercare", "efterværn"),
                       ("what did we decide about secure institutions?", "sikret institution"),
                       ("what did we decide about the secure unit?", "sikret institution"),
                       ("what did we decide about the outpatient clinic?", "ambulatorium")):
        assert entries(await search(world, query, "en")) == [written[key]], query


async def test_a_danish_question_in_the_glossarys_form_finds_the_seeds_form(world):
    written = await danish_minutes(world)
    for query, key in (("hvad blev besluttet om sikret institution?", "sikret institution"),
                       ("sikrede institutioner", "sikret institution"),
                       ("hvad blev besluttet om ambulatorium?", "ambulatorium"),
                       ("ambulatoriet", "ambulatorium")):
        assert entries(await search(world, query)) == [written[key]], query


async def test_a_danish_question_finds_english_text_on_its_subject(world):
    minutes_id = await meeting_with_minutes(world, 9)
    concern = await write(world, minutes_id, 1, "Guests",
                          notes="A report of concern from the school was discussed.")
    foster = await write(world, minutes_id, 2, "Recruitment",
                         decision="We will recruit two more foster families.")
    placement = await write(world, minutes_id, 3, "Placements", notes="Three placements ended.")
    assert entries(await search(world, "hvad blev besluttet om underretninger?")) == [concern]
    assert entries(await search(world, "plejefamilie")) == [foster]
    assert entries(await search(world, "anbringelser")) == [placement]


async def test_a_word_finds_the_forms_and_compounds_danish_makes_of_it(world):
    minutes_id = await meeting_with_minutes(world, 9)
    budget = await write(world, minutes_id, 1, "Økonomi", notes="Budgettet holder.")
    frame = await write(world, minutes_id, 2, "Budgetrammen", notes="Uændret.")
    foster = await write(world, minutes_id, 3, "Rekruttering",
                         notes="Plejefamilierne og venskabsfamilierne mødes.")
    agreement = await write(world, minutes_id, 4, "Nyt", notes="Rammeaftalen er godkendt.")
    supervision = await write(world, minutes_id, 5, "Dialog", notes="Socialtilsynet kom.")
    assert sorted(entries(await search(world, "budget"))) == [budget, frame]
    assert entries(await search(world, "plejefamilie")) == [foster]
    assert entries(await search(world, "familier")) == [foster]  # pleje- and venskabsfamilie
    assert entries(await search(world, "aftale")) == [agreement]
    assert entries(await search(world, "tilsyn")) == [supervision]
    assert entries(await search(world, "social")) == [supervision]


async def test_a_word_does_not_find_unrelated_words_that_merely_contain_it(world):
    minutes_id = await meeting_with_minutes(world, 9)
    await write(world, minutes_id, 1, "Underretninger", notes="Tages til efterretning.")
    await write(world, minutes_id, 2, "Mødested", notes="Ringsted, med stedfortræder.")
    await write(world, minutes_id, 3, "Spørgsmål", notes="Formålet og målgruppen.")
    await write(world, minutes_id, 4, "Sygehuset", notes="Samtidig behandling.")
    await write(world, minutes_id, 5, "Bud", notes="Et bud på en løsning.")
    for query in ("ret", "sted", "mål", "hus", "tid"):
        assert await search(world, query) == [], query
    assert len(await search(world, "bud")) == 1  # the word itself, not "budget"
    english = await write(world, minutes_id, 6, "Annual report",
                          notes="The annual report was approved.")
    # "report of concern" is one subject: "report" alone is not enough.
    assert english not in entries(await search(world, "report of concern", "en"))
    assert entries(await search(world, "annual report", "en")) == [english]
