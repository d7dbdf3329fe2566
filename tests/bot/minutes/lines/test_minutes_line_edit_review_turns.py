"""The minute-taker's edits in Teams that the minutes do not follow, turn by turn: each is
told why, in words that send her to the right place, and the minutes are left as they were."""

from tests.bot.agenda.test_agenda_turns import ITEM
from tests.bot.minutes.lines.test_minutes_line_edit_turns import delete, edit, write
from tests.bot.minutes.minutes_turn_steps import entry, held, opened
from tests.bot.minutes.test_minutes_agenda_turns import PREPARING
from tests.bot.tasks.task_turn_steps import tasks
from tests.card_reading import elements

NOT_FOLLOWED = ("Rettelsen tilføjer eller fjerner en linje eller gør en linje til en anden "
                "slags, så referatet følger den ikke: pkt. 4 er som før. Skriv en ny linje som "
                "en besked for sig, eller ret pkt. 4 på referatets kort: skriv “referat” og "
                "vælg “Ret”.")


async def test_a_line_added_or_made_another_kind_by_an_edit_is_not_blamed_on_the_card(bot):
    await held(bot)
    await opened(bot)
    await write(bot, "#punkt 4\n#beslutning Vi holder fast i temadagen", "1770286000000")
    assert await edit(bot, "#punkt 4\n#beslutning Vi holder fast i temadagen\n"
                           "#info Heidi sender programmet", "1770286000000") == [NOT_FOLLOWED]
    assert await edit(bot, "#punkt 4\n#note Vi holder fast i temadagen",
                      "1770286000000") == [NOT_FOLLOWED]
    stored = await entry(bot)
    assert (stored.decision, stored.notes) == ("Vi holder fast i temadagen", None)


async def test_an_item_line_corrected_moves_the_lines_under_it_to_that_item(bot):
    await held(bot)
    await opened(bot)
    await write(bot, "#punkt 4\n#beslutning Vi holder fast i temadagen\n#opgave Rie ringer til "
                     "tilsynet, frist 19. februar", "1770286100000")
    said = await edit(bot, "#punkt 5\n#beslutning Vi holder fast i temadagen\n#opgave Rie "
                           "ringer til tilsynet, frist 19. februar", "1770286100000")
    assert said == ["Flyttet til pkt. 5: beslutning.\n\nOpgave under pkt. 5: Rie ringer til "
                    "tilsynet, frist fredag den 19. februar 2027."]
    fourth, fifth = await entry(bot, 4), await entry(bot, 5)
    assert (fourth.decision, fifth.decision) == (None, "Vi holder fast i temadagen")
    assert [(t.status, t.minutes_entry_id) for t in await tasks(bot)] == [
        ("cancelled", fourth.id), ("open", fifth.id)]
    await write(bot, "#info Heidi sender programmet", "1770286200000")  # still noting there
    assert (await entry(bot, 5)).notes.endswith("Heidi sender programmet")
    assert await delete(bot, "1770286100000") == [
        "Fjernet fra pkt. 5: beslutning.\n\nOpgaven under pkt. 5 er annulleret: Rie ringer til "
        "tilsynet."]
    assert (await entry(bot, 5)).decision is None


async def test_the_line_of_a_task_done_since_is_left_as_it_is_and_no_task_made_again(bot):
    await held(bot)
    await opened(bot)
    await write(bot, "#punkt 4\n#opgave Rie ringer til tilsynet, frist 19. februar",
                "1770286300000")
    [task] = await tasks(bot)
    await bot.click("task.done", {"task_id": task.id, "version": task.version}, user="rie")
    closed = ("Opgaven under pkt. 4 er allerede færdig eller annulleret, så referatet følger "
              "ikke ændringen i chatten. Ret pkt. 4 på referatets kort: skriv “referat” og "
              "vælg “Ret”.")
    assert await edit(bot, "#punkt 4\n#opgave Rie ringer til tilsynet Øst, frist 19. februar",
                      "1770286300000") == [closed]
    assert await delete(bot, "1770286300000") == [closed]
    assert [(t.status, t.title) for t in await tasks(bot)] == [
        ("done", "Rie ringer til tilsynet")]


async def test_the_task_of_an_owner_chosen_on_the_card_follows_its_line(bot):
    await held(bot)
    await opened(bot)
    bot.connector.clear()
    await write(bot, "#punkt 4\n#opgave Hanne ringer til tilsynet, frist 19. februar",
                "1770286400000")
    [outside] = [action for action in elements(bot.connector.cards()[-1])
                 if action.get("title") == "Hanne (uden for gruppen)"]
    await bot.click(outside["verb"], outside["data"])
    said = await edit(bot, "#punkt 4\n#opgave Rie ringer til tilsynet, frist 26. februar",
                      "1770286400000")  # Hanne was a slip for Rie
    assert said == ["Opgave under pkt. 4: Rie ringer til tilsynet, frist fredag den 26. "
                    "februar 2027."]
    assert [(t.status, t.title) for t in await tasks(bot)] == [
        ("cancelled", "Hanne ringer til tilsynet"), ("open", "Rie ringer til tilsynet")]
    await delete(bot, "1770286400000")
    assert [t.status for t in await tasks(bot)] == ["cancelled", "cancelled"]


