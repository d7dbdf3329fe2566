"""Who may write the minutes, turn by turn: a plain member is refused and changes nothing;
the group's minute-taker opens, writes and posts them but plans nothing."""


from sqlalchemy import select

from meetings.minutes.entities import Minutes
from tests.bot.minutes.minutes_turn_steps import (
    DECISION,
    entry,
    held,
    opened,
    the_minutes,
    verbs,
)
from tests.bot.tasks.task_turn_steps import members, tasks
from tests.card_reading import card_text


async def test_a_plain_members_edits_and_captures_are_refused_and_change_nothing(bot):
    await held(bot)
    bot.connector.clear()
    await bot.say("minutes", user="daniel", locale="en-GB")
    assert "I cannot find those minutes" in bot.connector.texts()[-1]
    assert await the_minutes_count(bot) == 0
    await opened(bot)
    item, minutes = await entry(bot), await the_minutes(bot)
    daniel = (await members(bot))["daniel"]
    writers = "Only the chair, the secretary and the minute-taker can write the minutes."
    for verb, data, words in (
            ("minutes.entry.save", {"entry_id": item.id, "notes": "x", "decision": "y",
                                    "guests": ""}, writers),
            ("minutes.task", {"entry_id": item.id, "title": "Noget", "owner_id": "",
                              "owner_name": "", "due": "2027-02-19"}, writers),
            ("minutes.presence.save", {"minutes_id": minutes.id,
                                       f"presence_{daniel.id}": "present"}, writers),
            ("minutes.taker", {"minutes_id": minutes.id, "taker_id": str(daniel.id)}, writers),
            ("minutes.post", {"minutes_id": minutes.id}, writers)):
        response = await bot.click(verb, data, user="daniel", locale="en-GB")
        assert response["value"] == words, verb
    bot.connector.clear()
    await bot.say("#decision We close the network", user="daniel", locale="en-GB")
    assert bot.connector.texts()[-1] == writers
    after, again = await entry(bot), await the_minutes(bot)
    assert (after.notes, after.decision) == (None, None)
    assert await tasks(bot) == []
    assert (again.status, again.minute_taker_id) == ("draft", minutes.minute_taker_id)
    shown = await bot.click("minutes.entry", {"entry_id": item.id}, user="daniel")
    assert not {"minutes.entry.save", "minutes.task"} & set(verbs(shown["value"]))


async def test_the_groups_minute_taker_opens_writes_and_posts_but_plans_nothing(bot, caplog):
    meeting_id = await held(bot)
    await bot.say("Rie tager referat")
    bot.connector.clear()
    await bot.say("referat", user="rie")  # Rie opens them: Lisbet has not
    overview = bot.connector.cards()[-1]
    assert {"minutes.entry", "minutes.post", "minutes.presence"} <= set(verbs(overview))
    rie = (await members(bot))["rie"]
    assert (await the_minutes(bot)).minute_taker_id == rie.id
    await bot.say("#punkt 4", user="rie")
    await bot.say("#beslutning " + DECISION, user="rie")
    assert bot.connector.texts()[-1] == "Noteret under pkt. 4: beslutning."
    await bot.say("#opgave Daniel ringer til KL, frist 19. februar", user="rie")
    assert bot.connector.texts()[-1].startswith("Opgave under pkt. 4: ")
    item = await entry(bot)
    saved = await bot.click("minutes.entry.save", {
        "entry_id": item.id, "notes": "Lotte fortalte.", "decision": DECISION, "guests": ""},
        user="rie")
    assert "Gemt." in card_text(saved["value"])
    minutes = await the_minutes(bot)
    taker = await bot.click("minutes.taker", {"minutes_id": minutes.id, "taker_name": "",
                                              "taker_id": str(rie.id)}, user="rie")
    assert "Referenten er gemt." in card_text(taker["value"])
    posted = await bot.click("minutes.post", {"minutes_id": minutes.id}, user="rie")
    assert "Sendt til gruppen til godkendelse." in card_text(posted["value"])
    assert ((await entry(bot)).notes, (await the_minutes(bot)).status) == (
        "Lotte fortalte.", "posted")
    assert len(await tasks(bot)) == 1
    managers = "Det kan kun formanden og sekretæren."
    for line in ("aflys næste møde", "gør Daniel til formand", "slet data om Daniel Gottrup"):
        await bot.say(line, user="rie")
        # A refused cancel also says whom to write to (and offers her regrets as a card)
        assert bot.connector.texts()[-1].startswith(managers), line
    async with bot.uow() as uow:
        assert (await uow.meetings.get(meeting_id)).status == "planned"
    assert (await members(bot))["daniel"].role == "member"


async def the_minutes_count(bot) -> int:
    async with bot.uow() as uow:
        return len(list(await uow.session.scalars(select(Minutes))))


# Search and the agenda's document
