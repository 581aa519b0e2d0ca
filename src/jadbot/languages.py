"""Other languages: which one a message is in, its gloss into the English the reading knows, and the
facts, templates and texts to answer in it. One file per language, `languages/<code>.yaml`
(docs/languages.md); English itself is intents.yaml and facts/.

Understanding goes through the English pipeline on purpose: a language is vocabulary (YAML), the
grammar of questions (claims, sums, complements, follow-ups) is written once, in code.

Every message imports this module (to know which language it is in), so its data types are records
or plain classes, cheap to define; the files' schema (pydantic) is languageschema.py, imported only
when a file is read rather than served by the load cache.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import cache, cached_property
from pathlib import Path
from typing import Any

from jadbot.analysis import FUNCTION_WORDS
from jadbot.errors import DataError, Problem
from jadbot.greeklish import Greeklish
from jadbot.normalize import name_flags
from jadbot.readers import LEAD_FILLERS, POLAR, REQUESTS, WH_WORDS
from jadbot.records import Record

ENGLISH = "en"
# Snowball stemmers (PyStemmer) for the languages that have one: a word with no key is looked up
# by its stem. The others rely on `*` prefix keys.
STEMMERS = {"de": "german", "fr": "french", "it": "italian", "el": "greek", "tr": "turkish", "sr": "serbian"}
HBS = frozenset({"sr", "hr", "bs"})  # one gloss, three standards
YES_NO = "is it true that"  # what a yes/no marker ("mı", "li") becomes at the head of the gloss
# words, numbers ("215.273") and punctuation; apostrophes and hyphens only separate words, so
# "E' vero che", "l'opération" and "EU-Länder" read like "e vero che", "l opération", "EU Länder"
_WORD = re.compile(r"\d+(?:[.,\s\u00a0\u202f]\d{3})*(?:[.,]\d+)?|\w+|[^\w\s'’`´-]")
_FUZZY_MIN = 5  # a word this long may be one typo away from a key


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
    elif language in ("sr", "hr", "bs", "mk"):
        text = _ELIDED.sub("", text)  # "kol'ko", "'ajde": a letter left out, one word all the same
    return text


_ELIDED = re.compile(r"(?<=\w)['’](?=\w)")


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


# ---------------------------------------------------------------- the file


class FactWords(Record):
    """A fact's words in the language: its unit, detail, text or items."""

    unit: str | None = None
    detail: str | None = None
    text: str | None = None
    items: tuple[str, ...] | None = None


class IntentWords(Record):
    """An intent in the language: its title, examples and answers."""

    title: str | None = None
    examples: tuple[str, ...] = ()
    answer: str | None = None
    answers: dict[str, str] | None = None


class LanguageFile(Record):
    """One file as validated (languageschema.LanguageFile), before what it inherits is merged in."""

    language: str
    name: str
    locale: str | None
    inherit: str | None
    verdict: dict[str, str]
    and_: str | None
    or_: str | None
    qualifiers: dict[str, str]
    yes_no_markers: tuple[str, ...]
    compounds: bool
    words: dict[str, str]
    countries: dict[str, str]
    facts: dict[str, FactWords]
    phrases: dict[str, Any]
    responses: dict[str, str]
    texts: dict[str, Any]
    intents: dict[str, IntentWords]
    cyrillic: dict[str, str]


class Language(Record):
    """One language's data, merged with what it inherits."""

    code: str
    name: str
    locale: str
    verdict: dict[str, str]
    conjunctions: dict[str, str]
    qualifiers: dict[str, str]
    markers: frozenset[str]
    words: dict[str, str]
    countries: dict[str, str]
    facts: dict[str, FactWords]
    phrases: dict[str, Any]
    responses: dict[str, str]
    texts: dict[str, Any]
    intents: dict[str, IntentWords]
    cyrillic: dict[str, str] = {}  # noqa: RUF012  # (defaults are shared: read only)
    compounds: bool = False
    path: str = ""
    symbols: dict[str, str] = {}  # noqa: RUF012  # the locale's number symbols (Babel)


def _merge(child: LanguageFile, parent: Language | None, path: str) -> Language:
    base = parent
    intents: dict[str, IntentWords] = dict(base.intents) if base else {}
    for intent_id, words in child.intents.items():
        old = intents.get(intent_id)
        if old is None:
            intents[intent_id] = words
            continue
        intents[intent_id] = IntentWords(
            title=words.title or old.title,
            examples=(*old.examples, *words.examples),
            answer=words.answer or (old.answer if not words.answers else None),
            answers=words.answers or old.answers,
        )
    return Language(
        code=child.language,
        name=child.name,
        locale=child.locale or (base.locale if base else child.language),
        verdict={**(base.verdict if base else {}), **child.verdict},
        conjunctions={
            **(base.conjunctions if base else {}),
            **({"and": child.and_} if child.and_ else {}),
            **({"or": child.or_} if child.or_ else {}),
        },
        qualifiers={**(base.qualifiers if base else {}), **child.qualifiers},
        markers=frozenset(fold(m, child.language) for m in child.yes_no_markers)
        | (base.markers if base else frozenset()),
        words={**(base.words if base else {}), **child.words},
        countries={**(base.countries if base else {}), **child.countries},
        facts={**(base.facts if base else {}), **child.facts},
        phrases={**(base.phrases if base else {}), **child.phrases},
        responses={**(base.responses if base else {}), **child.responses},
        texts={**(base.texts if base else {}), **child.texts},
        intents=intents,
        cyrillic={**(base.cyrillic if base else {}), **child.cyrillic},
        compounds=child.compounds or (base.compounds if base else False),
        path=path,
    )


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
        data = _validated(path)
        parent = None
        if data.inherit:
            if data.inherit not in self.available or data.inherit == code:
                raise DataError([Problem(str(path), 1, f"inherit: no language {data.inherit!r}")])
            parent = self.get(data.inherit)
        language = _merge(data, parent, str(path))
        language = language.replace(symbols=_symbols(language.locale))
        self._loaded[code] = language
        return language


