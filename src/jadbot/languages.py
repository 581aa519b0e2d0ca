"""Other languages: which one a message is in, its gloss into the English the reading knows, and the
facts, templates and texts to answer in it. One file per language, `languages/<code>.yaml`
(docs/languages.md); English itself is intents.yaml and facts/.

Understanding goes through the English pipeline on purpose: a language is vocabulary (YAML), the
grammar of questions (claims, sums, complements, follow-ups) is written once, in code.

This module is what every message needs (which language it is in); a language's own data, its gloss
and the answers in it are in glossing.py, imported when a message is in another language.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jadbot.analysis import FUNCTION_WORDS
from jadbot.errors import DataError, Problem

if TYPE_CHECKING:
    from jadbot.glossing import Gloss, Language

ENGLISH = "en"
HBS = frozenset({"sr", "hr", "bs"})  # one gloss, three standards


# ---------------------------------------------------------------- normalising


def fold(text: str, language: str = "") -> str:
    """Lowercase, Cyrillic in Latin letters, no accents: how keys and questions are compared, so
    "Колико", "Koliko" and "koliko" are one word, and so are "ελλάδα" and "ελλαδα"."""
    text = text.replace("ı", "i").replace("İ", "i")
    if _CYRILLIC.search(text):
        text = _latin(text, "mk" if language == "mk" else "sr")
    text = text.lower().replace("đ", "dj").replace("ß", "ss").replace("ς", "σ")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    if language == "el":
        text = text.replace(";", "?")  # the Greek question mark (U+037E folds to ";")
    return text


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def _latin(text: str, table: str) -> str:
    import cyrtranslit  # only for Cyrillic text

    return str(cyrtranslit.to_latin(text, table))


def to_cyrillic(text: str, spelled: Mapping[str, str] | None = None) -> str:
    """A Serbian answer for a question asked in Cyrillic; markup, names in Latin capitals
    (EMPACT, JAD SEE) and the statement's English quotes stay as they are. `spelled`: names whose
    Cyrillic spelling is not their letter-by-letter one (Europol -> Европол, not Еуропол), with any
    ending they take ("Europola" -> "Европола")."""
    import cyrtranslit

    for latin, cyrillic in (spelled or {}).items():
        text = re.sub(rf"\b{re.escape(latin)}(?=\w*)", cyrillic, text)
    parts = re.split(r"(<[^>]+>|“[^”]*”|\b[A-Z]{2,}\b|@\w+|/\w+)", text)
    return "".join(p if i % 2 else str(cyrtranslit.to_cyrillic(p, "sr")) for i, p in enumerate(parts))


def is_cyrillic(text: str) -> bool:
    return bool(_CYRILLIC.search(text))


class Languages:
    """The languages in a folder, each loaded and validated when first needed."""

    def __init__(self, directory: Path | str | None):
        self.directory = Path(directory) if directory else None
        self._loaded: dict[str, Language] = {}
        self.available: dict[str, Path] = {}
        if self.directory is not None and self.directory.is_dir():
            for path in sorted(self.directory.glob("*.yaml")):
                if re.fullmatch(r"[a-z]{2}", path.stem):
                    self.available[path.stem] = path

    @property
    def codes(self) -> list[str]:
        return [ENGLISH, *(c for c in self.available if c != ENGLISH)]

    def cache_key(self, kind: str, *parts: bytes) -> str:
        """A load-cache key for what is built from every language file (a file may inherit
        another) and `parts`; "" (no caching) when a file cannot be read."""
        from jadbot.datafile import read_data_file
        from jadbot.loadcache import cache_key

        try:
            files = [part for c, p in self.available.items() for part in (c.encode(), read_data_file(p))]
        except DataError:
            return ""
        return cache_key(kind, [*parts, *files])

    def get(self, code: str) -> Language:
        """The language, loaded once; raises DataError (file:line) when its file is broken."""
        if code in self._loaded:
            return self._loaded[code]
        path = self.available.get(code)
        if path is None:
            raise KeyError(code)
        from jadbot.glossing import merge, number_symbols, validated  # this language's data, once

        data = validated(path)
        parent = None
        if data.inherit:
            if data.inherit not in self.available or data.inherit == code:
                raise DataError([Problem(str(path), 1, f"inherit: no language {data.inherit!r}")])
            parent = self.get(data.inherit)
        language = merge(data, parent, str(path))
        language.symbols = number_symbols(language.locale)
        self._loaded[code] = language
        return language


# ---------------------------------------------------------------- detecting


class Vocabulary:
    """Which languages know each word: what detecting needs of the glosses, merged into one index
    (languages as bits: compact), so an English chat never holds ten glosses, and a cold start reads
    it from the load cache instead of building every gloss."""

    def __init__(
        self,
        bits: dict[str, int],
        exact: dict[str, int],  # word -> the languages knowing it
        prefix: dict[str, int],  # a `*` key's start -> the languages knowing it
        stems: dict[str, int],  # a Snowball stem -> the languages knowing a word with it
    ):
        self.bits, self.exact, self.prefix, self.stems = bits, exact, prefix, stems

    @classmethod
    def build(cls, glosses: Mapping[str, Gloss]) -> Vocabulary:
        bits = {code: 1 << i for i, code in enumerate(glosses)}
        exact: dict[str, int] = {}
        prefix: dict[str, int] = {}
        stems: dict[str, int] = {}
        for code, gloss in glosses.items():
            bit = bits[code]
            for key, english in gloss.exact.items():
                if key == (fold(english),):
                    continue  # "sarajevo": Sarajevo, a name every language writes alike tells none apart
                for word in key:
                    exact[word] = exact.get(word, 0) | bit
            for head, last in gloss.prefixes.items():
                for word in head:
                    exact[word] = exact.get(word, 0) | bit
                for start, english in last.items():
                    if head or not fold(english).startswith(start):
                        prefix[start] = prefix.get(start, 0) | bit
            for stem, english in gloss.stems.items():
                if not fold(english).startswith(stem):
                    stems[stem] = stems.get(stem, 0) | bit
        return cls(bits, exact, prefix, stems)


class Detector:
    """Which language a message is in: the vocabulary of each language first (how many of the
    message's words it knows), lingua when that does not settle it (restricted to the languages
    spoken and a few others, low-accuracy mode, loaded on first use), the chat's language for
    messages too short to tell ("626?", "ok", "Kosovo").

    "amunition sezied?" is English with typos, not Albanian; "kolku oruzje" is Macedonian typed in
    Latin letters, not Croatian; "Was ist Europol?" is German, not Romanian."""

    def __init__(
        self,
        codes: tuple[str, ...],
        english_known: Callable[[list[str]], float],  # how many (normalised) words English knows
        vocabulary: Vocabulary,
        neutral: frozenset[str] = frozenset(),  # names every language writes alike: Europol, JAD SEE, Kosovo
    ):
        self.codes, self.english_known, self.vocabulary, self.neutral = (
            codes,
            english_known,
            vocabulary,
            neutral,
        )
        self._lingua: Any = None

    def detect(self, text: str, prior: str | None = None) -> str:
        prior = prior if prior in self.codes else None
        letters = [w for w in re.findall(r"[^\W\d_]+", text) if w.lower() not in self.neutral]
        latin = all(_is_latin(w) for w in letters)
        if sum(len(w) for w in letters) < 4:  # "626?", "ok", "Kosovo?": the chat's language
            if prior or not latin:
                return prior or self._guess(text) or ENGLISH
            from jadbot.normalize import normalize

            if self.english_known(normalize(" ".join(letters)).split()):
                return ENGLISH
            counts = self._count(fold(" ".join(letters)))  # "Bok!": a greeting only Croatian knows
            best = max(counts.values(), default=0)
            return min((c for c, n in counts.items() if n == best), default=ENGLISH) if best >= 1 else ENGLISH
        lowered = text.lower()
        if "el" in self.codes and re.search(r"[\u0370-\u03ff\u1f00-\u1fff]", lowered):
            return "el"
        for own, code in _OWN_LETTERS:  # "ќ" is only Macedonian, "ћ" only Serbian
            if code in self.codes and re.search(own, lowered):
                return code
        from jadbot.normalize import normalize

        # words with letters English does not write ("heroinë", "katıldı") are not English
        english_words = [w for raw in letters if raw.isascii() for w in normalize(raw).split()]
        foreign = len(letters) - sum(1 for raw in letters if raw.isascii())
        known: dict[str, float] = {ENGLISH: self.english_known(english_words)}
        known.update(self._count(fold(" ".join(letters))))
        others = max((n for c, n in known.items() if c != ENGLISH), default=0)
        if not foreign and known[ENGLISH] >= 0.6 * len(english_words) and known[ENGLISH] > others:
            return ENGLISH  # plain English
        best = max(known.values())
        tied = [c for c, n in known.items() if n == best]
        if "sr" in tied and not latin and set(tied) <= HBS:
            return "sr"  # Cyrillic that Serbian, Croatian and Bosnian all know is Serbian
        near = [c for c, n in known.items() if n >= best - 0.5]  # a word or half a word apart
        settled = best >= max(2, len(letters) / 2)
        if settled and len(near) == 1:
            return near[0]
        guess = self._guess(text)
        if guess is not None and guess not in self.codes and not settled and best < len(letters):
            return guess  # Spanish: not a language the bot speaks (words it knows whole are not Spanish)
        if best == 0:  # nobody's words: "asdfgh" is no language, "Ποιος κερδίζει;" is still Greek
            return (
                (prior or ENGLISH) if latin else (guess if guess in self.codes else None) or prior or ENGLISH
            )
        if prior in tied:
            return prior
        if not foreign and ENGLISH in tied:  # "hello!", "cocaine?": English words first
            return ENGLISH
        if guess in near and guess != ENGLISH:  # close counts: lingua tells "heroinë" (Albanian) from French
            return guess
        return next((c for c in (guess, ENGLISH) if c in tied), tied[0])

    def _count(self, folded: str) -> dict[str, float]:
        """How many of the words each language's vocabulary knows: a whole word counts one, a word
        only its prefix keys or stems cover counts half (as a typo of an English word does)."""
        counts: dict[str, float] = {}
        for token in re.findall(r"[^\W\d_]+", folded):
            known = self.vocabulary
            exact = known.exact.get(token, 0) | known.prefix.get(token, 0)  # "merhaba*" knows "merhaba"
            partly = known.stems.get(token, 0)
            for k in range(len(token) - 1, 3, -1):
                partly |= known.prefix.get(token[:k], 0) | known.stems.get(token[:k], 0)
            weight = 1.0 if len(token) > 2 else 0.5  # "a", "u", "je": evidence, but weak
            if exact | partly:
                for code, bit in self.vocabulary.bits.items():
                    if (exact | partly) & bit:
                        counts[code] = counts.get(code, 0) + (weight if exact & bit else weight / 2)
        return counts

    def _guess(self, text: str) -> str | None:
        if self._lingua is None:
            from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

            codes = [*self.codes, *(c for c in UNSUPPORTED if c not in self.codes)]
            languages = [Language.from_iso_code_639_1(getattr(IsoCode639_1, c.upper())) for c in codes]
            self._lingua = LanguageDetectorBuilder.from_languages(*languages).with_low_accuracy_mode().build()
        clean = (
            re.sub(r"[\d.,%]+", " ", text).encode("utf-8", "replace").decode("utf-8")
        )  # no lone surrogates
        found = self._lingua.detect_language_of(clean)
        return found.iso_code_639_1.name.lower() if found is not None else None


def _is_latin(word: str) -> bool:
    """Written in Latin letters, accents or not ("kokain", "ğ", "ë"), not Greek or Cyrillic."""
    return all("LATIN" in unicodedata.name(c, "") for c in word)


_OWN_LETTERS = (("[ѓќѕѐѝ]", "mk"), ("[ђћ]", "sr"))

# Languages told apart so that their speakers hear "I answer in English; I speak …" rather than a
# misreading as a language they do not write (none is close kin of a supported one).
UNSUPPORTED = ("es", "pt", "ru")


def neutral_names(store: Any) -> frozenset[str]:
    """Words that tell no language apart: the agencies', the operation's and the countries'
    names as English writes them."""
    from jadbot.normalize import normalize

    names = {"europol", "empact", "jad", "see", "kg", "kilo", "kilos"}
    for agency, aliases in store.agencies.items():
        names.update(normalize(" ".join((agency, *aliases))).split())
    for code in (*store.eu, *store.non_eu):
        names.update(normalize(store.countries.name(code)).split())
    return frozenset(n for n in names if len(n) > 2 and n not in ENGLISH_FUNCTION_WORDS)


# English's own small words, as the detector counts them: the reading's function words and these.
ENGLISH_FUNCTION_WORDS = FUNCTION_WORDS | frozenset(
    "all be but he hello her hey hi his i if its less more my no not okay or our per please she than thank thanks these us vs we whom yes you your".split()  # noqa: SIM905
)


# What moved to glossing.py, for code that imports it from here.
_GLOSSING = frozenset(
    {
        "STEMMERS",
        "YES_NO",
        "FactWords",
        "IntentWords",
        "LanguageFile",
        "Language",
        "Gloss",
        "country_names",
        "localize",
        "check_languages",
    }
)


def __getattr__(name: str) -> Any:
    if name in _GLOSSING:
        from jadbot import glossing

        return getattr(glossing, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
