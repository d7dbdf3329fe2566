"""The domain's entities are plain classes that storage maps: made with keyword arguments, a
field not given reads None, a misspelt one is refused, and storage maps every one of them."""

import importlib
import pkgutil
import subprocess
import sys

import pytest
from sqlalchemy import inspect

import meetings
import storage
from meetings.common.entities import Entity
from meetings.planning.entities import Meeting
from meetings.tasks.entities import Task


def _entity_classes() -> set[type]:
    for module in pkgutil.walk_packages(meetings.__path__, "meetings."):
        if module.name.endswith(".entities"):
            importlib.import_module(module.name)
    found, todo = set(), [Entity]
    while todo:
        for sub in todo.pop().__subclasses__():
            if sub.__module__.startswith("meetings."):
                found.add(sub)
            todo.append(sub)
    return found


def test_an_entity_is_made_with_keyword_arguments_and_a_field_not_given_reads_none():
    task = Task(title="Undersøg plejefamilier", group_id=3)
    assert (task.title, task.group_id) == ("Undersøg plejefamilier", 3)
    assert task.owner_id is None and task.status is None


def test_a_field_the_class_does_not_have_is_refused():
    with pytest.raises(TypeError, match="'titel'"):
        Task(titel="Undersøg plejefamilier")
    with pytest.raises(AttributeError):
        _ = Task().no_such_field


def test_storage_maps_every_entity_of_the_domain_onto_a_table():
    assert storage  # imported: the mapping is done
    classes = _entity_classes()
    assert {"Group", "Member", "Meeting", "AgendaItem", "Minutes", "Task"} <= {
        c.__name__ for c in classes}
    for entity in classes:
        mapper = inspect(entity)
        assert set(entity.fields()) == {c.key for c in mapper.columns}, entity.__name__


def test_the_domain_imports_neither_storage_nor_sqlalchemy_on_its_own():
    # A fresh interpreter: importing the use cases loads no SQLAlchemy, so the domain's
    # classes are plain until storage maps them.
    code = ("import sys, meetings.planning.planning, meetings.tasks.tasks, "
            "meetings.minutes.recording; print(sorted(m for m in sys.modules "
            "if m.split('.')[0] in ('sqlalchemy', 'storage')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
    assert Meeting.fields() >= {"starts_at", "place", "status"}