def _validated(path: Path) -> LanguageFile:
    """The validated file, from the load cache when its bytes were validated before (no YAML)."""
    from jadbot.datafile import read_data_file
    from jadbot.loadcache import cache_get, cache_key, cache_put

    key = cache_key("language", [read_data_file(path)])
    cached = cache_get(key)
    if isinstance(cached, LanguageFile):
        return cached
    from jadbot.languageschema import plain, read_language_file  # pydantic: only for the file itself

    data = plain(read_language_file(path)[0])
    cache_put(key, data)
    return data


def _symbols(locale: str) -> dict[str, str]:
    """The locale's number symbols, from the load cache when read before (no Babel)."""
    from jadbot.loadcache import cache_get, cache_key, cache_put
    from jadbot.render import Wording

    key = cache_key("number-symbols", [locale.encode()])
    cached = cache_get(key)
    if isinstance(cached, dict):
        return cached
    symbols = Wording.symbols(locale)
    cache_put(key, symbols)
    return symbols


# ---------------------------------------------------------------- glossing


_MIXED_CASE = re.compile(r"\b[A-Z][a-z]+[A-Z]\w*\b")


_TOO_ASKING = re.compile(r"\btoo (?=(?:from |in |at |by |to )?(?:which|what|how|where|who|whom|when|why)\b)")


