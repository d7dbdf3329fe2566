"""The attachment link as Word's *Filer → Info → Kopiér sti* gives it for a file in the group's
SharePoint: "https://kommune.sharepoint.com/sites/Netværk/Delte dokumenter/Bilag 1.pdf", with
spaces and æ. The proposal form comes back with "et link til bilag skal begynde med
https://" — false, it does — so the member cannot see what to change. The link works in any
browser and should be taken (percent-encoded), as the same link copied encoded is."""

from sqlalchemy import select

from meetings.agenda.entities import AgendaItem
from tests.bot.agenda.test_agenda_turns import ITEM, planned
from tests.card_reading import card_text

COPIED_PATH = "https://kommune.sharepoint.com/sites/Netværk/Delte dokumenter/Bilag 1.pdf"


async def test_a_sharepoint_path_with_spaces_and_ae_is_taken_as_the_attachment_link(bot):
    meeting_id = await planned(bot)
    response = await bot.click("item.propose", {**ITEM, "meeting_id": meeting_id,
                                                "link_url": COPIED_PATH}, user="rie")
    shown = response["value"] if isinstance(response["value"], str) else card_text(
        response["value"])
    assert "skal begynde med https://" not in shown
    async with bot.uow() as uow:
        items = list(await uow.session.scalars(select(AgendaItem)))
    assert len(items) == 1 and "sharepoint.com/sites/Netv" in items[0].links[0]["url"]


async def test_a_link_that_is_no_web_address_is_answered_with_what_is_wrong_with_it(bot):
    meeting_id = await planned(bot)
    response = await bot.click("item.propose", {**ITEM, "meeting_id": meeting_id,
                                                "link_url": "Delte dokumenter/Bilag 1.pdf"},
                               user="rie")
    shown = card_text(response["value"])
    assert "“Delte dokumenter/Bilag 1.pdf” er ikke en webadresse" in shown, shown
    assert "fx https://kommune.sharepoint.com/sites/" in shown
