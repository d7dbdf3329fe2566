"""`python -m bench.turns`: our bot's interactive turns side by side with a stock echo bot.

Separate processes besides this driver, all on 127.0.0.1: an instant fake Bot Connector, the
stock botbuilder 4.17.1 echo bot and Mødebot from create_app on a migrated temporary SQLite
database with one group and one planned meeting (system clock, as in production). Each bot
answers "hvornår er næste møde?"; Mødebot reads the group and the meeting, renders the meeting
card and replies. One JSON line per configuration, then one comparing the bots. A turn counts
as an error when the HTTP answer is not 200/201 or the bot's reply is not the expected one
(a card from Mødebot, "Echo: …" from the echo bot). Bounded by turn counts and a time cap.
"""

import argparse
import asyncio
import json
import tempfile
import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import aiohttp

from bench.load import drive
from bench.servers import Servers
from storage.migrate import upgrade

BOT = "28:00000000-0000-0000-0000-0000000000b0"
GROUP = "19:bench-netvaerk@thread.v2"
TENANT = "00000000-0000-0000-0000-0000000000aa"
LISBET = {"id": "29:lisbet", "name": "Lisbet Daugaard-Hansen", "aadObjectId": "aad-lisbet"}
ASK = "hvornår er næste møde?"
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december")
# Turns before each measurement: connections opened, statements compiled, the card rendered.
WARM_UP = 200
EXPECTED_REPLY = {"moedebot": "card", "echo": "echo", "echo_teams_adapter": "echo"}


def plan_text(today: date) -> str:
    """Planning a meeting two months ahead, in the words a secretary would write."""
    day = today + timedelta(days=60)
    return f"nyt møde {day.day}. {MONTHS[day.month - 1]} {day.year} kl. 10-13 i Ringsted"


def activity(service_url: str, text: str, kind: str = "message") -> dict[str, Any]:
    """A group chat activity as Teams sends it, @mentioning the bot."""
    mention = {"type": "mention", "mentioned": {"id": BOT, "name": "Mødebot"},
               "text": "<at>Mødebot</at>"}
    return {"type": kind, "action": "add" if kind == "installationUpdate" else None,
            "id": uuid.uuid4().hex, "channelId": "msteams", "serviceUrl": service_url,
            "from": LISBET, "recipient": {"id": BOT, "name": "Mødebot"},
            "conversation": {"id": GROUP, "conversationType": "groupChat", "isGroup": True,
                             "tenantId": TENANT, "name": "Netværksgruppe (bench)"},
            "text": f"<at>Mødebot</at> {text}", "entities": [mention], "locale": "da-DK",
            "channelData": {"tenant": {"id": TENANT}}}


async def connector_stats(connector_url: str) -> dict[str, Any]:
    async with aiohttp.ClientSession() as session:
        async with session.get(connector_url + "stats") as response:
            return await response.json()


async def seed(bot_url: str, connector_url: str) -> None:
    """Install Mødebot in the group and plan the meeting the measured turns ask about."""
    async with aiohttp.ClientSession() as session:
        for body in (activity(connector_url, "", "installationUpdate"),
                     activity(connector_url, plan_text(date.today())),
                     activity(connector_url, ASK)):
            async with session.post(bot_url, json=body) as response:
                if response.status not in (200, 201):
                    raise SystemExit(f"seeding failed: {response.status} {await response.text()}")
    last = (await connector_stats(connector_url))["last"]
    if "Næste møde" not in json.dumps(last, ensure_ascii=False):
        raise SystemExit(f"Mødebot did not answer with the meeting card: {last}")


async def measure(servers: Servers, bot: str, concurrency: int, turns: int,
                  cap: float) -> dict[str, Any]:
    url, connector_url = servers.url(bot) + "api/messages", servers.url("connector")
    ask = lambda: activity(connector_url, ASK)  # noqa: E731
    await drive(url, ask, concurrency=concurrency, turns=max(WARM_UP, turns // 10), cap_seconds=cap)
    cpu, before = servers.cpu_seconds(bot), await connector_stats(connector_url)
    result = await drive(url, ask, concurrency=concurrency, turns=turns, cap_seconds=cap)
    cpu, after = servers.cpu_seconds(bot) - cpu, await connector_stats(connector_url)
    kind = EXPECTED_REPLY[bot]
    wrong = result["turns"] - (after["replies"][kind] - before["replies"][kind])
    result["errors"] += max(0, wrong)
    per_turn = cpu / result["turns"] * 1000 if result["turns"] else None
    return {"bot": bot, **result, "bot_cpu_ms_per_turn": per_turn and round(per_turn, 2)}


def comparison(results: list[dict[str, Any]]) -> dict[str, Any]:
    by = {(r["bot"], r["concurrency"]): r for r in results}
    rows = []
    for concurrency in sorted({r["concurrency"] for r in results}):
        ours, echo = by[("moedebot", concurrency)], by[("echo", concurrency)]
        rows.append({"concurrency": concurrency,
                     "throughput_ratio": round(ours["turns_per_s"] / echo["turns_per_s"], 2),
                     "p99_ms": {"moedebot": ours["p99_ms"], "echo": echo["p99_ms"]},
                     "p99_lower": ours["p99_ms"] < echo["p99_ms"]})
    return {"comparison": rows}


async def run(options: argparse.Namespace, workdir: Path, database_url: str) -> None:
    bots = ("moedebot", "echo", *(("echo_teams_adapter",) if options.floor else ()))
    with Servers(workdir, database_url, bots) as servers:
        await servers.ready()
        await seed(servers.url("moedebot") + "api/messages", servers.url("connector"))
        results = []
        for concurrency, turns in ((1, options.turns_1), (20, options.turns_20)):
            for bot in bots:
                results.append(await measure(servers, bot, concurrency, turns, options.cap))
                print(json.dumps(results[-1]), flush=True)
        print(json.dumps(comparison(results)), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--turns-1", type=int, default=1000, help="turns at concurrency 1")
    parser.add_argument("--turns-20", type=int, default=2000, help="turns at concurrency 20")
    parser.add_argument("--cap", type=float, default=60.0, help="seconds per configuration")
    parser.add_argument("--floor", action="store_true",
                        help="also the echo bot on our TeamsAdapter: the SDK's share of a turn")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-turns-") as workdir:
        database_url = f"sqlite:///{workdir}/bench.db"
        upgrade(database_url)  # before the loop: Alembic's env runs a loop of its own
        asyncio.run(run(options, Path(workdir), database_url))


if __name__ == "__main__":
    main()
