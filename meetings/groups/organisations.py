"""Which organisation a member is from: by the domain of their e-mail address, by what they
say ("jeg er fra Holbæk"), and organisations in Danish alphabetical order."""

import csv
import unicodedata
from functools import cache
from pathlib import Path

TABLE = Path(__file__).with_name("organisations.tsv")
MAX_ORGANISATION = 200
# A B2B guest's user principal name: their own address with "_" for "@", then this, then the
# host tenant's domain.
GUEST_MARK = "#EXT#"
# Danish order puts Æ, Ø and Å after Z; "Aa" is an old spelling of Å and sorts with it.
_LAST_LETTERS = str.maketrans({"æ": "\U0010fffd", "ø": "\U0010fffe", "å": "\U0010ffff"})
_FOLDED_LETTERS = {"æ": "ae", "ø": "oe", "å": "aa", "ä": "ae", "ö": "oe", "ü": "u"}
_SUFFIXES = (" regionskommune", " kommune", " kommunes")
# The table's names in the genitive: "Københavns Kommune" is "København" on its own.
_GENITIVES = {"Københavns": "København", "Nordfyns": "Nordfyn", "Bornholms": "Bornholm",
              "Vesthimmerlands": "Vesthimmerland"}


@cache
def _domains() -> dict[str, str]:
    with TABLE.open(encoding="utf-8", newline="") as source:
        lines = (line for line in source if not line.startswith("#"))
        rows = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
        return {row["domain"].strip().lower(): row["organisation"].strip() for row in rows}


@cache
def _names() -> dict[str, str]:
    """Every way of writing an organisation of the table that points at its name: "Holbæk",
    "holbaek kommune", "Københavns" and "København" all find theirs."""
    names: dict[str, str] = {}
    for name in set(_domains().values()):
        key = _name_key(name)
        names[key] = name
        if key.endswith("s") and len(key) > 3:  # "Nordfyns Kommune" is also "Nordfyn"
            names.setdefault(key[:-1], name)
    return names


def known_organisations() -> list[str]:
    return sorted(set(_domains().values()), key=danish_order)


def organisation_of_email(email: str | None) -> str | None:
    """The organisation whose mail domain the address is in, a subdomain counting as its
    parent ("sos.holbaek.dk" is Holbæk's); None for a domain the table does not have. A guest
    account's name ("anna_koege.dk#EXT#@holbaek.dk") is the guest's own address, at home."""
    if not email or "@" not in email:
        return None
    if GUEST_MARK in email.upper():
        local, _, domain = email[:email.upper().index(GUEST_MARK)].rpartition("_")
        return organisation_of_email(f"{local}@{domain}") if local else None
    domain = email.rsplit("@", 1)[1].strip().strip(".").lower()
    parts = domain.split(".")
    for start in range(len(parts) - 1):
        if (found := _domains().get(".".join(parts[start:]))) is not None:
            return found
    return None


def normalised_organisation(text: str) -> str:
    """The table's name when the text names one of its organisations ("holbæk" → "Holbæk
    Kommune"), else the text as written with its spacing tidied."""
    written = " ".join(text.split()).strip(" .,;:")[:MAX_ORGANISATION]
    return _names().get(_name_key(written), written)


def short_organisation(name: str) -> str:
    """A municipality as the groups' minutes write it after a member's name, "Rie Nielsen
    (Holbæk)": the table's "Holbæk Kommune" without "Kommune", "Københavns Kommune" as
    "København"; a region, KL and any organisation not in the table as they are."""
    if name not in set(_domains().values()):
        return name
    for suffix in (" Regionskommune", " Kommune"):
        if name.endswith(suffix):
            short = name.removesuffix(suffix)
            return _GENITIVES.get(short, short)
    return name


def names_an_organisation(text: str) -> bool:
    """The text is an organisation's name: one of the table's, in any of its spellings, or
    words that each begin with a capital ("Socialtilsyn Øst", "KL"), not a phrase ("Køge på
    fredag", "et møde i Køge", "Køge, hvis toget kører")."""
    written = " ".join(text.split()).strip(" .,;:")
    if _name_key(written) in _names():
        return True
    return bool(written) and "," not in written \
        and all(word[:1].isupper() or word[:1].isdigit() for word in written.split())


def danish_order(text: str | None) -> str:
    """A sort key for Danish alphabetical order, the same on every machine (no locale): Æ, Ø
    and Å after Z, "Aa" as Å, case and accents ("é") aside."""
    folded = (text or "").casefold().replace("aa", "å")
    plain = "".join(c for c in unicodedata.normalize("NFKD", folded.replace("å", "\0"))
                    if not unicodedata.combining(c)).replace("\0", "å")
    return plain.translate(_LAST_LETTERS)


def _name_key(name: str) -> str:
    key = " ".join(name.casefold().replace("-", " ").split())
    for suffix in _SUFFIXES:
        if key.endswith(suffix):
            key = key[: -len(suffix)]
            break
    return "".join(_FOLDED_LETTERS.get(c, c) for c in key)
