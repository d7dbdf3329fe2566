"""Who has written lately: lets a turn skip re-registering a sender nothing has changed about.

Registering the sender (group, address, membership) takes several queries; in a busy chat the
same person writes many times in a few minutes with identical facts. The cache holds only ids
and a fingerprint of the facts (strings and numbers, which the garbage collector leaves alone),
per process; any change in the facts registers again. A sender the cache does not hold is read
as stored, in one statement outside any unit of work; only when something about them changed
do they go through the registration's unit of work.
"""

import logging
import time
from collections import OrderedDict
from collections.abc import Callable

from meetings.common.conversation import AddressPolicy, Conversation, Person
from meetings.groups.languages import keep_written_language
from meetings.groups.registration import sender_is_current
from storage.repositories.quick_reads import QuickReads
from storage.unit_of_work import UnitOfWorkFactory

log = logging.getLogger(__name__)


class RecentSenders:
    def __init__(self, ttl_seconds: float = 300.0, size: int = 10_000,
                 monotonic: Callable[[], float] = time.monotonic) -> None:
        self._ttl, self._size, self._monotonic = ttl_seconds, size, monotonic
        self._known: OrderedDict[str, tuple[float, int, int, str]] = OrderedDict()

    def lookup(self, conversation: Conversation, person: Person) -> tuple[int, int, str] | None:
        """(group id, member id, group language) if this sender was registered just now."""
        key = _fingerprint(conversation, person)
        entry = self._known.get(key)
        if entry is None or self._monotonic() - entry[0] > self._ttl:
            return None
        return entry[1:]

    def remember(self, conversation: Conversation, person: Person, group_id: int,
                 member_id: int, language: str) -> None:
        key = _fingerprint(conversation, person)
        self._known[key] = (self._monotonic(), group_id, member_id, language)
        self._known.move_to_end(key)
        while len(self._known) > self._size:
            self._known.popitem(last=False)


    def forget(self, conversation: Conversation, person: Person) -> None:
        self._known.pop(_fingerprint(conversation, person), None)


def _fingerprint(conversation: Conversation, person: Person) -> str:
    # Every field of both, by value, as one string: a key the garbage collector does not track
    # (the dataclasses themselves it would, 10,000 senders of them walked by every full pass).
    return repr((conversation, person))


async def stored_sender(reads: QuickReads, senders: RecentSenders, conversation: Conversation,
                        sender: Person, policy: AddressPolicy) -> tuple[int, int, str] | None:
    """(group id, member id, group language) of a sender nothing changed about since they were
    stored, from one read (and remembered); None when registering them would change something."""
    facts = await reads.sender(conversation.conversation_id, sender.teams_id)
    if facts is None or not sender_is_current(facts, conversation, sender, policy=policy):
        return None
    known = (facts.group_id, facts.member_id, facts.group_language)
    senders.remember(conversation, sender, *known)
    return known


class WrittenLanguages:
    """The language each person last wrote to the bot in, as this process stored it on their
    member rows: stored again only when it changes, or they write from a member row the
    process has not seen (a new group's, one the roster made) or were registered anew (after
    an erasure took it off their rows): one write per person and row, not one per message."""

    def __init__(self, size: int = 10_000) -> None:
        self._size = size
        # "da 12 40": the language and the member rows seen with it; strings, so the garbage
        # collector has nothing to walk (bot.senders.RecentSenders)
        self._known: OrderedDict[str, str] = OrderedDict()

    async def keep(self, uow_factory: UnitOfWorkFactory, person: Person,
                   language: str | None, member_id: int | None) -> None:
        """After the message was answered (a new sender's rows exist then); `language` None,
        a text too short to tell, changes nothing. `member_id`: the row the message came from."""
        if language is None:
            return
        stored, *rows = self._known.get(person.teams_id, "-").split()
        if stored == language and str(member_id) in rows:
            return
        async with uow_factory() as uow:
            await keep_written_language(uow, person, language)
            await uow.commit()
        kept = rows if stored == language else []
        self._known[person.teams_id] = " ".join([language, *kept, str(member_id)])
        self._known.move_to_end(person.teams_id)
        while len(self._known) > self._size:
            self._known.popitem(last=False)

    async def keep_after_reply(self, uow_factory: UnitOfWorkFactory, senders: RecentSenders,
                               conversation: Conversation, person: Person,
                               language: str | None) -> None:
        """`keep`, after the reply (which it does not change), from the row the turn's message
        came from; a failure is logged, not answered: the reply has gone, and it was right."""
        known = senders.lookup(conversation, person)
        try:
            await self.keep(uow_factory, person, language, known[1] if known else None)
        except Exception:  # a database error: the next message tries again
            log.exception("a member's written language not kept")

    def forget(self, person: Person) -> None:
        """Registered anew: their rows may be new, or erased since (an id can come again)."""
        self._known.pop(person.teams_id, None)
