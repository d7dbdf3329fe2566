"""February 2024: the agenda goes out, members answer whether they come, the meeting on
9 February is held and minuted in Teams, and the minutes are approved by silence."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.card_reading import elements
from tests.gallery.album import Album, button, executes
from tests.gallery.december import words
from tests.gallery.january import at_nine, sent_card
from tests.gallery.stage import GROUP, Stage

STEERING = "19:styregruppe-boern-unge@thread.v2"

FOSTER_NOTES = ("Lotte gennemgik Socialtilsyn Øst's bekymring for rekrutteringen. Flere kommuner "
                "oplever, at plejefamilier siger op efter få år.")
FOSTER_DECISION = ("Netværket anbefaler en fælles informationsindsats. Lotte og Rie samler "
                   "erfaringerne fra kommunerne til næste møde.")


async def agenda(stage: Stage, album: Album) -> None:
    published = sent_card(await stage.at(at_nine(2, 2)), GROUP)
    meeting = button(published, "attendance.answer", status="attending")
    answered = await stage.click("attendance.answer", meeting, user="rie")
    album.keep("agenda", answered, "the published agenda, after Rie answered *Deltager*")
    await stage.click("attendance.answer", {**meeting, "status": "substitute",
                                            "substitute_name": "Trine Krogh Stenstrup"},
                      user="daniel")
    await stage.click("attendance.answer", {**meeting, "status": "regrets"}, user="christel")
    # Asked about one member: their answer first, then everyone by organisation
    album.keep("attendance", await stage.say(words(stage, "Kommer Daniel?", "Is Daniel coming?")),
               "“Kommer Daniel?” a week before the meeting")
    review = await stage.say(words(stage, "gennemgå punkter", "review items"))
    await stage.click("agenda.tell", {**button(review, "agenda.tell"), "change_note": words(
        stage, "Socialtilsyn Øst deltager under punktet om plejefamilier.",
        "Socialtilsyn Øst joins us for the item on foster families.")})
    notice = sent_card(await stage.deliver(), GROUP)
    album.keep("agenda_notice", notice, "*Fortæl gruppen, hvad der er ændret* on the review card")
    album.keep("meeting", await stage.say(words(stage, "hvornår er næste møde?",
                                                "when is the next meeting?"), user="lotte"),
               "“hvornår er næste møde?” the week before")
    album.keep("questions", await stage.say(words(stage, "hjælp til referatet",
                                                  "help me with the minutes"), user="lotte"),
               "“hjælp til referatet”, help or the minutes: *Mente du …?*")
    album.keep("regrets_confirm", await stage.say(words(
        stage, "jeg kan ikke komme til næste møde", "I can't make the next meeting"),
        user="helle"), "“jeg kan ikke komme til næste møde”")
    album.keep("attend_confirm", await stage.say(words(
        stage, "jeg kommer til næste møde", "I'll be at the next meeting"), user="lotte"),
        "“jeg kommer til næste møde”")


async def minutes(stage: Stage, album: Album) -> None:
    stage.clock.set(datetime(2024, 2, 9, 11, 30, tzinfo=UTC))  # 12.30, the meeting is on
    overview = await stage.say(words(stage, "referat", "minutes"))
    entry = await stage.click("minutes.entry", _entry_of(overview, "Plejefamilier"))
    saved = await stage.click("minutes.entry.save", {**button(entry, "minutes.entry.save"),
                                                     "notes": FOSTER_NOTES,
                                                     "decision": FOSTER_DECISION,
                                                     "guests": "Socialtilsyn Øst"})
    album.keep("minutes_entry", saved, "the item on foster families, its referat just saved")
    await stage.say(words(stage, "#punkt 4", "#item 4"))
    ask = await stage.say(words(stage, "#opgave Rie samler kommunernes erfaringer med "
                                       "rekruttering, frist 1. marts",
                                "#task Rie gathers the municipalities' experience with "
                                "recruitment by 1 March"))
    album.keep("minutes_owner", ask, "“#opgave Rie …” in the chat during the meeting")
    await stage.click("minutes.task", button(ask, "minutes.task", "Rie Nielsen"))
    presence = await stage.click("minutes.presence", button(overview, "minutes.presence"))
    album.keep("minutes_presence", presence, "*Fremmøde og referent* on the minutes")
    posted = await stage.click("minutes.post", button(overview, "minutes.post"))
    album.keep("minutes", posted, "the minutes, just sent for approval")
    await stage.deliver()


def _entry_of(card: dict, title: str) -> dict:
    """The data of the button that opens the item whose title starts with `title`."""
    for row in elements(card):
        if row.get("type") == "ColumnSet" and title in str(row) and any(
                executes(row, "minutes.entry")):
            return button(row, "minutes.entry")
    raise AssertionError(f"no item {title} on the minutes card")


async def approval(stage: Stage, album: Album) -> None:
    sent = await stage.at(at_nine(19, 2))  # five working days later, nobody objected
    album.keep("minutes_approved", sent_card(sent, GROUP),
               "silence is consent: the minutes approved five working days after posting")
    album.keep("search_results", await stage.say(words(
        stage, "hvad blev besluttet om plejefamilier?",
        "what did we decide about foster families?")), "“hvad blev besluttet om plejefamilier?”")
    album.keep("meeting_list", await stage.say(words(stage, "kommende møder",
                                                     "upcoming meetings")), "“kommende møder”")
    album.keep("meeting_list", await stage.say(words(stage, "hvilke møder har vi i 2024?",
                                                     "which meetings do we have in 2024?")),
               "“hvilke møder har vi i 2024?”: the year's meetings, held and planned", "year")
    album.keep("meeting_form", await stage.say(words(stage, "nyt møde", "new meeting")),
               "“nyt møde”")
    album.keep("confirm_cancel", await stage.say(words(
        stage, "aflys møde 20. september", "cancel the meeting on 20 September")),
        "“aflys møde 20. september”")


async def two_groups(stage: Stage, album: Album) -> None:
    """Lisbet sits in the steering group too; asked in her 1:1 chat, the bot answers for both."""
    installed = stage.activity("group_installation_update", "lisbet")
    installed["conversation"] = {**installed["conversation"], "id": STEERING,
                                 "name": "Styregruppen"}
    await stage.post(installed)
    await _say_in(stage, STEERING, words(
        stage, "nyt møde fredag 8. marts 2024 kl. 12.30-15 i Greve",
        "new meeting 8 March 2024 12:30-15:00 in Greve"))
    album.keep("group_answers", await stage.say(words(
        stage, "hvornår er næste møde?", "when is the next meeting?"), personal=True),
        "“hvornår er næste møde?” in a 1:1 chat, from a member of two groups")
    album.keep("group_choice", await stage.say(words(
        stage, "punkt: Plejefamilier – rekruttering og fastholdelse, 20 min",
        "item: Foster families – recruitment and retention, 20 min"), personal=True),
        "an item written in a 1:1 chat by a member of two groups, before she picks one")


async def digest_of_two_groups(stage: Stage, album: Album) -> None:
    """Lisbet has a task in each of her groups, due the same Friday: one 1:1 reminder holds
    both, each under its group's name."""
    for conversation in (GROUP, STEERING):
        await _say_in(stage, conversation, words(
            stage, "opgave: Lisbet sender budgettet til KL, frist 23. februar 2024",
            "task: Lisbet sends the budget to KL by 23 February 2024"))
    digest = sent_card(await stage.at(at_nine(21, 2)), "lisbet-daugaard-hansen")
    album.keep("task_reminders", digest, "Lisbet's 1:1 reminder of a task in each of her two "
               "groups, two working days before they are due", "groups")


