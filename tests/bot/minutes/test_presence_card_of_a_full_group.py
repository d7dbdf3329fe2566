"""The presence card (*Fremmøde og referent*) for the network group as the seed minutes have it:
the 31 people of 29/9 2023 (present and absent) besides the three of the recorded chat. The
secretary must be able to open it to mark who came; it was larger than Teams' 28 KB and the
click failed. A group larger than a card holds turns pages, and every member can be marked."""

import json

from sqlalchemy import select

from cards.renderer import MAX_CARD_BYTES
from meetings.groups.entities import Member
from meetings.minutes.entities import Presence
from tests.bot.minutes.minutes_turn_steps import held, the_minutes
from tests.bot.tasks.task_turn_steps import members
from tests.card_reading import card_text, elements

SEED_PEOPLE = [
    ("Christel Jørgensen", "roskilde.dk"), ("Steen Bager", "odsherred.dk"),
    ("Lone N. Jensen", "koege.dk"), ("Rikke K. Laursen", "slagelse.dk"),
    ("Brit Lydersen", "guldborgsund.dk"), ("Helle Stisen", "solrod.dk"),
    ("Sanne Thaaning", "soroe.dk"), ("Christina Valdemar Jul Thomsen", "ringsted.dk"),
    ("Anne-Katrine F. Madsen", "regionsjaelland.dk"), ("Ania Holm", "regionsjaelland.dk"),
    ("Stine Gran Hansen", "kalundborg.dk"), ("Christian Sørensen", "stevns.dk"),
    ("Bodil Pedersen", "guldborgsund.dk"), ("Ane Stallknecht", "odsherred.dk"),
    ("Lotte Christensen", "lolland.dk"), ("Carina Bom", "lejre.dk"),
    ("Julie Folke Jacobsen", "kalundborg.dk"), ("Anne-Mette Semlov", "faxekommune.dk"),
    ("Peter Rymann", "greve.dk"), ("Isabel Gebuhr", "greve.dk"),
    ("Sune Thor Olsen", "ringsted.dk"), ("Susanne Frydenlund", "ringsted.dk"),
    ("Lars René Petersen", "vordingborg.dk"), ("Dorrit Guttman", "vordingborg.dk"),
    ("Nanett Babett Flamgaard", "holbaek.dk"), ("Povl Skov", "rammeaftale.dk"),
    ("Mette Kjær", "holbaek.dk"), ("Kim Risom", "regionsjaelland.dk"),
    ("Heidi Madsen", "roskilde.dk"), ("Heidi Kersebo", "regionsjaelland.dk"),
]


def roster(people=SEED_PEOPLE) -> list[dict]:
    return [{"id": f"29:1seed-{number}", "name": name, "aadObjectId": f"aad-seed-{number}",
             "email": f"p{number}@{domain}", "userPrincipalName": f"p{number}@{domain}",
             "tenantId": "tenant-kkr-sjaelland", "userRole": "user"}
            for number, (name, domain) in enumerate(people)]


def size(card: dict) -> int:
    return len(json.dumps(card, ensure_ascii=False).encode())


def marked(card: dict) -> dict[str, str]:
    """Each member's drop-down on the card, by the name it is labelled with: what is marked."""
    return {e["label"]: e.get("value", "") for e in elements(card)
            if str(e.get("id", "")).startswith("presence_")}


def button(card: dict, title: str) -> dict:
    [data] = [e["data"] for e in elements(card)
              if e.get("type") == "Action.Execute" and e["title"] == title]
    return data


async def test_the_presence_card_of_a_group_of_33_opens_for_the_secretary(bot):
    bot.connector.members.extend(roster())
    await held(bot)
    await bot.say("referat")
    minutes = await the_minutes(bot)
    response = await bot.click("minutes.presence", {"minutes_id": minutes.id})
    card = response["value"]
    assert isinstance(card, dict), card
    assert len(json.dumps(card, ensure_ascii=False).encode()) <= MAX_CARD_BYTES
    assert "Christina Valdemar Jul Thomsen" in card_text(card)


def inputs(card: dict, value: str) -> dict[str, str]:
    """Every member's drop-down on the card set to `value`, as Teams sends them."""
    return {e["id"]: value for e in elements(card)
            if str(e.get("id", "")).startswith("presence_")}


