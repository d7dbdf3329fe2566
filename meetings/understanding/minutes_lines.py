"""Whether a message is a minutes line, also one typed a slip off: "#beslutnig …", "#opgve …"
or "# opgave …" (a space after the "#"). Such a line is never noted on a guess: it is
answered with the line as it would be noted, to write again (bot/handlers/minutes/chat.py),
also unmentioned while the minutes are open, so the minute-taker learns it was not noted."""

import re

from meetings.minutes.capture import CAPTURE_WORDS, NOTE_WORDS, PLURAL_WORDS
from meetings.understanding.features import one_slip
from meetings.understanding.meaning import Intent, Understood

# "#beslutning …" is Danish and "#decision …" English, whatever the rest of the line is in.
_CAPTURE_LANGUAGE = {"punkt": "da", "beslutning": "da", "opgave": "da", "item": "en",
                     "decision": "en", "task": "en", "punkter": "da", "beslutninger": "da",
                     "opgaver": "da", "items": "en", "decisions": "en", "tasks": "en"}
_SLIPS_FROM = 5  # a "#" word this long one slip off a minutes word is that word mistyped
# "#", the word, and what follows it on the first line; a space after the "#" is a slip too.
_HEAD = re.compile(r"^\s*#(?P<space>[ \t]*)(?P<word>[^\W\d_]+)(?P<rest>[^\n]*)")
# "importér referat" and the text of old minutes pasted after it, line breaks and all: on the
# lines below it or after a colon. Words on its own line go on a sentence ("importér referatet
# fra sidste år ville være rart", "import minutes? how does that work").
_IMPORT = re.compile(r"\s*(?:(?P<da>import[eé]r|indlæs)\s+referat(?:et)?|(?P<en>import)\s+"
                     r"(?:the\s+)?minutes)[ \t]*(?::|(?=\n)|$)\s*(?P<text>.*)",
                     re.IGNORECASE | re.DOTALL)

# A heading over minutes lines, no line of them: "Referat:", "Referat fra mødet 3. marts",
# "Minutes:", "# Referat fra mødet". Not "referat" alone, which asks for the minutes.
_HEADING = re.compile(r"[ \t]*(?:#[ \t]+)?(?:referat(?:et)?|minutes)(?:[ \t]*:|[ \t]+(?:fra|af|"
                      r"for|from|of)\b)[^\n]*\n\s*", re.IGNORECASE)


def without_minutes_heading(text: str) -> str:
    """The message without a heading line over minutes lines ("Referat:", Shift+Enter,
    "#punkt 4", …), so they are noted; as written when no minutes line is under it."""
    heading = _HEADING.match(text)
    if heading is None or not is_a_minutes_line(text[heading.end():]):
        return text
    return text[heading.end():]


def is_a_minutes_line(text: str) -> bool:
    """"#beslutning …", "#punkt 4" and one typed a slip off ("#beslutnig …", "# opgave Rie
    ringer", which are answered with the words that work); not a hashtag ("#metoo", "#1
    prioritet"), nor a heading ("# Referat fra mødet i marts", "# Beslutninger")."""
    head = _HEAD.match(text or "")
    if head is None:
        return False
    typed = head["word"].casefold()
    if head["space"]:
        # "# Beslutninger fra mødet": a heading, as a plural after a space is
        return typed in CAPTURE_WORDS and typed not in NOTE_WORDS | PLURAL_WORDS \
            and bool(head["rest"].strip())
    return typed in CAPTURE_WORDS or bool(_meant_words(typed))


def capture_language(text: str) -> str | None:
    """The language a minutes line's word is in; None for one both languages write ("#info")."""
    first = text.strip().lstrip("#").split(maxsplit=1)
    return _CAPTURE_LANGUAGE.get(first[0].casefold()) if first else None


def meant_minutes_line(text: str) -> str | None:
    """The line as it would be noted when it is a slip ("#beslutnig Netværket …" →
    "#beslutning Netværket …", "# opgave …" → "#opgave …"); None when it needs no change or
    its word fits no minutes word, or several."""
    head = _HEAD.match(text or "")
    if head is None or not is_a_minutes_line(text):
        return None
    typed = head["word"].casefold()
    meant = [typed] if typed in CAPTURE_WORDS else _meant_words(typed)
    if len(meant) != 1 or (meant[0] == typed and not head["space"]):
        return None
    return f"#{meant[0]}{head['rest']}{text[head.end():]}".strip()


def meant_minutes_message(text: str) -> str | None:
    """The message as it would be noted when any of its lines is a minutes line typed a slip
    off ("#beslutning …", Shift+Enter, "#opgve …" → "… #opgave …"); None when none is."""
    lines = (text or "").strip().splitlines()
    meant = [meant_minutes_line(line) or line for line in lines]
    return "\n".join(meant) if meant != lines else None


def _meant_words(typed: str) -> list[str]:
    if len(typed) < _SLIPS_FROM:
        return []
    # The singular words only: a slip near a plural is near its singular too ("#punkte")
    return sorted(word for word in CAPTURE_WORDS - PLURAL_WORDS if len(word) >= _SLIPS_FROM
                  and one_slip(typed, word))


def imported_minutes(text: str) -> Understood | None:
    if imported := _IMPORT.fullmatch(text):
        language = "da" if imported.group("da") else "en"
        return Understood(Intent.IMPORT_MINUTES, language, imported.group("text").strip())
    return None
