"""Several minutes lines in one Teams message (Shift+Enter between them), as a minute-taker
writes them fast: nothing in the message is silently dropped or swallowed by the line above."""

from tests.bot.minutes.minutes_turn_steps import entry, held, opened
from tests.bot.understanding.test_unmentioned_turns import unmentioned


async def test_what_is_written_under_an_item_line_is_a_note_under_that_item(bot):
    await held(bot)
    await opened(bot)
    bot.connector.clear()
    await unmentioned(bot, "#punkt 4\nVi drøftede rekruttering grundigt")
    assert bot.connector.texts() == [
        "Noterer nu under pkt. 4: Plejefamilier – rekruttering og fastholdelse.\n\n"
        "Noteret under pkt. 4: note."]
    assert (await entry(bot)).notes == "Vi drøftede rekruttering grundigt"


async def test_a_line_typed_a_slip_off_under_another_is_answered_and_nothing_noted(bot):
    await held(bot)
    await opened(bot)
    await unmentioned(bot, "#punkt 4")
    bot.connector.clear()
    await unmentioned(bot, "#beslutning Flere plejefamilier\n#opgve Rie ringer til KL")
    assert bot.connector.texts() == [
        "Det blev ikke noteret. Skriv linjerne sådan: "
        "“#beslutning Flere plejefamilier\n#opgave Rie ringer til KL”"]
    assert (await entry(bot)).decision is None  # not "Flere plejefamilier #opgve Rie …"
