"""Card builders take values: a view is handed what the use cases read and decided, and reads
nothing itself, so no view awaits, names a unit of work or takes one, or asks who may act."""

import ast
from pathlib import Path

import pytest

VIEWS = Path(__file__).resolve().parents[3] / "bot" / "views"
# A reply to a message not understood is a view that answers a handler's call as one; it
# awaits nothing and reads nothing.
HANDLER_SHAPED = {("questions.py", "answer_unknown")}
# The domain's checks of who may do what: the use cases ask them and hand the answer on.
DECIDING = {"is_manager", "may_change", "minutes_editable_by", "require_manager",
            "require_member", "require_editor"}


def reads_in(source: str, name: str) -> list[str]:
    """Where a view module reads: an await, a `.uow`, a `uow` argument, with its line."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Await):
            found.append(f"{name}:{node.lineno} awaits")
        elif isinstance(node, ast.Attribute) and node.attr == "uow":
            found.append(f"{name}:{node.lineno} reads .uow")
        elif isinstance(node, ast.arg) and node.arg == "uow":
            found.append(f"{name}:{node.lineno} takes a uow")
        elif isinstance(node, ast.Name) and node.id in DECIDING:
            found.append(f"{name}:{node.lineno} decides with {node.id}")
        elif isinstance(node, ast.AsyncFunctionDef) and (name, node.name) not in HANDLER_SHAPED:
            found.append(f"{name}:{node.lineno} {node.name} is async")
    return sorted(found)


@pytest.mark.parametrize("path", sorted(VIEWS.glob("*.py")), ids=lambda path: path.name)
def test_a_view_module_reads_nothing_and_is_handed_values(path):
    assert reads_in(path.read_text(encoding="utf-8"), path.name) == []


def test_the_check_sees_a_view_that_reads_through_the_turn():
    source = ("async def members_card(turn):\n"
              "    return await turn.uow.members.of_group(turn.group.id)\n"
              "def task_card(uow, task):\n    return may_change(task)\n")
    assert reads_in(source, "members.py") == [
        "members.py:1 members_card is async", "members.py:2 awaits",
        "members.py:2 reads .uow", "members.py:3 takes a uow",
        "members.py:4 decides with may_change"]
