"""The members card in a member's 1:1 chat: read-only, and a big group's (the seed minutes'
network group has some 30 members) turns its pages there as in the group's chat. An
organisation said there is the person's in the group she is in; in several, where she may
represent another organisation in each, she picks the group on a button, or all of them."""

from sqlalchemy import select

from meetings.groups.entities import Member
from tests.bot.conftest import USERS
from tests.bot.personal.test_personal_card_turns import click_there
from tests.bot.personal.test_personal_chat_turns import (
    STEERING,
    ask_in_personal_chat,
    install_steering_group,
)
from tests.card_reading import card_text, elements

RIES_CHAT = "a:1personal-rie"
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
        assert more["title"] == "Næste side"
        chat = f"a:1personal-{USERS[person]['aadObjectId']}"
        rest = (await click_there(bot, chat, more, person=USERS[person]))["value"]
        assert "Rie Nielsen" in card_text(rest) and "Medlem · Holbæk Kommune" in card_text(rest)
        assert "Sekretær" in card_text(rest)  # each member's role, read, not edited
        assert [e["title"] for e in buttons(rest)] == ["Forrige side"]
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


async def organisations_of_rie(bot) -> dict[str, str | None]:
    """Rie's organisation in each of her groups' chats, by the chat's conversation id."""
    async with bot.uow() as uow:
        return {group.conversation_id: member.organisation
                for group in await uow.groups.all()
                for member in await uow.members.of_group(group.id)
                if member.name == "Rie Nielsen" and group.kind != "personal"}


async def test_in_two_groups_she_picks_the_group_the_organisation_is_said_for(bot):
    await bot.install()
    await install_steering_group(bot)
    before = await organisations_of_rie(bot)
    texts, [choice] = await ask_in_personal_chat(bot, "jeg er fra Roskilde")
    assert not any(texts)
    assert "Hvilken gruppe er det til?" in card_text(choice)
    assert "hvor du er fra Roskilde Kommune" in card_text(choice)
    assert [b["title"] for b in buttons(choice)] == [
        "Netværksgruppe Børn og Unge", "Styregruppen", "Alle"]
    assert await organisations_of_rie(bot) == before  # nothing saved before she picks

    steering = next(b for b in buttons(choice) if b["title"] == "Styregruppen")
    answer = await click_there(bot, RIES_CHAT, steering, person=USERS["rie"])
    assert "Gemt: du er fra Roskilde Kommune, i “Styregruppen”." in card_text(answer["value"])
    assert buttons(answer["value"]) == []  # the choice is gone: no second group by mistake
    after = await organisations_of_rie(bot)
    assert after[STEERING] == "Roskilde Kommune"
    assert [o for chat, o in after.items() if chat != STEERING] == ["Holbæk Kommune"]


async def test_all_of_them_says_it_in_every_group_and_names_them_in_english(bot):
    await bot.install()
    await install_steering_group(bot)
    _, [choice] = await ask_in_personal_chat(bot, "I'm from Køge", locale="en-GB")
    assert "Which group is it for?" in card_text(choice)
    [everywhere] = [b for b in buttons(choice) if b["title"] == "All of them"]
    assert "group_id" not in everywhere["data"]
    answer = await click_there(bot, RIES_CHAT, everywhere, person=USERS["rie"])
    assert "Saved: you are from Køge Kommune, in “Netværksgruppe Børn og Unge” and " \
           "“Styregruppen”." in card_text(answer["value"])
    assert set((await organisations_of_rie(bot)).values()) == {"Køge Kommune"}


async def test_a_group_named_in_the_message_is_the_one_it_is_said_for(bot):
    await bot.install()
    await install_steering_group(bot)
    texts, cards = await ask_in_personal_chat(bot, "jeg er fra Roskilde i styregruppen")
    assert texts == ["Gemt: du er fra Roskilde Kommune, i “Styregruppen”."] and cards == []
    after = await organisations_of_rie(bot)
    assert after[STEERING] == "Roskilde Kommune"
    assert sorted(after.values()) == ["Holbæk Kommune", "Roskilde Kommune"]


async def test_in_a_groups_chat_it_is_said_there_alone_without_asking(bot):
    await bot.install()
    await install_steering_group(bot)
    bot.connector.clear()
    await bot.say("jeg er fra Roskilde", user="rie")
    assert bot.connector.texts() == ["Gemt: du er fra Roskilde Kommune."]
    assert bot.connector.cards() == []
    after = await organisations_of_rie(bot)
    assert after[STEERING] == "Holbæk Kommune"
    assert sorted(after.values()) == ["Holbæk Kommune", "Roskilde Kommune"]


async def test_a_kind_of_group_in_the_organisations_name_names_no_group(bot):
    await bot.install()  # "Netværksgruppe …" is her one network: "netværket" alone names it
    await install_steering_group(bot)
    before = await organisations_of_rie(bot)
    texts, [choice] = await ask_in_personal_chat(bot, "jeg er fra Netværket Sjælland")
    assert not any(texts)
    assert "hvor du er fra Netværket Sjælland" in card_text(choice)
    assert await organisations_of_rie(bot) == before
    texts, _ = await ask_in_personal_chat(bot, "jeg er fra Netværket Sjælland i styregruppen")
    assert texts == ["Gemt: du er fra Netværket Sjælland, i “Styregruppen”."]
    assert (await organisations_of_rie(bot))[STEERING] == "Netværket Sjælland"
