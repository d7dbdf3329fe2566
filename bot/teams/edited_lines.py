"""Messages edited or deleted in Teams (`messageUpdate` with `eventType` "editMessage",
`messageDelete` with "softDeleteMessage", which botbuilder 4.17.1 hands to
`on_teams_message_edit` and `on_teams_message_soft_delete`): a minutes line's edit or deletion
is followed in the minutes, and a message edited into a minutes line while the chat takes them
is noted as new; any other edit is not answered. Only a member the bot knows wrote minutes
lines, so anybody else's edit is dropped before any work, as an unmentioned message is."""

from collections.abc import Callable
from contextlib import AbstractAsyncContextManager

from botbuilder.core import TurnContext

from bot.handlers.minutes.edits import follow_delete, follow_edit
from bot.handlers.tasks.chat import mentions_of
from bot.teams.activity_facts import conversation_of, person_of, text_without_mention
from bot.teams.answers import send
from bot.teams.unmentioned import takes_minutes_lines
from bot.turn import Turn
from meetings.understanding.intents import understand
from meetings.understanding.minutes_lines import is_a_minutes_line
from storage.repositories.quick_reads import QuickReads

OpenTurn = Callable[..., AbstractAsyncContextManager[Turn]]


async def follow_changed_line(turn_context: TurnContext, reads: QuickReads,
                              open_turn: OpenTurn, *, edited: bool) -> None:
    activity = turn_context.activity
    conversation, sender = conversation_of(activity), person_of(activity.from_property)
    if not activity.id or await reads.sender(conversation.conversation_id,
                                             sender.teams_id) is None:
        return
    text = text_without_mention(activity) if edited else ""
    language = understand(text).reply_language if text else None
    async with open_turn(turn_context, language, by_locale=False) as turn:
        turn.mentions = mentions_of(activity)
        # a message edited into a minutes line ("#beslutnig …" corrected in Teams) is noted
        # as if sent now, @mentioning the bot or not, if the chat takes lines now; any other
        # edit of a message that wrote nothing is not answered: a question edited is not
        # asked again (Teams shows its answer already), nor is a line told that no meeting
        # is going on, as it was when sent
        new_lines = edited and is_a_minutes_line(text) \
            and await takes_minutes_lines(activity, reads, turn.now)
        reply = await follow_edit(turn, activity.id, text, new_lines=new_lines) if edited \
            else await follow_delete(turn, activity.id)
    if reply is not None:
        await send(turn_context, reply)
