"""The task form from the chat: "opgave" alone, and a task line that may be a question or a
remark, whose form comes filled with what was read of it and stores nothing until sent."""

from datetime import date

from tests.bot.tasks.task_turn_steps import members, tasks
from tests.card_reading import elements


async def test_opgave_alone_brings_the_form_with_the_default_due_date_and_the_writer(bot):
    await bot.install()
    bot.connector.clear()
    await bot.say("opgave", user="rie")
    values = {e["id"]: e.get("value") for e in elements(bot.connector.cards()[-1]) if "id" in e}
    assert values["owner_id"] == str((await members(bot))["rie"].id)
    assert date.fromisoformat(values["due"]) > date(2026, 11, 25)


async def test_a_short_task_line_that_may_be_a_question_brings_the_form_filled(bot):
    await bot.install()
    bot.connector.clear()
    await bot.say("opgave Ring KL", user="rie")  # a task, or a question? Not stored on a guess
    values = {e["id"]: e.get("value") for e in elements(bot.connector.cards()[-1]) if "id" in e}
    assert (values["title"], values["owner_id"]) == ("Ring KL", str((await members(bot))["rie"].id))
    bot.connector.clear()  # a whole line without its colon: the form shows what it read of it
    await bot.say("opgave Daniel ringer til KL, frist 1. december")
    values = {e["id"]: e.get("value") for e in elements(bot.connector.cards()[-1]) if "id" in e}
    assert (values["title"], values["owner_id"], values["due"]) \
        == ("Daniel ringer til KL", str((await members(bot))["daniel"].id), "2026-12-01")
    assert await tasks(bot) == []


async def test_a_task_asked_for_in_a_sentence_brings_the_form_and_stores_nothing(bot):
    await bot.install()
    bot.connector.clear()
    await bot.say("opret en opgave til Daniel om at ringe til KL", user="rie")
    values = {e["id"]: e.get("value") for e in elements(bot.connector.cards()[-1]) if "id" in e}
    assert "ringe til KL" in values["title"]
    assert await tasks(bot) == []


async def test_a_long_pasted_task_without_its_colon_brings_the_form_cut_to_300_and_says_so(bot):
    await bot.install()
    sentence = ("Daniel undersøger om Socialtilsyn Øst kan deltage i næste møde og sender "
                "materialet rundt til gruppen inden fristen. ")
    for length in (1_000, 30_000):
        bot.connector.clear()
        await bot.say("opgave " + (sentence * (length // len(sentence) + 1))[:length])
        assert not any("gik noget galt" in said for said in bot.connector.texts())
        [card] = bot.connector.cards()
        values = {e["id"]: e.get("value") for e in elements(card) if "id" in e}
        assert 0 < len(values["title"]) <= 300
        assert sentence.startswith(values["title"][:50])
        assert "300 tegn" in str(card)
    assert await tasks(bot) == []
