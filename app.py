"""Composition root: builds every concrete object and serves the bot. `python app.py` serves;
`python app.py worker` runs the ticks and the delivery without serving;
`python app.py annual-report --group NAME --year 2026` writes a group's annual report;
`python app.py import-minutes FILE… --group NAME` imports past minutes (`--dry-run`: only shows
what it read); `python app.py backup FILE` and `restore FILE` copy the SQLite database."""

import argparse
import asyncio
import gc
import logging
import signal
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from types import SimpleNamespace

from aiohttp import web
from botbuilder.core import TurnContext
from botbuilder.integration.aiohttp import ConfigurationBotFrameworkAuthentication
from botbuilder.schema import ActivityTypes
from sqlalchemy.engine import make_url

import meetings.follow_ups  # noqa: F401  (planning's follow-ups: the agenda cycle, the chase)
from bot.command_line import import_minutes_files, preview_minutes_files, write_annual_report
from bot.file_download import FileDownloader
from bot.logs import configure_logging
from bot.outbox.background import BackgroundThread, run_background
from bot.settings import Settings
from bot.teams.adapter import TeamsAdapter
from bot.teams.answers import AnswerNotShown
from bot.teams.connector import TeamsConnector
from bot.teams.meeting_bot import MeetingBot
from bot.teams.redelivery import SeenActivities
from bot.web import Routes
from meetings.common.clock import Clock, SystemClock
from meetings.common.conversation import AddressPolicy
from meetings.common.i18n import language_of, translations
from meetings.common.working_days import load_calendars
from meetings.understanding.intents import prepare
from storage.backup import backup, restore
from storage.database import create_engine
from storage.repositories.handled_activities import shared_activities
from storage.repositories.quick_reads import QuickReads
from storage.unit_of_work import unit_of_work_factory

log = logging.getLogger("moedebot")

ENGINE = web.AppKey("engine", object)
CONNECTOR = web.AppKey("connector", TeamsConnector)
READS = web.AppKey("reads", QuickReads)


def create_app(settings: Settings, *, clock: Clock | None = None) -> web.Application:
    clock = clock or SystemClock()
    engine = create_engine(settings.database_url)
    uow_factory = unit_of_work_factory(engine)
    connector = TeamsConnector(app_id=settings.app_id, app_password=settings.app_password,
                               tenant_id=settings.app_tenant_id, clock=clock)
    adapter = TeamsAdapter(ConfigurationBotFrameworkAuthentication(_sdk_configuration(settings)),
                           connector)
    adapter.on_turn_error = _on_turn_error
    policy = AddressPolicy(allowed_hosts=settings.service_hosts(),
                           allowed_tenants=settings.tenants())
    reads = QuickReads(engine)
    bot = MeetingBot(uow_factory, reads, clock, policy, settings.base_url,
                     _downloader(settings), settings.link_lifetimes(),
                     SeenActivities(clock, shared=shared_activities(engine)))

    app = web.Application(client_max_size=settings.max_body_bytes)
    app[ENGINE] = engine
    app[CONNECTOR] = connector
    Routes(adapter, bot, uow_factory, engine, clock, settings.base_url,
           min_free_disk_mb=settings.min_free_disk_mb).install(app)
    if settings.delivery_worker:
        # The ticks and the delivery run on a loop of their own, in a thread: their CPU work
        # (a tick over every group, digests to render) never holds up a turn or /healthz.
        background = BackgroundThread(settings, clock)

        async def work_in_background(_: web.Application) -> AsyncIterator[None]:
            await asyncio.to_thread(background.start)
            yield
            await asyncio.to_thread(background.stop)

        app.cleanup_ctx.append(work_in_background)
    app[READS] = reads
    app.on_startup.append(lambda _: _prepare_process(clock))
    app.on_cleanup.append(_close_reads)
    app.on_cleanup.append(_dispose_engine)
    app.on_cleanup.append(_close_connector)
    return app


async def _prepare_process(clock: Clock) -> None:
    prepare()  # trained once per process, before the first message is waiting for it
    load_calendars(clock.now().year)
    # What start-up built (modules, the model, the app) lives as long as the process: frozen,
    # so the collector's full passes no longer walk its 200,000 objects, a pause of a tenth of
    # a second and more in the middle of whichever turn triggers one.
    gc.collect()
    gc.freeze()


def _downloader(settings: Settings) -> FileDownloader:
    """Files sent in a 1:1 chat come from SharePoint over https; from loopback only in tests,
    which run without credentials."""
    return FileDownloader(
        hosts=frozenset(h.lower() for h in settings.file_hosts),
        max_bytes=settings.max_file_bytes, timeout_seconds=settings.file_timeout_seconds,
        loopback=settings.files_from_loopback and not settings.authenticated)


