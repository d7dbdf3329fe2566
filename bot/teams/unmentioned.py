"""Which messages of a group chat or channel that do not @mention the bot it takes at all.

With resource-specific consent (the manifest's `ChatMessage.Read.Chat` and
`ChannelMessage.Read.Group`) Teams delivers every message written where the bot is installed.
The bot needs only one kind of them: a minutes line ("#beslutning …", or "#beslutnig …", which
is answered with the line to write again) written while the group's
minutes are open: those of a meeting that takes the chat's lines now, from an hour before its
start until the end of the next working day, or a day after the draft was last opened or written
in (a draft left unposted since does not count). Everything
else is dropped before any database work and leaves no trace: not stored, not logged, not
answered.
"""

from datetime import datetime

from botbuilder.schema import Activity

from bot.teams.activity_facts import group_conversation_id
from bot.teams.message_text import message_text
from meetings.minutes.capture import EARLY, takes_lines
from meetings.understanding.minutes_lines import is_a_minutes_line, without_minutes_heading
from storage.repositories.quick_reads import QuickReads

# Where messages reach the bot without being meant for it; in a personal chat all are.
SHARED = frozenset({"groupChat", "channel"})


async def is_for_the_bot(activity: Activity, reads: QuickReads, now: datetime) -> bool:
    """A message the bot should handle: personal, @mentioning it, or an unmentioned minutes
    line while the conversation's minutes are open (one indexed read, only for such lines)."""
    if activity.conversation is None or activity.conversation.conversation_type not in SHARED:
        return True
    if mentions_the_bot(activity):
        return True
    # one typed a slip off too: answered, so it is not lost
    return is_a_minutes_line(without_minutes_heading(message_text(activity))) and \
        await takes_minutes_lines(activity, reads, now)


async def takes_minutes_lines(activity: Activity, reads: QuickReads, now: datetime) -> bool:
    """A group chat or channel whose minutes take its lines now (one indexed read); never a
    personal chat, whose lines go into no group's minutes."""
    if activity.conversation is None or activity.conversation.conversation_type not in SHARED:
        return False
    found = await reads.open_minutes_meeting(group_conversation_id(activity.conversation.id),
                                             now + EARLY)
    return found is not None and takes_lines(*found, now)


def mentions_the_bot(activity: Activity) -> bool:
    bot_id = getattr(activity.recipient, "id", None)
    for entity in activity.entities or []:
        if (entity.type or "").lower() != "mention":
            continue
        mentioned = (entity.additional_properties or {}).get("mentioned") or {}
        if bot_id and mentioned.get("id") == bot_id:
            return True
    return False


def is_addressed(activity: Activity) -> bool:
    """Written to the bot: in a personal chat always; in a group chat or channel when it
    @mentions the bot (with permission to read every message, the others arrive too)."""
    personal = (activity.conversation.conversation_type or "personal") == "personal"
    return personal or mentions_the_bot(activity)
