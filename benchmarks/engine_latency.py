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
    return lambda: _clear(engine.analyzer.analyze, normalize)


def all_cache_clearer(engine: Engine) -> Callable[[], None]:
    """Also the per-word caches, which live on the class (shared by every Analyzer)."""
    return lambda: _clear(engine.analyzer.analyze, normalize, Analyzer._correct, Analyzer.stem)


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
