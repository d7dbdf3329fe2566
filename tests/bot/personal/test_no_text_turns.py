"""A message with no words for the bot to read (a picture, a GIF, a sticker, or the bot
@mentioned alone) is answered with one line saying it reads text only, in the group's or the
person's language; a file sent in the 1:1 chat is still the minutes' import."""

from tests.bot.conftest import USERS
from tests.bot.personal.test_personal_chat_turns import ask_in_personal_chat
from tests.bot.test_turns import LINE
from tests.card_reading import card_text

DANISH = "Jeg kan kun læse tekst. Skriv fx “hvornår er næste møde?”"
ENGLISH = "I can only read text. Write, for example, “when is the next meeting?”"
PICTURE = [{"contentType": "image/*", "contentUrl": "https://smba.trafficmanager.net/emea/v3/"
            "attachments/0-weu-d1-1/views/original"},
           {"contentType": "text/html", "content": '<div><div><span><img height="250" '
            'src="https://smba.trafficmanager.net/emea/v3/attachments/0-weu-d1-1/views/'
            'imgo" width="250" itemscope="png"></span></div></div>'}]
STICKER = [{"contentType": "text/html", "content": '<div><img alt="sticker" itemtype='
            '"http://schema.skype.com/Giphy" src="https://media4.giphy.com/media/x/giphy.gif">'
            "</div>"}]


async def send_in_personal_chat(bot, attachments: list[dict], *, text: str = ""
                                ) -> tuple[list[str], list[dict]]:
    """Rie sends the attachments with `text` in her 1:1 chat; the texts and cards back."""
    bot.connector.clear()
    activity = bot.activity("personal_message", text=text)
    activity["attachments"] = attachments
    await bot.post(activity)
    return bot.connector.texts(), bot.connector.cards()


async def test_a_picture_or_a_gif_alone_in_the_1_1_chat_is_told_text_is_read(bot):
    await bot.install()
    for attachments in (PICTURE, STICKER):
        assert await send_in_personal_chat(bot, attachments) == ([DANISH], [])


async def test_in_english_to_one_who_writes_english(bot):
    await bot.install()
    await ask_in_personal_chat(bot, "when is the next meeting?", locale="en-GB")
    assert await send_in_personal_chat(bot, STICKER) == ([ENGLISH], [])


async def test_a_picture_with_words_is_answered_as_the_words(bot):
    await bot.install()
    await bot.say(LINE)
    texts, cards = await send_in_personal_chat(bot, PICTURE, text="hvornår er næste møde?")
    assert DANISH not in texts
    assert "Næste møde" in "\n".join([*texts, *(card_text(card) for card in cards)])


async def test_the_bot_mentioned_alone_or_with_a_sticker_in_the_group_chat(bot):
    await bot.install()
    for attachments in ([], STICKER):
        bot.connector.clear()
        activity = bot.activity("group_message")
        activity["from"] = USERS["rie"]
        activity["text"] = "<at>Mødebot</at> "
        activity["attachments"] = attachments
        await bot.post(activity)
        assert bot.connector.texts() == [DANISH] and bot.connector.cards() == []


async def test_a_sticker_in_the_group_chat_not_to_the_bot_is_not_answered(bot):
    await bot.install()
    bot.connector.clear()
    activity = bot.activity("group_message")
    activity["text"], activity["attachments"] = "", STICKER
    activity["entities"] = [e for e in activity.get("entities", []) if e.get("type") != "mention"]
    await bot.post(activity)
    assert bot.connector.texts() == [] and bot.connector.cards() == []
