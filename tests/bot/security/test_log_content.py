"""What an ordinary day writes to the log at INFO: ids, kinds and counts, never what anybody
wrote, their names or e-mails, nor a download link's secret."""

import logging

from bot.logs import configure_logging
from tests.bot.personal.test_personal_chat_turns import ask_in_personal_chat
from tests.bot.test_turns import LINE

WRITTEN = ("Bakkehuset", "hemmelige", "Ringsted", "Hækkerupsvej", "Lisbet", "Daugaard",
           "Rie Nielsen", "rie@holbaek.dk", "Plejefamilier")


async def test_an_ordinary_day_logs_no_words_names_or_links(bot, capsys):
    configure_logging("INFO", "json")
    try:
        await bot.install()
        await bot.say(LINE)
        await bot.say("opgave: Rie ringer til Bakkehuset, frist 1. december")
        await bot.say("vi taler om det hemmelige på Bakkehuset", user="rie", mention=False)
        await bot.say("Vi vil gerne have et punkt om Plejefamilier", user="rie")
        [text], _ = await ask_in_personal_chat(bot, "hvad ved du om mig?")
        link = text.split("](")[1].split(")")[0]
        assert (await bot.client.get(link.split("3978", 1)[1])).status == 200
    finally:
        logging.getLogger().handlers.clear()
    written = capsys.readouterr().err
    assert "meeting planned" in written and "task created" in written  # the log is written
    assert [word for word in WRITTEN if word in written] == []
    assert link.rsplit("/", 1)[1].split(".")[0] not in written
