"""A database error in a turn is logged without the statement's parameters: the task title and
the names a member typed never reach the log."""

import logging

import pytest
from sqlalchemy import text

from bot.logs import configure_logging
from storage.database import create_engine

TITLE = "Hemmelig sag om Lotte Kragh og hendes plejebarn"
REFUSE = {
    "sqlite": ["CREATE TRIGGER refuse BEFORE INSERT ON tasks "
               "BEGIN SELECT RAISE(ABORT, 'tasks refused'); END"],
    "postgresql": [
        "CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN "
        "RAISE EXCEPTION 'tasks refused'; END $$ LANGUAGE plpgsql",
        "CREATE TRIGGER refuse BEFORE INSERT ON tasks FOR EACH ROW EXECUTE FUNCTION refuse()"],
}


async def tasks_refused(url: str) -> None:
    """The database refuses every new task, as a full disk or a broken constraint would."""
    engine = create_engine(url)
    async with engine.begin() as connection:
        for statement in REFUSE[engine.dialect.name]:
            await connection.execute(text(statement))
    await engine.dispose()


@pytest.fixture
def app_logging(caplog):
    """Logging as the app sets it up at its most talkative level, read by caplog."""
    root = logging.getLogger()
    saved = root.handlers[:], root.level, {name: logging.getLogger(name).level
                                           for name in logging.root.manager.loggerDict}
    configure_logging("DEBUG", "text")
    root.addHandler(caplog.handler)
    caplog.handler.setLevel(logging.DEBUG)
    yield caplog
    root.handlers[:], root.level = saved[0], saved[1]
    for name, level in saved[2].items():
        logging.getLogger(name).setLevel(level)


async def test_a_failed_insert_logs_the_error_but_not_what_was_written(bot, bot_database,
                                                                       app_logging):
    await bot.install()
    await tasks_refused(bot_database)
    caplog = app_logging
    await bot.say(f"opgave: Rie: {TITLE}, frist 1. december")
    failures = [r for r in caplog.records if r.getMessage() == "turn failed"]
    assert failures and failures[0].exc_info is not None
    logged = caplog.text + "".join(logging.Formatter().formatException(r.exc_info)
                                   for r in failures)
    assert "tasks refused" in logged
    assert "Hemmelig" not in logged and "Kragh" not in logged
    assert "Sorry, something went wrong" in bot.connector.texts()[-1] or \
        "Beklager" in bot.connector.texts()[-1]
