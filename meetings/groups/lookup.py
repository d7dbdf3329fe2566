"""Finding a group from the command line, where people write its name (or its number)."""

from collections.abc import Sequence

from meetings.common.ports import UnitOfWork
from meetings.groups.entities import Group


async def groups_named(uow: UnitOfWork, name_or_id: str) -> Sequence[Group]:
    """The group with this id, else the groups with this name, ignoring case: more than one
    means the caller must ask for the id."""
    text = name_or_id.strip()
    if text.isdigit():
        group = await uow.groups.get(int(text))
        if group is not None:
            return [group]
    # Compared here, not in SQL: SQLite's lower() leaves Æ, Ø and Å as they are.
    wanted = " ".join(text.split()).casefold()
    groups = await uow.groups.all()
    return [g for g in groups if " ".join(g.name.split()).casefold() == wanted]
