"""The minutes cards a turn answers with: what they show is read, and what the reader may do
decided, by the domain's use cases; the views draw it."""

from collections.abc import Collection, Mapping

from bot.turn import Turn
from bot.views import minutes as views
from meetings.minutes.entities import Minutes, MinutesEntry
from meetings.minutes.shown import entry_shown, minutes_overview, presence_shown


async def minutes_card(turn: Turn, minutes: Minutes, *, notice: str | None = None,
                       shared: bool = False) -> dict:
    """The overview; `shared` is the copy posted to the group, the same for every member."""
    reader = None if shared else turn.member
    overview = await minutes_overview(turn.uow, turn.group, minutes, reader)
    return views.minutes_card(turn, overview, notice=notice, shared=shared)


async def entry_card(turn: Turn, minutes: Minutes, entry: MinutesEntry, *,
                     notice: str | None = None, error: str | None = None,
                     task_values: Mapping[str, str] | None = None,
                     kept: str | None = None) -> dict:
    shown = await entry_shown(turn.uow, turn.group, minutes, entry, turn.member, turn.now,
                              task_typed=task_values is not None)
    return views.entry_card(turn, minutes, entry, shown, notice=notice, error=error,
                            task_values=task_values, kept=kept)


async def presence_card(turn: Turn, minutes: Minutes, *, notice: str | None = None,
                        error: str | None = None, first: int = 0,
                        unnamed: Collection[int] = ()) -> dict:
    shown = await presence_shown(turn.uow, turn.group, minutes)
    return views.presence_card(turn, minutes, shown, notice=notice, error=error, first=first,
                               unnamed=unnamed)
