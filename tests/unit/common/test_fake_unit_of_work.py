"""The fake unit of work and the domain's port: the fake has every repository and read model
the port names, each with the port's methods called the same way, so it cannot drift from
what the use cases ask of storage."""

from typing import get_type_hints

import pytest

from meetings.common import ports
from tests.fakes import FakeUnitOfWork
from tests.port_shapes import PORTS, methods, shape

FAKE = get_type_hints(FakeUnitOfWork)


def test_the_fake_has_every_repository_and_read_model_of_the_port():
    assert len(PORTS) == 27
    assert set(PORTS) - set(FAKE) == set()
    uow = FakeUnitOfWork()
    assert {name for name in PORTS if not isinstance(getattr(uow, name), FAKE[name])} == set()


@pytest.mark.parametrize("name", sorted(PORTS))
def test_each_fake_has_the_methods_its_port_asks_for_called_the_same_way(name):
    port, fake = PORTS[name], FAKE[name]
    for method, function in methods(port).items():
        assert hasattr(fake, method), f"{fake.__name__} has no {method}"
        assert shape(getattr(fake, method)) == shape(function), f"{name}.{method}"


def test_the_fake_flushes_and_commits_as_the_port_says():
    for method, function in methods(ports.UnitOfWork).items():
        assert shape(getattr(FakeUnitOfWork, method)) == shape(function)


async def test_the_fake_counts_commits_and_is_its_own_factory():
    uow = FakeUnitOfWork()
    async with uow() as opened:
        await opened.commit()
    assert (opened is uow, uow.commits) == (True, 1)
