"""A group and its members, as the domain keeps them (storage maps them onto tables)."""

from datetime import date, datetime

from meetings.common.entities import Entity


class Group(Entity):
    """A team channel, group chat or personal chat that the bot keeps meetings for."""

    id: int
    conversation_id: str
    kind: str
    name: str
    tenant_id: str | None
    team_id: str | None
    # In a team: the team's and the channel's own names, which `name` joins ("Team – Channel";
    # the General channel, named by the team alone, has no channel name). Unknown (None) for a
    # group stored before they were kept apart whose name did not tell.
    team_name: str | None
    channel_name: str | None
    time_zone: str
    language: str
    created_at: datetime
    # Set by the one turn that posts the welcome, whichever activity created the group.
    welcomed_at: datetime | None
    # The bot removed from the conversation: the group is kept for retention_months, then
    # erased by a tick that finds it by erase_at; the secretary is told a week before.
    bot_removed_at: datetime | None
    erase_at: datetime | None
    erasure_warned_at: datetime | None
    retention_months: int
    # The secret that signs the group's annual report links (any year's); never shown.
    report_token: str


class Member(Entity):
    """A person in a group, with the role that decides what they may do there."""

    id: int
    group_id: int
    teams_id: str
    aad_object_id: str | None
    name: str
    email: str | None
    organisation: str | None
    role: str
    joined_at: datetime
    # "Away until": no task reminders up to and including this day.
    away_until: date | None
    # Known only from imported minutes (no Teams account seen yet): counted, never messaged.
    imported_at: datetime | None
    # Left the conversation in Teams: kept for the minutes and the report, never messaged,
    # not counted absent.
    left_at: datetime | None
    # The language the person last wrote to the bot in ("da", "en"), judged from the text and
    # kept on each of their rows: what the bot sends them 1:1 comes in it; None, the group's.
    language: str | None
