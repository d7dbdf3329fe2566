"""The owner a task line names, found among the group's members by @mention or by name."""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from meetings.groups.names import members_named, name_key, sort_key
from meetings.tasks.entities import Task
from meetings.tasks.line import TaskLine, parse_task_line
from meetings.tasks.owners import (
    AMBIGUOUS,
    MEMBER,
    NONE,
    OUTSIDE,
    SEVERAL,
    UNKNOWN,
    OwnerMatch,
    resolve_owner,
)
from tests.support.minutes_steps import capturing, meeting_with_agenda

CPH = ZoneInfo("Europe/Copenhagen")
NOW = datetime(2027, 1, 5, 9, 0, tzinfo=UTC)
# (member_id, name, teams_id), as the group has them.
MEMBERS = (
    (1, "Rie Hansen", "29:rie-h"),
    (2, "Rie Mortensen", "29:rie-m"),
    (3, "Daniel Olsen", "29:daniel"),
    (4, "Søren Bredkjær", "29:soren"),
    (5, "Renée Lund", "29:renee"),
    (6, "Skov, Povl (Rammeaftalesekretariatet)", "29:povl"),
    (7, "Anne Marie Holm", "29:anne"),
)


def owner_of(text: str, mentions=(), language: str = "da") -> OwnerMatch:
    line = parse_task_line(text, now=NOW, tz=CPH, language=language, mentions=mentions)
    assert isinstance(line, TaskLine), line
    return resolve_owner(line, MEMBERS)


@pytest.mark.parametrize(
    ("text", "member_id", "name"),
    [
        ("Daniel vil bære dette ønske videre til KL", 3, "Daniel Olsen"),
        ("Daniel brings the AI request to KL by 15 January", 3, "Daniel Olsen"),
        ("Povl melder tilbage til Hovedstaden", 6, "Skov, Povl (Rammeaftalesekretariatet)"),
        ("Rie Hansen undersøger om Socialtilsyn Øst kan deltage", 1, "Rie Hansen"),
        ("rie hansen undersøger om Socialtilsyn Øst kan deltage", 1, "Rie Hansen"),
        ("RIE Mortensen ringer til KL", 2, "Rie Mortensen"),
        ("Søren følger op, frist fredag", 4, "Søren Bredkjær"),
        ("søren følger op", 4, "Søren Bredkjær"),
        ("Renee sends the slides", 5, "Renée Lund"),
        ("Anne Holm sender referatet", 7, "Anne Marie Holm"),
        ("Undersøg sagen, ansvarlig: daniel", 3, "Daniel Olsen"),
        ("Ask KL, owner: Rie Mortensen", 2, "Rie Mortensen"),
    ],
)
def test_a_name_that_fits_one_member_makes_that_member_the_owner(text, member_id, name):
    assert owner_of(text) == OwnerMatch(MEMBER, member_id, name)


def test_an_at_mention_is_the_member_with_that_teams_id_even_where_the_name_is_shared():
    mentions = [("29:rie-m", "Rie Mortensen")]

    match = owner_of("<at>Rie</at> undersøger om Socialtilsyn Øst kan deltage", mentions)

    assert match == OwnerMatch(MEMBER, 2, "Rie Mortensen")


def test_an_at_mention_in_the_owner_clause_is_the_owner():
    match = owner_of("Undersøg sagen, ansvarlig: <at>Rie Hansen</at>", [("29:rie-h", "Rie Hansen")])

    assert match == OwnerMatch(MEMBER, 1, "Rie Hansen")


def test_a_mentioned_person_outside_the_group_is_an_outside_owner():
    match = owner_of("<at>Karen Berg</at> sends the report", [("29:karen", "Karen Berg")])

    assert match == OwnerMatch(OUTSIDE, name="Karen Berg")


def test_a_first_name_shared_by_two_members_asks_which_one():
    match = owner_of("Rie undersøger om Socialtilsyn Øst kan deltage, frist 1. februar")

    assert match == OwnerMatch(
        AMBIGUOUS, name="Rie", candidates=((1, "Rie Hansen"), (2, "Rie Mortensen"))
    )


