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
    "https://rs17.dk/a\nb", "https://rs17.dk/a\tb", "data:text/html,<b>x</b>", "https://[x",
])
def test_only_http_and_https_links_with_a_host_are_accepted(url):
    assert refused_field(ItemDraft(title="AI", links=[{"title": "Bilag", "url": url}])) == "links"


def test_more_than_ten_links_are_refused():
    links = [{"url": f"https://rs17.dk/{n}"} for n in range(11)]
    assert refused_field(ItemDraft(title="AI", links=links)) == "links"


@pytest.mark.parametrize("written, url", [
    ("https://kommune.sharepoint.com/sites/Netværk/Delte dokumenter/Bilag 1.pdf",
     "https://kommune.sharepoint.com/sites/Netv%C3%A6rk/Delte%20dokumenter/Bilag%201.pdf"),
    ("https://kommune.sharepoint.com/sites/Netv%C3%A6rk/Delte%20dokumenter/Bilag%201.pdf",
     "https://kommune.sharepoint.com/sites/Netv%C3%A6rk/Delte%20dokumenter/Bilag%201.pdf"),
    ("https://rs17.dk/søg?q=plejefamilier og børn#afsnit 2",
     "https://rs17.dk/s%C3%B8g?q=plejefamilier%20og%20b%C3%B8rn#afsnit%202"),
    ("https://rs17.dk/50% rabat.pdf", "https://rs17.dk/50%25%20rabat.pdf"),
])
def test_a_path_with_spaces_and_danish_letters_is_taken_percent_encoded(written, url):
    [link] = checked_fields(ItemDraft(title="AI", links=[{"url": written}]),
                            default_minutes=20)["links"]
    assert link == {"title": written, "url": url}


def test_a_refused_link_says_why():
    with pytest.raises(Refusal) as refused:
        checked_fields(ItemDraft(title="AI", links=[{"url": "https://rs17.dk/" + "a" * 2000}]),
                       default_minutes=20)
    assert refused.value.details["why"] == "too_long"
