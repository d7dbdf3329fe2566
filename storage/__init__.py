"""Persistence: the tables and the mapping of the domain's classes onto them, repositories, the
unit of work and Alembic migrations. Importing it maps the classes (see storage/models)."""

import storage.models  # noqa: F401
