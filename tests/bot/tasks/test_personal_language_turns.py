"""A message to one member (the task digest here) comes in the language the person last wrote
to the bot in, judged from the text and not from their client's locale; until they have
written, in the group's."""

from tests.bot.privacy.test_privacy_turns import erase_rie
from tests.bot.tasks.task_turn_steps import members, task_for_rie
from tests.bot.tasks.test_task_digest_turns import render_digest
from tests.card_reading import card_text


async def digest_heading(bot, task) -> str:
    rie = (await members(bot))["rie"]
    payload = {"day": "2026-11-25", "escalated": [],
               "tasks": [{"id": task.id, "stage": "before"}]}
    return card_text((await render_digest(bot, rie, payload))["attachments"][0]["content"])


async def test_the_digest_comes_in_the_language_the_person_writes_in(bot):
    task = await task_for_rie(bot)  # a Danish group; Rie has not written to the bot
    assert (await digest_heading(bot, task)).startswith("Dine opgaver")
    # English words from a Danish client: English
    await bot.say("what tasks do I have open?", user="rie", locale="da-DK")
    assert (await digest_heading(bot, task)).startswith("Your tasks")
    # Danish words from an English client: Danish again
    await bot.say("hvilke opgaver har jeg?", user="rie", locale="en-GB")
    assert (await digest_heading(bot, task)).startswith("Dine opgaver")


async def test_a_text_too_short_to_tell_keeps_the_language_and_others_keep_the_groups(bot):
    task = await task_for_rie(bot)
    await bot.say("what tasks do I have open?", user="rie")
    await bot.say("ok", user="rie", locale="da-DK")
    assert (await digest_heading(bot, task)).startswith("Your tasks")
    people = await members(bot)
    assert (people["rie"].language, people["daniel"].language) == ("en", None)


async def test_after_erasure_the_language_is_kept_again_on_the_persons_new_row(bot):
    # The process remembered Rie writing Danish; her erasure took the language off her rows,
    # and her next message makes her a new row, which must learn it again.
    await bot.install()
    await bot.say("hvilke opgaver har jeg?", user="rie")
    await erase_rie(bot)
    await bot.say("hvilke opgaver har jeg?", user="rie")
    assert (await members(bot))["rie"].language == "da"
