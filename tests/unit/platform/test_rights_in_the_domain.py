"""Who may do what is decided in the domain, once: the handlers and the dialogs call its use
cases and forms, which refuse and log, and never check a role themselves."""

import ast
from pathlib import Path

import pytest

from tests.unit.cards.test_views_take_values import DECIDING

ROOT = Path(__file__).resolve().parents[3]
EDGE = sorted([*ROOT.joinpath("bot").rglob("*.py"), *ROOT.joinpath("dialogs").rglob("*.py")])


def checks_in(source: str) -> list[str]:
    """The domain's checks of who may act that a module names, with their lines."""
    return [f"{node.lineno} {node.id}" for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.Name) and node.id in DECIDING]


@pytest.mark.parametrize("path", EDGE, ids=lambda path: str(path.relative_to(ROOT)))
def test_a_handler_or_dialog_leaves_who_may_act_to_the_domain(path):
    assert checks_in(path.read_text(encoding="utf-8")) == []


def test_the_check_sees_a_dialog_that_checks_a_role_itself():
    source = "def open_plan(context):\n    require_manager(context.member, context.group, 'x')\n"
    assert checks_in(source) == ["2 require_manager"]
