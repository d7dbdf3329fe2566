"""The classifier's model fitted with scikit-learn, handed back as plain values: imported only
where the classifier is trained (`training`, the benchmark's cross-validation)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from scipy.sparse import hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.svm import LinearSVC

from meetings.understanding.fitted import Fitted, Vectoriser


def fit(texts: Sequence[str], labels: Sequence[str], asking: Sequence[bool],
        analysers: Sequence[Callable[[str], list[str]]]) -> Fitted:
    """A linear SVM over the tf-idf features of each analyser, one per label, and one more on
    the same features of whether a text asks anything at all (`asking`), as plain values."""
    # An n-gram of one phrasing only is left out: as many answered right in cross-validation,
    # a model of less than half the size (memory, start-up, the time to read a message).
    vectorisers = [TfidfVectorizer(analyzer=analyse, sublinear_tf=True, min_df=2)
                   for analyse in analysers]
    matrix = hstack([v.fit_transform(texts) for v in vectorisers]).tocsr()
    model = LinearSVC(C=1.0, tol=1e-3, random_state=0).fit(matrix, labels)
    asks = LinearSVC(C=1.0, tol=1e-3, random_state=0).fit(matrix, np.asarray(asking, dtype=int))
    offsets = np.cumsum([0] + [len(v.vocabulary_) for v in vectorisers])
    return Fitted(
        vectorisers=tuple(Vectoriser(analyse, dict(v.vocabulary_), v.idf_.copy(), int(offset))
                          for analyse, v, offset in zip(analysers, vectorisers, offsets,
                                                        strict=False)),
        weights=np.ascontiguousarray(model.coef_.T),
        intercept=model.intercept_.copy(),
        asking_weights=asks.coef_[0].copy(),
        asking_intercept=float(asks.intercept_[0]),
        labels=tuple(str(label) for label in model.classes_))