class Gloss:
    """Local words and phrases to English, longest phrase first; `*` keys match word prefixes."""

    def __init__(
        self,
        language: str,
        exact: dict[tuple[str, ...], str],
        prefixes: dict[
            tuple[str, ...], dict[str, str]
        ],  # the words before the last -> last's prefix -> English
        longest: int,
        markers: frozenset[str],
        stems: dict[str, str],
        singles: list[str],
        compounds: bool = False,
        accented: dict[str, str] | None = None,
    ):
        self.language, self.exact, self.prefixes, self.longest = language, exact, prefixes, longest
        self.markers, self.stems, self.singles, self.compounds = markers, stems, singles, compounds
        # a word whose accent tells it from another ("è" is, "e" and): typed with it, read before folding
        self.accented = accented or {}
        self._words: dict[tuple[str, bool], str] = {}  # a word's gloss, once

    @cached_property
    def greeklish(self) -> Greeklish:
        """Greek typed in Latin letters, read by sound against this gloss's words."""
        # every word of the phrases too: "panw apo" is the phrase "πάνω από", whose "πάνω" is no entry alone
        return Greeklish(dict.fromkeys(w for k in self.exact for w in k), self.prefixes.get((), {}))

    @classmethod
    def build(cls, language: Language, country_names: Mapping[str, str]) -> Gloss:
        """`country_names`: each country's name in the language -> its English name."""
        exact: dict[tuple[str, ...], str] = {}
        prefixes: dict[tuple[str, ...], dict[str, str]] = {}
        entries = [*country_names.items(), *language.countries.items(), *language.words.items()]
        for key, english in entries:  # later entries win: the file over pycountry
            prefix = key.endswith("*")
            tokens = _tokens(fold(key.rstrip("*"), language.code))
            if not tokens:
                continue
            if prefix:
                prefixes.setdefault(tuple(tokens[:-1]), {})[tokens[-1]] = english
            else:
                exact[tuple(tokens)] = english
        # "è" (is) and "e" (and), "où" (where) and "ou" (or) fold alike: the plain word keeps the folded
        # form, the accented one is read as typed, before folding
        words = [(k, tuple(_tokens(fold(k, language.code))), v) for k, v in language.words.items()]
        plain = {f: v for k, f, v in words if len(f) == 1 and f[0] == k.lower()}
        accented: dict[str, str] = {}
        for key, folded, english in words:
            if folded in plain and folded[0] != key.lower() and plain[folded] != english:
                accented[key.lower()] = english
                exact[folded] = plain[folded]
        longest = max((len(k) for k in exact), default=1)
        longest = max(longest, *(len(k) + 1 for k in prefixes), 1)
        stems: dict[str, str] = {}
        stemmer = _stemmer(language.code)
        singles = [k[0] for k in exact if len(k) == 1 and len(k[0]) >= _FUZZY_MIN]
        if stemmer is not None:
            for (word,), english in ((k, v) for k, v in exact.items() if len(k) == 1):
                stems.setdefault(stemmer.stemWord(word), english)
        return cls(
            language.code,
            exact,
            prefixes,
            longest,
            language.markers,
            stems,
            singles,
            language.compounds,
            accented,
        )

    def __call__(self, text: str) -> str:
        """The message in the English words the reading knows; unknown words stay as they are."""
        # "εντόπισαν και από ποια πόλη": a "too" glossed after a verb is "and" when a question follows it
        return _TOO_ASKING.sub("and ", self.read(text)[0])

    def read(self, text: str, typos: bool = True) -> tuple[str, int]:
        """The gloss, and how many of the message's words the language's vocabulary knew
        (`typos=False`: exact words, phrases, prefixes and stems only, as detecting needs)."""
        if self.language == "el" and not _GREEK_LETTERS.search(text):  # "poses sfaires vrikan?"
            text = self.greeklish.to_greek(fold(text, "el"))[0]
        text = _DRAWN_OUT.sub(
            r"\1", name_flags(text)
        )  # "ciaooo", "hvalaaa": drawn out on a phone; "🇧🇦" a name
        tokens = _tokens(fold(text, self.language))
        typed = _tokens(text.lower()) if self.accented else []
        typed = typed if len(typed) == len(tokens) else []  # the words as typed, accents kept, if aligned
        # "BiH": a capital after a small letter spells an abbreviation (a name), not the word "bih" (would)
        named = {w.lower() for w in _MIXED_CASE.findall(text)}
        out: list[str] = []
        known = 0
        i = 0
        while i < len(tokens):
            token = tokens[i]
            if not token[0].isalpha() or token in named:
                out.append(token)
                i += 1
                continue
            english, used = self._match(tokens, i)
            if used < 2 and typed and typed[i] in self.accented:  # "è" (is), not "e" (and); a phrase first
                english, used = self.accented[typed[i]], 1
            if token in self.markers and used < 2:  # a phrase wins: "zar ne" is a tag, "zar" a marker
                out.append(_MARKED)  # the sentence it stands in asks for a yes or no, not the whole message
                known += 1
                i += 1
                continue
            if english is not None:
                out.append(english)
                known += used
                i += used
                continue
            word = self._word(token, typos)
            known += word != token
            out.append(word)
            i += 1
        text = " ".join(w for w in out if w)
        text = re.sub(r"\s+([?.!,;:])", r"\1", text)
        text = _TOO_THEN_ASKS.sub("and ", text)
        text = _NOT_AFTER.sub(r"not \1", text)  # "araç değil": "vehicles not" -> "not vehicles"
        if self.language == "mk":  # "повеќе влезови од документи": "од" after "more" is "than"
            text = _MORE_OF.sub(r"\1\2 than", text)
        # "kişi sayısı araç sayısından ne kadar fazla": "people number vehicles number than how much more"
        text = _HOW_MUCH_MORE_LAST.sub(r"how \g<q> more \g<a> than \g<b>", text)
        # "kişi sayısı araç sayısının kaç katı": "people number vehicles number how many times"
        text = _TIMES_LAST.sub(r"how many times more \g<a> than \g<b>", text)
        text = _MORE_FROM.sub(
            r"\1\2 than", _AFTER_COMPARED.sub(r"\3 than \1 \2", text)
        )  # "1 tondan fazla": "1 ton more" -> "more than 1 ton"  # "κατασχέθηκαν και πόσα": not "seized too how many"
        return " ".join(_yes_no(sentence) for sentence in re.split(r"(?<=[?.!])\s+", text)), known

    def _match(self, tokens: list[str], i: int) -> tuple[str | None, int]:
        for n in range(min(self.longest, len(tokens) - i), 0, -1):
            key = tuple(tokens[i : i + n])
            if key in self.exact:
                return self.exact[key], n
            by_prefix = self.prefixes.get(key[:-1])
            if by_prefix:
                last = key[-1]
                for k in range(len(last), 0, -1):
                    if last[:k] in by_prefix:
                        return by_prefix[last[:k]], n
        return None, 0

    def _word(self, token: str, typos: bool = True) -> str:
        key = (token, typos)
        if key not in self._words:
            if len(self._words) > 20_000:
                self._words.clear()
            self._words[key] = self._lookup(token, typos)
        return self._words[key]

    def _lookup(self, token: str, typos: bool) -> str:
        if self.language == "sq" and (token + "e",) in self.exact:
            return self.exact[(token + "e",)]  # "pjes" for "pjesë": a final ë is often not typed at all
        stemmer = _stemmer(self.language)
        if stemmer is not None:
            english = self.stems.get(stemmer.stemWord(token))
            if english is not None:
                return english
        if self.compounds and len(token) >= 2 * _PART_MIN:
            english = self._compound(token)
            if english is not None:
                return english
        if typos and len(token) >= _FUZZY_MIN and self.singles:
            from rapidfuzz import process
            from rapidfuzz.distance import Levenshtein

            found = process.extract(
                token,
                self.singles,
                scorer=Levenshtein.distance,
                score_cutoff=1 if len(token) < 9 else 2,
                limit=None,
            )  # "Шкендија" (a football club) is not two letters from "Кенија" (Kenya)
            # a typo keeps the first letter: "oeufs" (eggs) is no "keufs" (cops)
            same_start = [f for f in found if f[0][:1] == token[:1]]
            if same_start:
                return self.exact[(same_start[0][0],)]
        return token

    def _compound(self, token: str) -> str | None:
        """ "polizeiaktion" -> "police action": the longest known head, then a known rest (itself
        possibly a compound), with the linking "s" of "Sicherheitsbehörden" allowed."""
        for cut in range(len(token) - _PART_MIN, _PART_MIN - 1, -1):
            head, rest = token[:cut], token[cut:]
            english = self._part(head) or (self._part(head[:-1]) if head.endswith("s") else None)
            if english is None:
                continue
            tail = self._part(rest) or (self._compound(rest) if len(rest) >= 2 * _PART_MIN else None)
            if tail is not None:
                return f"{english} {tail}"
        return None

    def _part(self, word: str) -> str | None:
        """A part of a compound as the vocabulary knows it: the word, a prefix entry or its stem."""
        english = self.exact.get((word,))
        if english is None:
            english, used = self._match([word], 0)
            english = english if used else None
        if english is None and (stemmer := _stemmer(self.language)) is not None:
            english = self.stems.get(stemmer.stemWord(word))
        return english or None


