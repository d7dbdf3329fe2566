"""How long a meeting line says the meeting lasts, written instead of an end: "i 2 timer"."""

import re
from dataclasses import dataclass

MAX_LENGTH_MINUTES = 12 * 60  # longer is no meeting of a group's day

# "i 2 timer", "i halvanden time", "2t", "(90 minutter)", "varighed: 1½ time", "for 2.5 hours".
_AMOUNT_WORDS = {"en": 1, "et": 1, "one": 1, "an": 1, "a": 1, "halvanden": 1.5, "to": 2,
                 "two": 2, "tre": 3, "three": 3}
_HOURS = r"\s*(?:timer|time|hours|hour|hrs|hr)\b"
_LENGTH = re.compile(
    r"(?<![\w.,])\(?\s*(?:(?:i|for|in|varighed|duration|længde|length)\s*:?\s*)?"
    r"(?P<written>(?P<number>\d{1,2}(?:[.,]\d{1,2})?|\d{0,2}½)(?:" + _HOURS + r"|\s*t\.|[th]\b)"
    r"|(?P<word>" + "|".join(_AMOUNT_WORDS) + ")" + _HOURS
    + r"|(?P<minutes>\d{1,4})\s*(?:minutter|minut|min|minutes|minute|mins)\b\.?)(?:\s*\))?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Length:
    """The length as found: where in the line, in minutes, and as written ("2 timer")."""

    span: tuple[int, int]
    minutes: int
    written: str


def find_length(text: str) -> Length | None:
    """The first length in the text, its leading "i"/"for" included in the span."""
    match = _LENGTH.search(text)
    if match is None:
        return None
    amount = match["number"] or match["word"]
    minutes = round(_hours(amount) * 60) if amount else int(match["minutes"])
    return Length(match.span(), minutes, match["written"].rstrip("."))


def _hours(amount: str) -> float:
    amount = amount.lower().replace(",", ".")
    if amount in _AMOUNT_WORDS:
        return _AMOUNT_WORDS[amount]
    if amount.endswith("½"):
        return float(amount[:-1] or 0) + 0.5
    return float(amount)
