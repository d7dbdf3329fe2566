"""Who is talking and where: platform-neutral facts the bot layer reads off an activity."""

from dataclasses import dataclass
from urllib.parse import urlsplit

from meetings.groups.vocabulary import ConversationKind


@dataclass(frozen=True)
class Person:
    teams_id: str
    name: str
    aad_object_id: str | None = None
    email: str | None = None


@dataclass(frozen=True)
class Conversation:
    conversation_id: str
    kind: ConversationKind
    service_url: str
    bot_id: str
    channel_id: str = "msteams"
    name: str | None = None
    bot_name: str | None = None
    tenant_id: str | None = None
    team_id: str | None = None
    teams_channel_id: str | None = None
    # In a team, the team's and the channel's own names when the activity gives them (`name`
    # joins them): kept apart, since a rename in Teams names only one of them.
    team_name: str | None = None
    channel_name: str | None = None


@dataclass(frozen=True)
class AddressPolicy:
    """Which Bot Connector hosts and tenants the bot may remember addresses for.

    Without a valid token anyone can post an activity with their own serviceUrl; storing it
    would send later proactive messages to them.
    """

    allowed_hosts: frozenset[str]
    allowed_tenants: frozenset[str] = frozenset()  # empty: any tenant

    def allows(self, conversation: Conversation) -> bool:
        url = urlsplit(conversation.service_url)
        host = (url.hostname or "").lower()
        host_ok = any(host == allowed or host.endswith("." + allowed)
                      for allowed in self.allowed_hosts)
        loopback = host in {"localhost", "127.0.0.1", "::1"}
        scheme_ok = url.scheme == "https" or (url.scheme == "http" and loopback)
        return host_ok and scheme_ok and self.allows_tenant(conversation.tenant_id)

    def allows_tenant(self, tenant_id: str | None) -> bool:
        """Whether the bot serves the tenant at all (ALLOWED_TENANTS, APP_TENANTID)."""
        return not self.allowed_tenants or tenant_id in self.allowed_tenants
