"""The catalogs hold every text the code asks for, in both languages; every count goes through
ngettext with its plural forms filled in; and no count is written into a noun any other way.

The code is read, not run: every `_()`, `gettext()`, `N_()` and `ngettext()` in the Python
modules (inside f-strings too, where extraction does not look) and in the card templates.
"""

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po
from jinja2 import Environment
from jinja2.ext import extract_from_ast

ROOT = Path(__file__).resolve().parents[3]
SOURCES = ("app.py", "bot", "cards", "dialogs", "meetings")
SINGULAR_FUNCTIONS = {"_", "gettext", "N_"}
PLACEHOLDER = re.compile(r"%\((\w+)\)s")
# Placeholders that hold words, dates or numbers that are no count ("item 4", "2026"). A count
# goes through ngettext instead, as `%(count)s`: "%(count)s møde" / "%(count)s møder".
TEXT_PLACEHOLDERS = {
    "actual_weekday", "date", "day", "deadline", "error", "example", "first", "held", "last",
    "limit", "line", "month", "name", "number", "query", "reason", "said_weekday", "status",
    "substitute", "text", "theme", "title", "what", "when", "year",
    "member", "organisation", "place", "before", "after", "group", "meant",
    "json", "docx",  # the links of a personal export
}
LOG_PLACEHOLDERS = {"asctime", "levelname", "name", "message"}  # logging's, for developers
# Values an f-string writes just before a word that are no count: days, names, ids, SQL.
NOT_COUNTS_BEFORE_A_WORD = {
    "day", "written", "format_date(day, 'd. MMMM y', locale='da_DK')", "self.host",
    "report.meeting_id", "SEARCH_TABLE",
    "name", "size",  # CardTooLarge's message to developers, in the log, never to a user
}


def _python_files() -> Iterator[Path]:
    for source in SOURCES:
        path = ROOT / source
        yield from [path] if path.is_file() else sorted(path.rglob("*.py"))


def _code_strings(path: Path) -> Iterator[ast.Constant]:
    """The string literals of a module but its docstrings, which talk about texts."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef,
                                       ast.AsyncFunctionDef))
                  and node.body and isinstance(node.body[0], ast.Expr)}
    for node in ast.walk(tree):
        if _literal(node) is not None and id(node) not in docstrings:
            yield node


def _name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Name):
        return call.func.id
    return call.func.attr if isinstance(call.func, ast.Attribute) else None


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _python_messages() -> Iterator[tuple[str, str | tuple[str, str]]]:
    """(where, message) of every call that asks the catalog; a plural is (singular, plural)."""
    for path in _python_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name, where = _name(node), f"{path.relative_to(ROOT)}:{node.lineno}"
            if name in SINGULAR_FUNCTIONS and (message := _literal(node.args[0])) is not None:
                yield where, message
            elif name == "ngettext" and len(node.args) >= 2:
                singular, plural = _literal(node.args[0]), _literal(node.args[1])
                if singular is not None and plural is not None:
                    yield where, (singular, plural)


def _template_messages() -> Iterator[tuple[str, str | tuple[str, str]]]:
    environment = Environment(extensions=["jinja2.ext.i18n"])
    for path in sorted((ROOT / "cards" / "templates").glob("*.j2")):
        tree = environment.parse(path.read_text(encoding="utf-8"))
        for lineno, function, message in extract_from_ast(tree, ("_", "gettext", "ngettext")):
            where = f"{path.relative_to(ROOT)}:{lineno}"
            if function == "ngettext" and isinstance(message, tuple):
                yield where, (message[0], message[1])
            elif isinstance(message, str):
                yield where, message


MESSAGES = [*_python_messages(), *_template_messages()]


def _catalog(language: str) -> Catalog:
    path = ROOT / "meetings" / "locale" / language / "LC_MESSAGES" / "messages.po"
    with path.open("rb") as po:
        return read_po(po, locale=language)


@pytest.mark.parametrize("language", ["da", "en"])
def test_every_text_the_code_asks_for_is_in_the_catalog_as_asked(language):
    catalog = _catalog(language)
    missing = []
    for where, message in MESSAGES:
        key = message[0] if isinstance(message, tuple) else message
        found = catalog.get(key)
        if found is None or found.pluralizable != isinstance(message, tuple) or (
                found.pluralizable and found.id != message):
            missing.append((where, message))
    assert missing == []


@pytest.mark.parametrize("language", ["da", "en"])
def test_every_plural_has_both_forms_filled_in(language):
    empty = [m.id for m in _catalog(language) if m.pluralizable and not all(m.string)]
    assert empty == []


def test_no_catalog_text_writes_a_count_without_ngettext():
    counted = [(where, message) for where, message in MESSAGES if isinstance(message, str)
               and set(PLACEHOLDER.findall(message)) - TEXT_PLACEHOLDERS]
    assert counted == []


def test_no_text_in_the_code_formats_a_count_outside_the_catalogs():
    """A "%(meetings)s møder" kept in a dict of labels is a count gettext never sees."""
    plurals = {form for _, message in MESSAGES if isinstance(message, tuple) for form in message}
    found = []
    for path in _python_files():
        for node in _code_strings(path):
            names = set(PLACEHOLDER.findall(node.value))
            if node.value not in plurals and names - TEXT_PLACEHOLDERS and not (
                    names <= LOG_PLACEHOLDERS):
                found.append((f"{path.relative_to(ROOT)}:{node.lineno}", node.value))
    assert found == []


def test_no_f_string_writes_a_number_before_a_word():
    """f"{report.items} items" is "1 items" one day; such a count belongs in ngettext."""
    found = []
    for path in _python_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.JoinedStr):
                continue
            for value, after in zip(node.values, node.values[1:], strict=False):
                if (isinstance(value, ast.FormattedValue) and _literal(after)
                        and re.match(r"\s+[^\W\d_]", after.value)
                        and ast.unparse(value.value) not in NOT_COUNTS_BEFORE_A_WORD):
                    found.append((f"{path.relative_to(ROOT)}:{node.lineno}",
                                  ast.unparse(value.value), after.value))
    assert found == []


def test_the_checks_see_a_count_written_without_ngettext():
    tree = ast.parse('turn._("%(meetings)s meetings held")\nf"{report.items} items"')
    call = next(n for n in ast.walk(tree) if isinstance(n, ast.Call))
    [message] = [_literal(call.args[0])]
    assert set(PLACEHOLDER.findall(message)) - TEXT_PLACEHOLDERS == {"meetings"}
    joined = next(n for n in ast.walk(tree) if isinstance(n, ast.JoinedStr))
    assert ast.unparse(joined.values[0].value) not in NOT_COUNTS_BEFORE_A_WORD
