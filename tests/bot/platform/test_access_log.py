"""aiohttp writes every request line to its access log at INFO, the path included: a download
link's path is its secret (a person's export opens for a day to whoever has the link), so the
logs keep the kind of document and the status, never the token."""

import json
import logging

from bot.logs import configure_logging
from tests.bot.personal.test_personal_chat_turns import ask_in_personal_chat
from tests.bot.platform.test_download_links import calendar_path, token_of
from tests.bot.privacy.test_privacy_turns import export_paths


async def test_download_tokens_are_not_written_to_the_access_log(bot, capsys):
    configure_logging("INFO", "json")  # before the first request, as in `python app.py`
    await bot.install()
    await bot.say("nyt møde fredag 5. februar 2027 kl. 10-13 i Ringsted")
    calendar = await calendar_path(bot)
    [text], _ = await ask_in_personal_chat(bot, "hvad ved du om mig?")
    export = export_paths(text)["json"]
    capsys.readouterr()
    try:
        for path in (calendar, export):
            assert (await bot.client.get(path)).status == 200
        assert (await bot.client.get("/mydata/gaettet-token.json")).status == 404
    finally:
        logging.getLogger().handlers.clear()
    written = capsys.readouterr().err
    lines = [json.loads(line) for line in written.splitlines()]
    requests = [line["first_request_line"] for line in lines if line["logger"] == "aiohttp.access"]
    assert requests == [  # each request is still logged, and what it was for
        "GET /calendar/[redacted].ics HTTP/1.1", "GET /mydata/[redacted].json HTTP/1.1",
        "GET /mydata/[redacted].json HTTP/1.1"]
    assert '/mydata/[redacted].json HTTP/1.1\\" 404' in written  # the message says the same
    for token in (token_of(calendar), token_of(export), "gaettet-token"):
        assert token not in written
