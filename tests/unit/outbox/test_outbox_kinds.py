"""Every kind of outbox row has one renderer, and the kinds keep the names stored in the outbox."""

import ast
from pathlib import Path

from bot.outbox.messages import RENDERERS
from meetings.common.outbox_kind import OutboxKind

ROOT = Path(__file__).resolve().parents[3]

# What rows already in databases say in their `kind` column; a renamed value would leave them
# unrendered, so this list only ever grows.
STORED = {
    "text", "meeting_reminder", "meeting_card_update", "agenda_call", "agenda_nudge",
    "agenda_published", "attendance_reminder", "agenda_card_update", "agenda_change_notice",
    "item_decision", "task_reminders", "minutes_posted", "minutes_approved", "minutes_comment",
    "agenda_call_update", "agenda_nudge_update",
}


def test_every_kind_has_a_renderer_and_every_renderer_a_kind():
    assert set(OutboxKind) - set(RENDERERS) == set(), "a kind without a renderer"
    assert set(RENDERERS) - set(OutboxKind) == set(), "a renderer without a kind"
    assert all(isinstance(kind, OutboxKind) for kind in RENDERERS)


def test_the_kinds_keep_the_names_rows_are_stored_under():
    assert {kind.value for kind in OutboxKind} >= STORED


def test_a_row_stored_as_a_plain_string_finds_its_renderer():
    # The column gives back a str, not the enumeration.
    assert RENDERERS.get("agenda_published") is RENDERERS[OutboxKind.AGENDA_PUBLISHED]


def _kinds_written(path: Path) -> list[str]:
    """What each `kind=` given to the outbox's `enqueue` in a module is, as source text; a
    name passed on by a helper counts as its parameter's annotation."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    kinds = []
    for function in ast.walk(tree):
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        annotated = {arg.arg: ast.unparse(arg.annotation) for arg in function.args.args
                     if arg.annotation is not None}
        kinds += [annotated.get(written, written) for node in ast.walk(function)
                  if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                  and node.func.attr == "enqueue"
                  for keyword in node.keywords if keyword.arg == "kind"
                  for written in [ast.unparse(keyword.value)]]
    return kinds


def test_the_domain_writes_outbox_rows_only_of_the_kinds_it_names():
    written = {str(path.relative_to(ROOT)): kinds for path in (ROOT / "meetings").rglob("*.py")
               if (kinds := _kinds_written(path))}
    assert written, "no outbox rows written in the domain: the scan is looking in a wrong place"
    strays = {path: kind for path, kinds in written.items() for kind in kinds
              if not kind.startswith("OutboxKind")}
    assert strays == {}