def test_a_lower_case_shared_first_name_is_as_ambiguous():
    assert owner_of("rie ringer til KL").kind == AMBIGUOUS
    assert owner_of("Ask KL, owner: rie", language="en").candidates == (
        (1, "Rie Hansen"), (2, "Rie Mortensen"),
    )


@pytest.mark.parametrize(
    "text",
    [
        "Netværksgruppen sender rapporten til Povl",
        "Undersøg om Socialtilsyn Øst kan deltage",
        "Vi skal melde tilbage til styregruppen",
        "12 kommuner svarer inden fredag",
        "Styregruppen rykker for svar",
        "Sekretariatet sender referatet ud",
        "Socialtilsynet kommer på næste møde",
        "Køge bidrager med et oplæg",
        "Det drejer sig om takster",
        "Send rapporten til KL",
        "KL sender et udkast",
        "The group asks KL",
    ],
)
def test_a_first_word_that_is_nobody_leaves_the_task_to_its_writer(text):
    assert owner_of(text) == OwnerMatch(NONE)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lotte ringer til Bakkehuset om en plads", "Lotte"),
        ("Rie Jensen ringer til KL", "Rie Jensen"),  # two Ries, neither of them Jensen
        ("Hans undersøger sagen", "Hans"),
        ("Anne-Mette skal tale med tilsynet", "Anne-Mette"),
        ("Karen sends the report to KL", "Karen"),
    ],
)
def test_a_persons_name_that_is_no_members_is_asked_about_not_given_to_the_writer(text, name):
    assert owner_of(text) == OwnerMatch(UNKNOWN, name=name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Send rapporten til lægen, ansvarlig: Karen fra KL", "Karen fra KL"),
        ("Ask Socialtilsyn Øst, owner: Rie Jensen", "Rie Jensen"),
    ],
)
def test_an_owner_clause_naming_nobody_here_is_someone_outside(text, name):
    assert owner_of(text) == OwnerMatch(OUTSIDE, name=name)


def test_danish_letters_are_their_own_letters_but_other_accents_are_not():
    assert owner_of("Soren følger op") == OwnerMatch(UNKNOWN, name="Soren")  # not Søren
    assert owner_of("Sören följer upp") == OwnerMatch(UNKNOWN, name="Sören")
    assert owner_of("Undersøg sagen, ansvarlig: Soren") == OwnerMatch(OUTSIDE, name="Soren")
    assert owner_of("RENÉE sender slides") == OwnerMatch(MEMBER, 5, "Renée Lund")


def test_the_whole_name_wins_over_a_longer_one_that_starts_the_same():
    members = [(1, "Rie"), (2, "Rie Hansen")]

    assert members_named("rie", members) == [(1, "Rie")]
    assert members_named("Rie Hansen", members) == [(2, "Rie Hansen")]


def test_names_compare_by_their_words_without_case_accents_or_organisation():
    assert name_key("Hansen, Rie (Næstved Kommune)") == ("rie", "hansen")
    assert name_key("ÅSE  Ærø") == ("åse", "ærø")
    assert name_key("Renée") == name_key("renee")
    assert name_key("Søren") != name_key("Soren")


def test_a_line_with_no_owner_named_leaves_the_task_to_its_writer():
    assert resolve_owner(TaskLine("Ring til KL", None, None, None), MEMBERS) == OwnerMatch(NONE)


def test_names_sort_in_danish_order_with_æ_ø_å_after_z():
    names = ["Åse Holm", "ole Berg", "Zakarias Ly", "Ærø Kommune", "Øjvind Dam", "Émile Bo"]
    assert sorted(names, key=sort_key) == [
        "Émile Bo", "ole Berg", "Zakarias Ly", "Ærø Kommune", "Øjvind Dam", "Åse Holm"]


