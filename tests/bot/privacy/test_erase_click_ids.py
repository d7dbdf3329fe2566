"""The member an erasure click names is client input, and Teams may send a card's number back
as text: a click that names a member erases that member or nobody, never the clicker."""

from sqlalchemy import select

from meetings.groups.entities import Member
from tests.bot.conftest import USERS
from tests.bot.groups.test_leaving_turns import removed
from tests.bot.personal.test_personal_card_turns import click_there
from tests.bot.personal.test_personal_chat_turns import ask_in_personal_chat
from tests.bot.privacy.privacy_steps import rie_in_two_groups
from tests.bot.privacy.test_privacy_turns import daniel_rows
from tests.card_reading import card_text

RIE_CHAT = "a:1personal-rie"


async def rie_names(bot) -> list[str]:
    async with bot.uow() as uow:
        return list(await uow.session.scalars(select(Member.name).where(
            Member.aad_object_id == "aad-rie")))


async def test_a_former_members_id_sent_back_as_text_erases_that_member(bot):
    await rie_in_two_groups(bot)
    await bot.post(removed(bot, USERS["daniel"]))
    await bot.say("slet data om Daniel Gottrup")
    network = (await daniel_rows(bot))[0]
    async with bot.uow() as uow:
        daniel = await uow.session.scalar(select(Member.id).where(
            Member.name == "Daniel Gottrup", Member.group_id == network[0]))
    done = await bot.click("privacy.erase", {"member_id": str(daniel)})
    assert "Medlemmets data er slettet" in card_text(done["value"])
    assert [name for _, name in await daniel_rows(bot)] == ["Tidligere medlem", "Daniel Gottrup"]


async def test_a_click_naming_a_member_never_erases_the_clicker(bot):
    await rie_in_two_groups(bot)
    await ask_in_personal_chat(bot, "slet mine data")
    names = await rie_names(bot)
    assert set(names) == {"Rie Nielsen"}
    async with bot.uow() as uow:
        daniel = await uow.session.scalar(select(Member.id).where(
            Member.name == "Daniel Gottrup"))
    for forged in (str(daniel), "", None, "not-an-id"):
        answer = await click_there(bot, RIE_CHAT, {"verb": "privacy.erase",
                                                   "data": {"member_id": forged}},
                                   person=USERS["rie"], locale="en-GB")
        assert answer["type"] == "application/vnd.microsoft.activity.message", forged
    assert await rie_names(bot) == names
    assert [name for _, name in await daniel_rows(bot)] == ["Daniel Gottrup"] * 2
