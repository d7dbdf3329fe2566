"""A group's own phrasings. When the bot is unsure what a message asks, it offers the likeliest
questions ("Mente du …?"); the one a member chooses is remembered for the group, so the next
time anybody there writes it so, it is answered at once, as a colleague would after being told.

What is kept is the phrasing as the classifier's vocabulary reads it: the corpus's words, in
one spelling, and "…" for any other word (a name, a place, a subject). So "kommer Daniel?" and
"kommer rie" are one phrasing, and no name or subject is stored. A learnt phrasing is looked up
only where the classifier is unsure: what it answers on its own, it keeps answering. The
answer it gives so offers the other likely questions beside it, and choosing one of them
teaches the chat again. Only the questions the classifier may answer are learnt; a command that
changes something never is.
"""

import logging
from dataclasses import replace
from datetime import datetime

from meetings.understanding.intents import understood_as
from meetings.understanding.meaning import CLASSIFIED, Intent, Understood
from meetings.understanding.normalise import request
from meetings.understanding.ports import LearntPhrasings
from meetings.understanding.training import trained

log = logging.getLogger(__name__)

OTHER_WORD = "…"  # a word the corpus does not have
MAX_WORDS = 25  # longer is no phrasing to remember


def phrasing_of(text: str) -> str:
    """The message as a group's phrasing is kept; "" when there is nothing to keep (no word the
    corpus knows, or a whole paragraph)."""
    known = trained().known
    kept: list[str] = []
    for word in request(text).split():
        word = word if word in known else OTHER_WORD
        if not (word == OTHER_WORD and kept and kept[-1] == OTHER_WORD):
            kept.append(word)
    if len(kept) > MAX_WORDS or all(word == OTHER_WORD for word in kept):
        return ""
    return " ".join(kept)


async def as_the_group_taught(phrasings: LearntPhrasings, group_id: int,
                              understood: Understood, text: str) -> Understood:
    """An unsure reading becomes the question the group chose for this phrasing, if it did."""
    if not understood.unsure or not (phrasing := phrasing_of(text)):
        return understood
    intent = _question(await phrasings.meaning_of(group_id, phrasing))
    if intent is None:
        return understood
    log.info("understood as the group taught", extra={"group_id": group_id,
                                                       "intent": intent.value})
    # The other likely questions stay one click away, and that click teaches the chat again:
    # a choice made by mistake is not kept for good.
    others = tuple(other for other in understood.alternatives if other != intent)
    # Answered in the language the text is written in, as every answer is; a text too short to
    # tell leaves it to the chat's, not to a guess from its words (understood_as's).
    return replace(understood_as(intent, text), language=understood.text_language,
                   text_language=understood.text_language, alternatives=others,
                   said=text.strip() if others else "", learnt=True)


async def learn(phrasings: LearntPhrasings, group_id: int, member_id: int, intent: Intent,
                said: str, now: datetime) -> bool:
    """Remember that the message `said` asked `intent` in this group; False when it is not a
    phrasing to keep or not a question the classifier may answer."""
    phrasing = phrasing_of(said)
    if not phrasing or intent not in CLASSIFIED:
        return False
    await phrasings.learn(group_id, member_id, phrasing, intent.value, now)
    log.info("phrasing learnt", extra={"group_id": group_id, "intent": intent.value})
    return True


def _question(label: str | None) -> Intent | None:
    try:
        intent = Intent(label) if label else None
    except ValueError:
        return None  # a question since retired: asked again
    return intent if intent in CLASSIFIED else None
