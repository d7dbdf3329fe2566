"""The corpus of how members write: phrasings with their intent, language and argument.

`corpus/taught.tsv` holds the phrasings the bot teaches (its help card, the README, the table
of phrasings it understood before): always learnt, never held out. Every other phrasing goes
where `is_held_out` says: `corpus/train.tsv` is learnt from, by the classifier and the language
detector; `corpus/heldout.tsv`, a quarter chosen by a hash of the text, is read only by
`python -m bench.understanding` and never tuned against. `corpus/heldout2.tsv` is a second
held-out set, written apart from the training part as members write in Teams, so the held-out
part stays a quarter of the corpus as the training part grows; it is measured the same way.
"""

import csv
import hashlib
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

CORPUS_DIR = Path(__file__).with_name("corpus")
TAUGHT = CORPUS_DIR / "taught.tsv"
TRAIN = CORPUS_DIR / "train.tsv"
HELD_OUT = CORPUS_DIR / "heldout.tsv"
HELD_OUT_2 = CORPUS_DIR / "heldout2.tsv"
HELD_OUT_PARTS = (HELD_OUT, HELD_OUT_2)
COLUMNS = ("text", "intent", "language", "argument")
NO_LANGUAGE = "-"  # an emoji, "haha", "test": written in no language


@dataclass(frozen=True)
class Example:
    text: str
    intent: str  # an Intent value, or the kind of a message that is no command
    language: str  # "da", "en", or NO_LANGUAGE
    argument: str = ""  # the name, subject, month or year the message names, if any


def split_key(text: str) -> str:
    """The text as the split sees it: case, punctuation and spacing do not make a new text."""
    words = " ".join(re.findall(r"\w+", text.casefold()))
    return words or "".join(text.split())  # "👍" and "..." are texts too


def is_held_out(text: str) -> bool:
    """The rule that chose the held-out quarter, once: the text's hash modulo four is zero."""
    digest = hashlib.sha256(split_key(text).encode("utf-8")).digest()
    return int.from_bytes(digest[:4], "big") % 4 == 0


def read(path: Path) -> tuple[Example, ...]:
    with path.open(encoding="utf-8", newline="") as source:
        rows = csv.reader(source, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(rows)
        if tuple(header) != COLUMNS:
            raise ValueError(f"{path.name}: the columns must be {COLUMNS}")
        return tuple(Example(*row) for row in rows if row)


def write(path: Path, examples: list[Example]) -> None:
    with path.open("w", encoding="utf-8", newline="") as target:
        rows = csv.writer(target, delimiter="\t", quoting=csv.QUOTE_NONE, quotechar=None,
                          lineterminator="\n")
        rows.writerow(COLUMNS)
        rows.writerows((e.text, e.intent, e.language, e.argument) for e in examples)


@cache
def training_examples() -> tuple[Example, ...]:
    return read(TAUGHT) + read(TRAIN)
