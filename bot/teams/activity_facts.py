"""Reading who and where off a Teams activity, including what botbuilder 4.17.1 loses."""

from copy import copy

from botbuilder.core import TurnContext
from botbuilder.schema import Activity, ChannelAccount

from bot.file_download import SentFile
from bot.teams.message_text import message_text
from meetings.common.conversation import Conversation, Person
from meetings.groups.team import team_group_name
from meetings.groups.vocabulary import ConversationKind
from meetings.understanding.minutes_lines import without_minutes_heading

KINDS = {
    "personal": ConversationKind.PERSONAL,
    "groupChat": ConversationKind.GROUP_CHAT,
    "channel": ConversationKind.CHANNEL,
}


THREAD = ";messageid="


def conversation_of(activity: Activity) -> Conversation:
    """The conversation that is the group: for a channel the channel itself, whichever of its
    reply threads the activity came from. Replies still go to the thread: they are addressed
    from the activity, not from this."""
    channel_data = activity.channel_data or {}
    conversation = activity.conversation
    team_name = _text((channel_data.get("team") or {}).get("name"))
    channel_name = _text((channel_data.get("channel") or {}).get("name"))
    return Conversation(
        conversation_id=group_conversation_id(conversation.id),
        kind=KINDS.get(conversation.conversation_type or "personal", ConversationKind.PERSONAL),
        service_url=activity.service_url or "",
        bot_id=activity.recipient.id if activity.recipient else "",
        bot_name=activity.recipient.name if activity.recipient else None,
        channel_id=activity.channel_id or "msteams",
        name=team_group_name(team_name, channel_name) or conversation.name,
        tenant_id=tenant_of(activity),
        team_id=(channel_data.get("team") or {}).get("id"),
        teams_channel_id=(channel_data.get("channel") or {}).get("id"),
        team_name=team_name,
        channel_name=channel_name,
    )


def _text(value: object) -> str | None:
    return (value.strip() or None) if isinstance(value, str) else None


def team_wide(activity: Activity) -> bool:
    """An event about a team as a whole (the bot removed from the team, a member leaving or
    joining it): Teams addresses it to the team, and it concerns every channel of the team the
    bot serves. A shared or private channel's own membership events (eventType channelMember…)
    concern that channel only."""
    channel_data = activity.channel_data or {}
    event = str(channel_data.get("eventType") or "")
    return bool((channel_data.get("team") or {}).get("id")) and not event.startswith("channel")


def group_conversation_id(conversation_id: str) -> str:
    """A channel message's conversation id names its thread, "19:…@thread.tacv2;messageid=…";
    the channel's own id is what comes before."""
    return conversation_id.split(THREAD, 1)[0]


def tenant_of(activity: Activity) -> str | None:
    """The tenant id: botbuilder leaves `conversation.tenantId` in additional_properties and
    does not copy `channelData.tenant.id`, so look in both."""
    tenant = ((activity.channel_data or {}).get("tenant") or {}).get("id")
    if tenant:
        return tenant
    conversation = activity.conversation
    tenant = getattr(conversation, "tenant_id", None)
    extra = getattr(conversation, "additional_properties", None) or {}
    return tenant or extra.get("tenantId")


def person_of(account: ChannelAccount) -> Person:
    extra = getattr(account, "additional_properties", None) or {}
    return Person(
        teams_id=account.id,
        name=account.name or "",
        aad_object_id=account.aad_object_id or extra.get("aadObjectId"),
        email=getattr(account, "email", None) or extra.get("email")
        or getattr(account, "user_principal_name", None) or extra.get("userPrincipalName"),
    )


FILE_DOWNLOAD = "application/vnd.microsoft.teams.file.download.info"  # a file in a 1:1 chat
FILE_REFERENCE = "reference"  # a SharePoint file in a group chat, if Teams names one at all


def files_of(activity: Activity) -> list[SentFile]:
    """The files attached to a message; one in a group chat has no URL the bot may use."""
    found = []
    for attachment in activity.attachments or []:
        content = attachment.content if isinstance(attachment.content, dict) else {}
        if attachment.content_type == FILE_DOWNLOAD:
            url = content.get("downloadUrl")
            found.append(SentFile(str(attachment.name or ""), url if isinstance(url, str) else "",
                                  str(content.get("fileType") or "")))
        elif attachment.content_type == FILE_REFERENCE:
            found.append(SentFile(str(attachment.name or ""), ""))
    return found


def text_without_mention(activity: Activity) -> str:
    """The message's text as written (bot/teams/message_text.py: no quoted message, no
    entities or invisible characters) without the bot's @mention, nor a heading over minutes
    lines ("Referat:", then "#punkt 4" …: meetings.understanding.minutes_lines)."""
    written = copy(activity)  # botbuilder writes the text it returns back into the activity
    written.text = message_text(activity)
    text = (TurnContext.remove_recipient_mention(written) or written.text or "").strip()
    return without_minutes_heading(text)
