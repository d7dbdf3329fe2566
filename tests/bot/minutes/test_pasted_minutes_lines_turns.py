"""Minutes lines as they arrive when pasted from Word or Outlook or typed on a Mac: Danish
letters in their decomposed form, Word's invisible soft hyphens, HTML entities. They are noted
as if typed in Teams: the right item, the words as written."""

from tests.bot.minutes.minutes_turn_steps import entry, held, opened
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
