"""A message that is nothing but a subject ("budget", "underretninger sidste år", "the
framework agreement"), which the classifier takes for no question, or is only unsure is a
search: read as the search for it. The bot answers so only when the minutes have something."""

from meetings.understanding.arguments.searched_year import year_searched
from meetings.understanding.meaning import Intent, SmallTalk, Understood
from meetings.understanding.slots import TOKEN, searched, subject_in

MOST_WORDS = 4  # "rekruttering af plejefamilier sidste år" is a subject; a sentence is longer
_ARTICLES = frozenset("the a an en et den det de".split())  # before a subject, no part of it


def as_a_search(understood: Understood, text: str) -> Understood | None:
    """The search for the message's subject, with the year it names; None when the message
    was understood as anything else, or says more than a subject (an article may go first)."""
    other = understood.intent == Intent.UNKNOWN and understood.small_talk == SmallTalk.OTHER
    only_search = understood.unsure and understood.alternatives == (Intent.SEARCH,)
    said = text.strip().rstrip("?.!… ")
    if not (other or only_search) or "\n" in said:
        return None
    subject = searched(said)
    written, kept = TOKEN.findall(subject), subject_in(subject)
    if written[:1] and written[0].casefold() in _ARTICLES:
        written = written[1:]
    if not kept or not 0 < len(written) <= MOST_WORDS or TOKEN.findall(kept) != written:
        return None
    return Understood(Intent.SEARCH, understood.text_language, kept, year_searched(said),
                      text_language=understood.text_language)