def hanne_outside(bot) -> dict:
    """The button of the last card asking who takes a task: Hanne, who is in no group."""
    [outside] = [action for action in elements(bot.connector.cards()[-1])
                 if action.get("title") == "Hanne (uden for gruppen)"]
    return outside


LINE_CHANGED = ("“#opgave”-linjen er ændret eller slettet i chatten siden, så dette kort "
                "opretter ingen opgave.")


async def test_the_card_of_a_task_line_edited_or_deleted_since_makes_no_task(bot):
    await held(bot)
    await opened(bot)
    bot.connector.clear()
    await write(bot, "#punkt 4\n#opgave Hanne ringer til tilsynet, frist 19. februar",
                "1770286500000")
    before = hanne_outside(bot)
    await edit(bot, "#punkt 4\n#opgave Hanne ringer til Socialtilsyn Øst, frist 19. februar",
               "1770286500000")  # asked again, on a card of its own
    again = hanne_outside(bot)
    answer = await bot.click(before["verb"], before["data"])
    assert answer["value"] == LINE_CHANGED
    assert await tasks(bot) == []
    await bot.click(again["verb"], again["data"])  # the card the edit asked with makes it
    assert [t.title for t in await tasks(bot)] == ["Hanne ringer til Socialtilsyn Øst"]

    bot.connector.clear()
    await write(bot, "#opgave Hanne sender notatet, frist 19. februar", "1770286600000")
    asked = hanne_outside(bot)
    await delete(bot, "1770286600000")
    answer = await bot.click(asked["verb"], asked["data"])
    assert answer["value"] == LINE_CHANGED
    assert [t.title for t in await tasks(bot)] == ["Hanne ringer til Socialtilsyn Øst"]


async def test_a_line_corrected_after_the_agenda_was_renumbered_stays_under_its_item(bot):
    """"#punkt 5" was "Opfølgning på opgaver" when written; the chair then adds an item, so it
    is 6; the secretary's typo corrected in that message leaves the line under it."""
    meeting_id = await held(bot)
    bot.clock.set(PREPARING)
    await opened(bot)
    await write(bot, "#punkt 5\n#beslutning Rie følger op på tilsynets brev", "1770286700000")
    await bot.click("item.propose", {**ITEM, "title": "Socialtilsyn Øst", "presenter": "",
                                     "meeting_id": meeting_id})
    await opened(bot)  # the minutes follow the agenda: "Opfølgning på opgaver" is item 6
    assert await edit(bot, "#punkt 5\n#beslutning Rie følger op på tilsynets breve",
                      "1770286700000") == ["Rettet under pkt. 6: beslutning."]
    fifth, sixth = await entry(bot, 5), await entry(bot, 6)
    assert (fifth.title, fifth.decision) == ("Socialtilsyn Øst", None)
    assert (sixth.title, sixth.decision) == ("Opfølgning på opgaver",
                                             "Rie følger op på tilsynets breve")
    said = await edit(bot, "#punkt 5\n#beslutning Rie følger op på tilsynets brev",
                      "1770286700000")
    assert said == ["Rettet under pkt. 6: beslutning."]  # and so again, the edit after
    assert await edit(bot, "#punkt 4\n#beslutning Rie følger op på tilsynets brev",
                      "1770286700000") == ["Flyttet til pkt. 4: beslutning."]
    assert (await entry(bot, 4)).decision == "Rie følger op på tilsynets brev"


async def test_a_message_one_of_whose_items_was_changed_on_its_card_changes_none_of_its_lines(
        bot):
    await held(bot)
    await opened(bot)
    await write(bot, "#punkt 4\n#beslutning Vi holder fast i temadagen\n#punkt 5\n#info Heidi "
                     "sender programmet", "1770286800000")
    fifth = await entry(bot, 5)
    await bot.click("minutes.entry.save", {"entry_id": fifth.id, "decision": "",
                                           "notes": "Skrevet om på kortet", "guests": ""})
    said = await edit(bot, "#punkt 4\n#beslutning Vi holder fast i temadagen i maj\n#punkt 5\n"
                           "#info Heidi sender programmet i morgen", "1770286800000")
    assert said == ["Pkt. 5 er siden ændret på sit kort, så referatet følger ikke ændringen i "
                    "chatten; intet i det er ændret. Ret det på referatets kort: skriv "
                    "“referat” og vælg “Ret”."]
    assert (await entry(bot, 4)).decision == "Vi holder fast i temadagen"  # not half followed
    assert (await entry(bot, 5)).notes == "Skrevet om på kortet"


async def test_the_refusal_of_a_card_whose_line_changed_reads_in_english_on_an_english_card(bot):
    await held(bot)
    await opened(bot)
    bot.connector.clear()
    await write(bot, "#punkt 4\n#opgave Hanne ringer til tilsynet, frist 19. februar",
                "1770286700000")
    asked = hanne_outside(bot)
    await delete(bot, "1770286700000")
    answer = await bot.click(asked["verb"], {**asked["data"], "lang": "en"}, locale="en-GB")
    assert answer["value"] == ("That “#opgave” line has been edited or deleted in the chat "
                               "since, so this card will not create a task.")
    assert await tasks(bot) == []
