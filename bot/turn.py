"""What a handler gets for one turn, and what it gives back."""

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import cards
from meetings.common.i18n import count_words, translations
from meetings.documents.links import DEFAULT_LIFETIMES, LinkLifetimes
from meetings.groups.entities import Group, Member
from storage.unit_of_work import UnitOfWork

CARD_GROUP = "group_id"  # the key of a button's data that names the group it acts on


class Speaker:
    """What a reply needs to be written: its language, time zone, now and the links' base URL.
    A Turn is one; a Voice is one without a unit of work, group or member."""

    language: str
    now: datetime
    base_url: str
    links: LinkLifetimes = DEFAULT_LIFETIMES  # how long the links a reply hands out open
    # The group every button of this speaker's cards names: set where a card is read in a
    # personal chat on behalf of a group, since the click then arrives in that chat.
    card_group_id: int | None = None
    # Its cards are made read-only (bot.views.group_answers.read_only): a card drops what only
    # invites a click, such as a row's "Vis ▾".
    read_only: bool = False

    @property
    def tz(self) -> ZoneInfo:
        raise NotImplementedError

    @property
    def for_another_chat(self) -> bool:
        """Whether the reply is read in a personal chat for a group: a line it offers to copy
        would act on the personal chat's own group there, not on this one."""
        return self.card_group_id is not None

    def _(self, message: str, **values: Any) -> str:
        text = translations(self.language).gettext(message)
        return text % values if values else text

    def ngettext(self, singular: str, plural: str, count: int, **values: Any) -> str:
        """A count and its noun, "1 møde" or "2 møder"; `%(count)s` in the text is the count."""
        return count_words(self.language)(singular, plural, count, **values)

    def card(self, name: str, **context: Any) -> dict[str, Any]:
        catalog = translations(self.language)
        return cards.render(name, gettext=catalog.gettext, ngettext=catalog.ngettext,
                            language=self.language, action_data=card_group(self.card_group_id),
                            **context)


def card_group(group_id: int | None) -> dict[str, int]:
    """What a button carries to name its group: nothing for a card in the group's own chat."""
    return {} if group_id is None else {CARD_GROUP: group_id}


@dataclass(frozen=True)
class Voice(Speaker):
    """A Speaker for answers that read no more than one quick query gives."""

    language: str
    time_zone: str
    now: datetime
    base_url: str
    links: LinkLifetimes = DEFAULT_LIFETIMES

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.time_zone)


@dataclass
class Turn(Speaker):
    """One turn's unit of work, the group and member it concerns, its language and its now."""

    uow: UnitOfWork
    group: Group
    member: Member | None  # None for proactive messages, which nobody sent
    language: str
    now: datetime
    base_url: str
    # Who else the message @mentions, as (Teams id, name): a task's owner can be named so.
    mentions: tuple[tuple[str, str], ...] = ()
    message_id: str | None = None  # the Teams message answered: minutes lines remember it
    card_group_id: int | None = None
    links: LinkLifetimes = DEFAULT_LIFETIMES
    read_only: bool = False
    # In a personal chat: the one of the person's groups the message names, answered alone
    group_named: int | None = None

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.group.time_zone)


@dataclass(frozen=True)
class Reply:
    """A chat answer: text, a card, or both; and perhaps a card sent after it on its own."""

    text: str | None = None
    card: dict[str, Any] | None = None
    then: dict[str, Any] | None = None  # the other questions the message came close to


@dataclass(frozen=True)
class CardReply:
    """An answer to a card button: the card that replaces the clicked one for the clicker.

    `for_everyone` also updates the posted message, for changes the whole group must see:
    with `posted`, where everybody sees another card than the clicker (one without the buttons
    only she may use). `message` instead of a card leaves the clicked card as it was and shows
    a short text.
    """

    card: dict[str, Any] | None = None
    message: str | None = None
    for_everyone: bool = False
    posted: dict[str, Any] | None = None
