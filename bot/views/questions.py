"""What the bot answers when a message is no command, or it is unsure what was asked: a short
friendly word for small talk, and otherwise questions to click ("Mente du …?"), never a
dead end. The most-used questions are buttons on the help card too."""

from dataclasses import replace
from typing import Any

from bot.turn import Reply, Speaker, Turn
from bot.views.replies import not_understood_text
from meetings.common.i18n import N_
from meetings.understanding.intents import Intent, SmallTalk, Understood

ASK = "question.ask"
MAX_SAID = 500  # the message a button carries back; longer is no question
# The questions asked most, in the order the help card and a message not understood offer them.
COMMON = (Intent.NEXT_MEETING, Intent.AGENDA, Intent.MY_TASKS, Intent.OPEN_TASKS,
          Intent.ATTENDANCE, Intent.DEADLINE)
TITLES = {
    Intent.NEXT_MEETING: N_("When is the next meeting?"),
    Intent.LIST_MEETINGS: N_("Upcoming meetings"),
    Intent.AGENDA: N_("What is on the agenda?"),
    Intent.ATTENDANCE: N_("Who is coming?"),
    Intent.DEADLINE: N_("When is the deadline?"),
    Intent.MY_TASKS: N_("My tasks"),
    Intent.OPEN_TASKS: N_("Open tasks"),
    Intent.TASKS_OF: N_("A person's tasks"),
    Intent.THEME: N_("The theme of the meeting"),
    Intent.SEARCH: N_("Search the minutes"),
    Intent.HELP: N_("What Mødebot can do"),
    Intent.ANNUAL_REPORT: N_("The annual report"),
    Intent.YEAR_PLAN: N_("The annual plan"),
    Intent.MINUTES: N_("The minutes"),
    Intent.SEND_REGRETS: N_("Send regrets"),
    Intent.ATTEND: N_("I am coming"),
    Intent.PROPOSE_ITEM: N_("Propose an item"),
    Intent.MEMBERS: N_("The members"),
    Intent.MY_DATA: N_("What Mødebot knows about you"),
}
FRIENDLY = {
    SmallTalk.THANKS: N_("You are welcome!"),
    SmallTalk.GREETING: N_("Hello! Write “help” to see what I can do."),
    SmallTalk.GOODBYE: N_("Thank you, the same to you!"),
    SmallTalk.ACK: N_("👍"),
    SmallTalk.OTHER: N_("I keep track of the group's meetings, agendas, minutes and tasks. Write "
                        "“help” to see what you can ask me."),
}


def question_buttons(turn: Speaker, intents: tuple[Intent, ...] = COMMON) -> list[dict[str, Any]]:
    return [{"title": turn._(TITLES[intent]), "intent": intent.value} for intent in intents
            if intent in TITLES]


async def answer_unknown(turn: Turn, understood: Understood) -> Reply:
    """Small talk gets a friendly word; an unsure reading the likeliest questions to click; a
    message not understood at all the questions asked most. A message about something else,
    with nothing near enough to offer, gets what the bot does and the help card on a button."""
    if understood.small_talk == SmallTalk.OTHER:
        return Reply(card=turn.card("help_offer", text=turn._(FRIENDLY[SmallTalk.OTHER])))
    if understood.small_talk is not None:
        return Reply(text=turn._(FRIENDLY[understood.small_talk]))
    if understood.unsure:
        # The question chosen is remembered for the group (meetings.understanding.learnt).
        return Reply(card=turn.card(
            "questions", heading_text=turn._("Did you mean …?"),
            text=turn._("I will remember the choice for next time in this chat."),
            questions=question_buttons(turn, understood.alternatives),
            said=understood.said[:MAX_SAID], learn=True))
    return Reply(text=not_understood_text(turn), card=turn.card(
        "questions", heading_text=turn._("Try one of these"), text=None,
        questions=question_buttons(turn), said=""))


def plan_offered_card(turn: Speaker, values: dict[str, str], understood: Understood) -> dict:
    """A wish to plan read in a message: the plan form on one click, opened with the day and
    times it names (`values`), the questions it may have been beside it."""
    return turn.card(
        "questions", heading_text=turn._("Did you mean …?"),
        text=turn._("The form opens with the day you named; nothing is planned until you "
                    "send it."),
        questions=question_buttons(turn, understood.alternatives),
        said=understood.said[:MAX_SAID], learn=True, plan=values)


def who_plans_text(turn: Speaker, leaders: list[str], *, personal: bool = False) -> str:
    """To one whom a wish to plan is not offered to: who plans, and whom to write to."""
    if personal:
        return turn._("Meetings are planned in the group's chat, by the chair or the secretary.")
    text = turn._("The chair or the secretary plans the meetings.")
    if not leaders:
        return text
    return " ".join((text, turn._("Write to %(name)s about the day you have in mind.",
                                  name=", ".join(leaders))))


def with_others_offered(speaker: Speaker, understood: Understood, reply: Reply) -> Reply:
    """An answer to the likelier of close questions, the others offered after it to click; not
    one the answer's card answers too: "hvornår er mødet og hvad er temaet?" is answered by the
    next meeting's card, its date and its theme, and "Hvornår er næste møde?" under it would ask
    again what it shows."""
    others = tuple(other for other in understood.alternatives
                   if not _answered_with(understood, other))
    if not understood.offers_others or not others:
        return reply
    return replace(reply, then=speaker.card(
        "questions", heading_text=speaker._("Or did you mean …?"), text=None,
        questions=question_buttons(speaker, others),
        said=understood.said[:MAX_SAID], learn=understood.learnt))


def _answered_with(understood: Understood, other: Intent) -> bool:
    """The theme of the next meeting is answered with the next meeting's card; a month's
    theme with lines of text, and the other question stays offered."""
    return understood.intent == Intent.THEME and not understood.argument \
        and other == Intent.NEXT_MEETING
