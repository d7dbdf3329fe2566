"""The tables, and the domain's classes mapped onto them (SQLAlchemy's imperative mapping).

Importing this package maps every class once: `meetings/*/entities.py` stay plain Python, and
storage, which alone speaks SQLAlchemy, gives them their columns. `import storage` does it.
"""

from storage.models import (
    activities,
    agenda,
    groups,
    minutes,
    phrasings,
    privacy,
    tasks,
    year,
)

__all__ = ["activities", "agenda", "groups", "minutes", "phrasings", "privacy", "tasks", "year"]
