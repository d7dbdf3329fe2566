"""The classifier of the corpus in the repository, once per process: trained in a child process
that loads scikit-learn (`python -m meetings.understanding.training`, which writes it pickled
to stdout, so the process that serves never loads scikit-learn), and kept in `build/models/`
under a key of what it follows from, so the next start of the same corpus and code reads it in
a tenth of a second instead of training for half a minute."""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import pickle
import subprocess
import sys
from functools import cache
from importlib.metadata import version
from pathlib import Path

from meetings.understanding.classifier import Classifier, repository_classifier
from meetings.understanding.corpus import CORPUS_DIR, HELD_OUT, HELD_OUT_2

log = logging.getLogger(__name__)

PACKAGE = Path(__file__).resolve().parent
ROOT = PACKAGE.parents[1]  # the child process imports this same code from here
# Trained models, one file per corpus and code: derived, never committed (`make clean` empties it)
CACHE_DIR = ROOT / "build" / "models"


@cache
def trained() -> Classifier:
    """The classifier of the corpus in the repository, once per process: read from the cache
    when one was trained from the same corpus, code and libraries, else trained in a child
    process that loads scikit-learn and hands back plain values (pickled: our own child), and
    cached for the next start (some 0.1 seconds instead of 30)."""
    cached = CACHE_DIR / f"classifier-{training_key()}.pickle"
    try:
        found = pickle.loads(cached.read_bytes())  # noqa: S301 - written by our own child
    except FileNotFoundError:
        pass
    except Exception:  # a file of another version or damaged: trained anew, replaced
        log.warning("the cached classifier %s could not be read; training anew", cached.name,
                    exc_info=True)
    else:
        if isinstance(found, Classifier):
            return found
    written = trained_in_child()
    _keep(cached, written)
    return pickle.loads(written)  # noqa: S301 - written by our own child


def trained_in_child() -> bytes:
    """The classifier trained in a child process, pickled."""
    done = subprocess.run([sys.executable, "-m", "meetings.understanding.training"],
                          cwd=ROOT, capture_output=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"training the classifier failed: {done.stderr.decode()[-2000:]}")
    return done.stdout


def training_key() -> str:
    """What the trained model follows from: the corpus it learns from, this package's code, and
    the versions of Python and the libraries that train and pickle it."""
    digest = hashlib.sha256()
    for path in sorted(CORPUS_DIR.iterdir()):
        if path.suffix == ".tsv" and path not in (HELD_OUT, HELD_OUT_2):
            digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    for path in sorted(PACKAGE.rglob("*.py")):
        digest.update(str(path.relative_to(PACKAGE)).encode() + b"\0" + path.read_bytes())
    for package in ("numpy", "scipy", "scikit-learn"):
        digest.update(f"{package} {version(package)}\0".encode())
    digest.update(sys.version.encode())
    return digest.hexdigest()[:16]


def _keep(cached: Path, written: bytes) -> None:
    """Written whole or not at all (another process may be reading or writing the same file),
    and the files of older corpora removed. A cache that cannot be written costs the next start
    its training, nothing else."""
    partial = cached.with_name(f".{cached.name}.{os.getpid()}")
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        partial.write_bytes(written)
        os.replace(partial, cached)
        for older in cached.parent.glob("classifier-*.pickle"):
            if older != cached:
                older.unlink(missing_ok=True)
    except OSError:
        log.warning("the trained classifier could not be cached in %s", cached.parent,
                    exc_info=True)
        with contextlib.suppress(OSError):  # a full disk leaves no half-written file behind
            partial.unlink(missing_ok=True)


def main() -> None:
    sys.stdout.buffer.write(pickle.dumps(repository_classifier(), pickle.HIGHEST_PROTOCOL))


if __name__ == "__main__":
    main()
