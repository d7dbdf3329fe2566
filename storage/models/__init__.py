"""The tables, as SQLAlchemy mapped classes."""
