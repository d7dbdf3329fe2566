"""The decisions of an agenda item: its "Beslutning:"/"Decision:" section as one decision, and
each sentence of the referat that says something was decided ("besluttet", "aftalt",
"godkendt", "agreed", "approved") or a "➤" line; when the item has a decision section, the
sentences of its background ("I 2023 blev det besluttet …") are not decisions of this meeting.
A "➤" line or "… til styregruppen" is marked as meant for the steering group, so the annual
report can list it."""

import re

from meetings.minutes.importing.found import ImportedDecision

_CUE = re.compile(
    r"(?<!\w)(?:besluttet|besluttede|beslutter|vedtaget|vedtog|aftalt|aftaltes|aftalte"
    r"|godkendt|godkendte|agreed|approved|decided)(?!\w)", re.IGNORECASE)
ARROW = "➤"
_STEERING = re.compile(r"\btil\s+styregruppen\b|\b(?:to|for)\s+the\s+steering\s+group\b",
                       re.IGNORECASE)
SENTENCE_END = re.compile(r"(?<=[.!?])\)?\s+(?=[A-ZÆØÅ])")
_BULLET = re.compile(r"^\s*[-–•*○▪]\s+")
_ENDS_SENTENCE = re.compile(r"[.!?:]$")


def decisions_of(notes: list[str], block: str) -> tuple[ImportedDecision, ...]:
    found = [ImportedDecision(block, ARROW in block or bool(_STEERING.search(block)))] \
        if block.strip() else []
    for line in unwrapped(notes):
        if line.lstrip().startswith(ARROW):
            found.append(ImportedDecision(line.lstrip(f" {ARROW}").strip(), True))
            continue
        if block.strip():
            continue
        for sentence in SENTENCE_END.split(line):
            if _CUE.search(sentence):
                text = _BULLET.sub("", sentence).strip()
                found.append(ImportedDecision(text, bool(_STEERING.search(text))))
    return tuple(found)


def unwrapped(lines: list[str]) -> list[str]:
    """Lines broken in the middle of a sentence (a PDF's or an e-mail's) joined again: a line
    that starts with a small letter goes on from the one before."""
    joined: list[str] = []
    for line in lines:
        text = line.strip()
        if joined and text[:1].islower() and not _ENDS_SENTENCE.search(joined[-1]):
            joined[-1] += " " + text
        elif text:
            joined.append(text)
    return joined