_PART_MIN = 4  # letters of the shortest part a compound is split into ("zoll", "gras")

# What a question starting the English way starts with, and the question words and requests that
# make it a question of another kind: the reading's own word lists, plus greetings and modals.
_QUESTION_WORDS = WH_WORDS | {"whom"}
_ASKING = (
    _QUESTION_WORDS
    | REQUESTS
    | POLAR
    | LEAD_FILLERS
    | {"or", "hello", "hi", "hey", "thanks", "thank", "bye", "can", "could", "would", "should", "will"}
    # "Nombre de cibles …?": a sentence that opens naming a count or a list asks for it
    | {"number", "total", "amount", "count", "share", "percentage", "proportion", "list"}
)


_AFTER_COMPARED = re.compile(r"\b(\d[\d.,]*)\s+([a-z]+)\s+(more|less|fewer)\b(?!\s+than)")
# "περισσότερες από", "više od", "më shumë se": a gloss says "more ... from"; English says "than"
# (not "više zemalja iz EU nego izvan": "more countries from the EU than outside", a "than" of its own)
_MORE_FROM = re.compile(
    r"\b(more|less|fewer|bigger|larger|smaller)\b((?:\s+\w+){0,8}?)\s+from\b(?![^?.!]*\bthan\b)"
)
# a "not" after the word it negates, ending its clause, as Turkish puts "değil" ("insan, araç değil": people,
# not vehicles); not "or not", "… is it not", which end a question in English too
_NOT_AFTER = re.compile(
    r"\b(?!(?:or|if|whether|why|and|do|does|did|is|was|are|were|it|that|this|of|could|can|will|would|have|has|had)\b)"
    r"([a-z]{3,}) not\b(?=\s*(?:[?.!,;]|$))"
)
_HOW_MUCH_MORE_LAST = re.compile(
    r"^(?P<a>[a-z][a-z ]*?) (?P<b>[a-z]+(?: number)?) than how (?P<q>much|many) (?:more|fewer|less)\b"
)
_TIMES_LAST = re.compile(r"^(?P<a>[a-z][a-z ]*? number) (?P<b>[a-z]+ number) how many times\b")
_MORE_OF = re.compile(
    r"\b(more|less|fewer|bigger|larger|smaller|greater|higher|lower)\b((?:\s+\w+){1,6}?)\s+of\b(?![^?.!]*\bthan\b)"
)
_DRAWN_OUT = re.compile(r"([^\W\d_])\1{2,}")
_TOO_THEN_ASKS = re.compile(r"\btoo\s+(?=(?:how|which|what|where|who|when|in which|in what)\b)")


_TAG_WORDS = frozenset({"true", "false", "or", "not", "right", "wrong", "correct", "incorrect", "really"})
_MARKED = "qqyesnoqq"  # where a yes/no marker stood, until the sentences are known


def _asked_yes_no(sentence: str) -> str:
    """The marker at the head of what is asked: after a lead-in with a colon ("anyway, my question is:
    were …"), not before it."""
    head, colon, asked = sentence.rpartition(": ")
    if not colon or len(asked.split()) < 3:
        head, asked = "", sentence
    if any(  # a question of its own, not a tag ("…, is it coherent?")
        len(p.split()) >= 4 and p.split()[0].lower() in _AUXILIARIES for p in re.split(r",\s*", asked)
    ):
        return (
            sentence  # "only to confirm: was Frontex part of it?", "the 300 kilos, was it …?": asked already
        )
    return f"{head}: {YES_NO} {asked}" if head else f"{YES_NO} {sentence}"


_AUXILIARIES = frozenset(POLAR | {"can", "could"})  # what opens a yes/no question of its own


def _yes_no(sentence: str) -> str:
    """A question of three words or more that asks nothing with a question word is a yes/no question,
    whatever its word order: "Il centro era a Belgrado?", "Η επιχείρηση συντονίστηκε από την Αθήνα;".
    Said the English way, so the reading checks it."""
    if _MARKED in sentence:  # "…, Atina'da mı oldu?": a marker makes its sentence a yes/no question
        sentence = " ".join(sentence.replace(_MARKED, " ").split())
        sentence = re.sub(r"\s+([?.!,;:])", r"\1", sentence)
        words = re.findall(r"[a-z]+", sentence.lower())
        if any(w in _QUESTION_WORDS for w in words):
            return sentence  # "which app was it, Telegram mı?" asks which
        return _asked_yes_no(sentence)
    words = re.findall(r"[a-z]+", sentence.lower())
    if not sentence.endswith("?") or len(words) < 3 or words[0] in _ASKING or set(words) <= _TAG_WORDS:
        return sentence  # "Vrai ou faux ?": a tag on the sentence before, already a question
    if any(w in _QUESTION_WORDS for w in words) or REQUESTS & set(words[:2]):
        return sentence
    return _asked_yes_no(sentence)


