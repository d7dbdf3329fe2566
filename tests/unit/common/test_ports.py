"""The domain's ports and storage: storage's unit of work has every repository, read model and
method the use cases ask for, called the same way."""

import re
from pathlib import Path
from typing import get_type_hints

import pytest

from meetings.common import ports
from storage.unit_of_work import UnitOfWork
from tests.port_shapes import PORTS, methods, shape

STORED = get_type_hints(UnitOfWork)
DOMAIN = Path(__file__).parents[3] / "meetings"
USE = re.compile(r"\buow\.(\w+)(?:\.(\w+))?")


def test_the_unit_of_work_has_every_repository_and_read_model_the_use_cases_ask_for():
    assert len(PORTS) == 27  # 23, roles and members' retention, privacy's personal data, phrasings,
    # minutes lines followed when edited
    assert set(PORTS) - set(STORED) == set()


@pytest.mark.parametrize("name", sorted(PORTS))
def test_each_has_the_methods_its_port_asks_for_called_the_same_way(name):
    port, stored = PORTS[name], STORED[name]
    assert methods(port)
    for method, function in methods(port).items():
        assert hasattr(stored, method), f"{stored.__name__} has no {method}"
        assert shape(getattr(stored, method)) == shape(function), f"{name}.{method}"


def test_the_unit_of_work_flushes_and_commits_as_its_port_says():
    assert set(methods(ports.UnitOfWork)) == {"flush", "commit"}
    for method, function in methods(ports.UnitOfWork).items():
        assert shape(getattr(UnitOfWork, method)) == shape(function)


def test_the_domain_uses_nothing_of_the_unit_of_work_that_its_port_does_not_name():
    used = {match.groups() for path in DOMAIN.rglob("*.py")
            for match in USE.finditer(path.read_text())}
    assert len(used) > 90
    unnamed = {".".join(filter(None, ("uow", name, method))) for name, method in used
               if not _named(name, method)}
    assert unnamed == set()


def _named(name: str, method: str | None) -> bool:
    if name in methods(ports.UnitOfWork):
        return method is None
    return name in PORTS and (method is None or method in methods(PORTS[name]))
