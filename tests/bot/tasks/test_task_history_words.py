"""A task's history says when each line was written as every card writes a moment: "kl." in
Danish, a comma and a colon in English."""

import re

from tests.bot.tasks.task_turn_steps import task_for_rie
from tests.card_reading import card_text


async def test_a_note_in_the_history_has_kl_before_its_time_in_danish(bot):
    task = await task_for_rie(bot)
    answer = await bot.click("task.note", {"task_id": task.id, "text": "Ringet til tilsynet"},
                             user="rie")
    shown = card_text(answer["value"])
    assert re.search(r"\d{1,2}\. [a-z]{3}\. 2026 kl\. \d\d\.\d\d · Rie Nielsen", shown), shown


async def test_a_note_in_the_history_has_a_comma_and_a_colon_in_english(bot):
    task = await task_for_rie(bot)
    answer = await bot.click("task.note", {"task_id": task.id, "text": "Called the inspectors"},
                             user="rie", locale="en-GB")
    shown = card_text(answer["value"])
    assert re.search(r"\d{1,2} [A-Z][a-z]{2} 2026, \d\d:\d\d · Rie Nielsen", shown), shown
