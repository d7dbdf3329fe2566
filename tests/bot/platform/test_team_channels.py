"""A team's other channels. Teams delivers @mentions from every channel of the team, and each
channel is a group of its own, led as the team's other channels are."""

from sqlalchemy import select

from meetings.groups.entities import Member
from tests.bot.platform.test_channel_thread_turns import (
    CHANNEL,
    PLANNING_THREAD,
    install_in_channel,
    write_in_thread,
)
from tests.bot.platform.test_team_events import OTHER, OTHER_THREAD
from tests.bot.test_turns import meetings

KOEGE = "nyt møde fredag 12. februar 2027 kl. 10-13 i Køge"


async def roles(bot, conversation_id: str) -> list[tuple[str, str]]:
    async with bot.uow() as uow:
        group = await uow.groups.by_conversation(conversation_id)
        members = await uow.session.scalars(
            select(Member).where(Member.group_id == group.id).order_by(Member.id))
        return [(m.name, m.role) for m in members]


async def test_a_second_channel_of_the_team_is_led_by_the_teams_chair_and_secretary(bot):
    await install_in_channel(bot)  # Lisbet installs the app in the team, channel Møder
    await write_in_thread(bot, PLANNING_THREAD, "gør Rie til formand")
    await write_in_thread(bot, OTHER_THREAD, "hvornår er næste møde?", user="daniel",
                          message_id="1763650000001")
    assert await roles(bot, OTHER) == [("Daniel Gottrup", "member"),
                                       ("Lisbet Daugaard-Hansen", "secretary"),
                                       ("Rie Nielsen", "chair")]
    bot.connector.clear()
    await write_in_thread(bot, OTHER_THREAD, KOEGE, user="rie", message_id="1763650000002")
    assert "Det kan kun formanden og sekretæren." not in bot.connector.texts()
    assert len(await meetings(bot)) == 1
    await write_in_thread(bot, OTHER_THREAD, "nyt møde fredag 19. februar 2027 kl. 10-13",
                          user="daniel", message_id="1763650000003")
    assert bot.connector.texts()[-1] == "Det kan kun formanden og sekretæren."


async def test_a_channel_used_before_the_bot_was_installed_is_led_by_the_installer(bot):
    await write_in_thread(bot, OTHER_THREAD, "hvornår er næste møde?", user="daniel",
                          message_id="1763650000001")
    await install_in_channel(bot)
    assert await roles(bot, OTHER) == [("Daniel Gottrup", "member"),
                                       ("Lisbet Daugaard-Hansen", "secretary")]
    assert await roles(bot, CHANNEL) == [("Lisbet Daugaard-Hansen", "secretary"),
                                         ("Rie Nielsen", "member"),
                                         ("Daniel Gottrup", "member")]

