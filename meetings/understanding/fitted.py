"""What training leaves, as plain values the process that serves unpickles without
scikit-learn."""

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Vectoriser:
    """A fitted TfidfVectorizer (sublinear tf, l2 norm) as plain values."""

    analyse: Callable[[str], list[str]]
    vocabulary: dict[str, int]
    idf: np.ndarray
    offset: int  # where its columns begin among the model's features


@dataclass(frozen=True)
class Fitted:
    """What training leaves: the vectorisers and the linear model's weights, per label, and
    those of the model of whether a message asks anything at all."""

    vectorisers: tuple[Vectoriser, ...]
    weights: np.ndarray  # feature × label
    intercept: np.ndarray
    labels: tuple[str, ...]
    asking_weights: np.ndarray  # feature: above 0, the message asks the bot something
    asking_intercept: float
