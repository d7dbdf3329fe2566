"""What a member wrote in a Teams message, as the bot reads it.

A reply that quotes an earlier message arrives with the quote in front of the member's words:
the plain text starts with the quoted sender's name and the quoted words ("Rie Nielsen\\r\\n
#beslutning …\\r\\n<at>Mødebot</at> tak"), and the HTML attachment holds the same quote in a
`<blockquote itemtype="http://schema.skype.com/Reply">`. The quote is someone else's words,
already said: it is neither asked again nor noted again, so it is cut off here.

Text pasted from Word or Outlook, or typed on a Mac, is made to read as typed in Teams: HTML
entities ("&amp;", "&nbsp;") as their characters, non-breaking spaces as spaces, Word's soft
hyphens and zero-width characters left out, and letters composed ("a" + combining ring → "å"),
so "opfølgning på opgaver" finds the item and a decision is noted as its words read. Minutes
lines pasted as a list ("• #beslutning …", "1. #opgave …") lose the bullet or number in front
of the "#", so each is noted as its kind rather than as a note, or not at all.
"""

import html
import re
import unicodedata

from botbuilder.schema import Activity

_REPLY_QUOTE = re.compile(
    r"<blockquote\b[^>]*itemtype=\"?http://schema\.skype\.com/Reply\"?[^>]*>(?P<quote>.*?)"
    r"</blockquote>", re.IGNORECASE | re.DOTALL)
_SENDER = re.compile(r"<strong\b[^>]*>(?P<name>.*?)</strong>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]+>")


# Invisible in the message, and splitting a word for every reader: soft hyphen, zero-width
# space, joiners, word joiner, byte order mark.
_INVISIBLE = str.maketrans(dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff")))

# An HTML entity as Teams writes one, semicolon and all: "takst&regler" or "Q&A" is none.
_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});", re.IGNORECASE)
# A list's bullet or number (Word, Outlook, a typed "- ") in front of a "#" that starts a line.
_LIST_MARK = re.compile(r"^[ \t]*(?:[•●○◦▪▫■‣⁃∙·*–—-]|\d{1,2}[.)])[ \t]+(?=#)", re.MULTILINE)


def message_text(activity: Activity) -> str:
    """The message's text as written, without a quoted message in front of it."""
    text = _as_typed(activity.text or "")
    for quote in _quotes(activity):
        after = _after(text, quote)
        if after is not None:
            return after
    return text


def _quotes(activity: Activity) -> list[str]:
    """The plain text a quote in the HTML attachment makes, with its sender's name and
    without: Teams writes the name in front of the quoted words."""
    for attachment in activity.attachments or []:
        content = attachment.content
        if attachment.content_type != "text/html" or not isinstance(content, str):
            continue
        found = _REPLY_QUOTE.search(content)
        if found is None:
            continue
        quote = found["quote"]
        sender = _SENDER.search(quote)
        whole = _plain(quote)
        return [whole, _plain(quote[sender.end():])] if sender else [whole]
    return []


def _as_typed(text: str) -> str:
    text = _ENTITY.sub(lambda found: html.unescape(found.group()), text)
    text = text.translate(_INVISIBLE).replace("\u00a0", " ")
    return _LIST_MARK.sub("", unicodedata.normalize("NFC", text))


def _plain(fragment: str) -> str:
    return _as_typed(_TAG.sub(" ", fragment))


def _after(text: str, quote: str) -> str | None:
    """`text` after `quote` when it starts with it, spaces and line ends aside; None when it
    does not (the quote is then left as it is rather than words of the member's cut)."""
    wanted = [char for char in quote if not char.isspace()]
    if not wanted:
        return None
    at = 0
    for char in wanted:
        while at < len(text) and text[at].isspace():
            at += 1
        if at >= len(text) or text[at] != char:
            return None
        at += 1
    return text[at:]
