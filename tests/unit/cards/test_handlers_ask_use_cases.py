"""Handlers ask the use cases: who may see a form or do a thing is decided, and logged, in the
domain, once; a handler neither checks a role itself nor raises a refusal of its own."""

import ast
from pathlib import Path

import pytest

from tests.unit.cards.test_views_take_values import DECIDING

HANDLERS = Path(__file__).resolve().parents[3] / "bot" / "handlers"
CHECKS = DECIDING | {"require_minutes_writer", "takes_minutes", "MANAGERS"}


def decisions_in(source: str, name: str) -> list[str]:
    """Where a handler module decides: a check of who may, or a refusal raised, with its line."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Name) and node.id in CHECKS:
            found.append(f"{name}:{node.lineno} decides with {node.id}")
        elif isinstance(node, ast.Attribute) and node.attr in CHECKS:
            found.append(f"{name}:{node.lineno} decides with {node.attr}")
        elif isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) \
                and getattr(node.exc.func, "id", None) == "Refusal":
            found.append(f"{name}:{node.lineno} raises a refusal")
    return sorted(found)


@pytest.mark.parametrize("path", sorted(HANDLERS.rglob("*.py")),
                         ids=lambda path: str(path.relative_to(HANDLERS)))
def test_a_handler_module_leaves_who_may_to_the_use_cases(path):
    assert decisions_in(path.read_text(encoding="utf-8"), path.name) == []


def test_the_check_sees_a_handler_that_checks_a_role_or_refuses_itself():
    source = ("from meetings.common.access import require_manager\n"
              "async def show_form(turn, data):\n"
              "    require_manager(turn.member, turn.group, 'plan_year')\n"
              "    if not access.is_manager(turn.member, turn.group):\n"
              "        raise Refusal(TASK_NOT_ALLOWED) from None\n")
    assert decisions_in(source, "year_plan.py") == [
        "year_plan.py:3 decides with require_manager", "year_plan.py:4 decides with is_manager",
        "year_plan.py:5 raises a refusal"]
