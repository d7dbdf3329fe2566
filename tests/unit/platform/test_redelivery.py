"""A delivery Teams sends again after the first one's turn failed is handled, not answered
as if the first had been."""

import pytest
from botbuilder.core import InvokeResponse, TurnContext
from botbuilder.core.adapters import TestAdapter
from botbuilder.schema import Activity, ActivityTypes, ConversationAccount

from bot.teams.answers import AnswerNotShown
from bot.teams.redelivery import SeenActivities, answer_of
from tests.fakes import FakeClock

CARD = {"statusCode": 200, "type": "application/vnd.microsoft.card.adaptive",
        "value": {"type": "AdaptiveCard", "body": [{"type": "TextBlock", "text": "Opgave"}]}}


class InvokeAdapter(TestAdapter):
    """Keeps a turn's invoke response in its turn state, as the app's CloudAdapter does."""

    async def send_activities(self, context: TurnContext, activities: list[Activity]):
        answers = [a for a in activities if a.type == ActivityTypes.invoke_response]
        for answer in answers:
            context.turn_state[TurnContext._INVOKE_RESPONSE_KEY] = answer
        return await super().send_activities(
            context, [a for a in activities if a not in answers])


def click() -> TurnContext:
    return TurnContext(InvokeAdapter(), Activity(
        type=ActivityTypes.invoke, name="adaptiveCard/action", id="f:click-1",
        conversation=ConversationAccount(id="19:netvaerk-boern-unge@thread.v2")))


class FailsFirst:
    """A turn whose database is gone the first time and which answers a card the next."""

    def __init__(self) -> None:
        self.handled = 0

    async def __call__(self, turn_context: TurnContext) -> None:
        self.handled += 1
        if self.handled == 1:
            raise ConnectionError("database went away")
        await turn_context.send_activity(Activity(
            type=ActivityTypes.invoke_response, value=InvokeResponse(status=200, body=CARD)))


async def test_a_click_whose_turn_failed_is_handled_when_delivered_again():
    seen, handle = SeenActivities(FakeClock()), FailsFirst()
    with pytest.raises(ConnectionError):
        await seen.once(click(), handle)
    retried, repeated = click(), click()
    await seen.once(retried, handle)
    await seen.once(repeated, handle)
    assert handle.handled == 2  # the retry handled, the repeat of the retry answered
    assert answer_of(repeated) == answer_of(retried)
    assert answer_of(repeated).body == CARD


class SharedRows:
    """The table the replicas share, as far as this process's calls go: who claimed, what was
    answered, what was forgotten."""

    def __init__(self) -> None:
        self.answered_with: list[tuple[int, object]] = []
        self.forgotten = 0

    async def claim(self, conversation_id: str, activity_id: str, now):
        return None  # this process is the first

    async def answered(self, conversation_id: str, activity_id: str, status: int, body) -> None:
        self.answered_with.append((status, body))

    async def forget(self, conversation_id: str, activity_id: str) -> None:
        self.forgotten += 1


async def test_a_click_whose_answer_teams_did_not_take_is_shared_as_answered_not_left_open():
    """Its changes are saved, so no replica may handle it again; and none may keep answering
    "still being handled" for ten minutes either: the row says it was answered."""
    shared = SharedRows()
    seen = SeenActivities(FakeClock(), shared=shared)

    async def saved_but_not_shown(turn_context: TurnContext) -> None:
        raise AnswerNotShown("Teams answered 502")

    with pytest.raises(AnswerNotShown):
        await seen.once(click(), saved_but_not_shown)
    repeated = click()
    await seen.once(repeated, saved_but_not_shown)
    assert shared.answered_with == [(200, None)] and shared.forgotten == 0
    assert answer_of(repeated).status == 200
