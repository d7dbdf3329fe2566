"""The unit and bot tests run without the integration tests: they import nothing of
tests/integration, and what the layers share lives in tests/support, which imports no layer of
the tests (or a layer would reach another through it). import-linter cannot say this: its root
packages are the code's, not the tests'."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
LAYERS = ("tests.unit", "tests.integration", "tests.bot", "tests.e2e")
FORBIDDEN = {
    "tests/unit": ("tests.integration",),
    "tests/bot": ("tests.integration",),
    "tests/support": LAYERS,
}


def imported(source: str, package: str) -> set[str]:
    """Every module a source imports, at its top or inside a function, relative imports resolved
    against its package; for `from a import b`, both a and a.b (b may be a module)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            parts = package.split(".")
            base = ".".join(parts[:len(parts) - node.level + 1]) if node.level else ""
            module = ".".join(part for part in (base, node.module) if part)
            names.add(module)
            names.update(f"{module}.{alias.name}" for alias in node.names)
    return names


def imports_of(path: Path) -> set[str]:
    package = ".".join(path.relative_to(ROOT).parent.parts)
    return imported(path.read_text(encoding="utf-8"), package)


def within(name: str, module: str) -> bool:
    return name == module or name.startswith(module + ".")


def offenders() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for folder, forbidden in FORBIDDEN.items():
        for path in sorted((ROOT / folder).rglob("*.py")):
            wrong = {name for name in imports_of(path)
                     if any(within(name, module) for module in forbidden)}
            # `from a import b` is read as a and a.b: name only a where both are wrong.
            wrong = sorted(name for name in wrong
                           if not any(name.startswith(other + ".") for other in wrong))
            if wrong:
                found[path.relative_to(ROOT).as_posix()] = wrong
    return found


def test_unit_and_bot_tests_import_nothing_of_the_integration_tests():
    assert offenders() == {}


def test_the_shared_helpers_are_read_where_the_layers_import_them():
    assert "tests.support.fake_world" in imports_of(ROOT / "tests/unit/conftest.py")
    assert "tests.support.agenda_world" in imports_of(ROOT / "tests/support/minutes_steps.py")


def test_every_form_of_import_is_seen():
    source = """
import tests.integration.agenda_world
from tests import integration
from tests.integration.tasks.task_steps import create

def later():
    from ...integration.minutes import minutes_steps
    from . import test_owners
"""
    names = imported(source, "tests.unit.tasks")
    assert {"tests.integration.agenda_world", "tests.integration",
            "tests.integration.tasks.task_steps", "tests.integration.minutes.minutes_steps",
            "tests.unit.tasks.test_owners"} <= names
    assert not any(within(name, "tests.integration") for name in imported(
        "from tests.support.agenda_world import World\nimport tests.integrations", "tests.unit"))
