"""Members in chat and on a card: organisations from the Teams roster's e-mail domains, roles
given by the chair or the secretary, members who leave and the bot removed."""

from sqlalchemy import select

from storage.models.groups import Member
from tests.bot.test_agenda_turns import planned
from tests.card_reading import card_text


async def members(bot) -> dict[str, Member]:
    async with bot.uow() as uow:
        return {m.name.split()[0]: m for m in await uow.session.scalars(select(Member))}


async def test_members_get_their_organisation_from_the_e_mail_domain_of_the_roster(bot):
    meeting_id = await planned(bot)
    found = await members(bot)
    assert (found["Rie"].organisation, found["Daniel"].organisation) == (
        "Holbæk Kommune", "Næstved Kommune")
    card = await bot.click("attendance.show", {"meeting_id": meeting_id})
    text = card_text(card["value"])
    assert "Holbæk Kommune" in text and "Næstved Kommune" in text
    assert "Organisation ukendt" not in text
