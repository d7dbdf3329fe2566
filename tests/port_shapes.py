"""The domain's port as tests compare it with a unit of work: its repositories and read models
by name, their methods, and what a caller relies on of each method."""

import inspect
from typing import get_type_hints

from meetings.common import ports

PORTS = {name: get_type_hints(member.fget)["return"]
         for name, member in vars(ports.UnitOfWork).items() if isinstance(member, property)}


def methods(protocol: type) -> dict:
    return {name: function for name, function in vars(protocol).items()
            if inspect.isfunction(function) and not name.startswith("_")}


def shape(function) -> tuple:
    """What a caller relies on: awaited or not, and the parameters' names, kinds and
    defaults."""
    parameters = inspect.signature(function).parameters.values()
    return (inspect.iscoroutinefunction(function),
            [(p.name, p.kind, p.default) for p in parameters])
