"""Minutes lines as they arrive when pasted from Word or Outlook or typed on a Mac: Danish
letters in their decomposed form, Word's invisible soft hyphens, HTML entities. They are noted
as if typed in Teams: the right item, the words as written."""

from tests.bot.minutes.minutes_turn_steps import entry, held, opened
from tests.bot.tasks.task_turn_steps import tasks
from tests.bot.understanding.test_unmentioned_turns import unmentioned


async def test_an_items_title_in_decomposed_letters_from_a_mac_finds_the_item(bot):
    await held(bot)
    await opened(bot)
    bot.connector.clear()
    await unmentioned(bot, "#punkt Opfølgning pa\u030a opgaver")
    assert bot.connector.texts() == ["Noterer nu under pkt. 5: Opfølgning på opgaver."]


async def test_a_decision_pasted_from_word_is_noted_without_invisible_hyphens_or_entities(bot):
    await held(bot)
    await opened(bot)
    await unmentioned(bot, "#punkt 4")
    await unmentioned(bot, "#beslutning Flere pleje\u00adfamilier i Holbæk &amp; Næstved, "
                           "\u201cså hurtigt som muligt\u201d")
    assert (await entry(bot)).decision == \
        "Flere plejefamilier i Holbæk & Næstved, \u201cså hurtigt som muligt\u201d"


async def test_minutes_lines_pasted_as_a_bulleted_list_are_noted_each_as_its_kind(bot):
    await held(bot)
    await opened(bot)
    bot.connector.clear()
    await unmentioned(bot, "#punkt 4\r\n\u2022\t#beslutning Flere plejefamilier\r\n"
                           "\u2022\t#opgave Rie ringer til KL")
    await unmentioned(bot, "1. #note Drøftet i alle kommuner")
    await unmentioned(bot, "- #info Temadag 3. marts")
    texts = bot.connector.texts()
    assert texts[0].startswith("Noterer nu under pkt. 4") and "beslutning" in texts[0]
    assert "Opgave under pkt. 4: Rie ringer til KL" in texts[0]
    assert len(texts) == 3  # not one lost
    noted = await entry(bot)
    assert noted.decision == "Flere plejefamilier"
    assert noted.notes.startswith("Drøftet i alle kommuner") and "\u2022" not in noted.notes
    assert [task.title for task in await tasks(bot)] == ["Rie ringer til KL"]
