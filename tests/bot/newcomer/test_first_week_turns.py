"""A member who joins mid-year, read as she reads it: welcomed in her 1:1 chat only, on the
members card, nudged for items and asked about attendance like the others, never chased for
tasks she does not have; the chair gives her a role."""

from datetime import UTC, datetime

from bot.outbox.members import _in_the_other_language
from tests.bot.agenda.cycle_steps import tick_everything
from tests.bot.newcomer.half_year import METTE, half_a_year, join, personal, write
from tests.card_reading import card_text


def to(bot, person: dict) -> list[str]:
    return [card_text(a["attachments"][0]["content"]) if a.get("attachments") else a["text"]
            for a in bot.connector.sent if a["_conversation"] == personal(person)]


def test_one_welcomed_in_english_reads_that_she_may_write_danish():
    assert _in_the_other_language("en") == (
        "Du kan også skrive til mig på dansk: jeg svarer på det sprog, du skriver på.")
    assert _in_the_other_language("da").startswith("You may also write to me in English")


async def test_a_newcomers_first_weeks(bot):
    await half_a_year(bot)
    sent = await join(bot, METTE)
    # Not the group; the call for input, open when she joined, follows her welcome
    assert [a["_conversation"] for a in sent] == [f"a:personal-{METTE['id']}"] * 2
    assert "Punkter til dagsordenen?" in card_text(sent[1]["attachments"][0]["content"])
    assert sent[0]["text"].startswith("Velkommen i Netværksgruppe Børn og Unge!")
    # Teams does not say which language she reads: the other language's line says she may use it
    assert sent[0]["text"].endswith(
        "\n\nYou may also write to me in English: I answer in the language you write in.")
    _, [members] = await write(bot, METTE, "hvem er med i gruppen?", where="personal")
    assert "Mette Kjær\nMedlem · Køge Kommune" in card_text(members)
    assert "Daniel Gottrup\nFormand · Næstved Kommune" in card_text(members)
    _, [mine] = await write(bot, METTE, "mine opgaver", where="personal")
    assert "Du har ingen åbne opgaver." in card_text(mine)
    [given], _ = await write(bot, {"id": "29:1daniel-gottrup", "name": "Daniel Gottrup",
                                   "aadObjectId": "aad-daniel"}, "Mette tager referat")
    assert "Mette Kjær" in given

    bot.connector.clear()
    await tick_everything(bot, datetime(2027, 5, 21, 7, 0, tzinfo=UTC))  # the nudge
    [nudge] = to(bot, METTE)
    assert "Vi har endnu ikke hørt fra dig om dagsordenen" in nudge
    bot.connector.clear()
    await tick_everything(bot, datetime(2027, 6, 3, 7, 0, tzinfo=UTC))  # the day before
    [asked] = to(bot, METTE)
    assert "Deltager du i mødet?" in asked
    for day in (16, 21):  # Daniel's task overdue: Daniel chased, not the newcomer
        bot.connector.clear()
        await tick_everything(bot, datetime(2027, 6, day, 7, 0, tzinfo=UTC))
        assert to(bot, METTE) == []
