"""The first day: Lisbet adds the bot to her group's chat or a team's channel and reads in the
welcome what to do first; a 1:1 chat is welcomed as one."""

from tests.bot.platform.test_channel_thread_turns import install_in_channel
from tests.card_reading import elements


def buttons(card: dict) -> list[str]:
    return [e["title"] for e in elements(card) if e.get("type") == "Action.Execute"]


async def test_the_welcome_tells_the_group_to_plan_its_first_meeting_and_how(bot):
    await bot.install()
    [welcome] = bot.connector.texts()
    assert "første møde" in welcome, welcome
    assert "Planlæg et møde" in welcome and "Planlæg et møde" in buttons(bot.connector.cards()[0])
    assert "@Mødebot nyt møde fredag 8. januar 2027 kl. 10-13" in welcome, welcome


async def test_the_welcome_in_a_teams_channel_says_the_same(bot):
    await install_in_channel(bot)
    [welcome] = bot.connector.texts()
    assert "første møde" in welcome and "@Mødebot nyt møde" in welcome, welcome


async def test_the_welcome_in_a_1_1_chat_does_not_ask_for_a_mention_or_a_first_meeting(bot):
    await bot.post(bot.activity("personal_conversation_update"))
    [welcome] = bot.connector.texts()
    assert welcome == "Hej! Jeg er Mødebot. Spørg mig her om dine gruppers møder og opgaver."


async def test_a_member_asking_before_the_first_meeting_is_told_who_plans_it(bot):
    """Daniel is a member: a "nyt møde" line to copy would only get him refused."""
    await bot.install()
    bot.connector.clear()
    await bot.say("hvornår er næste møde?", user="daniel")
    [answer] = bot.connector.texts()
    assert answer.startswith("Der er ikke planlagt noget møde. Formanden eller sekretæren "
                             "planlægger det, fx: “@Mødebot nyt møde fredag 8. januar 2027"), answer
    await bot.say("when is the next meeting?", user="daniel", locale="en-US")
    assert bot.connector.texts()[-1].startswith(
        "No meeting is planned. The chair or the secretary plans one, for example: “@Mødebot "
        "new meeting")