def _tokens(text: str) -> list[str]:
    return [t for t in _WORD.findall(text) if t.strip()]


@cache
def _stemmer(code: str) -> Any:
    name = STEMMERS.get("sr" if code in HBS else code)
    if name is None:
        return None
    import Stemmer

    return Stemmer.Stemmer(name)


def country_names(language: str, english: Mapping[str, str]) -> dict[str, str]:
    """Each country's name in the language, from pycountry's translations (iso3166-1)."""
    translate = _translation(language)
    if translate is None:
        return {}
    out = {}
    for code, name in english.items():
        local = _local_country(translate, code, name)
        if local and local != name:
            out[code] = local
    return out


def _local_country(translate: Any, code: str, name: str) -> str | None:
    import pycountry

    country = pycountry.countries.get(alpha_2=code)
    for candidate in (
        getattr(country, "common_name", None),
        getattr(country, "name", None),
        name,
    ):
        if candidate:
            local = translate(candidate)
            if local != candidate:
                return str(re.sub(r",.*$", "", local))
    return None


@cache
def _translation(language: str) -> Any:
    import gettext

    import pycountry

    try:  # Serbian answers are written in Latin letters (Cyrillic ones are transliterated from them)
        names = ["sr@latin", "sr"] if language == "sr" else [language]
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=names).gettext
    except OSError:
        return None


# ---------------------------------------------------------------- detecting


class _ByInitial(Mapping[str, int]):
    """A word index kept as one pickled chunk per initial letter, each unpickled when a word with
    that initial is first looked up: a message reads a handful of the ~17,000 words, and a start-up
    detecting its language need not make them all."""

    def __init__(self, chunks: dict[str, bytes]):
        self._chunks = chunks
        self._parts: dict[str, dict[str, int]] = {}

    @classmethod
    def of(cls, words: Mapping[str, int]) -> _ByInitial:
        if isinstance(words, _ByInitial):
            return words
        import pickle

        parts: dict[str, dict[str, int]] = {}
        for word, bits in words.items():
            parts.setdefault(word[:1], {})[word] = bits
        return cls({initial: pickle.dumps(part, pickle.HIGHEST_PROTOCOL) for initial, part in parts.items()})

    def _part(self, initial: str) -> dict[str, int]:
        part = self._parts.get(initial)
        if part is None:
            import pickle

            chunk = self._chunks.get(initial)
            part = self._parts[initial] = pickle.loads(chunk) if chunk is not None else {}
        return part

    def __getitem__(self, word: str) -> int:
        return self._part(word[:1])[word]

    def get(self, word: str, default: Any = None) -> Any:
        return self._part(word[:1]).get(word, default)

    def __iter__(self) -> Iterator[str]:
        for initial in self._chunks:
            yield from self._part(initial)

    def __len__(self) -> int:
        return sum(len(self._part(initial)) for initial in self._chunks)

    def __reduce__(self) -> tuple[Any, ...]:
        return _ByInitial, (self._chunks,)


