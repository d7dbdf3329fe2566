"""Who leads a group when leaders act at once, leave and come back, hand their role over or
take the minutes: the group keeps a chair or a secretary, and nobody leads by accident."""

import asyncio

from meetings.groups.entities import Member
from tests.bot.groups.test_member_turns import members

ROUNDS = 12


async def lead_again(bot, lisbet: int, daniel: int) -> None:
    async with bot.uow() as uow:
        (await uow.session.get(Member, lisbet)).role = "secretary"
        (await uow.session.get(Member, daniel)).role = "chair"
        await uow.commit()


async def test_two_leaders_demoting_each_other_at_once_leave_the_group_a_leader(bot):
    """Each turn sees the other as the group's other leader; tried a number of times, since
    one round that leaves the group leaderless is the defect."""
    await bot.install()  # Lisbet is the secretary
    await bot.say("gør Daniel til formand")
    found = await members(bot)
    lisbet, daniel = found["Lisbet"].id, found["Daniel"].id
    leaderless = 0
    for _ in range(ROUNDS):
        await lead_again(bot, lisbet, daniel)
        await asyncio.gather(bot.say("gør Daniel til medlem"),
                             bot.say("gør Lisbet til medlem", user="daniel"))
        found = await members(bot)
        leaderless += {found["Lisbet"].role, found["Daniel"].role} == {"member"}
    assert leaderless == 0
