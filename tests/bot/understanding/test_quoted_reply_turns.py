"""A reply that quotes an earlier message, as Teams delivers it: the quote, sender and words,
leads the message's plain text, and the HTML attachment carries it in a Reply blockquote. Only
what the member wrote under the quote is read, asked or noted."""

from tests.bot.conftest import USERS
from tests.bot.minutes.minutes_turn_steps import DECISION, entry, held, opened
from tests.bot.tasks.task_turn_steps import tasks
from tests.bot.understanding.test_understanding_turns import planned
from tests.bot.understanding.test_unmentioned_turns import unmentioned
from tests.card_reading import card_text

BOT_MENTION = {"type": "mention", "text": "<at>Mødebot</at>",
               "mentioned": {"id": "28:00000000-0000-0000-0000-00000000b075", "name": "Mødebot"}}
AT_BOT_HTML = ('<span itemscope="" itemtype="http://schema.skype.com/Mention" itemid="0">'
               'Mødebot</span>')


def quote_html(sender: str, quoted: str, written_html: str) -> str:
    """The HTML Teams attaches to a reply that quotes one of `sender`'s messages."""
    return ('<div><blockquote itemscope="" itemtype="http://schema.skype.com/Reply" '
            'itemid="1763630141361">\r\n<strong itemprop="mri" itemid="8:orgid:aad-rie">'
            f'{sender}</strong><span itemprop="time" itemid="1763630141361"></span>\r\n'
            f'<p itemprop="preview">{quoted}</p>\r\n</blockquote>\r\n'
            f'<p>{written_html}</p></div>')


async def reply_quoting(bot, quoted: str, written: str, *, mentioned: bool = True,
                        user: str = "lisbet") -> None:
    """`user` replies to Rie's message `quoted` with `written` (after an @mention of the bot
    when `mentioned`)."""
    activity = bot.activity("group_message")
    activity["from"] = USERS[user]
    head = "<at>Mødebot</at> " if mentioned else ""
    activity["text"] = f"Rie Nielsen\r\n{quoted}\r\n{head}{written}"
    activity["attachments"] = [{"contentType": "text/html", "content": quote_html(
        "Rie Nielsen", quoted, (AT_BOT_HTML + " " if mentioned else "") + written)}]
    activity["entities"] = [e for e in activity["entities"] if e["type"] != "mention"]
    if mentioned:
        activity["entities"].insert(0, BOT_MENTION)
    bot.connector.clear()
    await bot.post(activity)


async def test_thanks_under_a_quoted_question_is_thanks_not_the_question_again(bot):
    await planned(bot)
    await reply_quoting(bot, "hvornår er næste møde?", "tak")
    assert bot.connector.texts() == ["Selv tak!"]
    assert bot.connector.cards() == []


async def test_a_question_under_a_quoted_minutes_line_is_answered_as_asked(bot):
    await planned(bot)
    await reply_quoting(bot, "#beslutning " + DECISION, "hvornår er næste møde?")
    [card] = bot.connector.cards()
    assert card_text(card).startswith("Næste møde")


async def test_a_task_line_under_a_quoted_decision_is_noted_and_the_decision_not_again(bot):
    await held(bot)
    await opened(bot)
    await unmentioned(bot, "#punkt 4")
    await reply_quoting(bot, "#punkt 4", "#beslutning " + DECISION, mentioned=False)
    await reply_quoting(bot, "#beslutning " + DECISION, "#opgave Rie ringer til KL",
                        mentioned=False)
    assert bot.connector.texts()[-1].startswith("Opgave under pkt. 4: Rie ringer til KL")
    assert [task.title for task in await tasks(bot)] == ["Rie ringer til KL"]
    assert (await entry(bot)).decision == DECISION


async def test_a_remark_under_a_quoted_minutes_line_notes_nothing_and_says_nothing(bot):
    await held(bot)
    await opened(bot)
    await unmentioned(bot, "#punkt 4")
    await reply_quoting(bot, "#punkt 4", "#beslutning " + DECISION, mentioned=False)
    await reply_quoting(bot, "#beslutning " + DECISION, "enig, godt formuleret",
                        mentioned=False, user="daniel")
    assert bot.connector.sent == []
    assert ((await entry(bot)).decision, (await entry(bot)).notes) == (DECISION, None)
