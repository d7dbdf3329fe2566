"""How a task reads with its owner wherever the bot shows one (referat, minutes card, agenda
follow-up, import preview and report): as the seed minutes write a task, a sentence beginning
with its owner's first name, and not "Rie Nielsen – Rie undersøger …"."""

import pytest

from meetings.tasks.sentence_subject import task_with_owner


@pytest.mark.parametrize(("owner", "title"), [
    ("Rie Nielsen", "Rie undersøger om Socialtilsyn Øst har mulighed for at deltage."),
    ("Christel Jørgensen", "Christel undersøger, om vi kan få en 'vidensperson'"),
    ("Povl Skov", "Povl melder tilbage til Hovedstaden"),
    ("Daniel Gottrup", "Daniel vil bære dette ønske videre til KL."),
    ("Netværksgruppen", "Netværksgruppen sender rapport/link til rapport til Povl"),
    ("Rie Nielsen", "Rie Nielsen rundsender årsrapporten"),
    ("Karen Møller", "Karen sends the report to KL"),  # English as Danish
    ("Heidi Madsen (uden for gruppen)", "Heidi sender slides"),  # as the follow-up names her
])
def test_a_task_that_begins_with_its_owners_first_name_is_written_as_it_is(owner, title):
    assert task_with_owner(owner, title) == title


@pytest.mark.parametrize(("owner", "title"), [
    ("Rie Nielsen", "Ringe til Socialtilsyn Øst"),
    ("Anne Madsen", "Anne-Katrine sender slides"),  # another person's name
    ("Per Olsen", "Periodens tal samles"),  # a word that begins as the name does
    ("Povl Skov", "povl melder tilbage"),  # not written as a name
    ("Karen Møller", "Send the report to KL"),
])
def test_any_other_task_names_its_owner_first(owner, title):
    assert task_with_owner(owner, title) == f"{owner} – {title}"


def test_a_task_without_an_owner_is_its_title():
    assert task_with_owner("", "Booke lokale") == "Booke lokale"
    assert task_with_owner("?", "Booke lokale") == "? – Booke lokale"