class Vocabulary:
    """Which languages know each word: what detecting needs of the glosses, merged into one index
    (languages as bits: compact), so an English chat never holds ten glosses, and a cold start reads
    it from the load cache instead of building every gloss."""

    def __init__(
        self,
        bits: dict[str, int],
        exact: Mapping[str, int],  # word -> the languages knowing it
        prefix: Mapping[str, int],  # a `*` key's start -> the languages knowing it
        stems: Mapping[str, int],  # a Snowball stem -> the languages knowing a word with it
    ):
        self.bits, self.exact, self.prefix, self.stems = bits, exact, prefix, stems
        self._starting: dict[str, Vocabulary] = {}

    def starting(self, initial: str) -> Vocabulary:
        """The index of the words starting with `initial`, which is all one word's lookups need (its
        prefixes start alike), as plain dicts whatever the index was read from."""
        if not isinstance(self.exact, _ByInitial):
            return self  # built in this process: plain dicts already
        found = self._starting.get(initial)
        if found is None:
            parts = (words._part(initial) for words in (self.exact, self.prefix, self.stems))  # type: ignore[attr-defined]
            found = self._starting[initial] = Vocabulary(self.bits, *parts)
        return found

    def __reduce__(self) -> tuple[Any, ...]:
        """Stored in the load cache as one chunk per initial letter (_ByInitial)."""
        return Vocabulary, (self.bits, *(_ByInitial.of(m) for m in (self.exact, self.prefix, self.stems)))

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
            for marker in gloss.markers:  # "… 300 kilo muymuş": the question particle is the language's own
                if len(marker) >= 4:
                    exact[marker] = exact.get(marker, 0) | bit
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
        self._greek: Greeklish | None = None

    def detect(self, text: str, prior: str | None = None) -> str:
        prior = prior if prior in self.codes else None
        text = text[:_GUESS_CHARS]  # the start of a message tells its language; a flood only costs time
        text = _DRAWN_OUT.sub(r"\1", text)  # "ciaooo": "ciao", as the gloss reads it too
        letters = [w for w in re.findall(r"[^\W\d_]+", text) if w.lower() not in self.neutral]
        if prior == ENGLISH and any(len(w) > 1 for w in letters):
            letters = [w for w in letters if len(w) > 1]  # "n non EU w S?" in an English chat: texting
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
        if "el" in self.codes and _GREEK_LETTERS.search(lowered):
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
        if not latin:  # Croatian is never written in Cyrillic, Bosnian hardly: Serbian or Macedonian
            known = {c: n for c, n in known.items() if c not in ("hr", "bs") or "sr" not in known}
            if "mk" in known:  # "операцијата", "текстот", "во": the article Macedonian adds, its "in"
                known["mk"] += 0.5 * len(_MK_MARKS.findall(lowered))
        others = max((n for c, n in known.items() if c != ENGLISH), default=0)
        if not foreign and known[ENGLISH] >= 0.6 * len(english_words) and known[ENGLISH] > others:
            return ENGLISH  # plain English
        if latin and not foreign and "el" in self.vocabulary.bits and "el" in self.codes:
            greek, found = self._greeklish().to_greek(fold(" ".join(letters)))  # the words counted above
            said = self._count(fold(greek)).get("el", 0) if found >= 2 else 0
            if said >= 2 and said > max(known.values()):
                return "el"  # "re poses sfaires vrikan??": Greek typed in Latin letters
        best = max(known.values())
        tied = [c for c, n in known.items() if n == best]
        if "sr" in tied and not latin and set(tied) <= HBS:
            return "sr"  # Cyrillic that Serbian, Croatian and Bosnian all know is Serbian
        if len(letters) == 1 and best >= 1 and len(tied) == 1:
            return tied[0]  # "Moin!": one word one language knows whole, another only by its stem
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
            # unless other words are ones English lacks: "Je li cyber patrola pratila i dark web?"
            lacking = [w for w in english_words if not self.english_known([w])]
            own = {c: n for c, n in self._count(fold(" ".join(lacking))).items() if c in tied and n >= 1.5}
            if own:
                most = max(own.values())
                return next(c for c in (prior, guess, *own) if c in own and own[c] == most)
            return ENGLISH
        if "sq" in near and "ë" in lowered:  # "Sa kokainë u kap në fund?": the letter Albanian writes most
            return "sq"
        if guess in near and guess != ENGLISH:  # close counts: lingua tells "heroinë" (Albanian) from French
            return guess
        return next((c for c in (guess, ENGLISH) if c in tied), tied[0])

    def _greeklish(self) -> Greeklish:
        """The Greek words detecting knows, by sound (built on the first Latin message)."""
        if self._greek is None:
            bit = self.vocabulary.bits["el"]
            words = [w for w, b in _greek_entries(self.vocabulary.exact) if b & bit]
            starts = [w for w, b in _greek_entries(self.vocabulary.prefix) if b & bit]
            self._greek = Greeklish(words, starts)
        return self._greek

    def _count(self, folded: str) -> dict[str, float]:
        """How many of the words each language's vocabulary knows: a whole word counts one, a word
        only its prefix keys or stems cover counts half (as a typo of an English word does)."""
        counts: dict[str, float] = {}
        for token in re.findall(r"[^\W\d_]+", folded):
            if len(token) > _LONGEST_WORD:
                continue  # "xxxx…": no word of any language, and its prefixes would cost quadratic time
            known = self.vocabulary.starting(token[:1])
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


def _greek_entries(words: Mapping[str, int]) -> Iterable[tuple[str, int]]:
    """The words of an index that start with a Greek letter (only those chunks, when chunked)."""
    if isinstance(words, _ByInitial):
        return [item for c in _GREEK_INITIALS for item in words._part(c).items()]
    return [(w, b) for w, b in words.items() if w[:1] in _GREEK_INITIALS]


_GREEK_INITIALS = "αβγδεζηθικλμνξοπρστυφχψω"
_GREEK_LETTERS = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")
_GUESS_CHARS = 600
_LONGEST_WORD = 40


def _is_latin(word: str) -> bool:
    """Written in Latin letters, accents or not ("kokain", "ğ", "ë"), not Greek or Cyrillic."""
    return all("LATIN" in unicodedata.name(c, "") for c in word)


_OWN_LETTERS = (("[ѓќѕѐѝ]", "mk"), ("[ђћ]", "sr"))
_MK_MARKS = re.compile(r"(?<![а-ш])(?:[а-шјљњџ]{3,}(?:от|ото|ата)|во)(?![а-шјљњџ])")

# Languages told apart so that their speakers hear "I answer in English; I speak …" rather than a
# misreading as a language they do not write (none is close kin of a supported one).
UNSUPPORTED = ("es", "pt", "ru")


# what chat writes in any language ("wow, 310?", "lol ok"): no sign of one
_CHAT_WORDS = ("wow", "lol", "lmao", "omg", "bruh", "haha", "hahaha", "xd", "wtf", "ahah", "ahaha")


def neutral_names(store: Any) -> frozenset[str]:
    """Words that tell no language apart: the agencies', the operation's and the countries'
    names as English writes them."""
    from jadbot.normalize import normalize

    names = {"europol", "empact", "jad", "see", "kg", "kilo", "kilos", *_CHAT_WORDS}
    for agency, aliases in store.agencies.items():
        names.update(normalize(" ".join((agency, *aliases))).split())
    for code in (*store.eu, *store.non_eu):
        names.update(normalize(store.countries.name(code)).split())
    return frozenset(n for n in names if len(n) > 2 and n not in ENGLISH_FUNCTION_WORDS)


