"""The one error storage lets out: the bot catches it without knowing SQLAlchemy."""


class StorageError(Exception):
    """The database did not do what was asked: it was unreachable or locked, or it refused a
    statement. The message names SQLAlchemy's error without the SQL and its parameters (logs
    never hold them); that error is the `__cause__`."""

    @classmethod
    def of(cls, error: Exception) -> "StorageError":
        return cls(repr(error))
