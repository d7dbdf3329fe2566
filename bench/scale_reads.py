"""The hot reads, through the bot's real read paths: a member of a random group asks in the
group chat, as Teams posts it to /api/messages, and the time until the bot has answered (its
reply is sent to the fake Bot Connector within the request) is measured."""

import os
import random
import time
import uuid
from pathlib import Path
from typing import Any

import aiohttp

from bench.scale_rows import MEMBERS
from bench.scale_texts import member_name

BOT = "28:bench-bot"
TENANT = "bench-tenant"
QUESTIONS = {
    "next_meeting": "hvornår er næste møde?",
    "my_tasks": "mine opgaver",
    "open_tasks": "åbne opgaver",
    "search": "hvad blev besluttet om plejefamilier?",
    "agenda": "dagsorden",
}


def activity(service_url: str, group: int, member: int, text: str) -> dict[str, Any]:
    """A group chat message from a member of the generated group, @mentioning the bot."""
    mention = {"type": "mention", "mentioned": {"id": BOT, "name": "Mødebot"},
               "text": "<at>Mødebot</at>"}
    sender = {"id": f"29:bench-{group}-{member}", "name": member_name(group, member),
              "aadObjectId": f"aad-{group}-{member}"}
    return {"type": "message", "id": uuid.uuid4().hex, "channelId": "msteams",
            "serviceUrl": service_url, "from": sender, "recipient": {"id": BOT, "name": "Mødebot"},
            "conversation": {"id": f"19:bench-{group}@thread.v2", "conversationType": "groupChat",
                             "isGroup": True, "tenantId": TENANT},
            "text": f"<at>Mødebot</at> {text}", "entities": [mention], "locale": "da-DK",
            "channelData": {"tenant": {"id": TENANT}}}


CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


class ReadCosts:
    """Per question: each turn's time, and the app process's CPU time over its turns (summed
    turn by turn from /proc: less swayed by other load on the machine than the wall clock)."""

    def __init__(self, pid: int | None) -> None:
        self.latencies: dict[str, list[float]] = {name: [] for name in QUESTIONS}
        self._cpu: dict[str, float] = dict.fromkeys(QUESTIONS, 0.0)
        self._stat = Path(f"/proc/{pid}/stat") if pid else None

    def cpu_seconds(self) -> float:
        if self._stat is None:
            return 0.0
        user, system = self._stat.read_text().rsplit(")", 1)[1].split()[11:13]
        return (int(user) + int(system)) / CLOCK_TICKS

    def add(self, name: str, seconds: float, cpu: float) -> None:
        self.latencies[name].append(seconds)
        self._cpu[name] += cpu

    def cpu_ms_per_turn(self) -> dict[str, float | None]:
        return {name: round(self._cpu[name] * 1000 / len(times), 2) if times else None
                for name, times in self.latencies.items()}


async def hot_reads(bot_url: str, service_url: str, groups: int, samples: int,
                    seed: int = 15, pid: int | None = None) -> tuple[ReadCosts, int]:
    """`samples` turns of each question (after a few to warm up), in random groups, one at a
    time; the latencies and CPU time per question (of the app process `pid`) and the turns that
    failed."""
    rng = random.Random(seed)
    costs = ReadCosts(pid)
    failures = 0
    async with aiohttp.ClientSession() as session:
        for round_ in range(samples + 5):
            for name, text in QUESTIONS.items():
                group, member = rng.randint(1, groups), rng.randint(2, MEMBERS - 1)
                body = activity(service_url, group, member, text)
                cpu, began = costs.cpu_seconds(), time.perf_counter()
                async with session.post(bot_url + "api/messages", json=body) as response:
                    await response.read()
                    ok = response.status in (200, 201)
                failures += not ok
                if ok and round_ >= 5:
                    costs.add(name, time.perf_counter() - began, costs.cpu_seconds() - cpu)
    return costs, failures
