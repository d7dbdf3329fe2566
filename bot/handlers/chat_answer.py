"""The answer to a line of chat once understood: for the person's groups when asked in her
personal chat (bot.handlers.personal_chat), else by this chat's table of commands
(bot.handlers.chat), with the other likely questions offered beside it. A message that is
nothing but a subject ("budget", "underretninger sidste år") is answered by what the minutes
say of it, or, when they say nothing, as it was understood
(meetings.understanding.arguments.bare_subject)."""

from bot.handlers.chat import answer
from bot.handlers.personal_chat import answer_for_groups, asks_about_groups
from bot.turn import Reply, Turn
from bot.views.questions import with_others_offered
from meetings.understanding.arguments.bare_subject import as_a_search
from meetings.understanding.intents import Understood


async def answer_in_chat(turn: Turn, understood: Understood, text: str) -> Reply:
    if (search := as_a_search(understood, text)) is not None:
        found = await _reply(turn, search)
        if found.card is not None:
            return found
    return await _reply(turn, understood)


async def _reply(turn: Turn, understood: Understood) -> Reply:
    asked = answer_for_groups if asks_about_groups(turn, understood) else answer
    return with_others_offered(turn, understood, await asked(turn, understood))
