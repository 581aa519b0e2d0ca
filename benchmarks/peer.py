"""The classic peer: a TF-IDF (character n-grams) + LinearSVC intent classifier, Rasa-style.

Trained on exactly the examples in intents.yaml and judged on tests/data/labelled.jsonl, the
set our engine is judged on. The peer only names an intent, so the comparison uses a rule both
systems can meet ("intent-only"):

- a case labelled with one intent: right when that intent is predicted;
- a "fallback" case (the bot should decline): right when the prediction is an out_of_scope
  intent or the decision score is below the threshold (for ours: the answer is unmatched);
- a compound case ("how many cops and guns?"): right when the prediction is any expected intent
  (for ours: its first answered intent).

The peer's threshold is tuned on its training data only, by 5-fold cross-validation: the one
that maximises the same rule on held-out examples, out_of_scope examples counting as fallbacks.
Ours is also reported with its full judge (`jadbot.evaluate`: every intent of a compound
answer, and the answer text's must/must-not patterns).
"""

from __future__ import annotations

import time
import warnings
from dataclasses import dataclass

from jadbot.engine import Answer, Engine
from jadbot.evaluate import FALLBACK, Case, accuracy, evaluate

from .corpus import Question
from .engine_latency import text_cache_clearer
from .timing import Latency, time_each

OUT_OF_SCOPE_KINDS = ("out_of_scope",)


@dataclass(frozen=True)
class Prediction:
    intent: str
    score: float


class Peer:
    """TfidfVectorizer(char_wb, 2-5) + LinearSVC, with a fallback threshold on the decision score."""

    def __init__(self, engine: Engine):
        from sklearn.feature_extraction.text import TfidfVectorizer  # bench extra only
        from sklearn.pipeline import make_pipeline
        from sklearn.svm import LinearSVC

        self.kinds = {i.intent: i.kind for i in engine.intents.intents.values()}
        self.texts = [e for i in engine.intents.intents.values() for e in i.examples]
        self.labels = [i.intent for i in engine.intents.intents.values() for _ in i.examples]

        def build():  # a fresh, unfitted pipeline (for each cross-validation fold too)
            return make_pipeline(
                TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True),
                LinearSVC(C=1.0),
            )

        self._build = build
        self.model = build().fit(self.texts, self.labels)
        self.threshold = self._tune_threshold()

    def _tune_threshold(self) -> float:
        """The decision-score threshold that maximises held-out accuracy in 5-fold CV on the examples."""
        from sklearn.model_selection import StratifiedKFold

        held_out: list[tuple[str, Prediction]] = []
        folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # intents with fewer than five examples
            for train, test in folds.split(self.texts, self.labels):
                model = self._build().fit([self.texts[i] for i in train], [self.labels[i] for i in train])
                scores = model.decision_function([self.texts[i] for i in test])
                classes = model.classes_
                for row, i in zip(scores, test, strict=True):
                    best = int(row.argmax())
                    held_out.append((self.labels[i], Prediction(str(classes[best]), float(row[best]))))
        candidates = sorted({round(p.score, 3) for _, p in held_out})
        best_threshold, best_right = -10.0, -1
        for threshold in [-10.0, *candidates]:
            right = 0
            for label, p in held_out:
                if self.kinds[label] in OUT_OF_SCOPE_KINDS:
                    right += self.kinds[p.intent] in OUT_OF_SCOPE_KINDS or p.score < threshold
                else:
                    right += p.intent == label and p.score >= threshold
            if right > best_right:
                best_threshold, best_right = threshold, right
        return best_threshold

    def predict(self, text: str) -> Prediction:
        row = self.model.decision_function([text])[0]
        best = int(row.argmax())
        return Prediction(str(self.model.classes_[best]), float(row[best]))

    def predict_many(self, texts: list[str]) -> list[Prediction]:
        scores = self.model.decision_function(texts)
        classes = self.model.classes_
        return [Prediction(str(classes[int(r.argmax())]), float(r.max())) for r in scores]

    def right(self, case: Case, p: Prediction, lenient: bool = False) -> bool:
        """The intent-only rule for the peer; `lenient` also accepts a "not reported" intent for a
        fallback case, the allowance our judge gives our engine when such an answer states no figure."""
        if case.expected == (FALLBACK,):
            declining = OUT_OF_SCOPE_KINDS + (("not_reported",) if lenient else ())
            return self.kinds[p.intent] in declining or p.score < self.threshold
        return p.score >= self.threshold and p.intent in case.expected


def ours_right(case: Case, answer: Answer) -> bool:
    """The same intent-only rule for our engine (an out_of_scope answer is unmatched)."""
    if case.expected == (FALLBACK,):
        return not answer.matched
    return answer.matched and answer.intent in case.expected


@dataclass(frozen=True)
class PeerComparison:
    cases: int
    ours_full: float  # our full judge, %
    ours_intent: float  # intent-only rule, %
    peer_intent: float
    peer_intent_lenient: float
    corpus_questions: int
    ours_corpus: float  # intent-only on the perturbed corpus (robustness), %
    peer_corpus: float
    ours_latency: Latency
    peer_latency: Latency
    threshold: float
    train_s: float


def compare(engine: Engine, cases: list[Case], corpus: list[Question]) -> PeerComparison:
    start = time.perf_counter()
    peer = Peer(engine)
    train_s = time.perf_counter() - start
    questions = [c.question for c in cases]
    answers = [engine.answer(q) for q in questions]
    predictions = peer.predict_many(questions)
    corpus_answers = [engine.answer(q.text) for q in corpus]
    corpus_predictions = peer.predict_many([q.text for q in corpus])
    for q in questions[:50]:  # warm up both
        peer.predict(q)
    peer_latency = time_each(questions, peer.predict)
    ours_latency = time_each(questions, engine.answer, before=text_cache_clearer(engine))

    def share(flags: list[bool]) -> float:
        return 100.0 * sum(flags) / max(len(flags), 1)

    return PeerComparison(
        cases=len(cases),
        ours_full=accuracy(evaluate(engine, cases)),
        ours_intent=share([ours_right(c, a) for c, a in zip(cases, answers, strict=True)]),
        peer_intent=share([peer.right(c, p) for c, p in zip(cases, predictions, strict=True)]),
        peer_intent_lenient=share([peer.right(c, p, True) for c, p in zip(cases, predictions, strict=True)]),
        corpus_questions=len(corpus),
        ours_corpus=share([ours_right(q.case, a) for q, a in zip(corpus, corpus_answers, strict=True)]),
        peer_corpus=share([peer.right(q.case, p) for q, p in zip(corpus, corpus_predictions, strict=True)]),
        ours_latency=ours_latency,
        peer_latency=peer_latency,
        threshold=peer.threshold,
        train_s=train_s,
    )
