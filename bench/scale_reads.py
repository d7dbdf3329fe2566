"""The hot reads, through the bot's real read paths: a member of a random group asks in the
group chat, as Teams posts it to /api/messages, and the time until the bot has answered (its
reply is sent to the fake Bot Connector within the request) is measured."""

import random
import time
import uuid
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


async def hot_reads(bot_url: str, service_url: str, groups: int, samples: int,
                    seed: int = 15) -> tuple[dict[str, list[float]], int]:
    """`samples` turns of each question (after a few to warm up), in random groups, one at a
    time; the latencies per question and the turns that failed."""
    rng = random.Random(seed)
    latencies: dict[str, list[float]] = {name: [] for name in QUESTIONS}
    failures = 0
    async with aiohttp.ClientSession() as session:
        for round_ in range(samples + 5):
            for name, text in QUESTIONS.items():
                group, member = rng.randint(1, groups), rng.randint(2, MEMBERS - 1)
                body = activity(service_url, group, member, text)
                began = time.perf_counter()
                async with session.post(bot_url + "api/messages", json=body) as response:
                    await response.read()
                    ok = response.status in (200, 201)
                failures += not ok
                if ok and round_ >= 5:
                    latencies[name].append(time.perf_counter() - began)
    return latencies, failures
