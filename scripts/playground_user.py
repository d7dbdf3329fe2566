"""The Agents Playground's mock data with another of its users signed in.

`python scripts/playground_user.py MOCK.yml rie` prints MOCK.yml with Rie as `currentUser`,
the secretary Lisbet among the five `users`, and a personal chat of Rie's own; the group chat
and the team stay the same, so the bot knows them and what happened there. The playground
has no way to switch users while it runs: `make run PLAYGROUND_USER=rie` restarts it so.
The file is ours and simple (two-space indents, one `- id:` per user), so it is read as text.
"""

import re
import sys
from pathlib import Path


def parts(text: str) -> tuple[str, list[str], str]:
    """What comes before currentUser, every user as a `- id:` block (the current one first),
    and what follows the users."""
    head, rest = text.split("\ncurrentUser:\n", 1)
    current, rest = rest.split("\nusers:\n", 1)
    listed, tail = re.split(r"\n(?=\S)", rest, maxsplit=1)
    users = ["  - " + current.strip("\n")[2:].replace("\n  ", "\n    ")]
    users += ["  - " + user.rstrip("\n") for user in re.split(r"(?m)^  - ", listed)
              if user.strip()]
    return head, users, tail


def signed_in_as(text: str, who: str) -> str:
    head, users, tail = parts(text)
    chosen = [user for user in users if f'id: "29:{who.lower()}"' in user]
    if len(chosen) != 1:
        names = ", ".join(re.search(r'id: "29:(\w+)"', user).group(1) for user in users)
        raise SystemExit(f"no playground user {who!r}; choose one of: {names}")
    current = chosen[0][4:].replace("\n    ", "\n  ")
    others = "\n".join(user for user in users if user is not chosen[0])
    tail = re.sub(r'(?m)^(personalChat:\n  id: )"[^"]*"', rf'\1"a:personal-{who.lower()}"', tail)
    return f"{head}\ncurrentUser:\n  {current}\nusers:\n{others}\n{tail}"


if __name__ == "__main__":
    sys.stdout.write(signed_in_as(Path(sys.argv[1]).read_text(encoding="utf-8"), sys.argv[2]))