def _sdk_configuration(settings: Settings) -> SimpleNamespace:
    """The attribute names botbuilder's ConfigurationBotFrameworkAuthentication reads."""
    config = SimpleNamespace(
        APP_ID=settings.app_id,
        APP_PASSWORD=settings.app_password,
        # botbuilder refuses SingleTenant without an app id; without one nothing is checked.
        APP_TYPE=settings.app_type if settings.app_id else "MultiTenant",
        APP_TENANTID=settings.app_tenant_id,
    )
    if settings.openid_metadata_url:
        # Setting one endpoint switches botbuilder to its "parameterized" cloud, which then
        # needs every endpoint: the public cloud's, but for the metadata.
        config.TO_BOT_FROM_CHANNEL_OPENID_METADATA_URL = settings.openid_metadata_url
        config.TO_BOT_FROM_CHANNEL_TOKEN_ISSUER = "https://api.botframework.com"
        config.TO_CHANNEL_FROM_BOT_LOGIN_URL = "https://login.microsoftonline.com/botframework.com"
        config.TO_CHANNEL_FROM_BOT_OAUTH_SCOPE = "https://api.botframework.com"
        config.OAUTH_URL = "https://api.botframework.com"
        config.TO_BOT_FROM_EMULATOR_OPENID_METADATA_URL = settings.openid_metadata_url
    return config


async def _on_turn_error(turn_context: TurnContext, error: Exception) -> None:
    activity = turn_context.activity
    conversation = activity.conversation.id if activity.conversation else None
    log.error("turn failed", exc_info=error,
              extra={"activity_type": activity.type, "conversation_id": conversation})
    if activity.type not in (ActivityTypes.message, ActivityTypes.invoke):
        return  # nobody asked anything: an apology would puzzle the whole group
    _ = translations(language_of(turn_context.activity.locale)).gettext
    if isinstance(error, AnswerNotShown):  # raised after the turn's changes were committed
        apology = _("Sorry, Teams did not take my answer. Your message was handled and what it "
                    "changed is saved, so do not send it again; write \"next meeting\" or "
                    "\"tasks\" to see where things stand.")
    else:
        apology = _("Sorry, something went wrong on my side. Nothing was changed; please try "
                    "again.")
    try:
        await turn_context.send_activity(apology)
    except Exception:
        log.warning("could not tell the user about the failed turn", exc_info=True)


async def _close_reads(app: web.Application) -> None:
    await app[READS].close()


async def _dispose_engine(app: web.Application) -> None:
    await app[ENGINE].dispose()


async def _close_connector(app: web.Application) -> None:
    await app[CONNECTOR].close()


async def work(settings: Settings) -> None:
    """The background work without serving HTTP — the agenda cycle, the task chase and the
    minutes' silence-consent ticks, and the delivery of the outbox — until SIGTERM or SIGINT:
    a process (or machine) of its own for what the web process would otherwise do."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    await run_background(settings, SystemClock(), stop)



def main(argv: list[str] | None = None) -> None:
    parser = _parser()
    args = parser.parse_args(argv)
    command = args.command or "serve"
    if command == "import-minutes" and args.dry_run:
        sys.exit(preview_minutes_files(args.files))  # before any migration: nothing written
    if command == "import-minutes" and args.group is None:
        parser.error("import-minutes: --group is required (or give --dry-run)")
    settings = Settings()
    configure_logging(settings.log_level, settings.log_format)
    if command in ("backup", "restore"):  # before migrating: a restore needs no empty database
        run = backup if command == "backup" else restore
        sys.exit(run(settings.database_url, args.file, force=args.force))
    if make_url(settings.database_url).get_backend_name() == "sqlite":
        # The embedded default migrates itself; PostgreSQL is migrated as a deployment step.
        from storage.migrate import upgrade  # Alembic (some 10 MB) only in a process that migrates

        upgrade(settings.database_url)
    if command == "worker":
        asyncio.run(work(settings))
        return
    if command == "annual-report":
        sys.exit(asyncio.run(write_annual_report(settings, args.group, args.year, args.out)))
    if command == "import-minutes":
        sys.exit(asyncio.run(import_minutes_files(settings, args.group, args.files)))
    settings.refuse_unsafe_binding()
    log.info("starting", extra={"host": settings.host, "port": settings.port,
                                "authenticated": settings.authenticated})
    web.run_app(create_app(settings), host=settings.host, port=settings.port, print=None)


def _parser() -> argparse.ArgumentParser:
    """Commands with their own options; none at all serves, as `python app.py` always did."""
    parser = argparse.ArgumentParser(description="Mødebot: a Teams bot for standing groups.")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("serve", help="the bot and its delivery worker (the default)")
    commands.add_parser("worker", help="the background work alone: the ticks and the delivery")
    report = commands.add_parser(
        "annual-report", help="write a group's annual report as .docx, print it as Markdown")
    report.add_argument("--group", required=True, help="the group's name or id")
    report.add_argument("--year", type=int, default=None,
                        help="the year (default: last year in January and February, else this)")
    report.add_argument("--out", type=Path, default=None,
                        help="the .docx to write (default: the report's name, here)")
    minutes = commands.add_parser(
        "import-minutes", help="import past minutes (.docx, .pdf, .txt, .md) into a group")
    minutes.add_argument("files", nargs="+", type=Path, metavar="FILE")
    minutes.add_argument("--group", default=None,
                         help="the group's name or id (required unless --dry-run)")
    minutes.add_argument("--dry-run", action="store_true",
                         help="only show what each file reads as; open no database, write nothing")
    for name, text in (("backup", "copy the SQLite database to FILE while the bot runs"),
                       ("restore", "replace the SQLite database with the backup FILE")):
        command = commands.add_parser(name, help=text)
        command.add_argument("file", type=Path, metavar="FILE")
        command.add_argument("--force", action="store_true",
                             help="overwrite what is there (restore: stop the bot first)")
    return parser


if __name__ == "__main__":
    main()
