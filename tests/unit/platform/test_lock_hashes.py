"""A fresh install checks every file it downloads: `make install` runs pip in hash-checking mode
with --no-deps, so the lock files must pin, with hashes, every package pyproject.toml names
(and the setuptools that builds the project, and the Makefile's pip). A package added to
pyproject.toml without `make lock` fails here, not on somebody's fresh machine. Reads the files
only, no network."""

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[3]


def locked(text: str) -> dict[str, tuple[str, frozenset[str]]]:
    """A lock file's packages: canonical name -> (pinned version, its sha256 hashes). A line
    that is not `name==version` followed by hashes is an error: pip's hash-checking mode would
    refuse it, or install it unchecked."""
    entries: dict[str, tuple[str, frozenset[str]]] = {}
    for entry in text.replace("\\\n", " ").splitlines():
        words = entry.split("#", 1)[0].split()
        if not words:
            continue
        name, equals, version = words[0].partition("==")
        if not equals or not version or len(words) == 1:
            raise ValueError(f"not pinned with hashes: {entry!r}")
        hashes = frozenset(w.removeprefix("--hash=sha256:") for w in words[1:])
        if any(len(h) != 64 or set(h) - set("0123456789abcdef") for h in hashes):
            raise ValueError(f"a hash that is not sha256: {entry!r}")
        entries[canonicalize_name(name)] = (version, hashes)
    return entries


def unlocked(requirements: list[str], lock: dict[str, tuple[str, frozenset[str]]]) -> list[str]:
    """The requirements the lock does not satisfy: missing, or pinned at a version outside them."""
    missing = []
    for line in requirements:
        requirement = Requirement(line)
        pin = lock.get(canonicalize_name(requirement.name))
        if pin is None or not requirement.specifier.contains(pin[0], prereleases=True):
            missing.append(line)
    return missing


PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())
RUNTIME = PYPROJECT["project"]["dependencies"]
DEV = PYPROJECT["project"]["optional-dependencies"]["dev"]
PIP = re.search(r"^PIP_VERSION := (\S+)$", (ROOT / "Makefile").read_text(), re.M)[1]
BUILD = PYPROJECT["build-system"]["requires"] + [f"pip=={PIP}"]


def test_every_package_the_bot_runs_on_is_locked_with_hashes():
    lock = locked((ROOT / "requirements.lock").read_text())
    assert unlocked(RUNTIME + BUILD, lock) == []


def test_every_test_and_lint_tool_is_locked_with_hashes_too():
    lock = locked((ROOT / "requirements-dev.lock").read_text())
    assert unlocked(RUNTIME + DEV + BUILD, lock) == []


def test_the_dev_lock_pins_what_the_runtime_lock_pins_with_the_same_hashes():
    runtime = locked((ROOT / "requirements.lock").read_text())
    dev = locked((ROOT / "requirements-dev.lock").read_text())
    assert {name: pin for name, pin in runtime.items() if dev.get(name) != pin} == {}


def test_the_runtime_lock_holds_no_test_tools():
    runtime = locked((ROOT / "requirements.lock").read_text())
    assert {"pytest", "ruff", "playwright", "import-linter"} & runtime.keys() == set()


HASH = "0" * 64


def test_a_package_without_a_hash_is_refused():
    text = f"jinja2==3.1.6 \\\n    --hash=sha256:{HASH}\n    # via moedebot\nbabel==2.9.1\n"
    try:
        locked(text)
    except ValueError as error:
        assert "babel==2.9.1" in str(error)
    else:
        raise AssertionError("a package without a hash passed")


def test_a_package_pinned_by_range_or_a_short_hash_is_refused():
    for entry in (f"babel>=2.9 --hash=sha256:{HASH}", "babel==2.9.1 --hash=sha256:abc",
                  f"babel==2.9.1 --hash=md5:{HASH}"):
        try:
            locked(entry)
        except ValueError:
            continue
        raise AssertionError(f"{entry!r} passed")


def test_a_dependency_missing_from_the_lock_or_at_another_version_is_named():
    lock = locked(f"jinja2==3.1.6 --hash=sha256:{HASH}\nbabel==2.9.0 --hash=sha256:{HASH}\n")
    assert unlocked(["Jinja2==3.1.6", "Babel==2.9.1", "pypdf==7.1.0"], lock) == [
        "Babel==2.9.1", "pypdf==7.1.0"]
    assert unlocked(["SQLAlchemy[asyncio]==2.0.58"], locked(
        f"sqlalchemy==2.0.58 --hash=sha256:{HASH}")) == []
