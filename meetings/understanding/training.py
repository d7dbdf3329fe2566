"""`python -m meetings.understanding.training` writes the repository's classifier, pickled, to
stdout: trained in a child process, so the process that serves never loads scikit-learn."""

import pickle
import sys

from meetings.understanding.classifier import repository_classifier


def main() -> None:
    sys.stdout.buffer.write(pickle.dumps(repository_classifier(), pickle.HIGHEST_PROTOCOL))


if __name__ == "__main__":
    main()
