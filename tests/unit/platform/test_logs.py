"""Logs are one JSON object per line off a terminal, and never contain a token."""

import json
import logging

from bot.logs import RedactTokens, configure_logging

TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJ4In0.c2lnbmF0dXJl"


def test_off_a_terminal_each_record_is_one_json_object(capsys):
    configure_logging("INFO", "json")
    logging.getLogger("moedebot.test").info("meeting planned", extra={"meeting_id": 7})
    line = capsys.readouterr().err.strip().splitlines()[-1]
    record = json.loads(line)
    assert record["message"] == "meeting planned"
    assert record["meeting_id"] == 7
    assert record["level"] == "INFO"


def test_tokens_are_cut_out_of_messages(capsys):
    configure_logging("INFO", "json")
    logging.getLogger("moedebot.test").warning("header was Bearer %s", TOKEN)
    logging.getLogger("moedebot.test").warning("raw %s", TOKEN)
    output = capsys.readouterr().err
    assert TOKEN not in output
    assert output.count("[redacted]") == 2


def test_the_filter_leaves_ordinary_messages_alone():
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "møde %s", ("fredag",), None)
    assert RedactTokens().filter(record)
    assert record.getMessage() == "møde fredag"
