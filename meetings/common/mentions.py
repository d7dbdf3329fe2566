"""Teams writes an @mention into a message's text as `<at>Name</at>`; what the bot keeps of a
line (a decision, an item's presenter, a task's title) keeps the name, not the markup."""

import re

AT = re.compile(r"<at>(?P<name>.*?)</at>", re.IGNORECASE | re.DOTALL)


def as_names(text: str) -> str:
    """"<at>Daniel Gottrup</at> tager det med" → "Daniel Gottrup tager det med"."""
    return AT.sub(r"\g<name>", text)
