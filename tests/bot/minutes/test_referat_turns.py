"""The referat as the first week of real use wrote it, turn by turn: tasks taken under the
standing items 3 and 5 land under them, by card and from the chat, and a substitute is named
with the member they came for, on the minutes card and in the downloads."""

from datetime import timedelta

from meetings.minutes.cycle import settle_minutes
from tests.bot.minutes.minutes_turn_steps import entry, held, opened, the_minutes, verbs
from tests.bot.tasks.task_turn_steps import members, tasks
from tests.bot.test_turns import meetings
from tests.card_reading import card_text
from tests.links import minutes_path


async def test_tasks_under_standing_items_are_listed_under_them(bot):
    await held(bot)  # 1–3 standing, 4 the accepted item, 5 "Opfølgning på opgaver"
    await opened(bot)
    rie = (await members(bot))["rie"]
    third = await entry(bot, 3)
    await bot.click("minutes.task", {"entry_id": third.id, "title": "Samle kommunernes input",
                                     "owner_id": str(rie.id), "owner_name": "",
                                     "due": "2027-02-19"})
    await bot.say("#punkt 5")
    await bot.say("#opgave Rie rundsender opgavelisten, frist 19. februar")
    fifth = await entry(bot, 5)
    card = card_text((await bot.click("minutes.entry", {"entry_id": fifth.id}))["value"])
    assert "Rie rundsender opgavelisten" in card and "Samle kommunernes input" not in card
    path = minutes_path(await the_minutes(bot), "md", bot.clock.now())
    markdown = await (await bot.client.get(path)).text()
    rows = {line.split("**")[1].split(".")[0]: line for line in markdown.splitlines()
            if line.startswith("| **")}
    assert "Opgave: Rie Nielsen – Samle kommunernes input" in rows["3"]
    assert "Opgave: Rie rundsender opgavelisten" in rows["5"]  # as the secretary wrote it
    assert "Øvrige opgaver" not in markdown


async def test_a_substitute_is_named_with_the_member_they_came_for(bot):
    await held(bot)
    await opened(bot)
    minutes, daniel = await the_minutes(bot), (await members(bot))["daniel"]
    await bot.click("minutes.presence.save", {
        "minutes_id": minutes.id, f"presence_{daniel.id}": "substitute",
        f"substitute_{daniel.id}": "Heidi Madsen"})
    overview = card_text(await opened(bot))
    assert "Stedfortrædere" in overview
    # Daniel's organisation comes from his e-mail address, and his substitute counts for it.
    assert "Heidi Madsen (Næstved Kommune, stedfortræder for Daniel Gottrup)" in overview
    english = card_text(await opened(bot, locale="en-GB"))
    assert "Heidi Madsen (Næstved Kommune, substitute for Daniel Gottrup)" in english
    markdown = await (await bot.client.get(minutes_path(minutes, "md", bot.clock.now()))).text()
    # the referat names the municipality as the seed minutes do, "(Næstved)"; the card in full
    assert "Heidi Madsen (Næstved, stedfortræder for Daniel Gottrup)" in markdown


async def test_minutes_said_to_be_done_come_with_the_button_that_posts_them(bot):
    await held(bot)
    await opened(bot)
    bot.connector.clear()
    await bot.say("referatet er færdigt")
    assert bot.connector.texts() == ["“Send til godkendelse” på kortet sender referatet til "
                                     "gruppen."]
    assert "minutes.post" in verbs(bot.connector.cards()[-1])
    assert (await the_minutes(bot)).status == "draft"  # posted by the button, not the sentence
    bot.connector.clear()
    await bot.say("the minutes are done", user="rie", locale="en-GB")  # she does not post them
    assert not any(bot.connector.texts()) and "minutes.post" not in verbs(bot.connector.cards()[-1])


async def test_approved_minutes_keep_their_tasks_as_approved_while_the_task_lives_on(bot):
    await held(bot)
    await opened(bot)
    rie, daniel = (await members(bot))["rie"], (await members(bot))["daniel"]
    item = await entry(bot)
    await bot.click("minutes.task", {"entry_id": item.id, "title": "Ringe til Socialtilsyn Øst",
                                     "owner_id": str(rie.id), "owner_name": "",
                                     "due": "2027-02-19"})
    await bot.click("minutes.post", {"minutes_id": (await the_minutes(bot)).id})
    bot.clock.set((await the_minutes(bot)).approve_by + timedelta(minutes=1))
    async with bot.uow() as uow:
        await settle_minutes(uow, bot.clock.now())
        await uow.commit()
    minutes = await the_minutes(bot)
    [task] = await tasks(bot)
    await bot.click("task.due", {"task_id": task.id, "version": task.version,
                                 f"due_{task.id}": "2027-03-26"}, user="rie")
    [task] = await tasks(bot)
    await bot.click("task.reassign", {"task_id": task.id, "version": task.version,
                                      f"owner_{task.id}": str(daniel.id)})
    [task] = await tasks(bot)
    assert (task.owner_id, task.due_on.isoformat()) == (daniel.id, "2027-03-26")
    path = minutes_path(minutes, "md", bot.clock.now())
    row = "Opgave: Rie Nielsen – Ringe til Socialtilsyn Øst (frist 19. februar 2027)"
    assert row in await (await bot.client.get(path)).text()
    card = card_text((await bot.click("minutes.entry", {"entry_id": item.id}))["value"])
    assert "Rie Nielsen – Ringe til Socialtilsyn Øst · frist 19. feb. 2027" in card
    assert "Daniel Gottrup – Ringe" not in card and "26. mar" not in card
    await bot.click("task.cancel", {"task_id": task.id, "version": task.version})
    assert (await tasks(bot))[0].status == "cancelled"
    assert row in await (await bot.client.get(path)).text()


async def test_the_referat_ends_with_the_next_meeting_as_planned(bot):
    await held(bot)
    await bot.say("nyt møde fredag 7. maj 2027 kl. 9-12 online")
    await bot.say("nyt møde fredag 5. marts 2027 kl. 10-13 i Ringsted, Hækkerupsvej 1")
    await opened(bot)
    path = minutes_path(await the_minutes(bot), "md", bot.clock.now())
    markdown = await (await bot.client.get(path)).text()
    assert markdown.endswith("|\n\nNæste møde: fredag den 5. marts 2027 kl. 10.00-13.00, "
                             "Ringsted, Hækkerupsvej 1\n")
    march = [m for m in await meetings(bot) if m.starts_at.month == 3]
    await bot.click("meeting.cancel.confirm", {"meeting_id": march[0].id})
    markdown = await (await bot.client.get(path)).text()
    assert markdown.endswith("Næste møde: fredag den 7. maj 2027 kl. 9.00-12.00, "
                             "Online (Microsoft Teams)\n")
