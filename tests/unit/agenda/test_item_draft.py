"""The checks an agenda item passes before it is stored: title, kind, minutes, safe links."""

import pytest

from meetings.agenda.items.draft import ItemDraft, checked_fields
from meetings.common.refusal import Refusal


def refused_field(draft: ItemDraft) -> str:
    with pytest.raises(Refusal) as refused:
        checked_fields(draft, default_minutes=20)
    assert refused.value.code == "bad_item"
    return refused.value.details["field"]


def test_a_full_item_becomes_clean_column_values():
    values = checked_fields(ItemDraft(
        title="  Tilbagemelding på notat om specialundervisning ", kind="beslutning",
        minutes=25, recommendation="Det indstilles, at netværket godkender notatet.",
        presenter="Povl Skov", guests="", links=[{"title": "Bilag 7",
                                                  "url": "https://rs17.dk/bilag7.pdf"}]),
        default_minutes=20)
    assert values["title"] == "Tilbagemelding på notat om specialundervisning"
    assert values["minutes"] == 25 and values["kind"] == "beslutning"
    assert values["guests"] is None  # an empty field is no value
    assert values["links"] == [{"title": "Bilag 7", "url": "https://rs17.dk/bilag7.pdf"}]


def test_without_minutes_the_groups_default_length_is_used():
    assert checked_fields(ItemDraft(title="Venskabsfamilier"), default_minutes=20)["minutes"] == 20


def test_a_link_without_title_is_titled_by_its_address():
    [link] = checked_fields(ItemDraft(title="AI", links=[{"url": "http://kl.dk/ai"}]),
                            default_minutes=20)["links"]
    assert link == {"title": "http://kl.dk/ai", "url": "http://kl.dk/ai"}


@pytest.mark.parametrize("draft, field", [
    (ItemDraft(title="   "), "title"),
    (ItemDraft(title="x" * 201), "title"),
    (ItemDraft(title="AI", kind="afstemning"), "kind"),
    (ItemDraft(title="AI", minutes=4), "minutes"),
    (ItemDraft(title="AI", minutes=181), "minutes"),
    (ItemDraft(title="AI", minutes=True), "minutes"),
    (ItemDraft(title="AI", presenter="x" * 201), "presenter"),
])
def test_bad_fields_are_refused_by_name(draft, field):
    assert refused_field(draft) == field


@pytest.mark.parametrize("url", [
    "javascript:alert(1)", "file:///etc/passwd", "ftp://rs17.dk/x", "https://", "rs17.dk/bilag",
    "https://rs17.dk/a b", "data:text/html,<b>x</b>",
])
def test_only_http_and_https_links_with_a_host_are_accepted(url):
    assert refused_field(ItemDraft(title="AI", links=[{"title": "Bilag", "url": url}])) == "links"


def test_more_than_ten_links_are_refused():
    links = [{"url": f"https://rs17.dk/{n}"} for n in range(11)]
    assert refused_field(ItemDraft(title="AI", links=links)) == "links"
