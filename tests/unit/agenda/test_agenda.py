"""Composing the agenda: standing items around the accepted ones, numbered, timed, overrun."""

from datetime import UTC, datetime, timedelta

from meetings.agenda.agenda import Link, compose_agenda
from meetings.agenda.entities import AgendaItem, GroupSettings
from meetings.agenda.vocabulary import ItemStatus
from meetings.groups.settings import DEFAULT_STANDING_ITEMS, DEFAULTS
from meetings.planning.entities import Meeting
from tests.fakes import CPH, local


def meeting(start: datetime, hours: float = 3) -> Meeting:
    return Meeting(id=7, starts_at=start, ends_at=start + timedelta(hours=hours),
                   agenda_version=2)


def settings(standing=DEFAULT_STANDING_ITEMS) -> GroupSettings:
    return GroupSettings(group_id=1, **DEFAULTS, standing_items=[dict(s) for s in standing])


def item(item_id: int, title: str, minutes: int, position: int, **values) -> AgendaItem:
    return AgendaItem(id=item_id, title=title, kind="drøftelse", minutes=minutes,
                      position=position, status=ItemStatus.ACCEPTED,
                      links=values.pop("links", []), **values)


def test_standing_items_frame_the_accepted_items_in_their_order():
    items = [item(2, "§ 32 institutioner", 30, position=2),
             item(1, "Digitale løsninger og AI", 40, position=1)]
    agenda = compose_agenda(meeting(local(2027, 9, 24, 10, 0)), settings(), items, CPH)
    assert [e.title for e in agenda.entries] == [
        "Velkommen, godkendelse af dagsorden og referat", "Nyt fra rammeaftalen",
        "Kommune-runden", "Digitale løsninger og AI", "§ 32 institutioner",
        "Opfølgning på opgaver", "Eventuelt", "Hvad skal bæres videre, og af hvem?"]
    assert [e.number for e in agenda.entries] == list(range(1, 9))
    assert [e.standing for e in agenda.entries] == [True] * 3 + [False] * 2 + [True] * 3
    assert agenda.entries[3].item_id == 1 and agenda.entries[0].item_id is None


def test_each_entry_gets_its_local_time_slot():
    items = [item(1, "Børnehus Sjælland", 40, position=1)]
    agenda = compose_agenda(meeting(local(2027, 9, 24, 10, 0)), settings(), items, CPH)
    slots = [(e.starts_at.strftime("%H.%M"), e.ends_at.strftime("%H.%M")) for e in agenda.entries]
    assert slots[:4] == [("10.00", "10.10"), ("10.10", "10.25"), ("10.25", "10.55"),
                         ("10.55", "11.35")]
    assert slots[-1] == ("11.55", "12.05")
    assert agenda.entries[0].starts_at.tzinfo == CPH
    assert agenda.total_minutes == 125 and agenda.overrun_minutes == 0


def test_items_that_run_past_the_end_give_the_overrun_in_minutes():
    items = [item(n, f"Punkt {n}", 30, position=n) for n in range(1, 5)]  # 85 + 120 minutes
    agenda = compose_agenda(meeting(local(2027, 9, 24, 10, 0)), settings(), items, CPH)
    assert agenda.overrun_minutes == 25
    assert agenda.entries[-1].ends_at == datetime(2027, 9, 24, 13, 25, tzinfo=CPH)


def test_the_standing_items_come_from_the_groups_settings():
    standing = [{"title": "Godkendelse af dagsorden", "minutes": 5, "kind": "beslutning",
                 "position": "start"},
                {"title": "Næste møde", "minutes": 5, "kind": "orientering", "position": "end"}]
    agenda = compose_agenda(meeting(local(2027, 9, 24, 10, 0), hours=1), settings(standing),
                            [item(1, "Årsrapport", 20, position=1)], CPH)
    assert [(e.title, e.kind, e.minutes) for e in agenda.entries] == [
        ("Godkendelse af dagsorden", "beslutning", 5), ("Årsrapport", "drøftelse", 20),
        ("Næste møde", "orientering", 5)]


def test_slots_keep_real_durations_across_the_change_to_summer_time():
    # 01.30 CET plus 60 minutes is 03.30 CEST: the clocks skip the hour from 02 to 03.
    night = compose_agenda(meeting(local(2027, 3, 28, 1, 30), hours=2),
                           settings([]), [item(1, "Natmøde", 60, position=1)], CPH)
    [entry] = night.entries
    assert (entry.starts_at.hour, entry.ends_at.hour, entry.ends_at.minute) == (1, 3, 30)
    assert entry.ends_at.astimezone(UTC) - entry.starts_at.astimezone(UTC) == timedelta(hours=1)
    assert night.overrun_minutes == 0  # two real hours are booked, one is used


def test_an_entry_carries_what_the_card_shows_about_its_item():
    carried = item(1, "Venskabsfamilier", 20, position=1, carried_from_item_id=99,
                   presenter="Daniel Gottrup", guests="Heidi Madsen (Bakkehuset)",
                   recommendation="Det indstilles, at netværket drøfter …",
                   links=[{"title": "Bilag 7", "url": "https://rs17.dk/bilag7.pdf"}])
    agenda = compose_agenda(meeting(local(2027, 9, 24, 10, 0)), settings([]), [carried], CPH)
    [entry] = agenda.entries
    assert entry.carried_over and not entry.standing
    assert entry.presenter == "Daniel Gottrup" and entry.guests == "Heidi Madsen (Bakkehuset)"
    assert entry.links == (Link("Bilag 7", "https://rs17.dk/bilag7.pdf"),)
    assert entry.recommendation.startswith("Det indstilles")
    assert agenda.version == 2 and agenda.meeting_id == 7


def test_an_agenda_without_items_or_standing_items_is_empty_and_on_time():
    agenda = compose_agenda(meeting(local(2027, 9, 24, 10, 0)), settings([]), [], CPH)
    assert agenda.entries == () and agenda.overrun_minutes == 0
