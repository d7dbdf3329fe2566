"""How an answer goes back to Teams: a message with its card, a card updated in place, and
the body of an Action.Execute answer."""

import logging

from botbuilder.core import CardFactory, InvokeResponse, MessageFactory, TurnContext
from botbuilder.schema import ActivityTypes, AdaptiveCardInvokeResponse
from msrest.serialization import Model

from bot.teams.connector import ConnectorError
from bot.turn import CardReply, Reply
from meetings.common.i18n import LANGUAGES, N_, language_of, translations

log = logging.getLogger(__name__)

CARD_CONTENT = "application/vnd.microsoft.card.adaptive"
MESSAGE_CONTENT = "application/vnd.microsoft.activity.message"
# Answered before any turn, with nothing read or written: in the clicker's client's language.
UNREADABLE_CLICK = N_("I cannot read what the button sent, so nothing was changed. Write "
                      "“help” to see what I can do.")
CLICK_BEING_HANDLED = N_("I am still handling this click; its answer comes in a moment.")


class MessageInvokeResponse(Model):
    """The text form of an Action.Execute answer, which AdaptiveCardInvokeResponse types as a
    dict; botbuilder 4.17.1 serializes an invoke body twice unless it is a Model like this."""

    _attribute_map = {
        "status_code": {"key": "statusCode", "type": "int"},
        "type": {"key": "type", "type": "str"},
        "value": {"key": "value", "type": "str"},
    }

    def __init__(self, *, value: str, **kwargs) -> None:
        super().__init__(**kwargs)
        self.status_code, self.type, self.value = 200, MESSAGE_CONTENT, value


class AnswerNotShown(Exception):
    """Teams did not take a turn's answer. The turn's changes were committed before it was
    sent, so the user must not be told that nothing was changed."""


async def send(turn_context: TurnContext, reply: Reply) -> None:
    body: dict = {"type": "message"}
    if reply.text:
        body["text"] = reply.text
    if reply.card is not None:
        body["attachments"] = [_attached(reply.card)]
    try:
        await turn_context.adapter.reply(turn_context, body)
        if reply.then is not None:
            # A message of its own: a button on it answers in place of this card, not the
            # answer's.
            await turn_context.adapter.reply(
                turn_context, {"type": "message", "attachments": [_attached(reply.then)]})
    except ConnectorError as error:
        raise AnswerNotShown(str(error)) from error


def _attached(card: dict) -> dict:
    return {"contentType": CARD_CONTENT, "content": card}


async def update_card(turn_context: TurnContext, activity_id: str, card: dict) -> None:
    update = MessageFactory.attachment(CardFactory.adaptive_card(card))
    update.id = activity_id
    update.type = ActivityTypes.message
    try:
        await turn_context.update_activity(update)
    except Exception:  # the clicker already sees the new card; the others see it on refresh
        log.warning("posted card not updated", exc_info=True)


def invoke_response(reply: CardReply) -> InvokeResponse:
    if reply.card is None:
        return InvokeResponse(status=200, body=MessageInvokeResponse(value=reply.message or ""))
    body = AdaptiveCardInvokeResponse(status_code=200, type=CARD_CONTENT, value=reply.card)
    return InvokeResponse(status=200, body=body)


def refused_click(turn_context: TurnContext) -> str:
    """A click whose data is not what our cards send: logged, and answered in the clicker's
    client's language with nothing read or written."""
    activity = turn_context.activity
    log.warning("refused: card data is not what our cards send",
                extra={"actor": activity.from_property.aad_object_id,
                       "conversation_id": activity.conversation.id})
    return translations(language_of(activity.locale)).gettext(UNREADABLE_CLICK)


def click_being_handled_text(language: str) -> str:
    """A click Teams delivered again while another process of the bot handles it."""
    return translations(language).gettext(CLICK_BEING_HANDLED)


def card_language(data: dict) -> str | None:
    """The language a card was drawn in (its data's "lang"), if it is one we speak."""
    language = data.get("lang") if isinstance(data, dict) else None
    return language if language in LANGUAGES else None

