"""User-facing language: Danish first, English too, from gettext catalogs kept as .po files.

Message ids are English. The catalogs are read straight from the .po files at start-up, so a
fresh checkout needs no compile step and a translator edits one kind of file.
"""

import gettext
from collections.abc import Callable
from functools import cache
from io import BytesIO
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

LOCALE_DIR = Path(__file__).parents[1] / "locale"
DOMAIN = "messages"
LANGUAGES = ("da", "en")
DEFAULT_LANGUAGE = "da"


@cache
def translations(language: str) -> gettext.NullTranslations:
    """The catalog of a language; unknown languages get Danish, the product's first language."""
    language = language if language in LANGUAGES else DEFAULT_LANGUAGE
    po_file = LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po"
    if not po_file.exists():
        return gettext.NullTranslations()
    with po_file.open("rb") as source:
        catalog = read_po(source, locale=language)
    for message in list(catalog):
        # An untranslated plural would be compiled as empty text; left out, it falls back to
        # the English message id, as an untranslated singular does.
        if message.id and message.pluralizable and not all(message.string):
            catalog.delete(message.id)
    compiled = BytesIO()
    write_mo(compiled, catalog)
    compiled.seek(0)
    return gettext.GNUTranslations(compiled)


def count_words(language: str) -> Callable[..., str]:
    """The language's ngettext with the count filled in: bind it to the name `ngettext`, so
    extraction finds its calls, and write `ngettext("%(count)s møde", "%(count)s møder", n)`."""
    catalog = translations(language)

    def ngettext(singular: str, plural: str, count: int, **values: object) -> str:
        return catalog.ngettext(singular, plural, count) % {"count": count, **values}

    return ngettext


def N_(message: str) -> str:
    """Marks a message for extraction where it is translated later, at the point of use."""
    return message


def language_of(locale: str | None, fallback: str = DEFAULT_LANGUAGE) -> str:
    """'en-US' → 'en', 'da-DK' → 'da'; anything else → the fallback."""
    if not locale:
        return fallback
    primary = locale.replace("_", "-").split("-")[0].lower()
    return primary if primary in LANGUAGES else fallback
