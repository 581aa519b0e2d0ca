"""Answer latency of the engine with the shipped data, per question, as the bot experiences it.

The engine caches by text (`Analyzer.analyze`, `normalize`) and by word (spelling, stems).
Three regimes are reported so no cache hides real work:

- distinct: every corpus string once, the text caches cleared before each question (word
  caches warm, as in a bot that has been up for a while) — the headline figure;
- cold words: as above, and the per-word spelling and stemming caches cleared too — the
  worst case, the first message after start-up;
- repeated: 1,000 strings asked a second time, answered from the analysis cache.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from jadbot.analysis import Analyzer
from jadbot.engine import Engine
from jadbot.normalize import normalize

from .corpus import Question
from .timing import Latency, time_each

REPEATED_SAMPLE = 1000  # with their clauses, well inside the analysis cache: no evictions


@dataclass(frozen=True)
class EngineLatency:
    distinct: Latency
    cold_words: Latency
    repeated: Latency


def _clear(*cached: object) -> None:
    for function in cached:
        clear: Callable[[], None] | None = getattr(function, "cache_clear", None)
        if clear is not None:  # `normalize` is cached only in some versions
            clear()


def text_cache_clearer(engine: Engine) -> Callable[[], None]:
    """Clears the caches keyed by whole texts, so a question is analysed from scratch."""
    return lambda: _clear(engine.analyzer.analyze, engine.readers.clause, normalize)


def all_cache_clearer(engine: Engine) -> Callable[[], None]:
    """Also the per-word caches, which live on the class (shared by every Analyzer)."""
    return lambda: _clear(
        engine.analyzer.analyze, engine.readers.clause, normalize, Analyzer._correct, Analyzer.stem
    )


def measure(engine: Engine, corpus: list[Question]) -> EngineLatency:
    texts = [q.text for q in corpus]
    for text in texts[:200]:  # warm up: regex compilation, word caches, branch predictors
        engine.answer(text)
    cold_words = time_each(texts, engine.answer, before=all_cache_clearer(engine))
    distinct = time_each(texts, engine.answer, before=text_cache_clearer(engine))
    sample = texts[:REPEATED_SAMPLE]
    for text in sample:
        engine.answer(text)
    repeated = time_each(sample, engine.answer)
    return EngineLatency(distinct=distinct, cold_words=cold_words, repeated=repeated)


# Follow-ups of our own wording, each after the question before it (issue: a follow-up may cost at
# most 0.5 ms more than a plain question).
FOLLOW_UPS = [
    ("how much cocaine was seized?", "and cannabis?"),
    ("how many weapons were seized?", "what about ammunition?"),
    ("how many people were checked?", "and vehicles?"),
    ("how many officers took part?", "and in Serbia?"),
    ("where was the coordination centre?", "is it in the EU?"),
    ("how many targets did the cyber patrol find?", "and the rest?"),
    ("how many illegal entries were detected?", "and forged documents?"),
    ("did Greece take part?", "and Norway?"),
]


@dataclass(frozen=True)
class FollowUpCost:
    plain: Latency  # each follow-up's full question asked alone
    follow_up: Latency  # the short follow-up, with the context of the question before


def follow_up_cost(engine: Engine, rounds: int = 200) -> FollowUpCost:
    contexts = [(engine.answer(first).context, second) for first, second in FOLLOW_UPS]
    plain_texts = [first for first, _ in FOLLOW_UPS] * rounds
    clear = text_cache_clearer(engine)
    plain = time_each(plain_texts, engine.answer, before=clear)
    pairs = contexts * rounds
    index = iter(range(len(pairs)))

    def ask(_: str) -> object:
        context, text = pairs[next(index)]
        return engine.answer(text, context)

    follow_up = time_each([text for _, text in pairs], ask, before=clear)
    return FollowUpCost(plain, follow_up)
