"""`make translations` runs pybabel's own extraction over the code (babel.cfg). It evaluates every
string inside a gettext call, so an f-string argument there stops it: no catalogue could be
updated. Run the same extraction and require it to finish and find the code's texts."""

from pathlib import Path

from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping

ROOT = Path(__file__).parents[3]
with (ROOT / "babel.cfg").open() as config:  # what `make translations` reads
    METHODS, OPTIONS = parse_mapping(config)
PACKAGES = ("bot", "cards", "dialogs", "meetings")


def test_pybabel_extracts_every_package_without_failing():
    found = set()
    for package in PACKAGES:
        for _, _, message, _, _ in extract_from_dir(
                ROOT / package, METHODS, OPTIONS, keywords={"_": None, "N_": None,
                                                             "ngettext": (1, 2)}):
            found.add(message if isinstance(message, str) else message[0])
    assert "Minutes of %(day)s" in found
    assert "The minutes as a whole" in found  # a card template's: the Jinja2 extractor ran
    assert "Hello! I am Mødebot. I keep track of this group's meetings." in found
