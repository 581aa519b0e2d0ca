"""What the engine builds from the facts and intents before it can answer: the analyser (vocabulary,
synonyms, spelling), the index of the intents' examples (matcher), the readers and the replier.

Building them analyses every intent example and compiles the readers' word lists: most of a start-up
once the data itself comes from the load cache. So the English engine's parts are kept in the load
cache too, keyed by the facts' and intents' keys (which cover the data's bytes and the package's code),
and a start-up served by it builds nothing. Another language's parts are built on first use from the
English ones (they share the English engine's facts, intents and replier).
"""

from __future__ import annotations

import copyreg
import pickle
import re
from collections.abc import Iterable, Iterator
from collections.abc import Set as AbstractSet
from functools import lru_cache
from pathlib import Path
from typing import Any

from jadbot.analysis import Analyzer, english_words
from jadbot.calculator import Calculator
from jadbot.facts import FactStore
from jadbot.intents import IntentSet
from jadbot.languages import neutral_names
from jadbot.loadcache import cache_get, cache_key, cache_put
from jadbot.matcher import Matcher
from jadbot.readers import CONTENTLESS, Readers
from jadbot.records import Record
from jadbot.replies import Replier


class Parts(Record):
    """The facts and intents, and what is built from them to read and answer questions."""

    store: FactStore
    intents: IntentSet
    analyzer: Analyzer
    matcher: Matcher
    readers: Readers
    replier: Replier
    neutral: frozenset[str]  # names that tell no language apart (languages.neutral_names)

    @property
    def calculator(self) -> Calculator:
        return self.readers.calculator

    @classmethod
    def build(cls, store: FactStore, intents: IntentSet, english: Parts | None = None) -> Parts:
        """`english`: the English parts, when these read and answer another language (they answer
        names in English, and share what they would build alike)."""
        example_texts = [e for i in intents.intents.values() for e in i.examples]
        analyzer = Analyzer(
            intents.synonyms,
            store.countries,
            store.agencies,
            example_texts,
            intents.ignore,
            store.named_agencies,
        )
        if english is not None:  # the same synonyms and agencies as English's: one copy
            for name in ("synonyms", "agency_phrases", "named_agencies"):
                _share(analyzer, english.analyzer, name)
        analysed = [
            (i.intent, example, analyzer.analyze(example).stems)
            for i in intents.intents.values()
            for example in i.examples
        ]  # once: at 100,000 examples a second pass would cost as much as the index
        matcher = Matcher(analysed, CONTENTLESS)
        analyzer.analyze.cache_clear()  # type: ignore[attr-defined]  # examples are not asked again
        said: dict[str, set[str]] = {}  # every stem an intent's examples use
        for intent_id, _, stems in analysed:
            said.setdefault(intent_id, set()).update(stems)
        known = english.readers.example_stems if english is not None else {}
        example_stems = {}
        for _, example, stems in analysed:  # English's examples, read alike, share English's sets
            mine = frozenset(stems)
            theirs = known.get(example)
            example_stems[example] = theirs if theirs == mine else mine
        readers = Readers(
            store,
            intents,
            analyzer,
            matcher,
            said,
            example_stems,
            english.readers if english is not None else None,
        )
        replier = Replier(store, intents, analyzer, readers, english.replier if english is not None else None)
        neutral = neutral_names(store) if english is None else english.neutral
        return cls(
            store=store,
            intents=intents,
            analyzer=analyzer,
            matcher=matcher,
            readers=readers,
            replier=replier,
            neutral=neutral,
        )

    @classmethod
    def load(cls, facts_dir: Path | str, intents_path: Path | str) -> Parts:
        """The English parts with the facts and intents they were built from: from the load cache when
        these very files (and code) built them before, without reading anything else; otherwise
        loaded (validated), built and stored. DataError when the data is broken (nothing stored)."""
        from jadbot import facts, intents

        known = intents.fingerprint(intents_path, facts.fingerprint(facts_dir))
        key = cache_key("engine", [known.encode()]) if known else ""
        cached = cache_get(key, _Unpickler)
        if isinstance(cached, Parts):
            cached.intents.path = str(intents_path)
            return cached
        store = facts.load_facts(facts_dir)
        parts = cls.build(store, intents.load_intents(intents_path, store))
        cache_put(key, parts, _Pickler)
        return parts


def _share(mine: Any, theirs: Any, name: str) -> None:
    """`theirs`'s attribute for `mine`'s when they are equal (read-only after building)."""
    if getattr(mine, name) == getattr(theirs, name):
        setattr(mine, name, getattr(theirs, name))


# ---------------------------------------------------------------- pickling
#
# The analyser keeps its per-text cache as an attribute (an lru_cache around its own method), which
# pickle cannot store: it is left out and made anew, empty, as the constructor leaves it. The list of
# common English words is not stored either: it is the one analysis.english_words() holds (shared
# by every language's analyser, not a copy per engine), read when first needed.

_ENGLISH_WORDS = "english_words"


def _analyzer_state(analyzer: Analyzer) -> tuple[Any, ...]:
    state = dict(vars(analyzer))
    size = state.pop("analyze").cache_parameters()["maxsize"]
    return _analyzer, (state, size)


def _analyzer(state: dict[str, Any], size: int) -> Analyzer:
    analyzer = Analyzer.__new__(Analyzer)
    vars(analyzer).update(state)
    analyzer.analyze = lru_cache(maxsize=size)(analyzer._analyze)  # type: ignore[method-assign]
    return analyzer


def _pattern(pattern: re.Pattern[Any]) -> tuple[Any, ...]:
    """A compiled pattern as re.compile was called for it: a str pattern's flags without the
    re.UNICODE it always gets, so unpickling finds it where the readers' compiling left it in re's
    cache (regexcache.py preloads that), rather than compiling it again."""
    flags = pattern.flags & ~re.UNICODE if isinstance(pattern.pattern, str) else pattern.flags
    return re.compile, (pattern.pattern, flags)


class _Pickler(pickle.Pickler):
    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.dispatch_table = {**copyreg.dispatch_table, Analyzer: _analyzer_state, re.Pattern: _pattern}
        self._english = english_words()

    def persistent_id(self, obj: Any) -> str | None:
        return _ENGLISH_WORDS if obj is self._english or isinstance(obj, _EnglishWords) else None


class _Unpickler(pickle.Unpickler):
    def persistent_load(self, pid: Any) -> Any:
        if pid == _ENGLISH_WORDS:
            return _EnglishWords()
        raise pickle.UnpicklingError(f"unknown persistent id {pid!r}")


class _EnglishWords(AbstractSet[str]):
    """analysis.english_words(), read when first looked in: most questions are spelled as the
    intents' vocabulary spells them and never need the 10,000 common English words."""

    _words: frozenset[str] | None = None

    def _all(self) -> frozenset[str]:
        if self._words is None:
            self._words = english_words()
        return self._words

    def __contains__(self, word: object) -> bool:
        return word in self._all()

    def __iter__(self) -> Iterator[str]:
        return iter(self._all())

    def __len__(self) -> int:
        return len(self._all())

    @classmethod
    def _from_iterable(cls, words: Iterable[str]) -> frozenset[str]:  # what & | - ^ return
        return frozenset(words)

    def __reduce__(self) -> tuple[Any, ...]:
        return english_words, ()
