"""The fake unit of work's database: a table of mapped rows per model, kept in memory.

Rows are the models' own objects, never attached to a session: a repository hands out the very
object it stores, so what a use case changes on it is in the table at once, as it would be in
the session's identity map. Ids, column defaults, unique keys and the foreign keys' ON DELETE
are what the database would give; nothing is rolled back (the fake counts commits instead, see
`FakeUnitOfWork`).
"""

from collections.abc import Callable, Iterable, Iterator
from itertools import count
from typing import Any

from storage.models.base import table_of

Row = Any


class FakeTable:
    """The rows of one model, by primary key, in the order they were written."""

    def __init__(self, model: type) -> None:
        self.model = model
        self.rows: dict[Any, Row] = {}
        self._ids = count(1)
        self._keys = [column.key for column in model.__mapper__.primary_key]
        self._columns = list(table_of(model).columns)

    def add(self, row: Row) -> Row:
        """Store a row as a flush would: column defaults filled in, an id given."""
        for column in self._columns:
            if getattr(row, column.key) is None:
                setattr(row, column.key, _default(column))
        if self._keys == ["id"] and row.id is None:
            row.id = next(self._ids)
        self.rows[self._key(row)] = row
        return row

    def add_if_absent(self, values: dict, unique: Iterable[str]) -> bool:
        """INSERT … ON CONFLICT DO NOTHING: True if this call made the row."""
        if self.find(values, unique) is not None:
            return False
        self.add(self.model(**values))
        return True

    def find(self, values: dict, unique: Iterable[str]) -> Row | None:
        """The row that a unique key of these values clashes with (NULLs never clash)."""
        wanted = {name: values.get(name) for name in unique}
        if any(value is None for value in wanted.values()):
            return None
        return self.first(lambda row: all(getattr(row, k) == v for k, v in wanted.items()))

    def get(self, key: Any) -> Row | None:
        return self.rows.get(key)

    def where(self, test: Callable[[Row], bool] = lambda row: True,
              order: Callable[[Row], Any] | None = None) -> list[Row]:
        found = [row for row in self.rows.values() if test(row)]
        return sorted(found, key=order) if order is not None else found

    def first(self, test: Callable[[Row], bool],
              order: Callable[[Row], Any] | None = None) -> Row | None:
        found = self.where(test, order)
        return found[0] if found else None

    def update(self, test: Callable[[Row], bool], **values: Any) -> int:
        """A conditional UPDATE: the number of rows it changed."""
        changed = self.where(test)
        for row in changed:
            for name, value in values.items():
                setattr(row, name, value)
        return len(changed)

    def remove(self, test: Callable[[Row], bool]) -> list[Row]:
        """Take the rows out, without their dependants (see `FakeDatabase.delete`)."""
        gone = self.where(test)
        for row in gone:
            del self.rows[self._key(row)]
        return gone

    def _key(self, row: Row) -> Any:
        keys = tuple(getattr(row, key) for key in self._keys)
        return keys[0] if len(keys) == 1 else keys


def _default(column) -> Any:
    """What the database would write into a column left empty."""
    if column.default is not None:
        if column.default.is_callable:
            return column.default.arg(None)
        return column.default.arg
    if column.server_default is not None:
        return int(column.server_default.arg)  # only counters have one ("0")
    return None


class FakeDatabase:
    """Every model's table, made on first use."""

    def __init__(self) -> None:
        self._tables: dict[type, FakeTable] = {}

    def __getitem__(self, model: type) -> FakeTable:
        if model not in self._tables:
            self._tables[model] = FakeTable(model)
        return self._tables[model]

    def delete(self, model: type, test: Callable[[Row], bool]) -> int:
        """A DELETE: the rows that pass `test`, and what refers to them as the foreign keys
        say (ON DELETE CASCADE deletes, SET NULL empties). The number of `model`'s rows."""
        gone = self[model].remove(test)
        if not gone:
            return 0
        for child, column, referred, action in self._references_to(model):
            refers = _refers_to(column, {getattr(row, referred) for row in gone})
            if action == "CASCADE":
                self.delete(child, refers)
            elif action == "SET NULL":
                self[child].update(refers, **{column: None})
            elif self[child].where(refers):
                raise ValueError(f"{child.__name__}.{column} still refers to a deleted row")
        return len(gone)

    def _references_to(self, model: type) -> Iterator[tuple[type, str, str, str | None]]:
        """(child model, its column, the referred column, ON DELETE) of each foreign key to
        `model`'s table from a table that holds rows."""
        for child in list(self._tables):
            for key in table_of(child).foreign_keys:
                if key.column.table is table_of(model):
                    yield child, key.parent.key, key.column.key, key.ondelete


def _refers_to(column: str, keys: set) -> Callable[[Row], bool]:
    return lambda row: getattr(row, column) in keys


def nulls_last(value: Any) -> tuple[bool, Any]:
    """A sort key that puts None after every value, as `.nulls_last()` does."""
    return (value is None, value if value is not None else 0)


class Repository:
    """A fake repository over the shared fake database."""

    def __init__(self, db: FakeDatabase) -> None:
        self._db = db
