"""January 2024: tasks from the November minutes are followed up, the call for input goes out
for the meeting on 9 February, members propose items, and the secretary reviews them."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.fake_connector import Fault
from tests.gallery.album import Album, button, executes
from tests.gallery.december import words
from tests.gallery.stage import GROUP, Stage


def at_nine(day: int, month: int = 1) -> datetime:
    """09.00 in Copenhagen on that day of 2024 (winter time)."""
    return datetime(2024, month, day, 8, 0, tzinfo=UTC)


def sent_card(sent: list[dict], conversation_part: str, verb: str | None = None) -> dict:
    """The last card delivered to a conversation whose id contains `conversation_part` (with a
    button `verb`, if given)."""
    cards = [attachment["content"] for activity in sent
             if conversation_part in activity.get("_conversation", activity.get("_activity", ""))
             for attachment in activity.get("attachments") or []
             if verb is None or any(executes(attachment["content"], verb))]
    if not cards:
        raise AssertionError(f"no card sent to {conversation_part}: {sent}")
    return cards[-1]


FOSTER = {
    "title": "Plejefamilier – rekruttering og fastholdelse", "kind": "drøftelse", "minutes": "30",
    "description": "Socialtilsyn Øst peger i sin årsrapport på en kommende mangel på "
                   "plejefamilier. Netværket har tidligere haft en arbejdsgruppe om en fælles "
                   "informationsindsats, og i BKF tales der om en kampagne.",
    "recommendation": "Det indstilles, at netværket drøfter en fælles indsats for at rekruttere "
                      "og fastholde plejefamilier, og hvem der går videre med den.",
    "presenter": "Lotte Christensen", "guests": "Socialtilsyn Øst",
    "link_url": "https://www.kl.dk/media/socialtilsyn-aarsrapport-2022.pdf",
    "link_title": "Socialtilsyn Øst, årsrapport 2022"}
AI = {"title": "AI i sagsbehandlingen – ønsket om en fælles løsning", "kind": "orientering",
      "minutes": "15", "description": "Daniel har båret netværkets ønske videre til KL.",
      "recommendation": "", "presenter": "Daniel Gottrup", "guests": "", "link_url": "",
      "link_title": ""}
CIRCLE = {"title": "Deltagerkredsen – kan man sende en stedfortræder?", "kind": "beslutning",
          "minutes": "15",
          "description": "På mødet 24. november blev det ønsket kort at drøfte deltagerkredsen, "
                         "herunder om man kan sende en stedfortræder, hvis man ikke kan komme.",
          "recommendation": "Det indstilles, at en kommune kan sende en stedfortræder, når den "
                            "faste deltager har afbud.",
          "presenter": "Christel Jørgensen", "guests": "", "link_url": "", "link_title": ""}


async def tasks(stage: Stage, album: Album) -> None:
    line = words(stage, "opgave: Rie undersøger om Socialtilsyn Øst kan deltage den 9. februar, "
                        "frist 12. januar",
                 "task: Rie finds out whether Socialtilsyn Øst can come on 9 February, "
                 "by 12 January")
    ask = album.keep("task_owner", await stage.say(line), "a task for “Rie”, who is two people")
    created = await stage.click("task.owner", button(ask, "task.owner", "Rie Nielsen"))
    listed = await stage.say(words(stage, "åbne opgaver", "open tasks"))
    new = button(created, "task.done")["task_id"]
    imported = [a["data"] for a in executes(listed, "task.show") if a["data"]["task_id"] != new]
    task = await stage.click("task.show", {"task_id": imported[0]["task_id"]})
    confirmed = await stage.click("task.confirm", button(task, "task.confirm"))
    album.keep("task", confirmed, "an imported task, just confirmed by the secretary")
    album.keep("task_form", await stage.say(words(stage, "ny opgave", "new task")), "“ny opgave”")
    digest = await stage.at(at_nine(10))
    album.keep("task_reminders", sent_card(digest, "rie-nielsen"),
               "Rie's 1:1 reminder two working days before her task is due")
    listed = await stage.say(words(stage, "åbne opgaver", "open tasks"))
    opened = await stage.click("task.show", button(listed, "task.show", task_id=new))
    album.keep("task_list", opened, "“åbne opgaver”, Rie's new task opened by a click on its row")


async def call_for_input(stage: Stage, album: Album) -> None:
    call = sent_card(await stage.at(at_nine(19)), GROUP)
    album.keep("agenda_call", call, "the call for input, 21 days before the meeting")
    form = await stage.click("item.form", button(call, "item.form"), user="lotte")
    album.keep("item_form", form, "Lotte clicks *Foreslå et punkt*")
    done = await stage.click("item.propose", {**button(form, "item.propose"), **FOSTER},
                             user="lotte")
    album.keep("notice", done, "Lotte's item is proposed")
    for user, item in (("daniel", AI), ("christel", CIRCLE)):
        await stage.click("item.propose", {**button(form, "item.propose"), **item}, user=user)
    await stage.click("item.nothing", button(call, "item.nothing"), user="helle")
    # Two working days before the deadline the nudge goes 1:1 to those who have not answered;
    # one of them has blocked the bot, so theirs is not delivered.
    nudges = await stage.at(at_nine(26), fail=Fault(403, code="ConversationBlockedByUser"))
    album.keep("agenda_prompt", sent_card(nudges, "a:personal-", "item.nothing"),
               "a 1:1 nudge two working days before the deadline")
    album.keep("undelivered", await stage.say(words(stage, "ikke leverede beskeder",
                                                    "undelivered messages")),
               "“ikke leverede beskeder” after a nudge to a person who blocked the bot")


async def review(stage: Stage, album: Album) -> None:
    stage.clock.set(datetime(2024, 1, 30, 13, 0, tzinfo=UTC))  # the deadline has passed
    card = await stage.say(words(stage, "gennemgå punkter", "review items"))
    album.keep("agenda_review", card, "“gennemgå punkter” after the deadline, nothing accepted yet")
    accept = [a["data"] for a in executes(card, "item.review") if a["data"]["decision"] == "accept"]
    for data in accept[:2]:
        card = await stage.click("item.review", data)
    # The proposal left (the accepted items have their own Udskyd now).
    await stage.click("item.review", button(card, "item.review", decision="defer",
                                            item_id=accept[2]["item_id"]))
    album.keep("item_decision", sent_card(await stage.deliver(), "christel"),
               "Christel is told 1:1 that her item was deferred")


async def january(stage: Stage, album: Album) -> None:
    for scene in (tasks, call_for_input, review):
        await scene(stage, album)