# English's own small words, as the detector counts them: the reading's function words and these.
ENGLISH_FUNCTION_WORDS = FUNCTION_WORDS | frozenset(
    "all be but he hello her hey hi his i if its less more my no not okay or our per please she than thank thanks these us vs we whom yes you your".split()  # noqa: SIM905
)


# ---------------------------------------------------------------- answering in a language


def localize(
    store: Any, intents: Any, language: Language, gloss: Gloss, names: Mapping[str, str] | None = None
) -> tuple[Any, Any]:
    """The facts and intents as the language says them: its words for units, texts and lists,
    numbers by its locale, its templates and titles, and its examples (glossed) beside English's.
    Whatever the file leaves out stays English. `names`: `country_names` of the language, when
    known already."""
    import copy

    from jadbot.facts import Figure, Items, Text
    from jadbot.render import Wording

    names = dict(names) if names is not None else country_names(language.code, store.countries.names)
    for key, english in language.countries.items():  # Kosovo and what pycountry does not translate
        code = store.countries.lookup(english)
        if code and code not in names and not key.endswith("*"):
            names[code] = key if not key.islower() else key[:1].upper() + key[1:]
    facts = dict(store.facts)
    for ref, words in language.facts.items():
        fact = facts.get(ref)
        update: dict[str, Any] = {}
        if isinstance(fact, Figure):
            update = {k: v for k, v in (("unit", words.unit), ("detail", words.detail)) if v is not None}
        elif isinstance(fact, Text) and words.text:
            update = {"text": words.text}
        elif isinstance(fact, Items) and words.items:
            update = {"items": tuple(words.items)}
        if update:
            facts[ref] = fact.replace(**update)  # type: ignore[union-attr]
    wording = Wording(
        language=language.code,
        locale=language.locale,
        conjunctions={"and": "and", "or": "or", **language.conjunctions},
        qualifiers={**Wording().qualifiers, **language.qualifiers},
        country_names=names,
        verdict={**Wording().verdict, **language.verdict},
        **(language.symbols or Wording.symbols(language.locale)),
    )
    local_store = store.replace(facts=facts, wording=wording)
    local = copy.copy(intents)
    local.responses = {**intents.responses, **language.responses}
    local.texts = {**intents.texts, **{k: v for k, v in language.texts.items() if not isinstance(v, dict)}}
    for key, value in language.texts.items():  # subjects, commands: per entry
        if isinstance(value, dict):
            local.texts[key] = {**intents.texts.get(key, {}), **value}
    relations = {**intents.phrases.get("relations", {}), **language.phrases.get("relations", {})}
    local.phrases = {**intents.phrases, **language.phrases, "relations": relations}
    local.intents = {}
    for intent_id, intent in intents.intents.items():
        words = language.intents.get(intent_id)
        if words is None:
            local.intents[intent_id] = intent
            continue
        update = {"examples": (*intent.examples, *(gloss(e) for e in words.examples))}
        if words.title:
            update["title"] = words.title
        if words.answer and intent.answer is not None:
            update["answer"] = words.answer
        if words.answers and intent.answers is not None:
            update["answers"] = {**intent.answers, **words.answers}
        local.intents[intent_id] = intent.replace(**update)
    return local_store, local


# ---------------------------------------------------------------- checking the files

_PLACEHOLDER = re.compile(r"\{([a-z_][a-z0-9_]*(?:\.[a-z0-9_]+)?)(?::[a-z]+)?\}")


