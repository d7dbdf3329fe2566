"""Activities Teams delivers again: handled once, answered the same every time.

Teams retries a delivery it thinks failed (a slow or failed HTTP answer) with the same activity
id. Handling it again would capture a `#beslutning` line twice, make a second task of an
`opgave:` line or propose an agenda item twice. The (conversation id, activity id) of each
message and invoke is remembered for a while with the answer its turn gave (an invoke's status
and body); one seen again in that time is not handled but given that answer again, so a card
click repeated gets the same card. A repeat that comes while the first is still being handled
waits for it. A turn that failed (an exception before its answer, a 5xx) is forgotten, so
Teams' retry of it is handled. Kept in this process, checked first; on PostgreSQL, where
several processes may serve, also in a table all of them share (see README, "Deliveries Teams
sends again").
"""

import asyncio
import logging
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from botbuilder.core import InvokeResponse, TurnContext
from botbuilder.schema import Activity, ActivityTypes

from bot.teams.adapter import invoke_body
from bot.teams.answers import AnswerNotShown, click_being_handled_text, invoke_response
from bot.turn import CardReply
from meetings.common.clock import Clock
from meetings.common.i18n import language_of
from storage.repositories.handled_activities import REMEMBERED, Earlier, HandledActivities

log = logging.getLogger(__name__)

_ONCE = (ActivityTypes.message, ActivityTypes.invoke)

Key = tuple[str, str]
Handler = Callable[[TurnContext], Awaitable[None]]


@dataclass(frozen=True)
class Answer:
    """What a turn answered over HTTP: an invoke's status and JSON body; nothing for a message."""

    status: int | None = None
    body: Any = None


@dataclass
class _Turn:
    at: datetime
    done: asyncio.Event = field(default_factory=asyncio.Event)
    answer: Answer | None = None  # None while being handled, and after it failed


class SeenActivities:
    def __init__(self, clock: Clock, ttl: timedelta = REMEMBERED, size: int = 5_000,
                 shared: HandledActivities | None = None) -> None:
        self._clock, self._ttl, self._size = clock, ttl, size
        self._shared = shared  # PostgreSQL: what every process handled
        self._seen: OrderedDict[Key, _Turn] = OrderedDict()

    async def once(self, turn_context: TurnContext, handle: Handler) -> None:
        """Handle a message or invoke unless this process handled it in the last minutes; then
        answer it as the first time (logged)."""
        key = _key(turn_context.activity)
        if key is None:
            await handle(turn_context)
            return
        while (earlier := self._earlier(key)) is not None:
            if earlier.answer is not None:
                log.info("activity delivered again: answered as before, not handled",
                         extra={"conversation_id": key[0], "activity_id": key[1]})
                await answer_again(turn_context, earlier.answer)
                return
            log.info("activity delivered again while being handled: waits",
                     extra={"conversation_id": key[0], "activity_id": key[1]})
            await earlier.done.wait()  # its answer, or handled here if it failed
        await self._handled(turn_context, handle, key)

    async def _handled(self, turn_context: TurnContext, handle: Handler, key: Key) -> None:
        turn = self._remember(key)
        try:
            earlier = None if self._shared is None else await self._shared.claim(*key, turn.at)
            if earlier is None:
                await self._handle(turn_context, handle, key, turn)
            else:  # another process had it first
                turn.answer = await _answer_earlier(turn_context, key, earlier)
        finally:
            if _failed(turn.answer):
                self._seen.pop(key, None)  # Teams' retry is handled
            turn.done.set()

    async def _handle(self, turn_context: TurnContext, handle: Handler, key: Key,
                      turn: _Turn) -> None:
        try:
            await handle(turn_context)
            turn.answer = answer_of(turn_context)
        except AnswerNotShown:
            # Its changes are saved: a retry would make them twice. A click counts as answered
            # (200), so no process keeps telling its retries that it is still being handled.
            invoke = turn_context.activity.type == ActivityTypes.invoke
            turn.answer = Answer(status=200) if invoke else Answer()
            raise
        finally:
            await self._share(key, turn.answer)

    async def _share(self, key: Key, answer: Answer | None) -> None:
        """The outcome, for the other processes: a click's answer, or a failed turn forgotten."""
        if self._shared is None:
            return
        try:
            if _failed(answer):
                await self._shared.forget(*key)
            elif answer.status is not None:
                await self._shared.answered(*key, answer.status, answer.body)
        except Exception:  # the turn's outcome stands; the row expires with the others
            log.warning("handled activity not shared with the other processes", exc_info=True)

    def _earlier(self, key: Key) -> _Turn | None:
        expired = self._clock.now() - self._ttl
        while self._seen and next(iter(self._seen.values())).at <= expired:
            self._seen.popitem(last=False)
        return self._seen.get(key)

    def _remember(self, key: Key) -> _Turn:
        turn = self._seen[key] = _Turn(at=self._clock.now())
        while len(self._seen) > self._size:
            self._seen.popitem(last=False)
        return turn


def _key(activity: Activity) -> Key | None:
    if activity.type not in _ONCE or not activity.id or activity.conversation is None:
        return None
    return activity.conversation.id or "", activity.id


def _failed(answer: Answer | None) -> bool:
    """No answer (an exception, or a click another process still handles), or a 5xx."""
    return answer is None or (answer.status or 0) >= 500


def answer_of(turn_context: TurnContext) -> Answer:
    """The answer a turn gave: its invoke response as JSON (none: botbuilder answers 501)."""
    if turn_context.activity.type != ActivityTypes.invoke:
        return Answer()
    sent = turn_context.turn_state.get(TurnContext._INVOKE_RESPONSE_KEY)
    if sent is None or sent.value is None:
        return Answer(status=501)
    return Answer(status=sent.value.status, body=invoke_body(sent.value.body))


async def _answer_earlier(turn_context: TurnContext, key: Key, earlier: Earlier
                          ) -> Answer | None:
    """A delivery another process handled first: its answer, or, for a click it is still
    handling, a short one (None: not remembered here, a retry reads the table again)."""
    ids = {"conversation_id": key[0], "activity_id": key[1]}
    activity = turn_context.activity
    if earlier.status is None and activity.type == ActivityTypes.invoke:
        log.info("activity delivered again while another process handles it", extra=ids)
        text = click_being_handled_text(language_of(activity.locale))
        await turn_context.send_activity(Activity(
            type=ActivityTypes.invoke_response, value=invoke_response(CardReply(message=text))))
        return None
    log.info("activity delivered again: answered as before, not handled", extra=ids)
    answer = Answer(earlier.status, earlier.body)
    await answer_again(turn_context, answer)
    return answer


async def answer_again(turn_context: TurnContext, answer: Answer) -> None:
    if turn_context.activity.type == ActivityTypes.invoke:
        await turn_context.send_activity(Activity(
            type=ActivityTypes.invoke_response,
            value=InvokeResponse(status=answer.status or 200, body=answer.body)))
