"""A message no command or question was read in: small talk, the questions to click, or a wish
to plan a meeting said in words ("vi skal mødes den 14. januar", "can you set up a meeting in
March?"). A meeting is never planned on such words: whom the domain lets plan gets the plan
form on one click, filled with the day and time they name, anyone else who plans."""

from bot.turn import Reply, Turn
from bot.views.questions import answer_unknown, plan_offered_card, who_plans_text
from dialogs.meeting_form import wished_values
from meetings.groups.membership.leaving import leaders_of
from meetings.groups.vocabulary import ConversationKind
from meetings.planning.planning import offers_planning_in
from meetings.understanding.intents import Understood
from meetings.understanding.meaning import PLAN_WISH


async def answer_unknown_or_wish(turn: Turn, understood: Understood) -> Reply:
    if understood.selector != PLAN_WISH:
        return await answer_unknown(turn, understood)
    if await offers_planning_in(turn.uow, turn.group, turn.member, turn.now):
        return Reply(card=plan_offered_card(turn, wished_values(turn, understood.argument),
                                            understood))
    personal = turn.group.kind == ConversationKind.PERSONAL
    leaders = [] if personal else await leaders_of(turn.uow, turn.group)
    return Reply(text=who_plans_text(turn, [leader.name for leader in leaders],
                                     personal=personal))
