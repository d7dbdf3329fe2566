"""`python -m meetings.understanding.add_phrasings new.tsv`: new phrasings into the corpus, each
where the split rule sends it, without anybody reading the held-out part.

The file has the corpus's columns (text, intent, language, argument) and header. A phrasing the
corpus already has (the same `split_key`, in any part, `heldout2.tsv` too) or that comes twice
is dropped; every other one is appended to the second held-out set, `corpus/heldout2.tsv`,
when `is_held_out` says so, else to `corpus/train.tsv`: the first held-out part stays the set
earlier rounds were measured on, and the held-out part stays a quarter as the corpus grows.
The held-out files are opened for their keys and to append, never shown: what is printed are
counts per intent and language, and the texts dropped as training phrasings.
"""

import argparse
import csv
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from meetings.understanding.corpus import (
    HELD_OUT_2,
    HELD_OUT_PARTS,
    NO_LANGUAGE,
    TAUGHT,
    TRAIN,
    Example,
    is_held_out,
    read,
    split_key,
)

LABELS = frozenset((
    "next_meeting list_meetings agenda attendance deadline my_tasks open_tasks tasks_of theme "
    "search help annual_report year_plan minutes send_regrets attend propose_item members "
    "my_data thanks greeting goodbye ack none").split())
LANGUAGES = frozenset({"da", "en", NO_LANGUAGE})


def routed(new: Iterable[Example], trained: set[str], held_out: set[str]
           ) -> tuple[list[Example], list[Example], Counter]:
    """The new phrasings for the training part and for the held-out part, and how many of
    each kind were dropped ("training", "held out", "twice") as the corpus already has them."""
    to_train, to_hold, dropped = [], [], Counter()
    seen: set[str] = set()
    for example in new:
        key = split_key(example.text)
        if key in trained or key in held_out or key in seen:
            dropped["training" if key in trained else "held out" if key in held_out
                    else "twice"] += 1
            continue
        seen.add(key)
        (to_hold if is_held_out(example.text) else to_train).append(example)
    return to_train, to_hold, dropped


def checked(examples: Iterable[Example]) -> list[Example]:
    examples = list(examples)
    for example in examples:
        if example.intent not in LABELS or example.language not in LANGUAGES \
                or not example.text.strip() or example.text != example.text.strip():
            raise ValueError(f"not a corpus row: {example}")
    return examples


def append(path: Path, examples: list[Example]) -> None:
    """At the end of the file, which is neither read nor rewritten."""
    if not examples:
        return
    with path.open("rb") as source:  # only its last byte: does it end its last row?
        source.seek(-1, 2)
        ended = source.read(1) == b"\n"
    with path.open("a", encoding="utf-8", newline="") as target:
        if not ended:
            target.write("\n")
        rows = csv.writer(target, delimiter="\t", quoting=csv.QUOTE_NONE, quotechar=None,
                          lineterminator="\n")
        rows.writerows((e.text, e.intent, e.language, e.argument) for e in examples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path, help="TSV files of new phrasings")
    parser.add_argument("--dry-run", action="store_true", help="count, write nothing")
    options = parser.parse_args()
    new = checked(example for path in options.files for example in read(path))
    trained = {split_key(e.text) for e in read(TAUGHT) + read(TRAIN)}
    held_out = {split_key(e.text) for part in HELD_OUT_PARTS for e in read(part)}
    to_train, to_hold, dropped = routed(new, trained, held_out)
    already = [e.text for e in new if split_key(e.text) in trained]
    if not options.dry_run:
        append(TRAIN, to_train)
        append(HELD_OUT_2, to_hold)
    _print_counts(to_train, to_hold, dropped, already)


def _print_counts(to_train: list[Example], to_hold: list[Example], dropped: Counter,
                  already: list[str]) -> None:
    trained = Counter((e.intent, e.language) for e in to_train)
    held = Counter((e.intent, e.language) for e in to_hold)
    print(f"{'intent':<16}{'lang':<6}{'train':>6}{'held out':>10}")
    for intent, language in sorted(set(trained) | set(held)):
        print(f"{intent:<16}{language:<6}{trained[(intent, language)]:>6}"
              f"{held[(intent, language)]:>10}")
    print(f"{'all':<22}{len(to_train):>6}{len(to_hold):>10}")
    print("dropped, already in the corpus or twice: " + (", ".join(
        f"{kind} {count}" for kind, count in sorted(dropped.items())) or "none"))
    for text in already:
        print(f"  already a training phrasing: {text!r}")


if __name__ == "__main__":
    main()
