"""`make translations` runs pybabel's own extraction over the code (babel.cfg). It evaluates every
string inside a gettext call, so an f-string argument there stops it: no catalogue could be
updated. Run the same extraction and require it to finish and find the code's texts."""

from pathlib import Path

from babel.messages.extract import extract_from_dir

ROOT = Path(__file__).parents[3]
METHODS = [("**.j2", "jinja2"), ("**.py", "python")]
OPTIONS = {"**.j2": {"extensions": "jinja2.ext.i18n"}}
PACKAGES = ("bot", "cards", "dialogs", "meetings")


def test_pybabel_extracts_every_package_without_failing():
    found = set()
    for package in PACKAGES:
        for _, _, message, _, _ in extract_from_dir(
                ROOT / package, METHODS, OPTIONS, keywords={"_": None, "N_": None,
                                                             "ngettext": (1, 2)}):
            found.add(message if isinstance(message, str) else message[0])
    assert "Minutes of %(day)s" in found
    assert "Hello! I am Mødebot. I keep track of this group's meetings." in found
