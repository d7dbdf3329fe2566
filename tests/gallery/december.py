"""December 2023: the secretary installs Mødebot in the network group's chat, brings in the
minutes of September and November, plans 2024 and writes the annual report for 2023."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import update

from meetings.groups.entities import Group
from tests.gallery.album import Album, button
from tests.gallery.stage import GROUP, Stage

SEEDS = Path(__file__).parents[1] / "fixtures" / "minutes"
START = datetime(2023, 12, 4, 8, 0, tzinfo=UTC)  # Monday 4 December 2023, 09.00 in Ringsted

PURPOSE = ("Formålet med netværksgruppe „Børn og unge“ er at give input til styregruppen, der "
           "kan understøtte styregruppens arbejde, herunder opfølgning på udvikling og "
           "kapacitet, videndeling og faglig udvikling.")
ATTENTION = ("Netværket ønsker en mere målrettet fælles offentlig løsning, så kommunerne ikke "
             "står alene med implementeringen af AI-løsninger i sagsbehandlingen. "
             "Socialtilsyn Øst peger på en kommende mangel på plejefamilier.")
YEAR_2024 = [  # the dates the November meeting proposed, the June one moved off 7 June
    ("2024-02-09", True, "", "Socialtilsyn Øst og plejefamilier"),
    ("2024-06-14", False, "Hækkerupsvej 1, 4100 Ringsted, mødelokale 1",
     "Skoledagbehandling og kvalitetsaftale"),
    ("2024-09-20", True, "", "Børnehus Sjælland"),
    ("2024-11-29", False, "Næstved Rådhus, Rådmandshaven 20, 4700 Næstved",
     "Psykiatrien og lettere behandling"),
]


def words(stage: Stage, danish: str, english: str) -> str:
    """What a person writes: Mødebot answers in the language of the message."""
    return english if stage.locale.startswith("en") else danish


async def install(stage: Stage, album: Album) -> None:
    await stage.install()
    if stage.locale.startswith("en"):
        # An English-speaking group: the messages the bot sends on its own are in English too.
        async with stage.uow() as uow:
            await uow.session.execute(update(Group).where(Group.conversation_id == GROUP)
                                      .values(language="en"))
            await uow.commit()
    album.keep("help", await stage.say(words(stage, "hjælp", "help")), "help")
    album.keep("help_offer", await stage.say(words(stage, "blablabla xyzzy",
                                                   "what is the weather in Paris")),
               "a message about something else")


async def import_minutes(stage: Stage, album: Album) -> None:
    command = words(stage, "importér referat", "import minutes")
    for seed in sorted(SEEDS.glob("network_2023_*.txt")):
        preview = await stage.say(f"{command}\n{seed.read_text(encoding='utf-8')}")
        card = await stage.click("minutes.import", button(preview, "minutes.import"))
    album.keep("import_preview", preview,
               "the November 2023 minutes pasted after “importér referat”, before *Importér*")
    album.keep("import_report", card, "the November 2023 minutes, after *Importér*")
    # The namesake joins the chat after the minutes came in: from now on "Rie" is two people.
    await stage.say(words(stage, "hvornår er næste møde?", "when is the next meeting?"),
                    user="holm")


async def plan_the_year(stage: Stage, album: Album) -> None:
    form = await stage.say(words(stage, "planlæg året", "plan the year"))
    typed = {}
    for i, (day, online, place, theme) in enumerate(YEAR_2024):
        typed |= {f"date_{i}": day, f"start_{i}": "10:00", f"end_{i}": "13:00",
                  f"place_{i}": place, f"online_{i}": str(online).lower(), f"theme_{i}": theme}
    # A slip in the last row: the card comes back with the problem under it.
    wrong = {**typed, "end_3": "09:00"}
    again = await stage.click("year.save", {**button(form, "year.save"), **wrong})
    album.keep("year_plan_form", again, "“planlæg året”, saved with an end before the start")
    wheel = await stage.click("year.save", {**button(again, "year.save"), **typed})
    album.keep("year_plan", wheel, "the årshjul, just after the year was planned")


async def settings(stage: Stage, album: Album) -> None:
    card = await stage.say(words(stage, "indstillinger", "settings"))
    album.keep("agenda_settings", card, "“indstillinger”")
    chase = await stage.click("chase.settings.form", button(card, "chase.settings.form"))
    album.keep("chase_settings", chase, "*Påmindelser om opgaver* on the settings card")


async def annual_report(stage: Stage, album: Album) -> None:
    report = await stage.say(words(stage, "årsrapport 2023", "annual report 2023"))
    texts = await stage.click("report.texts", button(report, "report.texts"))
    album.keep("annual_texts", texts, "*Ret teksterne* on the annual report")
    saved = await stage.click("report.texts.save", {**button(texts, "report.texts.save"),
                                                    "purpose": PURPOSE, "attention": ATTENTION})
    album.keep("annual_report", saved, "the annual report 2023 after its texts were saved")


async def members(stage: Stage, album: Album) -> None:
    """Roles and members: the secretary's members card, with roles and organisations."""
    card = await stage.say(words(stage, "medlemmer", "members"))
    album.keep("members", card, "the members card after the minutes were imported")


async def december(stage: Stage, album: Album) -> None:
    for scene in (install, import_minutes, plan_the_year, settings, annual_report, members):
        await scene(stage, album)
