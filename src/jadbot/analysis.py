"""From a message to comparable tokens: spelling, entities, synonyms, stems, claimed figures.

The same analyser runs over intent examples and user questions, so "coke", "cocaine" and
"cocain" all meet as one stem, and "Did Greece take part" and "was Belgium in it" share the
`@country` token while the country itself goes to the slot.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

import snowballstemmer
from rapidfuzz import process
from rapidfuzz.distance import OSA

from jadbot.countries import CountryIndex
from jadbot.normalize import normalize

COUNTRY = "@country"
AGENCY = "@agency"
NUMBER = "@number"
_SEGMENT = re.compile(
    r"[?!;\n]+|\.(?!\d)|\s+(?:also|plus also|and also|as well as)\s+"
    r"|(?:,|\s\+)\s*(?=(?:and\s+|also\s+|plus\s+|so\s+|anyway\s+|but\s+)?"
    r"(?:how|what|who|which|where|when|why|did|was|were|is|are|can|could|do|does|tell|give)\b)",
    re.I,
)
_YEAR_BEFORE = {"in", "during", "since", "of", "for", "from", "year", "until", "before", "after", "by", "the"}
_PERIOD = re.compile(
    # not "for next week" / "by next week": when the asker needs it, not a period asked about
    r"(?<!\bfor )(?<!\bby )(?<!\buntil )\b(?:last|this|next|previous|each|every|per)\s+"
    r"(?:year|month|week|summer|winter|spring|autumn|decade)\b"
    r"|\bannually\b|\byearly\b|\bthese days\b|\bnowadays\b"
    r"|\b(?:the )?(?:year|month|week) before\b|\b(?:previous|earlier|last|past|next|future) (?:editions?|rounds?|jad see|operations?)\b",
    re.I,
)
_LETTER = re.compile(
    r"\b(?:letter|with|starting|beginning|begin|start|starts|begins)\s+(?:with\s+)?(?:the\s+|an?\s+(?=[a-z]\b))?"
    r"(?:letter\s+)?([a-z])\b"
)
# "more or less than 1,000", "over or under 1,000": the side before "or" names the other way round
_EITHER_SIDE = frozenset({"more", "less", "fewer", "over", "under", "above", "below", "bigger", "smaller"})
_FILED = frozenset(
    (
        "grouped",
        "listed",
        "lumped",
        "filed",
        "falls",
        "fall",
        "fell",
        "comes",
        "come",
        "came",
        "included",
        "counted",
        "put",
        "goes",
        "go",
        "went",
        "hidden",
        "hides",
        "hide",
    )
)
_COMPARATORS = {
    ("more", "than"): "over",
    ("over",): "over",
    ("above",): "over",
    ("exceeding",): "over",
    ("at", "least"): "over",
    ("less", "than"): "under",
    ("fewer", "than"): "under",
    ("under",): "under",
    ("below",): "under",
    ("more", "or", "less"): "about",
    ("about",): "about",
    ("around",): "about",
    ("roughly",): "about",
    ("approximately",): "about",
    ("approx",): "about",
    ("circa",): "about",
    ("nearly",): "about",
    ("almost",): "about",
    ("exactly",): "exact",
    ("exceeded",): "over",
    ("exceeds",): "over",
    ("exceed",): "over",
    ("beyond",): "over",
    ("crossed",): "over",  # "did the number of persons checked cross 200,000?", as a gloss leaves "prešao"
    ("passed",): "over",
    ("surpassed",): "over",
    ("topped",): "over",
    ("upwards", "of"): "over",
    ("in", "excess", "of"): "over",
    ("north", "of"): "over",
}
_FRACTIONS = {
    "half": 50.0,
    "third": 100 / 3,
    "thirds": 100 / 3,
    "quarter": 25.0,
    "quarters": 25.0,
    "fifth": 20.0,
    "fifths": 20.0,
    "tenth": 10.0,
    "tenths": 10.0,
}
_HALVED = [[w] for w in ("ton", "tonne")]  # "half a million" is 500000 already (normalize)
_MULTIPLIERS = {
    "thousand": 1_000,
    "million": 1_000_000,
    "ton": 1_000,
    "tons": 1_000,
    "tonne": 1_000,
    "tonnes": 1_000,
}
_STEMMER = snowballstemmer.stemmer("english")
MIN_CORRECTABLE = 4  # shorter words are left alone: too many real words are one edit apart
# fmt: off
# Words that add nothing to what a yes/no question asks ("were parcels checked *too*?").
LIGHT_WORDS = frozenset((
    "the", "a", "an", "any", "some", "of", "in", "on", "at", "by", "for", "to", "from", "with", "it",
    "they", "them", "this", "that", "there", "too", "also", "so", "really", "actually", "then", "well",
    "ok", "and", "during", "as", "part", "operation", "op", "action", "involved", "among", "include",
    "included", "including", "one", "those", "whose", "tho", "though", "here", "still", "like", "actual", "literally",
    "even",
))
# ...and the words of a question that name no topic at all ("did they", "tell me how many").
FUNCTION_WORDS = LIGHT_WORDS | frozenset((
    "was", "were", "did", "do", "does", "is", "are", "has", "have", "had", "what", "which", "how", "who",
    "where", "when", "why", "whats", "whose", "many", "much", "like", "tell", "me",
    "find", "found", "get", "got", "take", "took", "say", "said", "know", "anyone", "anybody", "someone",
    "somebody", "yet", "been",
))
# fmt: on


@cache
def english_words() -> frozenset[str]:
    """Common English words (english_words.txt): real words are not typos of a domain word."""
    text = Path(__file__).with_name("english_words.txt").read_text(encoding="utf-8")
    return frozenset(w for line in text.splitlines() if not line.startswith("#") for w in line.split())


@dataclass(frozen=True)
class Claim:
    """A figure the user quotes: "over a ton", "24,000", "about 600"."""

    value: float
    comparator: str  # over | under | about | exact | is | either ("more or less than 1,000?")
    words: str  # as typed, for the reply
    percent: bool = False  # "over 70%", "more than a third": a share, not a count
    given: bool = False  # "did any of *the 626 kilos* come through Bar?": taken as given, not claimed


@dataclass
class Analysis:
    """What the matcher and the slot resolvers need from one message (or one clause of it)."""

    text: str
    tokens: list[str]  # surface tokens after spelling, entities and synonyms
    stems: list[str]
    countries: list[str] = field(default_factory=list)  # ISO codes, in order, no repeats
    agencies: list[str] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    letter: str | None = None
    letters: tuple[
        str, ...
    ] = ()  # "begin with A, B or C": every letter asked (`letter` is the one after "with")
    period: bool = False  # names a year or period: the statement's totals are not about that
    other_operation: bool = False  # "operation Trojan Shield": some other operation, named
    non_eu: bool = False  # asks about the non-EU group: "is Greece among the non-EU countries"


class Analyzer:
    """Built once per data load; `analyze` is pure and cached per distinct text."""

    def __init__(
        self,
        synonyms: dict[str, list[str]],
        countries: CountryIndex,
        agencies: dict[str, tuple[str, ...]],
        vocabulary_texts: list[str],
        ignore: list[str] | tuple[str, ...] = (),
        named_agencies: tuple[str, ...] = (),
    ):
        self.countries = countries
        self.english = english_words()
        self.named_agencies = set(named_agencies)
        self.agency_phrases: dict[tuple[str, ...], str] = {}
        for name, aliases in agencies.items():
            for variant in (name, *aliases):
                key = tuple(normalize(variant).split())
                if key:
                    self.agency_phrases.setdefault(key, name)
        # keyed by stems, so "detain", "detained" and "detaining" all hit the variant "detained"
        self.synonyms: dict[tuple[str, ...], tuple[str, ...]] = {}
        # each variant as written, looked up first: "including" (skipped) and "included" (took part)
        # share a stem, and so do "organised" (coordinated) and "organisations" (agencies)
        self.spelled: dict[tuple[str, ...], tuple[str, ...]] = {}
        # a variant sharing its stem with another canonical word counts as written only: "purely" (only)
        # and "pure" (purity) share one
        canonicals = {self._stem_key(canonical) for canonical in synonyms}
        for canonical, variants in synonyms.items():
            target = tuple(normalize(canonical).split())
            for variant in variants:
                key = self._stem_key(variant)
                if key and key != self._stem_key(canonical):
                    if key not in canonicals:
                        self.synonyms[key] = target
                    self.spelled[tuple(normalize(variant).split())] = target
        for filler in ignore:
            key = self._stem_key(filler)
            if key:  # "stated" is skipped, and "states" stays the countries it shares a stem with
                self.synonyms.setdefault(key, ())
                self.spelled[tuple(normalize(filler).split())] = ()
        self.longest = max(
            [countries.longest, *(len(k) for k in self.agency_phrases), *(len(k) for k in self.synonyms), 1]
        )
        vocab: set[str] = set()
        for text in vocabulary_texts:
            vocab.update(normalize(text).split())
        for phrases in (countries.phrases, self.agency_phrases):
            for key in phrases:
                vocab.update(key)
        for variants in synonyms.values():
            for variant in variants:
                vocab.update(normalize(variant).split())
        vocab.update(w for filler in ignore for w in normalize(filler).split())
        for target in self.synonyms.values():
            vocab.update(target)
        self.vocabulary = vocab
        self.vocabulary_stems = {self.stem(w) for w in vocab}
        self._by_initial: dict[str, list[str]] = {}
        for word in sorted(vocab):
            if len(word) >= 4 and word.isalpha():
                self._by_initial.setdefault(word[0], []).append(word)
        self.analyze = lru_cache(maxsize=4096)(self._analyze)  # type: ignore[method-assign]

    # -- spelling

    def correct(self, word: str) -> str:
        """The vocabulary word within one edit (two past seven letters) sharing the first letter;
        a common English word stays itself ("like" is not a typo of "life")."""
        if word in self.vocabulary or len(word) < MIN_CORRECTABLE or not word.isalpha():
            return word
        if word in self.english and self.stem(word) not in self.vocabulary_stems:
            return word
        corrected = self._correct(word)
        if word in self.english and self.stem(corrected) != self.stem(word):
            return word  # "working" is no typo of "wording": a known word keeps its own stem
        return corrected

    @lru_cache(maxsize=8192)  # noqa: B019 - one Analyzer per load, bounded cache
    def _correct(self, word: str) -> str:
        limit = 1 if len(word) <= 7 else 2
        candidates = self._by_initial.get(word[0], [])
        best = process.extractOne(word, candidates, scorer=OSA.distance, score_cutoff=limit)
        return best[0] if best else word

    # -- the pipeline

    def _analyze(self, text: str) -> Analysis:
        norm = normalize(_prepare(text))
        words = _drop_comparators([self.correct(w) for w in norm.split()])
        tokens: list[str] = []
        countries: list[str] = []
        agencies: list[str] = []
        i = 0
        stems = [self.stem(w) for w in words]
        while i < len(words):
            step, emitted = self._phrase_at(words, stems, i, countries, agencies)
            tokens.extend(emitted)
            i += step
        stems = [self.stem(t) for t in tokens if t != NUMBER]  # the figure goes to `claims`, not matching
        return Analysis(
            text=text,
            tokens=tokens,
            stems=stems,
            countries=countries,
            agencies=agencies,
            claims=_claims(norm.split(), _separated(text)),
            letter=_letter(norm),
            letters=_letters(norm),
            period=bool(_PERIOD.search(norm))
            or any(_is_year(norm.split(), i, _separated(text)) for i in range(len(norm.split()))),
            other_operation=self._names_other_operation(text, norm),
            non_eu=bool(_NON_EU.search(norm) or (countries and _OUTSIDE.search(norm)) or "noneu" in tokens),
        )

    def _names_other_operation(self, text: str, norm: str) -> bool:
        """ "operation Trojan Shield", "op pandora": a name this statement never uses. A name is a
        word after "operation" that is neither in the intents' vocabulary nor common English,
        or one written with a capital letter that the vocabulary does not know."""
        if _YEAR_OPERATION.search(norm):
            return True  # "the 2019 operation in Spain": the statement dates nothing, so another one
        for match in _OPERATION_NAME.finditer(norm):
            word = match.group(1)
            if (
                word not in self.vocabulary
                and word not in self.english
                and word not in _CONNECTIVES
                and not word.startswith("jad")
                and not (word.endswith("ed") and len(word) > 5)  # "the operation situated": a verb, no name
            ):  # "this operation but I need …": a conjunction after it, no name
                return True
        for match in OPERATION_CAPITALISED.finditer(text):
            if normalize(match.group(1)) not in self.vocabulary:
                return True
        for match in NAMED_CASE.finditer(text):  # "Europol's EncroChat takedown", "the Pangea raids"
            word = normalize(match.group(1))
            if self.stem(word) not in self.vocabulary_stems and word not in self.english:
                return True
        return False

    def _stem_key(self, phrase: str) -> tuple[str, ...]:
        return tuple(self.stem(w) for w in normalize(phrase).split())

    def _phrase_at(
        self, words: list[str], stems: list[str], i: int, countries: list[str], agencies: list[str]
    ) -> tuple[int, list[str]]:
        for n in range(min(self.longest, len(words) - i), 0, -1):
            key = tuple(words[i : i + n])
            agency = self.agency_phrases.get(key)
            if agency is not None:
                if agency not in agencies:
                    agencies.append(agency)
                # a named agency is also a topic ("who did Europol work with"); others are just a slot
                return n, [*key, AGENCY] if agency in self.named_agencies else [AGENCY]
            code = self.countries.phrases.get(key)
            if code is not None:
                if code not in countries:
                    countries.append(code)
                return n, [COUNTRY]
            target = self.spelled.get(key)
            if target is None:
                target = self.synonyms.get(tuple(stems[i : i + n]))
            if target is not None:
                return n, list(target)
        word = words[i]
        return 1, [NUMBER if word[0].isdigit() else word]

    @staticmethod
    @lru_cache(maxsize=16384)
    def stem(token: str) -> str:
        if token.startswith("@"):
            return token
        return _STEMMER.stemWord(token)

    def segments(self, text: str) -> list[str]:
        """The clauses of a message, split at question marks, semicolons and "also"."""
        return [s for s in (p.strip() for p in _SEGMENT.split(text[:2000])) if s and normalize(s)]


_NON_EU = re.compile(
    r"\b(?:non ?eu|outside (?:of )?(?:the )?eu|not (?:as |like )?(?:in |from |of |an? |part of |members? (?:of )?)?(?:the )?eu"
    r"|no (?:from|in) (?:the )?eu)\b"  # glosses: "which not members eu", "which countries no from eu"
)
_OUTSIDE = re.compile(
    r"\boutside\b(?! (?:of )?(?:the )?(?:operation|statement|checks?))"
)  # "is Greece outside too?"
# function words english_words.txt leaves out (it lists content words): never an operation's name
_CONNECTIVES = FUNCTION_WORDS | frozenset(
    (
        "but",
        "or",
        "if",
        "because",
        "since",
        "while",
        "when",
        "though",
        "although",
        "i",
        "we",
        "you",
        "he",
        "she",
    )
)
_OPERATION_NAME = re.compile(r"\b(?:operation|op|operations)\s+([a-z]{3,})\b")
OPERATION_CAPITALISED = re.compile(r"\b[Oo]peration\s+([A-Z][a-z]{2,})\b")
NAMED_CASE = re.compile(
    r"\b([A-Z][A-Za-z]{2,})\s+(?:operation|operations|takedown|crackdown|raids?|bust|sting|case|investigation|probe)\b"
)
_US = re.compile(r"\b(?:US|U\.S\.?)(?=\W|$)")
_AT_LEAST = re.compile(r"\b(\d[\d,.]*)\+(?!\s*\d)")
_NOT_CLAUSE = re.compile(
    # not ", but not as an EU member": the group a country took part as, claimed
    r",\s*(?:but\s+|and\s+)?not\s+(?!(?:as |like )?(?:an? |the )?(?:eu|european union)\b)(?:[^,.;?!]|(?<=\d)[,.](?=\d))*",
    re.I,
)  # ", not cars,": what is not asked
# "how many people rather than vehicles were checked?": the thing set against what is asked, not asked
_RATHER_THAN = re.compile(
    r"\b(?:rather than|instead of|as opposed to)\s+(?:(?:on|in|at)\s+)?(?:the\s+)?(?:[a-z]+\s+){0,3}?[a-z]+"
    r"(?=\s+(?:were|was|are|is|did|do|got|get|have|had|checked|seized|found)\b|\s*[,?.!;]|\s*$)",
    re.I,
)
# "how many people did they check, actual people not cars" (but "how many were not people" asks the rest)
_NOT_AFTER = re.compile(
    r"^(?=.*\b(?:how|what|which)\b).*?\w(?<!\bwere)(?<!\bwas)(?<!\bare)(?<!\bis)(?<!\bdo)(?<!\bdid)(?<!\bwhich)(?<!\bthat)(?<!\bwho)"
    r"(\s+not\s+(?:the\s+)?[a-z]{3,}\s*[?.!]*)$",
    re.I,
)


def _prepare(text: str) -> str:
    """Fixes that need the raw text: "US" in capitals is the country; ", not cars," is an aside."""
    text = _US.sub("USA", text[:2000])
    text = _AT_LEAST.sub(r"more than \1", text)  # "1000+ places"
    text = _AND_A_HALF.sub(r"1.5 \1", text)  # "a ton and a half of drugs": 1,500 kg
    text = _NEGATIVE_TAG.sub(", right?", text)  # "…names Spain twice, doesn't it?": a tag, no "not"
    trailing = _NOT_AFTER.match(text)
    if trailing:
        text = text[: trailing.start(1)]
    text = _RATHER_THAN.sub(" ", text)
    return _NOT_CLAUSE.sub(" ", text)


_SHARE_PUT = re.compile(
    r"\b(?:were|was|are|is|like|about|roughly|around|nearly|almost|approximately|basically)$"
)
_AND_A_HALF = re.compile(r"\b(?:a|one) (tons?|tonnes?|thousand|million) and a half\b", re.I)
_NEGATIVE_TAG = re.compile(
    r",?\s*\b(?:doesn[’']?t|don[’']?t|didn[’']?t|isn[’']?t|wasn[’']?t|aren[’']?t|weren[’']?t|hasn[’']?t|haven[’']?t)"
    r"\s+(?:it|they|he|she|that|there|we|you)\s*\?*\s*$",
    re.I,
)
_WHOLE_WORDS = frozenset({"whole", "full", "entire", "complete", "good"})
_DEFINITE = frozenset({"the", "those", "these", "all"})


_ROUND_PLURALS = {"10s": "tens", "100s": "hundreds", "1000s": "thousands", "1000000s": "millions"}
_COUNTING_WHICH = frozenset(
    {"those", "these", "the", "both", "all", "them", "which", "what"}
)  # "which two …"
_UNITS_AFTER = frozenset(
    {"kg", "kgs", "kilos", "tons", "tonnes", "percent", "per", "times", "million", "thousand"}
)


def _claims(words: list[str], separated: set[str]) -> list[Claim]:
    """Figures quoted in the message, with the comparison around them."""
    claims = []
    words = [_ROUND_PLURALS.get(w, w) for w in words]  # "1000s of guns": thousands
    halved = -1  # "half a ton": the "a ton" inside it is no claim of its own
    for i, word in enumerate(words):
        value: float | None = None
        end = i + 1
        if i == halved:
            continue
        if word == "half" and words[i + 1 : i + 2] in (["a"], ["an"]) and words[i + 2 : i + 3] in _HALVED:
            value, end, halved = 0.5, i + 2, i + 1
        elif re.fullmatch(r"\d+(?:\.\d+)?", word):
            if (
                word in ("2", "3", "4")
                and i
                and words[i - 1] in _COUNTING_WHICH
                and (i + 1 == len(words) or words[i + 1] not in _UNITS_AFTER)
            ):
                continue  # "those 2", "all 3": how many figures are meant, no figure quoted
            value = float(word)
        elif word in ("a", "one") and i + 1 < len(words) and words[i + 1] in _MULTIPLIERS:
            value = 1.0  # "a ton", "a million"
        elif (
            word == "the"
            and words[i + 1 : i + 2] in (["ton"], ["tonne"])
            and (i == 0 or words[i - 1] not in ("of", "whole", "entire"))
            and not {"what", "which", "how", "who", "where", "why"} & set(words)
        ):
            value = 1.0  # "is the ton all the drugs?": the statement's ton, put to check (not "what share of the ton")
        elif (
            word in ("a", "one")
            and i + 2 < len(words)
            and words[i + 1] in _WHOLE_WORDS
            and words[i + 2] in _MULTIPLIERS
        ):
            value, end = 1.0, i + 2  # "a whole ton"
        elif word in _FRACTIONS and (i == 0 or not (words[i - 1][:1].isdigit() or words[i - 1] == "the")):
            # not "the third country on the list": an ordinal
            # "more than a third", "over half", "under two thirds": a share, in percent
            count = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4}.get(words[i - 1], 0) if i else 0
            value, end = (count or 1) * _FRACTIONS[word], i + 1
            i -= 1 if count else 0  # the comparison stands before "a" or "two"
        elif word in ("thousand", "million") and any(
            tuple(words[max(0, i - len(p)) : i]) == p for p in _COMPARATORS
        ):  # "over thousand kg", as a gloss of "над илјада" leaves it
            value, end = 1.0, i
        elif (
            word in _VAGUE_MAGNITUDES
            and (i == 0 or not (words[i - 1] in _NOT_VAGUE or words[i - 1][:1].isdigit()))
            and not (words[i - 1 : i] == ["or"] or words[i + 1 : i + 2] == ["or"])
        ):  # not "5 tons", not "in the thousands of": "5 tons" is a figure, "of thousands" part of one;
            # not "kilos or tonnes?": which unit, asked
            value, end = _VAGUE_MAGNITUDES[word], i + 1  # "millions of rounds": more than one million, twice
            if words[end : end + 2] in (["of", "thousands"], ["of", "millions"]):
                value, end = value * _VAGUE_MAGNITUDES[words[end + 1]] / 2, end + 2  # "hundreds of thousands"
            typed = " ".join(words[i:end])
            claims.append(Claim(value, "over", typed, given="how" in words))  # "thousands, how many exactly?"
            continue
        if value is None:
            continue
        if words[i - 1 : i] in (["per"], ["every"]) and words[i - 2 : i - 1] != ["one"]:
            continue  # "forged docs per 1,000 people checked?": a scale, no figure put to check
        if end < len(words) and words[end] in _MULTIPLIERS:
            value *= _MULTIPLIERS[words[end]]
            end += 1
        comparator = "is"
        said = i  # where the claim starts as typed
        # "over 300"; "more than the 120", "more than like 500": a word between, when nothing compares first
        starts = (i - 1, i) if i > 0 and words[i - 1] in _BETWEEN else (i,)  # "more than like 500": over
        if i > 1 and words[i - 1] in _SOURCED and words[i - 2] in _BETWEEN:
            starts = (i - 2, i)  # "more than the reported 120": over
        for before in starts:
            phrase = next(
                (p for p in _COMPARATORS if tuple(words[max(0, before - len(p)) : before]) == p), None
            )
            if phrase is not None:
                if phrase == ("about",) and words[before - 2 : before - 1] in (["what"], ["how"]):
                    break  # "what about the 5,252 parcels?" names the figure, it does not round it
                if phrase == ("under",) and before >= 2 and words[before - 2] in _FILED:
                    break  # "what is grouped under the 300 kilos?": under a heading, not below it
                comparator, said = _COMPARATORS[phrase], before - len(phrase)
                break
        if (
            comparator in ("over", "under")
            and said >= 2
            and words[said - 1] == "or"
            and words[said - 2] in _EITHER_SIDE
        ):
            comparator = "either"  # "more or less than a thousand?" asks which side: no Yes or No
        if comparator == "is" and words[i - 1 : i] == ["some"] and i > 0:
            comparator = "about"  # "they checked some 5,000 parcels?": a rough figure ("like" is a filler)
        if comparator == "is" and (
            words[end : end + 1] in (["something"], ["odd"]) or words[end : end + 2] == ["and", "something"]
        ):
            comparator = "over"  # "nine hundred something", "2,200 and something"
        said_words = words[max(said, 0) : end]
        typed = " ".join(  # "over a quarter of a million": "over 250,000", not "over a 250,000"
            _grouped(w)
            for k, w in enumerate(said_words)
            if not (w == "a" and said_words[k + 1 : k + 2] and said_words[k + 1][:1].isdigit())
        )
        if words[max(said, 0)] in _VERB_COMPARING:  # "not exceeded the 700": "not more than 700"
            typed = " ".join(["more than", *(_grouped(w) for w in words[i:end])])
        if comparator == "is" and i + 1 < len(words) and words[i + 1] in _WHOLE_WORDS:
            comparator = "exact"  # "a whole ton": not nearly one
        if comparator == "is" and (
            words[i : i + 2] in (["one", "ton"], ["one", "tonne"]) or words[i - 1 : i] == ["already"]
        ):
            comparator = "exact"  # "is this already one ton?": a ton reached, not "a ton" as in "loads"
        if comparator == "is" and _EXACT_WORDS & set(words[max(0, i - 4) : end + 5]):
            comparator = "exact"  # "is 22,400 the precise figure?": not "more than 22,400"
        fraction = words[end - 1] in _FRACTIONS
        if (
            fraction
            and comparator == "is"
            and (
                _SHARE_PUT.search(" ".join(words[max(0, i - 3) : i]))
                or words[:1] in (["were"], ["was"], ["are"], ["is"])
            )
        ):
            comparator = "about"  # "so cars were like half of everything checked": a share put to check
        elif fraction and comparator == "is":
            continue  # "half of the targets" names no figure
        percent = fraction or words[end : end + 1] == ["percent"] or words[end : end + 2] == ["per", "cent"]
        given = comparator == "is" and i > 0 and words[i - 1] in _DEFINITE
        if not _is_year(words, i, separated) and not (end < len(words) and words[end] in _DURATIONS):
            claims.append(Claim(value, comparator, typed, percent, given))
    return claims


_EXACT_WORDS = frozenset({"exact", "exactly", "precise", "precisely"})
# "thousands of weapons", "tons of cocaine": a size claimed without a number, at least two of the unit
_VAGUE_MAGNITUDES = {
    "tens": 20,
    "hundreds": 200,
    "thousands": 2_000,
    "millions": 2_000_000,
    "tons": 2_000,
    "tonnes": 2_000,
}
_NOT_VAGUE = frozenset({"a", "one", "how", "many", "the", "in", "by", "of"})  # "by the thousands" is a manner
_VERB_COMPARING = frozenset(
    {"exceeded", "exceeds", "exceed", "exceeding", "beyond", "topped", "tops", "surpassed"}
)
_BETWEEN = frozenset({"the", "a", "like", "roughly", "about", "around", "approximately", "approx", "maybe"})
_SOURCED = frozenset({"reported", "stated", "official", "given", "published", "quoted"})


# "deadline in 10 min", "I waited 3 hours at the border": a span of time, which no figure of the statement is
_DURATIONS = frozenset((
    "sec", "secs", "second", "seconds", "min", "mins", "minute", "minutes", "hour", "hours", "hr", "hrs",
    "day", "days", "week", "weeks", "month", "months", "year", "years", "yrs",
))  # fmt: skip


def _separated(text: str) -> set[str]:
    """Numbers typed with a thousands separator ("or was it 2,000?"): figures, never years."""
    return {re.sub(r"\D", "", m) for m in re.findall(r"\b\d{1,3}[,.\u202f\u00a0']\d{3}\b", text)}


_COMPARED_BEFORE = frozenset(
    ("than", "over", "under", "above", "below", "about", "around", "nearly", "almost", "exactly")
)


def _is_year(words: list[str], i: int, separated: set[str]) -> bool:
    """ "in 2022", "frontex budget 2024" are years; "2000 bullets" and "or was it 2,000?" (`separated`:
    typed with a thousands separator) are figures."""
    word = words[i]
    if word in separated or not (len(word) == 4 and word.isdigit() and 1900 <= int(word) <= 2100):
        return False
    if i > 0 and words[i - 1] in _COMPARED_BEFORE:
        return False  # "was it more than 2k?" (2000 once normalised): a figure compared, never a year
    return (i > 0 and words[i - 1] in _YEAR_BEFORE) or i == len(words) - 1


def _drop_comparators(words: list[str]) -> list[str]:
    """ "more than 22400 officers" matches like "22400 officers": the comparison belongs to the claim."""
    keep = [True] * len(words)
    for i, word in enumerate(words):
        if (
            word[:1].isdigit()
            or (word in ("a", "one") and words[i + 1 : i + 2] and words[i + 1] in _MULTIPLIERS)
            or word in ("thousand", "million")
        ):
            for phrase in _COMPARATORS:
                n = len(phrase)
                if i >= n and tuple(words[i - n : i]) == phrase:
                    if phrase == ("about",) and words[i - 2 : i - 1] in (["what"], ["how"]):
                        break  # "what about 77,277 vehicles?" keeps its "about": no rounding, a figure put forward
                    keep[i - n : i] = [False] * n
                    break
    return [w for w, k in zip(words, keep, strict=True) if k]


def _grouped(word: str) -> str:
    return f"{int(word):,}" if word.isdigit() else word


def _letter(norm: str) -> str | None:
    match = _LETTER.search(norm)
    return match.group(1) if match else None


_MORE_LETTERS = re.compile(r"\s*(?:,|or|and|&|/)?\s*(?:with\s+)?(?:an?\s+)?([a-z])\b")


def _letters(norm: str) -> tuple[str, ...]:
    """Every letter asked: "start with B or S" -> ("b", "s")."""
    match = _LETTER.search(norm)
    if match is None:
        return ()
    letters, at = [match.group(1)], match.end()
    more = _MORE_LETTERS.match(norm, at)
    if norm[: match.start(1)].endswith(" a ") and more and not re.search(r"\ban?\s+[a-z]\b", more.group(0)):
        letters.insert(0, "a")  # "with A, B or C": the A is a letter; not in "with a M or an S"
    while (more := _MORE_LETTERS.match(norm, at)) is not None and more.group(1) not in letters:
        letters.append(more.group(1))
        at = more.end()
    return tuple(letters)


_AGENT = re.compile(
    r"^(?:what|which|how many \w+|how much \w+) (?:did|do|does|have|had) (?:the )?(officers) \w"
)


def without_agent(analysis: Analysis) -> list[str]:
    """ "What did the police check?": the officers are who checked, not what was checked, so their
    word is no topic to match (tokens and stems are aligned)."""
    agent = _AGENT.match(" ".join(analysis.tokens))
    if agent is None:
        return list(analysis.stems)
    at = analysis.tokens.index("officers")
    return [*analysis.stems[:at], *analysis.stems[at + 1 :]]


_YEAR_OPERATION = re.compile(
    r"\b(?:19|20)\d\d (?:(?!the |this |that |its |their )[a-z]+ ){0,2}(?:operation|op|action|raid|raids|crackdown|sweep)\b"  # "the 2019 migrant smuggling op"
    r"|\b(?:operation|op|action|raid|crackdown|sweep) (?:in|of|from) (?:19|20)\d\d\b"
    r"|\b(?:19|20)\d\d (?:\w+ ){0,2}(?:report|assessment|threat assessment|annual review)\b"  # "the 2021 IOCTA report"
)
