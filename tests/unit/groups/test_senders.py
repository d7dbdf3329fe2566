"""The recent-senders cache skips re-registering only when nothing about the sender changed."""

import gc

from bot.senders import RecentSenders, WrittenLanguages
from meetings.common.conversation import Conversation, Person
from meetings.groups.vocabulary import ConversationKind

CHAT = Conversation(conversation_id="19:c", kind=ConversationKind.GROUP_CHAT,
                    service_url="https://smba.trafficmanager.net/emea/", bot_id="28:b")
RIE = Person(teams_id="29:rie", name="Rie Nielsen", aad_object_id="aad-rie")


class Ticks:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_a_sender_seen_just_now_is_known():
    senders = RecentSenders(ttl_seconds=300, monotonic=Ticks())
    assert senders.lookup(CHAT, RIE) is None
    senders.remember(CHAT, RIE, 1, 2, "da")
    assert senders.lookup(CHAT, RIE) == (1, 2, "da")


def test_changed_facts_or_an_old_entry_register_again():
    ticks = Ticks()
    senders = RecentSenders(ttl_seconds=300, monotonic=ticks)
    senders.remember(CHAT, RIE, 1, 2, "da")
    moved = Conversation(**{**CHAT.__dict__, "service_url": "https://smba.trafficmanager.net/amer/"})
    assert senders.lookup(moved, RIE) is None
    assert senders.lookup(CHAT, Person(**{**RIE.__dict__, "name": "Rie K. Nielsen"})) is None
    ticks.now = 301
    assert senders.lookup(CHAT, RIE) is None


def test_the_cache_stays_within_its_size():
    senders = RecentSenders(size=2, monotonic=Ticks())
    people = [Person(teams_id=f"29:{n}", name=str(n)) for n in range(3)]
    for n, person in enumerate(people):
        senders.remember(CHAT, person, 1, n, "da")
    assert senders.lookup(CHAT, people[0]) is None
    assert senders.lookup(CHAT, people[2]) == (1, 2, "da")


def test_remembered_senders_leave_nothing_for_the_garbage_collector_to_walk():
    # Up to 10,000 senders live as long as the process: as objects the collector tracks, every
    # full collection walked them all, a pause in the middle of whichever turn triggered it.
    senders = RecentSenders(monotonic=Ticks())
    gc.collect()
    before = len(gc.get_objects())
    for n in range(1000):
        senders.remember(CHAT, Person(teams_id=f"29:{n}", name=f"Person {n}"), 1, n, "da")
    gc.collect()
    assert len(gc.get_objects()) - before < 100
    assert senders.lookup(CHAT, Person(teams_id="29:7", name="Person 7")) == (1, 7, "da")


class Writes:
    """A unit of work factory that counts the languages written."""

    def __init__(self) -> None:
        self.written: list[str] = []
        self.members = self

    async def keep_language(self, aad_object_id, teams_id, language) -> int:
        self.written.append(language)
        return 1

    def __call__(self):
        return self

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc) -> None:
        return None

    async def commit(self) -> None:
        return None


async def test_a_language_is_written_once_per_row_and_again_for_a_new_row_or_a_new_registration():
    languages, writes = WrittenLanguages(), Writes()
    for member_id in (2, 2, 7, 2, 7):  # the group's row, then the 1:1 chat's
        await languages.keep(writes, RIE, "da", member_id)
    assert writes.written == ["da", "da"]
    await languages.keep(writes, RIE, None, 2)  # too short to tell
    await languages.keep(writes, RIE, "en", 2)
    await languages.keep(writes, RIE, "en", 2)
    assert writes.written == ["da", "da", "en"]
    languages.forget(RIE)  # registered anew, as after an erasure: the same id may come again
    await languages.keep(writes, RIE, "en", 2)
    assert writes.written == ["da", "da", "en", "en"]


async def test_a_language_not_kept_is_logged_and_the_turn_goes_on(caplog):
    """The reply has gone when the language is kept: a database that fails then is logged,
    not turned into an apology for a right answer, and the next message tries again."""
    def failing():
        raise ConnectionError("database down")

    languages, senders = WrittenLanguages(), RecentSenders(monotonic=Ticks())
    senders.remember(CHAT, RIE, 1, 2, "da")
    await languages.keep_after_reply(failing, senders, CHAT, RIE, "en")
    assert "a member's written language not kept" in caplog.text
    kept = []

    class Members:
        async def keep_language(self, aad_object_id, teams_id, language):
            kept.append((teams_id, language))
            return 1

    class Uow:
        members = Members()

        async def __aenter__(self):
            return self

        async def __aexit__(self, *exc):
            return False

        async def commit(self):
            pass

    await languages.keep_after_reply(Uow, senders, CHAT, RIE, "en")  # not taken as kept before
    assert kept == [("29:rie", "en")]
