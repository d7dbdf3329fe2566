"""`python app.py backup` copies a serving bot's SQLite database while turns write to it;
`restore` brings the copy back, refusing to overwrite unless told; a bot on the restored
database answers as the old one did. On PostgreSQL the commands point to pg_dump."""

import asyncio
import os
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from app import create_app
from bot.settings import Settings
from meetings.tasks.entities import Task
from storage.database import create_engine
from storage.unit_of_work import unit_of_work_factory
from tests.bot.conftest import BotUnderTest, recorded
from tests.bot.test_turns import LINE
from tests.card_reading import card_text
from tests.fake_connector import FakeConnector

ROOT = Path(__file__).resolve().parents[3]


async def app_command(database_url: str, *args: str) -> tuple[int, str]:
    process = await asyncio.create_subprocess_exec(
        sys.executable, "app.py", *args, cwd=ROOT,
        env={**os.environ, "DATABASE_URL": database_url, "LOG_FORMAT": "text"},
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    _, err = await asyncio.wait_for(process.communicate(), timeout=120)
    return process.returncode, err.decode()


async def next_meeting(bot) -> str:
    bot.connector.clear()
    await bot.say("hvornår er næste møde?", user="rie")
    return card_text(bot.connector.cards()[-1])


async def tasks(uow_factory) -> int:
    async with uow_factory() as uow:
        return await uow.session.scalar(select(func.count()).select_from(Task))


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_a_backup_taken_while_the_bot_writes_restores_to_a_bot_that_answers_the_same(
        bot, bot_database, tmp_path, aiohttp_client, aiohttp_server):
    await bot.install()
    await bot.say(LINE)
    before = await next_meeting(bot)
    copy = tmp_path / "backup.db"
    backing_up = asyncio.create_task(app_command(bot_database, "backup", str(copy)))
    written = 0
    while not backing_up.done():  # the bot writes tasks all the while the backup runs
        await bot.say(f"opgave: Rie ringer til kommune nummer {written}, frist 1. december")
        written += 1
    code, said = await backing_up
    assert code == 0 and f"to {copy}" in said
    assert written > 1 and await tasks(bot.uow) == written

    restored = f"sqlite:///{tmp_path}/restored.db"
    code, said = await app_command(restored, "restore", str(copy))
    assert code == 0, said
    code, said = await app_command(restored, "restore", str(copy))
    assert code == 1 and "--force" in said

    engine = create_engine(restored)
    settings = Settings(APP_ID="", DATABASE_URL=restored, PUBLIC_URL="http://127.0.0.1:3978",
                        DELIVERY_WORKER=False)
    connector = FakeConnector(members=recorded("roster"))
    server = await aiohttp_server(connector.app())
    again = BotUnderTest(await aiohttp_client(create_app(settings, clock=bot.clock)), connector,
                         str(server.make_url("/")), unit_of_work_factory(engine), bot.clock)
    assert await next_meeting(again) == before
    assert "fredag den 5. februar 2027" in before
    assert 0 <= await tasks(again.uow) <= written
    async with again.uow() as uow:  # a copy of one moment: whole, not pages of several
        assert await uow.session.scalar(text("PRAGMA integrity_check")) == "ok"
    await engine.dispose()


async def test_restore_refuses_what_is_no_backup_and_backup_refuses_to_overwrite(tmp_path,
                                                                                 migrated_url):
    if not migrated_url.startswith("sqlite"):
        code, said = await app_command(migrated_url, "backup", str(tmp_path / "x.db"))
        assert code == 2 and "pg_dump" in said and "pg_restore" in said
        assert not (tmp_path / "x.db").exists()
        return
    junk = tmp_path / "notes.txt"
    junk.write_text("not a database", encoding="utf-8")
    code, said = await app_command(f"sqlite:///{tmp_path}/new.db", "restore", str(junk))
    assert code == 2 and "is not a backup" in said
    assert not (tmp_path / "new.db").exists()
    code, said = await app_command(migrated_url, "backup", str(junk))
    assert code == 1 and "--force" in said
    assert junk.read_text(encoding="utf-8") == "not a database"
    code, said = await app_command(migrated_url, "backup", str(junk), "--force")
    assert code == 0 and junk.read_bytes().startswith(b"SQLite format 3")