async def test_a_group_larger_than_a_card_turns_pages_and_every_member_can_be_marked(bot):
    people = [(f"{first} {last}", "regionsjaelland.dk") for first in
              ("Anne-Katrine", "Christina", "Sune Thor", "Nanett Babett", "Lars René",
               "Anne-Mette", "Julie Folke", "Stine Gran", "Rikke K.")
              for last in ("Madsen", "Valdemar Jul Thomsen", "Olsen", "Flamgaard", "Petersen",
                           "Semlov", "Jacobsen", "Hansen", "Laursen", "Lydersen")]
    bot.connector.members.extend(roster(people))  # 90 besides the three of the chat
    await held(bot)
    await bot.say("referat")
    minutes = await the_minutes(bot)
    first = (await bot.click("minutes.presence", {"minutes_id": minutes.id}))["value"]
    assert size(first) <= MAX_CARD_BYTES and 60 <= len(marked(first)) < 93
    assert "Medlem 1–" in card_text(first) and " af 93" in card_text(first)
    [sent_one] = [e["id"].removeprefix("presence_") for e in elements(first)
                  if str(e.get("id", "")).startswith("presence_")][:1]
    second = (await bot.click("minutes.presence.save", {
        **button(first, "Gem og vis næste side"), **inputs(first, "absent"),
        f"presence_{sent_one}": "substitute", f"substitute_{sent_one}": "Heidi Madsen"}))["value"]
    assert size(second) <= MAX_CARD_BYTES and "Fremmødet er gemt." in card_text(second)
    assert "Gem og vis næste side" not in card_text(second)
    assert "Gem og vis forrige side" in card_text(second)
    assert f"presence_{sent_one}" not in inputs(second, "")
    await bot.click("minutes.presence.save", {**button(second, "Gem fremmøde"),
                                              **inputs(second, "present")})
    async with bot.uow() as uow:
        everybody = {m.id: m.name for m in await uow.session.scalars(select(Member))}
        rows = {p.member_id: (p.status, p.substitute_name)
                for p in await uow.session.scalars(select(Presence))}
    assert {*marked(first), *marked(second)} == set(everybody.values()) and len(everybody) == 93
    assert rows.keys() == everybody.keys()  # every member marked, on one page or the other
    assert rows[int(sent_one)] == ("substitute", "Heidi Madsen")  # kept by the second page's save
    on_second = {int(key.removeprefix("presence_")) for key in inputs(second, "")}
    assert {rows[member] for member in on_second} == {("present", None)}


async def test_a_substitute_marked_without_a_name_is_asked_for_it_on_the_card(bot):
    await held(bot)  # Rie answered Deltager
    await bot.say("referat")
    minutes, people = await the_minutes(bot), await members(bot)
    daniel, lisbet = people["daniel"], people["lisbet"]
    card = (await bot.click("minutes.presence", {"minutes_id": minutes.id}))["value"]
    assert f"substitute_{daniel.id}" not in {e.get("id") for e in elements(card)}
    saved = (await bot.click("minutes.presence.save", {
        **button(card, "Gem fremmøde"), f"presence_{daniel.id}": "substitute",
        f"presence_{lisbet.id}": "present"}))["value"]
    assert ("Skriv stedfortræderens navn under Daniel Gottrup, og gem igen. Resten af fremmødet "
            "er gemt.") in card_text(saved)
    assert marked(saved)["Daniel Gottrup"] == "substitute"
    [field] = [e for e in elements(saved) if e.get("id") == f"substitute_{daniel.id}"]
    assert field.get("isVisible", True) and field["placeholder"].startswith("Stedfortræderens")
    async with bot.uow() as uow:
        rows = {p.member_id: p.status for p in await uow.session.scalars(select(Presence))}
    assert rows[lisbet.id] == "present" and daniel.id not in rows
    named = (await bot.click("minutes.presence.save", {
        **button(saved, "Gem fremmøde"), f"presence_{daniel.id}": "substitute",
        f"substitute_{daniel.id}": "Heidi Madsen"}))["value"]
    assert "Fremmødet er gemt." in card_text(named)
    [field] = [e for e in elements(named) if e.get("id") == f"substitute_{daniel.id}"]
    assert field["value"] == "Heidi Madsen"
