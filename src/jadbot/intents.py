"""intents.yaml: what the bot can be asked and how it answers, editable without Python.

Shaped like Rasa NLU data: `intent`, `examples` (a `- ` block or a list), plus the answer
template, optional slot, related intents and synonyms. Loading checks every template
reference against the facts store and reports `file:line: what is wrong`.

The intents here are plain frozen dataclasses; the schema that validates the file (pydantic) is in
intentschema.py, imported only when the file is read rather than served by the load cache.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from jadbot.datafile import read_data_file
from jadbot.errors import DataError
from jadbot.facts import FactStore
from jadbot.loadcache import cache_get, cache_key, cache_put
from jadbot.records import Record

Kind = Literal["fact", "list", "yesno", "derived", "not_reported", "smalltalk", "out_of_scope"]
SlotName = Literal["entity", "country", "letter"]

# The outcomes each slot resolver can produce; an intent with a slot needs one answer per outcome.
SLOT_OUTCOMES: dict[str, tuple[str, ...]] = {
    "entity": ("eu", "non_eu", "absent", "coordinator", "partner", "agency_absent", "missing"),
    "country": ("eu", "non_eu", "absent", "missing"),
    "letter": ("found", "none", "missing"),
}
# Optional: what to say when the question asks about the non-EU group ("is Greece non-EU?").
NON_EU_OUTCOMES = ("eu_asked_non_eu", "non_eu_asked_non_eu")
# Optional: the letter asked within one group ("which EU countries start with M?"), named as that group.
GROUP_OUTCOMES = ("found_eu", "none_eu", "found_non_eu", "none_non_eu")
SLOT_VALUES: dict[str, set[str]] = {
    "entity": {"name"},
    "country": {"name"},
    "letter": {"letter", "countries", "count"},
}
# Fragments answers are composed of (intents.yaml `phrases:`), with the slots each may use.
PHRASE_SLOTS: dict[str, frozenset[str]] = {
    "relations": frozenset(),  # a word per relation of the facts ("checked", "seized")
    "relation_asked": frozenset({"unit", "relation"}),
    "relation_stated": frozenset({"figure", "relation"}),
    "ranking": frozenset({"first", "rest"}),
    "none_of_them": frozenset(),
    "countries_count": frozenset({"count", "names"}),
}
# Engine-level responses and the slots each may use (readers and replies render these).
RESPONSE_SLOTS: dict[str, frozenset[str]] = {
    "fallback": frozenset({"topics"}),
    "ambiguous": frozenset({"topics"}),
    "empty": frozenset({"topics"}),
    "too_long": frozenset({"topics"}),
    "verify_yes": frozenset({"claimed", "stated"}),
    "verify_no": frozenset({"claimed", "stated"}),
    "verify_other": frozenset({"claimed", "stated", "other"}),
    "unreported_other": frozenset({"answer", "claimed", "other"}),
    "wording_used": frozenset({"used", "quote"}),
    "wording_unused": frozenset({"claimed", "used"}),
    "wording_absent": frozenset({"claimed"}),
    "wording_which": frozenset({"used", "claimed", "quote"}),
    "confirm": frozenset({"answer"}),
    "deny": frozenset({"answer"}),
    "sum": frozenset({"operands", "result"}),
    "difference": frozenset({"first", "second", "result"}),
    "more_by": frozenset({"first", "second", "result"}),  # "were more parcels than premises checked?"
    "fewer_by": frozenset({"first", "second", "result"}),
    "ratio": frozenset({"first", "second", "result"}),
    "ratio_times": frozenset({"first", "second", "result"}),  # "how many times more cocaine than the rest?"
    "ratio_per": frozenset({"first", "second", "result", "per"}),  # "illegal entries per 1,000 officers"
    "share": frozenset({"first", "second", "result"}),
    "complement": frozenset({"whole", "excluded", "result"}),
    "rank": frozenset({"whole", "ranking"}),
    "rank_least": frozenset({"whole", "ranking"}),
    "rank_ascending": frozenset({"whole", "ranking"}),
    "threshold_over": frozenset({"whole", "figure", "parts"}),
    "threshold_under": frozenset({"whole", "figure", "parts"}),
    "kinds": frozenset({"count", "whole", "parts"}),  # "how many different kinds of things did they check?"
    "not_stated": frozenset({"asked", "stated"}),
    "not_broken_down": frozenset({"stated"}),
    "not_counted_there": frozenset({"place", "whole", "parts"}),  # "how many targets on social media?"
    "convert": frozenset({"answer", "result"}),
    "why_unsaid": frozenset(
        {"answer"}
    ),  # "why was the centre in Skopje?": no reason given  # "how many tons is that?": the kilograms converted
    "not_exact": frozenset({"answer"}),  # "the exact weight of the drugs?": only "nearly a ton" is given
    "total_only": frozenset({"stated"}),  # "how many targets in total?": the whole, without its parts
    "quote": frozenset({"quote"}),
    "attribution": frozenset({"quote"}),
    "refuse": frozenset(),
    "unmentioned": frozenset(),  # "does the statement say anything about hooligans?"
}
RESPONSES = tuple(RESPONSE_SLOTS)


class MatcherSettings(Record):
    """Tuning knobs, in the data so maintainers can adjust them without code (defaults, bounds and
    what each does: intentschema.MatcherSettings)."""

    threshold: float
    ambiguity_margin: float
    confident: float
    confusion_warning: float
    figure_min: float
    figure_near: float
    figure_lift: float
    comparison_lift: float
    empty_slot: float
    clause_margin: float
    explain_margin: float
    unexplained_margin: float
    head_margin: float
    max_chars: int


class Intent(Record):
    """One thing the bot can be asked, its examples and how it answers (intents.yaml)."""

    intent: str
    title: str
    kind: Kind
    examples: tuple[str, ...]
    answer: str | None = None
    answers: dict[str, str] | None = None
    slot: SlotName | None = None
    figure: str | None = None
    names: str | None = None  # the text fact the answer names ("Europol"): a yes/no naming another gets No
    related: tuple[str, ...] = ()
    when_country: str | None = None
    when_period: str | None = None
    when_quantity: str | None = None
    when_non_eu: str | None = None
    featured: bool = False


class Links(Record):
    """Words that tie one finding to another: what was seized (`found`), where it might have been
    (`places`), and the words between them ("in", "traced to"; "contained" the other way round)."""

    intent: str  # the not-reported intent that answers: the statement links no finding to another
    found: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    into: tuple[str, ...] = ()  # found … into … place: "drugs *traced to* the accounts"
    holding: tuple[str, ...] = ()  # place … holding … found: "parcels *contained* drugs"


class Unit(Record):
    """A unit a weight can be asked in: its words, how many of it make a kilogram, its symbol."""

    words: tuple[str, ...]
    per_kg: float
    name: str
    symbol: str


class ReadingVocabulary(Record):
    """Words the reading of a message looks for, per kind of question: vocabulary here, grammar in code."""

    injection: tuple[str, ...] = ()  # a clause with one of these instructs the bot: dropped, never obeyed
    refuse: tuple[str, ...] = ()  # regexes over the normalised clause: harmful requests, refused
    terms: dict[str, tuple[str, ...]]  # the word lists `refuse` names, already written out in it
    overview: tuple[str, ...] = ()  # vague openers ("what can you tell me") that get the overview
    overview_intent: str | None = None  # the intent that answers them
    duration: tuple[str, ...] = ()  # ask how long or since when ("for how many weeks did the patrol run")
    duration_intent: str | None = None  # the intent that answers them, whatever their topic
    links: Links | None = None  # "were the drugs found in the parcels?": findings tied together
    whole: tuple[str, ...] = ()  # name the operation as a whole ("this big police action in the Balkans")
    quote: tuple[str, ...] = ()  # asks for the statement's exact words
    attribution: tuple[str, ...] = ()  # asks who says so
    relations: dict[str, tuple[str, ...]]  # a fact's relation -> words that ask it ("seized": [seize, ...])
    entities: dict[str, tuple[str, ...]]  # kinds of named things a claim can get wrong -> names
    shared: tuple[str, ...] = ()  # "help coordinate", "involved in": a part of the role, not the role itself
    alone: tuple[str, ...] = ()  # "Europol alone?", "only Europol?": no other holder of the role
    led: tuple[
        str, ...
    ] = ()  # the role a named holder has ("ran", "in charge", "published"); "coordinat*" any ending
    reaction: tuple[str, ...] = ()  # "that's a lot": what a follow-up says of the answer, not a question
    other_operations: tuple[
        str, ...
    ] = ()  # names of other operations ("EncroChat"): a message naming one is off topic
    other_events: tuple[str, ...] = ()  # other events ("the derby", "the Euros"): off topic the same way
    regions: tuple[str, ...] = ()  # parts of the world ("the Balkans", "Scandinavia"): a region, no country
    agency_itself: tuple[
        str, ...
    ] = ()  # an agency's own affairs ("work for Europol", "headquartered"): not given
    laughs: tuple[str, ...] = ()  # "lol", "haha*": a remark laughed off, no word of a question
    units: dict[str, Unit]  # weights asked in another unit than the statement's kilograms


class IntentSet:
    """The validated intents, by id, with the settings and engine-level responses.

    `lines` gives the line of each intent and of each of its examples, for `jadbot check`.
    """

    def __init__(
        self,
        settings: MatcherSettings,
        vocabulary: ReadingVocabulary,
        responses: dict[str, str],
        phrases: dict[str, Any],
        texts: dict[str, Any],
        synonyms: dict[str, list[str]],
        ignore: list[str],
        intents: dict[str, Intent],
        lines: dict[str, IntentLines] | None = None,
    ):
        self.lines = lines or {}
        self.path = ""  # the file it was loaded from, set by load_intents (not part of the cache)
        self.fingerprint = ""  # the load cache's key: what it was loaded from
        self.settings = settings
        self.vocabulary = vocabulary
        self.responses = responses
        self.phrases = phrases
        self.texts = texts
        self.synonyms = synonyms
        self.ignore = ignore
        self.intents = intents

    def __getitem__(self, intent_id: str) -> Intent:
        return self.intents[intent_id]


class IntentLines(Record):
    """Where one intent sits in intents.yaml: its `- intent:` line and one line per example."""

    intent: int
    examples: tuple[int, ...]


def load_intents(path: Path | str, store: FactStore) -> IntentSet:
    """Load and validate intents.yaml against the facts; raise DataError listing every problem.

    Intents already validated from the same bytes against the same facts come from the load cache.
    """
    raw = _read(path)
    key = _key(raw, store.fingerprint)
    cached = cache_get(key)
    if isinstance(cached, IntentSet):
        cached.path = str(path)
        return cached
    from jadbot import yamlfile  # only now: a start-up served by the cache never needs YAML
    from jadbot.intentschema import validate  # nor pydantic

    intents = validate(yamlfile.load(path, raw=raw), store)
    intents.fingerprint = key
    cache_put(key, intents)
    intents.path = str(path)
    return intents


def fingerprint(path: Path | str, facts: str) -> str:
    """The load cache's key for the intents at `path` checked against the facts whose key is `facts`,
    as `load_intents` computes it ("" when either cannot be read), without loading them."""
    return _key(_read(path), facts)


def _read(path: Path | str) -> bytes | None:
    try:
        return read_data_file(path)
    except DataError:
        return None  # yamlfile.load reports it


def _key(raw: bytes | None, facts: str) -> str:
    return cache_key("intents", [raw, facts.encode()]) if raw is not None and facts else ""
