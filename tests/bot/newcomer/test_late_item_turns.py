"""A newcomer proposes an item in the call for input, and again after its deadline: the late
one is not a dead end, she learns who can still put it on the agenda."""

from tests.bot.newcomer.half_year import AFTER_DEADLINE, METTE, SARAH, half_a_year, join, write


async def test_an_item_in_time_is_proposed_and_a_late_one_says_who_can_still_add_it(bot):
    await half_a_year(bot)
    await join(bot, METTE)
    [thanks], _ = await write(bot, METTE, "punkt: Unge og boliger, 15 min")
    assert thanks.startswith("Tak. Dit punkt er foreslået")
    await join(bot, SARAH, at=AFTER_DEADLINE)
    [late], _ = await write(bot, METTE, "punkt: Unge og misbrug, 15 min")
    assert late == ("Fristen for punkter til mødet er overskredet. Formanden og sekretæren kan "
                    "stadig sætte et punkt på dagsordenen, så skriv til dem.")
    [too_late], _ = await write(bot, SARAH, "item: Youth housing, 15 min", locale="en-GB",
                                where="personal")
    assert too_late == ("The deadline for items for the meeting has passed. The chair and the "
                        "secretary can still put an item on the agenda, so write to them.")
