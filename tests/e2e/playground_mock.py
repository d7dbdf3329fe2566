"""The Teams context the playground loads from its mock data: tenant, bot, users, chats, team."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

MOCK_DATA = Path(__file__).with_name("m365agentsplayground.yml")


@dataclass(frozen=True)
class User:
    id: str
    name: str
    given_name: str
    aad_object_id: str
    email: str

    @classmethod
    def from_config(cls, data: dict[str, Any]) -> User:
        return cls(data["id"], data["name"], data["givenName"], data["aadObjectId"], data["email"])

    def account(self) -> dict[str, str]:
        """The `from` of an activity sent by this user."""
        return {"id": self.id, "name": self.name, "aadObjectId": self.aad_object_id}


@dataclass(frozen=True)
class MockData:
    """The Teams context the playground loaded: tenant, bot, six users, chats and one team."""

    tenant_id: str
    bot_id: str
    bot_name: str
    current_user: User
    users: tuple[User, ...]  # everybody, the current user first
    personal_chat: str
    group_chat: str
    group_chat_name: str
    team_id: str  # also the id of the General channel
    team_name: str
    channels: dict[str, str]  # channel name -> conversation id, "General" included

    @classmethod
    def from_config(cls, config: dict[str, Any]) -> MockData:
        me = User.from_config(config["currentUser"])
        (group,), (team,) = config["groupChats"], config["teams"]
        return cls(
            tenant_id=config["tenantId"],
            bot_id=config["bot"]["id"],
            bot_name=config["bot"]["name"],
            current_user=me,
            users=(me, *(User.from_config(u) for u in config["users"])),
            personal_chat=config["personalChat"]["id"],
            group_chat=group["id"],
            group_chat_name=group["name"],
            team_id=team["id"],
            team_name=team["name"],
            channels={c["name"]: c["id"] for c in team["channels"]},
        )

    @property
    def bot_tag(self) -> str:
        """An @mention of the bot, as it shows in a message's text."""
        return f"<at>{self.bot_name}</at>"

    def user(self, who: str | User | None = None) -> User:
        """The current user for None, else the user with that id, full name or given name."""
        if who is None:
            return self.current_user
        if isinstance(who, User):
            return who
        for user in self.users:
            names = {user.name.casefold(), user.given_name.casefold()}
            if who == user.id or who.casefold() in names:
                return user
        raise LookupError(f"no user {who!r} in the mock data")

    def conversation(self, which: str) -> str:
        """ "personal", "group", "general", "channel" (the extra channel) or a conversation id."""
        extra = [cid for cid in self.channels.values() if cid != self.team_id]
        named = {
            "personal": self.personal_chat,
            "group": self.group_chat,
            "general": self.team_id,
            "channel": extra[0] if extra else self.team_id,
        }
        return named.get(which, which)

    def is_channel_root(self, conversation_id: str) -> bool:
        """A channel itself (posting there starts a thread), not a thread in it."""
        return conversation_id in self.channels.values()

    def is_personal(self, conversation_id: str) -> bool:
        """The current user's 1:1 chat or one the bot created (`<uuid>@test.user`)."""
        return conversation_id == self.personal_chat or conversation_id.endswith("@test.user")

    def channel_data(self, conversation_id: str) -> dict[str, Any]:
        """The `channelData` of an activity in that conversation: the tenant, team and channel."""
        channel_data: dict[str, Any] = {"tenant": {"id": self.tenant_id}}
        channel = conversation_id.split(";", 1)[0]
        if self.is_channel_root(channel):
            channel_data.update(
                teamsChannelId=channel,
                teamsTeamId=self.team_id,
                team={"id": self.team_id},
                channel={"id": channel},
            )
        return channel_data

    def typed_message(self, sender: User, shown: str, mention: bool) -> dict[str, Any]:
        """The body of a message the current user types into the client."""
        body: dict[str, Any] = {"from": {"id": sender.id}, "text": shown, "textFormat": "plain"}
        if mention:
            body["mentions"] = [{"mentioned": {"id": self.bot_id}, "text": self.bot_tag}]
        return body

    def message_fields(
        self, sender: User, conversation_id: str, shown: str, mention: bool
    ) -> dict[str, Any]:
        """The fields of a message activity from another user, as the Teams client fills them."""
        entities = [{"type": "clientInfo", "locale": "en-US", "country": "US", "platform": "Web"}]
        if mention:
            bot = {"id": self.bot_id, "name": self.bot_name}
            entities.insert(0, {"type": "mention", "mentioned": bot, "text": self.bot_tag})
        return {
            "type": "message",
            "id": str(uuid.uuid4()),
            "text": shown,
            "textFormat": "plain",
            "from": sender.account(),
            "locale": "en-US",
            "channelData": self.channel_data(conversation_id),
            "entities": entities,
        }