def check_languages(languages: Languages, store: Any, intents: Any) -> tuple[list[Problem], list[str]]:
    """Problems (file:line) and warnings (what is not translated yet) of every language file.

    A translation uses the slots of its English template and only fact references the English one
    uses (it may leave one out: not-reported answers state no figure); everything else is what
    intents.yaml's own check enforces (no typed-in figures, known references)."""
    from jadbot.errors import did_you_mean
    from jadbot.facts import Figure, Items, Text
    from jadbot.intents import PHRASE_SLOTS, RESPONSE_SLOTS, SLOT_VALUES
    from jadbot.languageschema import read_language_file
    from jadbot.render import check_template

    problems: list[Problem] = []
    warnings: list[str] = []
    english_texts: dict[str, Any] = intents.texts
    for code, path in languages.available.items():
        try:
            data, located = read_language_file(path)
        except DataError as exc:
            problems.extend(exc.problems)
            continue
        if data.language != code:
            problems.append(
                located.problem(("language",), f"language {data.language!r} in a file named {code}")
            )
        if data.inherit and (data.inherit not in languages.available or data.inherit == code):
            problems.append(located.problem(("inherit",), f"inherit: no language {data.inherit!r}"))

        def compare(
            where: tuple[Any, ...],
            template: str,
            english: str,
            slots: set[str],
            label: str,
            located: Any = located,
        ) -> None:
            for message in check_template(store, template, slots):
                problems.append(located.problem(where, f"{label}: {message}"))
            mine = set(_PLACEHOLDER.findall(template))
            theirs = set(_PLACEHOLDER.findall(english))
            added = sorted(p for p in mine - theirs if "." in p)
            if added:
                problems.append(
                    located.problem(where, f"{label}: references {', '.join(added)}, which English does not")
                )
            dropped = sorted(p for p in theirs - mine if "." not in p and p in slots)
            if dropped:
                problems.append(located.problem(where, f"{label}: leaves out {{{', '.join(dropped)}}}"))

        for key, template in data.responses.items():
            if key not in RESPONSE_SLOTS:
                hint = did_you_mean(key, RESPONSE_SLOTS)
                problems.append(
                    located.problem(("responses", key), f"responses: unknown response {key!r}{hint}")
                )
                continue
            compare(
                ("responses", key),
                template,
                intents.responses.get(key, ""),
                set(RESPONSE_SLOTS[key]),
                f"responses.{key}",
            )
        for key, value in data.phrases.items():
            if key not in PHRASE_SLOTS:
                problems.append(located.problem(("phrases", key), f"phrases: unknown phrase {key!r}"))
                continue
            if key == "relations":  # a word for every relation the English names, or the key shows
                missing = sorted(set(intents.phrases.get("relations", {})) - set(value or {}))
                if missing:
                    problems.append(
                        located.problem(("phrases", key), f"phrases.relations: missing {missing}")
                    )
                continue
            extra = set(_PLACEHOLDER.findall(str(value))) - PHRASE_SLOTS[key]
            if extra:
                problems.append(
                    located.problem(("phrases", key), f"phrases.{key}: unknown slot(s) {sorted(extra)}")
                )
        for ref, words in data.facts.items():
            fact = store.facts.get(ref)
            if fact is None:
                hint = did_you_mean(ref, store.facts)
                problems.append(located.problem(("facts", ref), f"facts: no fact {ref!r}{hint}"))
            elif (words.unit or words.detail) and not isinstance(fact, Figure):
                problems.append(
                    located.problem(("facts", ref), f"facts.{ref}: not a figure (no unit or detail)")
                )
            elif words.text and not isinstance(fact, Text):
                problems.append(located.problem(("facts", ref), f"facts.{ref}: not a text fact"))
            elif words.items and not (isinstance(fact, Items) and len(words.items) == len(fact.items)):
                problems.append(
                    located.problem(("facts", ref), f"facts.{ref}: items must match the fact's list")
                )
        for key, value in data.texts.items():
            if english_texts and key not in english_texts:
                problems.append(located.problem(("texts", key), f"texts: unknown text {key!r}"))
            elif isinstance(value, str) and isinstance(english_texts.get(key), str):
                extra = set(_PLACEHOLDER.findall(value)) - set(_PLACEHOLDER.findall(english_texts[key]))
                if extra:
                    problems.append(
                        located.problem(("texts", key), f"texts.{key}: unknown slot(s) {sorted(extra)}")
                    )
        for intent_id, words in data.intents.items():
            at = ("intents", intent_id)
            intent = intents.intents.get(intent_id)
            if intent is None:
                hint = did_you_mean(intent_id, intents.intents)
                problems.append(located.problem(at, f"intents: no intent {intent_id!r}{hint}"))
                continue
            slots = set(SLOT_VALUES[intent.slot]) if intent.slot else set()
            if intent.kind == "not_reported":  # says what is not reported; a figure would read as the answer
                for where, template in [("answer", words.answer or ""), *(words.answers or {}).items()]:
                    figures = [r for r in _PLACEHOLDER.findall(template) if _is_figure(store, r)]
                    if figures:
                        problems.append(
                            located.problem(
                                (*at, where) if where == "answer" else (*at, "answers", where),
                                f"{intent_id}: a not-reported answer states no figure ({{{figures[0]}}})",
                            )
                        )
            if words.answer is not None:
                if intent.answer is None:
                    problems.append(
                        located.problem((*at, "answer"), f"{intent_id}: English uses 'answers' per outcome")
                    )
                else:
                    compare((*at, "answer"), words.answer, intent.answer, slots, intent_id)
            for outcome, template in (words.answers or {}).items():
                english = (intent.answers or {}).get(outcome)
                if english is None:
                    problems.append(
                        located.problem(
                            (*at, "answers", outcome), f"{intent_id}: unknown outcome {outcome!r}"
                        )
                    )
                else:
                    compare((*at, "answers", outcome), template, english, slots, f"{intent_id}.{outcome}")
        merged = languages.get(code) if not problems else None
        if merged is None:
            continue
        missing = [i for i in intents.intents if not _translated(merged.intents.get(i), intents.intents[i])]
        if missing:
            warnings.append(
                f"{path}: {len(missing)} intent(s) not translated: {', '.join(missing[:8])}"
                + (" …" if len(missing) > 8 else "")
            )
        untold = [k for k in intents.responses if k not in merged.responses]
        if untold:
            warnings.append(f"{path}: responses not translated: {', '.join(untold)}")
        if english_texts:
            absent = [k for k in english_texts if k not in merged.texts]
            if absent:
                warnings.append(f"{path}: texts not translated: {', '.join(absent)}")
    return problems, warnings


def _is_figure(store: Any, ref: str) -> bool:
    from jadbot.facts import Figure

    return ref in store.derived or isinstance(store.facts.get(ref), Figure)


def _translated(words: IntentWords | None, intent: Any) -> bool:
    if words is None or not words.title or not words.examples:
        return False
    if intent.answer is not None:
        return bool(words.answer)
    return set(intent.answers or {}) <= set(words.answers or {})
