"""The minute-taker's edits in Teams that the minutes do not follow, turn by turn: each is
told why, in words that send her to the right place, and the minutes are left as they were."""

from tests.bot.minutes.minutes_turn_steps import entry, held, opened
from tests.bot.minutes.test_minutes_line_edit_turns import edit, write

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
