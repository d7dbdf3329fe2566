"""A form that comes back: what was typed, and what is wrong with it.

Nothing is kept between the click that sent the form and the card that answers it: the values
go back into the card, Teams sends them again with the next click, and the use case checks
them as if they were new. A restart, another replica or a day's pause changes nothing.
"""

from collections.abc import Awaitable, Callable, Collection, Mapping
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from meetings.common.refusal import Refusal

Values = TypeVar("Values")
Result = TypeVar("Result")

TOO_LONG = "too_long"  # details: count, the most characters a field takes


@dataclass(frozen=True)
class Problem:
    """What is wrong, as a code and the values its words need; the bot words it."""

    code: str
    details: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Invalid(Generic[Values]):
    """The form again: the values as typed, the problem, and for a form of rows each bad row's."""

    values: Values
    problem: Problem
    rows: Mapping[int, Problem] = field(default_factory=dict)


def too_long(limit: int) -> Problem:
    return Problem(TOO_LONG, {"count": str(limit)})


async def submitted(values: Values, act: Callable[[], Awaitable[Result]],
                    codes: Collection[str] | None = None) -> Result | Invalid[Values]:
    """What the use case gives; a refusal with one of `codes` (any, if None) is the form again.
    Other refusals are not the form's business: the bot answers them as it answers any."""
    try:
        return await act()
    except Refusal as refused:
        if codes is not None and refused.code not in codes:
            raise
        return Invalid(values, Problem(refused.code, dict(refused.details)))