@pytest.mark.parametrize(("text", "candidates"), [
    ("Daniel og Søren undersøger sagen", (3, 4)),
    ("Daniel, Søren og Renée undersøger sagen", (3, 4, 5)),
    ("daniel and søren bring the request to KL", (3, 4)),
    ("Undersøg sagen, ansvarlig: Daniel og Søren", (3, 4)),
    ("Undersøg sagen, ansvarlig: Daniel Olsen og Lotte", (3,)),  # never one person outside
    ("Rie og Daniel undersøger sagen", (1, 2, 3)),  # both Ries, and Daniel
])
def test_members_named_together_are_asked_about_never_one_given_it(text, candidates):
    match = owner_of(text)
    assert (match.kind, tuple(member for member, _ in match.candidates)) == (SEVERAL, candidates)


@pytest.mark.parametrize(("text", "language"), [
    ("Undersøg sagen, ansvarlig: Daniel og Lotte", "da"),
    ("Daniel og Lotte undersøger sagen", "da"),
    ("Lotte og Daniel undersøger sagen", "da"),
    ("Daniel and Lotte bring the request to KL", "en"),
    ("Ask KL, owner: Daniel and Lotte", "en"),
])
def test_a_person_outside_the_group_named_with_a_member_is_offered_as_the_owner_too(text,
                                                                                   language):
    match = owner_of(text, language=language)
    assert (match.kind, match.candidates, match.outsiders) == \
        (SEVERAL, ((3, "Daniel Olsen"),), ("Lotte",))


@pytest.mark.parametrize(("text", "language"), [
    ("Undersøg sagen, ansvarlig: Lotte og Karen", "da"),
    ("Ask KL, owner: Lotte and Karen", "en"),
])
def test_two_persons_outside_the_group_in_an_owner_clause_are_offered_each_on_her_own(
        text, language):
    match = owner_of(text, language=language)
    assert (match.kind, match.candidates, match.outsiders) == (SEVERAL, (), ("Lotte", "Karen"))


def test_an_organisation_written_with_og_in_an_owner_clause_stays_one_outside_owner():
    assert owner_of("Undersøg sagen, ansvarlig: Børne- og Ungeforvaltningen") == \
        OwnerMatch(OUTSIDE, name="Børne- og Ungeforvaltningen")


@pytest.mark.parametrize(("text", "language"), [
    ("Undersøg sagen, ansvarlig: Daniel og Lotte", "da"),
    ("Daniel og Lotte undersøger sagen", "da"),
    ("Daniel and Lotte bring the request to KL", "en"),
])
def test_one_who_left_named_with_a_member_is_asked_about_but_never_offered(text, language):
    line = parse_task_line(text, now=NOW, tz=CPH, language=language, mentions=())
    match = resolve_owner(line, MEMBERS, left=["Lotte Jensen"])
    assert (match.kind, match.candidates, match.outsiders) == \
        (SEVERAL, ((3, "Daniel Olsen"),), ())


def test_a_name_and_a_verb_with_og_after_it_is_one_owner():
    assert owner_of("Daniel undersøger og Søren ringer").kind == MEMBER
    assert owner_of("Daniel og KL aftaler mødet").name == "Daniel Olsen"  # KL is no member


async def test_a_captured_task_for_two_members_asks_which_and_makes_nothing(world):
    # "#opgave" in the minutes reads its owner as a task line does.
    await meeting_with_agenda(world)
    await world.act("rie", capturing("#punkt 4"))
    result = await world.act("rie", capturing("#opgave Rie og Daniel undersøger sagen"))
    assert (result.task, result.several) == (None, True)
    assert {member for member, _ in result.candidates} == {world.ids["rie"], world.ids["daniel"]}
    assert await world.table(Task) == []


def test_three_owners_listed_with_commas_are_all_asked_about():
    match = owner_of("Undersøg sagen, ansvarlig: Daniel, Søren og Rie Hansen, frist 15. januar")
    assert (match.kind, tuple(m for m, _ in match.candidates)) == (SEVERAL, (3, 4, 1))
    assert owner_of("Undersøg sagen, ansvarlig: Daniel, frist 15. januar").name == "Daniel Olsen"