async def _say_in(stage: Stage, conversation: str, text: str) -> None:
    """Lisbet writes `text` to the bot in the chat of that conversation."""
    message = stage.activity("group_message", "lisbet")
    message["conversation"] = {**message["conversation"], "id": conversation}
    message["text"] = "<at>Mødebot</at> " + text
    await stage.post(message)


async def own_data(stage: Stage, album: Album) -> None:
    """Lisbet asks, in her 1:1 chat, to have her data erased; she does not confirm."""
    album.keep("erase_confirm", await stage.say(words(
        stage, "slet mine data", "delete my data"), personal=True),
        "“slet mine data” in a 1:1 chat, before the click that erases")


async def leaderless(stage: Stage, album: Album) -> None:
    """Lisbet, the steering group's only secretary, leaves it: the bot offers the role there."""
    left = stage.activity("group_installation_update", "lisbet")
    left.pop("action")
    left.update(type="conversationUpdate", membersRemoved=[left["from"]])
    left["conversation"] = {**left["conversation"], "id": STEERING, "name": "Styregruppen"}
    await stage.post(left)
    album.keep("take_over", sent_card(await stage.deliver(), STEERING, "members.take_over"),
               "the steering group after its only secretary left, offering the role")


async def february(stage: Stage, album: Album) -> None:
    for scene in (agenda, minutes, approval, two_groups, digest_of_two_groups, own_data,
                  leaderless):
        await scene(stage, album)
