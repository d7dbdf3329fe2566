"""A question chosen on a button ("Mente du …?", the help card): the message it came with is
read as that question and answered as if it had been asked so. Chosen on a "Mente du …?" card,
the choice is remembered for the chat, so the same phrasing is answered at once next time.

"Jeg kommer" and "Meld afbud" chosen on a "Mente du …?" card are recorded at once for the meeting
the message named ("mødet den 12. marts går ikke for mig"), else the next one not begun: the
member's own click is the one confirmation that saying it in a sentence asks for.
In a personal chat, which group's meeting is not known yet: the click brings the card that asks.

The intent in card data is client input: only the questions the classifier may answer on its
own are run; planning, moving, cancelling and the like never are, whatever the data says."""

import logging

from bot.handlers.agenda.buttons import attendance_answered
from bot.handlers.agenda.meant import meeting_meant
from bot.handlers.chat import COMMANDS
from bot.handlers.personal_chat import answer_for_groups, asks_about_groups
from bot.turn import CardReply, Reply, Turn
from bot.views.questions import ASK, MAX_SAID
from meetings.agenda.meant import meeting_not_begun
from meetings.agenda.vocabulary import AttendanceStatus
from meetings.understanding.intents import CLASSIFIED, Intent, understood_as
from meetings.understanding.learnt import learn

log = logging.getLogger(__name__)
ANSWERED_ON_CLICK = {Intent.ATTEND: AttendanceStatus.ATTENDING,
                     Intent.SEND_REGRETS: AttendanceStatus.REGRETS}


async def ask(turn: Turn, data: dict) -> CardReply:
    intent = _intent(data.get("intent"))
    if intent is None:
        log.warning("question refused", extra={"verb": ASK})
        return CardReply(message=turn._("This button is no longer in use. Write “help”."))
    said = str(data.get("text") or "")[:MAX_SAID]
    understood = understood_as(intent, said)
    # In the 1:1 chat, as if asked there: for the person's groups, not the chat's own; so
    # "Jeg kommer" there gets the card to confirm for the group it means.
    in_groups = asks_about_groups(turn, understood)
    if (status := ANSWERED_ON_CLICK.get(intent)) is not None and not in_groups:
        meeting = await meeting_meant(turn, understood, meeting_not_begun)
        answered = await attendance_answered(turn, meeting.id, status)
        await _learn(turn, data, intent, said)
        return answered
    asked = answer_for_groups if in_groups else COMMANDS[intent]
    reply = await asked(turn, understood)
    await _learn(turn, data, intent, said)
    return on_the_card(reply)


def on_the_card(reply: Reply) -> CardReply:
    """A chat answer given to a click: its card in place of the clicked one, else its text."""
    if reply.card is not None:
        return CardReply(card=reply.card)
    return CardReply(message=reply.text)


async def _learn(turn: Turn, data: dict, intent: Intent, said: str) -> None:
    if data.get("learn") is True and await learn(turn.uow.phrasings, turn.group.id,
                                                 turn.member.id, intent, said, turn.now):
        await turn.uow.commit()


def _intent(value: object) -> Intent | None:
    try:
        intent = Intent(str(value))
    except ValueError:
        return None
    return intent if intent in CLASSIFIED else None


QUESTION_ACTIONS = {ASK: ask}
