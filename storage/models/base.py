"""The one metadata every table joins, and the registry that maps the domain's classes."""

from sqlalchemy import MetaData, Table, inspect
from sqlalchemy.orm import registry as Registry

# Named constraints keep Alembic migrations identical on SQLite and PostgreSQL.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING)
registry = Registry(metadata=metadata)


def table_of(entity: type) -> Table:
    """The table a domain class is mapped onto, for a statement written against the table."""
    return inspect(entity).local_table
