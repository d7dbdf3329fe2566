"""The members card in a member's 1:1 chat: read-only, and a big group's (the seed minutes'
network group has some 30 members) turns its pages there as in the group's chat. An
organisation said there is the person's in every group they are in."""

from sqlalchemy import select

from meetings.groups.entities import Member
from tests.bot.conftest import USERS
from tests.bot.groups.test_personal_card_turns import click_there
from tests.bot.groups.test_personal_chat_turns import ask_in_personal_chat
from tests.card_reading import card_text, elements

DOMAINS = ["roskilde.dk", "koege.dk", "slagelse.dk", "soroe.dk", "ringsted.dk", "lejre.dk"]


def colleagues(n: int) -> list[dict]:
    return [{"id": f"29:1kollega-{i}", "name": f"Anne-Katrine Frederiksen {i:02d}",
             "aadObjectId": f"aad-kollega-{i}", "email": f"k{i}@{DOMAINS[i % len(DOMAINS)]}",
             "userPrincipalName": f"k{i}@{DOMAINS[i % len(DOMAINS)]}",
             "tenantId": "tenant-kkr-sjaelland", "userRole": "user"} for i in range(n)]


def buttons(card: dict) -> list[dict]:
    return [e for e in elements(card) if e.get("type") == "Action.Execute"]


def inputs(card: dict) -> list[dict]:
    return [e for e in elements(card) if e.get("type", "").startswith("Input.")]


async def test_a_big_groups_members_card_in_the_1_1_chat_turns_pages_read_only(bot):
    bot.connector.members.extend(colleagues(27))  # 30 members with Lisbet, Rie and Daniel
    await bot.install()
    for person in ("rie", "lisbet"):  # a member, and the secretary, who edits in the group
        _, [card] = await ask_in_personal_chat(bot, "hvem er med i gruppen?",
                                               person=USERS[person])
        assert "Rie Nielsen" not in card_text(card)
        assert not inputs(card)
        [more] = buttons(card)
        assert more["title"] == "Flere medlemmer"
        chat = f"a:1personal-{USERS[person]['aadObjectId']}"
        rest = (await click_there(bot, chat, more, person=USERS[person]))["value"]
        assert "Rie Nielsen" in card_text(rest) and "Medlem · Holbæk Kommune" in card_text(rest)
        assert "Sekretær" in card_text(rest)  # each member's role, read, not edited
        assert [e["title"] for e in buttons(rest)] == ["Forrige medlemmer"]
        assert not inputs(rest)


async def test_an_organisation_said_in_the_1_1_chat_is_the_one_her_groups_count(bot):
    await bot.install()  # Rie (holbaek.dk) is a member of the network group
    texts, _ = await ask_in_personal_chat(bot, "jeg er fra Roskilde")
    # It is said for every group she is in: the answer names them.
    assert texts == ["Gemt: du er fra Roskilde Kommune, i “Netværksgruppe Børn og Unge”."]
    _, [card] = await ask_in_personal_chat(bot, "hvem er med i gruppen?")
    assert "Medlem · Roskilde Kommune" in card_text(card)
    async with bot.uow() as uow:
        rows = list(await uow.session.scalars(select(Member).where(Member.name == "Rie Nielsen")))
    assert len(rows) == 2 and {m.organisation for m in rows} == {"Roskilde Kommune"}
