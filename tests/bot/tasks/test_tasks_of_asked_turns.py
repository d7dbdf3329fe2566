"""A person's tasks asked with words around the name show that person's tasks."""

from tests.bot.tasks.task_turn_steps import task_for_rie
from tests.card_reading import card_text


async def test_tasks_asked_with_words_around_the_name_show_that_persons_tasks(bot):
    await task_for_rie(bot)
    bot.connector.clear()
    await bot.say("hvad mangler Rie lige nu?", user="daniel")
    ries = card_text(bot.connector.cards()[-1])
    assert "Rie Nielsen" in ries and "Undersøge om Socialtilsyn" in ries

    await bot.say("can you show Daniel's tasks?", user="rie", locale="en-GB")
    assert "Daniel has no open tasks." in card_text(bot.connector.cards()[-1])


async def test_a_persons_outstanding_asked_in_the_genitive_shows_that_persons_tasks(bot):
    await task_for_rie(bot)
    bot.connector.clear()
    await bot.say("hvad er Ries udestående?", user="daniel")
    ries = card_text(bot.connector.cards()[-1])
    assert "Rie Nielsen" in ries and "Undersøge om Socialtilsyn" in ries


async def test_a_name_in_lower_case_with_its_genitive_shows_that_persons_tasks(bot):
    # "har du ries opgaver?" once asked "Mente du …" the open tasks or my tasks
    await task_for_rie(bot)
    bot.connector.clear()
    await bot.say("har du ries opgaver?", user="daniel")
    [card] = bot.connector.cards()
    ries = card_text(card)
    assert "Rie Nielsen" in ries and "Undersøge om Socialtilsyn" in ries
    assert "Mente du" not in ries
