"""Whom a question about attendance names: a member by any part of their name from the first,
else an organisation's members, else nobody."""

from meetings.agenda.attendance import (
    NOT_ANSWERED,
    OrganisationAttendance,
    PersonAttendance,
    asked_about,
)

DANIEL_G = PersonAttendance(1, "Daniel Gottrup", "attending")
DANIEL_H = PersonAttendance(2, "Daniel Holm", "regrets")
RIE = PersonAttendance(3, "Rie Nielsen", NOT_ANSWERED)
SØREN = PersonAttendance(4, "Søren Ø. Berg", "attending")
SHOWN = [OrganisationAttendance("Holbæk Kommune", (RIE, DANIEL_H)),
         OrganisationAttendance("Næstved Kommune", (DANIEL_G,)),
         OrganisationAttendance(None, (SØREN,))]


def test_a_first_name_means_every_member_of_that_name():
    assert asked_about("Daniel", SHOWN) == (DANIEL_H, DANIEL_G)
    assert asked_about("daniel holm", SHOWN) == (DANIEL_H,)
    assert asked_about("Søren", SHOWN) == (SØREN,)


def test_an_organisation_means_its_members_in_the_order_shown():
    assert asked_about("Holbæk", SHOWN) == (RIE, DANIEL_H)
    assert asked_about("næstved kommune", SHOWN) == (DANIEL_G,)


def test_a_word_that_names_nobody_and_no_organisation_means_nobody():
    assert asked_about("Mogens", SHOWN) == ()
    assert asked_about("Kommune", SHOWN) == ()  # a kind of organisation names none
    assert asked_about("", SHOWN) == ()
    assert asked_about("Soren", SHOWN) == ()  # ø is a letter of its own
