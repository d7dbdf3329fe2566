"""A turn's answer that Teams throttles or fails for a moment is sent again; one that cannot be
sent never leaves the user believing that nothing was changed."""

from sqlalchemy import text

from tests.fake_connector import Fault

PLAN = "nyt møde fredag 5. februar 2027 kl. 10-13 i Ringsted"
TASK = "opgave: Daniel undersøger om Socialtilsyn Øst kan deltage, frist 15. december"


async def stored(bot, table: str) -> int:
    async with bot.uow() as uow:
        return (await uow.session.execute(text(f"select count(*) from {table}"))).scalar_one()


async def test_an_answer_throttled_once_is_sent_after_retry_after(bot):
    await bot.install()
    bot.connector.clear()
    bot.connector.fail_next(Fault(status=429, code="TooManyRequests", retry_after="0"))

    await bot.say(PLAN)

    assert len(bot.connector.cards()) == 1
    assert not any("Intet er ændret" in said for said in bot.connector.texts())
    assert await stored(bot, "meetings") == 1


async def test_an_answer_met_by_a_bad_gateway_once_is_sent_again(bot):
    await bot.install()
    await bot.say(PLAN)
    bot.connector.clear()
    bot.connector.fail_next(Fault(status=502, code="BadGateway"))

    await bot.say(TASK)

    assert bot.connector.sent, "the task's answer was never shown"
    assert not any("Intet er ændret" in said for said in bot.connector.texts())
    assert await stored(bot, "tasks") == 1


async def test_an_answer_that_cannot_be_sent_says_what_was_saved_not_that_nothing_was(bot):
    await bot.install()
    await bot.say(PLAN)
    bot.connector.clear()
    bot.connector.fail_next(*[Fault(status=503, code="ServiceUnavailable")] * 3)

    await bot.say(TASK)

    said = " ".join(bot.connector.texts())
    assert "Intet er ændret" not in said
    assert "gemt" in said and "send den ikke igen" in said
    assert await stored(bot, "tasks") == 1
