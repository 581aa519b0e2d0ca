"""intents.yaml's schema: pydantic models of the file, and the checks of every template, reference
and slot against the facts, which turn it into an `IntentSet`.

Only loading from the file needs this module (and pydantic): a start-up served by the load cache
never imports it. Problems are reported as `file:line: what is wrong` (DataError).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from jadbot import intents as runtime
from jadbot.errors import DataError, Problem, did_you_mean
from jadbot.facts import Derived, FactStore, Figure, Text
from jadbot.intents import (
    GROUP_OUTCOMES,
    NON_EU_OUTCOMES,
    PHRASE_SLOTS,
    RESPONSE_SLOTS,
    RESPONSES,
    SLOT_OUTCOMES,
    SLOT_VALUES,
    IntentLines,
    IntentSet,
    Kind,
    SlotName,
)
from jadbot.render import check_template

if TYPE_CHECKING:
    from jadbot import yamlfile


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class MatcherSettings(_Strict):
    """Tuning knobs, in the data so maintainers can adjust them without code."""

    threshold: float = Field(0.5, gt=0, lt=1, description="below this best score the bot falls back")
    ambiguity_margin: float = Field(0.02, ge=0, lt=1, description="top two closer than this: suggest")
    confident: float = Field(0.8, gt=0, le=1, description="at or above this the margin is not applied")
    confusion_warning: float = Field(0.9, gt=0, le=1, description="`check` warns at this cross-score")
    figure_min: float = Field(50, ge=0, description="quoted numbers below this point at no figure")
    figure_near: float = Field(0.03, ge=0, lt=1, description="a quoted number this close names a figure")
    figure_lift: float = Field(0.35, ge=0, lt=1, description="score added to the intent of a quoted figure")
    comparison_lift: float = Field(
        0.1, ge=0, lt=1, description="added to figure intents when a claim compares"
    )
    empty_slot: float = Field(0.85, gt=0, le=1, description="factor for slot intents when no slot is named")
    clause_margin: float = Field(0.05, ge=0, lt=1, description="a clause must beat the whole message by this")
    explain_margin: float = Field(
        0.03, ge=0, lt=1, description="readings this close: the one explaining more of the question wins"
    )
    unexplained_margin: float = Field(
        0.25,
        ge=0,
        lt=1,
        description="a not-reported intent this close wins if it explains words the best cannot",
    )
    head_margin: float = Field(
        0.1, ge=0, lt=1, description="a reading this close wins if its examples name the word asked for"
    )
    max_chars: int = Field(1000, ge=10, description="longer messages get a polite refusal")


class Intent(_Strict):
    intent: str = Field(pattern=r"^[a-z][a-z0-9_]*$", max_length=48)
    title: str = Field(min_length=1, max_length=40)
    kind: Kind = "fact"
    examples: tuple[str, ...] = Field(min_length=1)
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

    @field_validator("examples", mode="before")
    @classmethod
    def _block(cls, value: object) -> object:
        """Accept Rasa's `examples: |` block of `- ` lines as well as a YAML list."""
        if isinstance(value, str):
            lines = [line.strip() for line in value.splitlines() if line.strip()]
            bad = [line for line in lines if not line.startswith("- ")]
            if bad:
                raise ValueError(f"every line of an examples block starts with '- ' (not {bad[0]!r})")
            return tuple(line[2:].strip() for line in lines)
        return value


class Links(_Strict):
    """Words that tie one finding to another: what was seized (`found`), where it might have been
    (`places`), and the words between them ("in", "traced to"; "contained" the other way round)."""

    intent: str  # the not-reported intent that answers: the statement links no finding to another
    found: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    into: tuple[str, ...] = ()  # found … into … place: "drugs *traced to* the accounts"
    holding: tuple[str, ...] = ()  # place … holding … found: "parcels *contained* drugs"


class Unit(_Strict):
    """A unit a weight can be asked in ("how many tons is that?"): the words that name it, how many of
    it make one kilogram, and how the converted figure is shown."""

    words: tuple[str, ...] = Field(min_length=1)
    per_kg: float = Field(gt=0)
    name: str = Field(min_length=1)  # in English answers ("0.626 tonnes")
    symbol: str = Field(min_length=1)  # in other languages' answers ("0,626 t"): symbols are international


class ReadingVocabulary(_Strict):
    """Words the reading of a message looks for, per kind of question: vocabulary here, grammar in code."""

    injection: tuple[str, ...] = ()  # a clause with one of these instructs the bot: dropped, never obeyed
    refuse: tuple[str, ...] = ()  # regexes over the normalised clause: harmful requests, refused
    terms: dict[
        str, tuple[str, ...]
    ] = {}  # word lists `refuse` names as {name}: one list, every pattern in step
    overview: tuple[str, ...] = ()  # vague openers ("what can you tell me") that get the overview
    overview_intent: str | None = None  # the intent that answers them
    duration: tuple[str, ...] = ()  # ask how long or since when ("for how many weeks did the patrol run")
    duration_intent: str | None = None  # the intent that answers them, whatever their topic
    links: Links | None = None  # "were the drugs found in the parcels?": findings tied together
    whole: tuple[str, ...] = ()  # name the operation as a whole ("this big police action in the Balkans")
    quote: tuple[str, ...] = ()  # asks for the statement's exact words
    attribution: tuple[str, ...] = ()  # asks who says so
    relations: dict[
        str, tuple[str, ...]
    ] = {}  # a fact's relation -> words that ask it ("seized": [seize, ...])
    entities: dict[str, tuple[str, ...]] = {}  # kinds of named things a claim can get wrong -> names
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
    units: dict[str, Unit] = {}  # weights asked in another unit than the statement's kilograms


class IntentsFile(_Strict):
    version: Literal[1]
    matcher: MatcherSettings = MatcherSettings()
    reading: ReadingVocabulary = ReadingVocabulary()
    responses: dict[str, str]
    phrases: dict[str, Any] = {}
    texts: dict[str, Any] = {}
    synonyms: dict[str, tuple[str, ...]] = {}
    ignore: tuple[str, ...] = ()
    intents: tuple[Intent, ...] = Field(min_length=1)


def _lines(located: yamlfile.Located, data: IntentsFile) -> dict[str, IntentLines]:
    """Lines of every intent; an `examples: |` block has no per-item nodes, so count its lines."""
    out = {}
    for i, intent in enumerate(data.intents):
        at = ("intents", i)
        raw = located.data["intents"][i].get("examples")
        if isinstance(raw, str):  # the block starts on the line after `examples: |`
            first = located.line_of((*at, "examples")) + 1
            lines = [first + n for n, text in enumerate(raw.splitlines()) if text.strip()]
        else:
            lines = [located.line_of((*at, "examples", j)) for j in range(len(intent.examples))]
        out[intent.intent] = IntentLines(intent=located.line_of(at), examples=tuple(lines))
    return out


def _by_id(raw: object) -> Callable[[tuple[str | int, ...]], tuple[str | int, ...]]:
    """Error paths that name an intent by its id (`cocaine.kind`) rather than `intents.19.kind`."""
    entries = raw.get("intents") if isinstance(raw, dict) else None

    def rename(path: tuple[str | int, ...]) -> tuple[str | int, ...]:
        if len(path) >= 2 and path[0] == "intents" and isinstance(path[1], int) and isinstance(entries, list):
            entry = entries[path[1]] if path[1] < len(entries) else None
            name = entry.get("intent") if isinstance(entry, dict) else None
            if isinstance(name, str) and re.fullmatch(r"[a-z][a-z0-9_]{0,47}", name):
                return (name, *path[2:])
        return path

    return rename


def validate(located: yamlfile.Located, store: FactStore) -> IntentSet:
    """The intents of the parsed file, checked against the facts; DataError listing every problem."""
    from jadbot import yamlfile

    try:
        data = IntentsFile.model_validate(located.data)
    except ValidationError as exc:
        raise DataError(yamlfile.pydantic_problems(located, exc, rename=_by_id(located.data))) from None
    problems = _check(located, data, store)
    refusals, term_problems = _refusals(located, data.reading)
    if problems or term_problems:
        raise DataError(problems + term_problems)
    return IntentSet(
        settings=_plain(runtime.MatcherSettings, data.matcher),
        vocabulary=_plain(runtime.ReadingVocabulary, data.reading).replace(
            links=_plain(runtime.Links, data.reading.links) if data.reading.links else None,
            refuse=refusals,
            units={name: _plain(runtime.Unit, unit) for name, unit in data.reading.units.items()},
        ),
        responses=dict(data.responses),
        phrases=dict(data.phrases),
        texts=dict(data.texts),
        synonyms={k: list(v) for k, v in data.synonyms.items()},
        ignore=list(data.ignore),
        intents={i.intent: _plain(runtime.Intent, i) for i in data.intents},
        lines=_lines(located, data),
    )


_TERM = re.compile(r"\{([a-z_]+)\}")  # {guns} in a refuse pattern; {2,5} stays a quantifier


def _refusals(located: yamlfile.Located, reading: ReadingVocabulary) -> tuple[tuple[str, ...], list[Problem]]:
    """The refuse patterns with every {term} written out as its alternatives, each compiled once to
    check it; a term may name other terms ("guns" holds "gun_models"), never itself."""
    problems: list[Problem] = []

    def expand(pattern: str, at: tuple[str | int, ...], seen: tuple[str, ...]) -> str:
        def one(match: re.Match[str]) -> str:
            name = match.group(1)
            if name not in reading.terms:
                known = ", ".join(sorted(reading.terms)) or "none"
                problems.append(
                    located.problem(at, f"{at[1]}: no term {{{name}}} in reading.terms (known: {known})")
                )
                return match.group(0)
            if name in seen:
                problems.append(located.problem(("reading", "terms", name), f"terms: {name} names itself"))
                return match.group(0)
            words = [expand(w, ("reading", "terms", name), (*seen, name)) for w in reading.terms[name]]
            return "(?:" + "|".join(words) + ")"

        return _TERM.sub(one, pattern)

    patterns = []
    for i, pattern in enumerate(reading.refuse):
        written = expand(pattern, ("reading", "refuse", i), ())
        try:
            re.compile(written)
        except re.error as exc:
            problems.append(
                located.problem(
                    ("reading", "refuse", i),
                    f"refuse: {pattern!r}, terms written out, is not a valid regular expression: {exc}",
                )
            )
        patterns.append(written)
    return tuple(patterns), problems


def _plain(kind: Any, model: BaseModel) -> Any:
    """The validated model as the plain (frozen dataclass) object the engine uses."""
    return kind(**{name: getattr(model, name) for name in type(model).model_fields})


def _check(located: yamlfile.Located, data: IntentsFile, store: FactStore) -> list[Problem]:
    problems: list[Problem] = []
    ids: dict[str, int] = {}
    for i, intent in enumerate(data.intents):
        at = ("intents", i)
        if intent.intent in ids:
            problems.append(located.problem((*at, "intent"), f"duplicate intent id {intent.intent!r}"))
        ids.setdefault(intent.intent, i)
    links = data.reading.links
    if links is not None and links.intent not in ids:
        problems.append(
            located.problem(("reading", "links", "intent"), f"reading.links: no intent {links.intent!r}")
        )
    for key in ("overview_intent", "duration_intent"):
        named = getattr(data.reading, key)
        if named is not None and named not in ids:
            problems.append(located.problem(("reading", key), f"reading.{key}: no intent {named!r}"))
    for key in RESPONSES:
        if key not in data.responses:
            problems.append(located.problem(("responses",), f"responses: missing {key!r}"))
    for key in PHRASE_SLOTS:
        if key not in data.phrases:
            problems.append(located.problem(("phrases",), f"phrases: missing {key!r}"))
    for key, phrase in data.phrases.items():
        if key not in PHRASE_SLOTS:
            problems.append(located.problem(("phrases", key), f"phrases: unknown phrase {key!r}"))
        elif key == "relations":
            relations = {f.relation for f in store.facts.values() if isinstance(f, Figure) and f.relation}
            relations |= set(data.reading.relations)  # "taken down": said of every figure, never stated
            missing = sorted(relations - set(phrase if isinstance(phrase, dict) else ()))
            if missing:
                problems.append(located.problem(("phrases", key), f"phrases.relations: missing {missing}"))
        else:
            for message in check_template(store, str(phrase), set(PHRASE_SLOTS[key])):
                problems.append(located.problem(("phrases", key), f"phrases.{key}: {message}"))
    for key, template in data.responses.items():
        if key not in RESPONSE_SLOTS:
            problems.append(located.problem(("responses", key), f"responses: unknown response {key!r}"))
            continue
        for message in check_template(store, template, set(RESPONSE_SLOTS[key])):
            problems.append(located.problem(("responses", key), f"responses.{key}: {message}"))
    for i, intent in enumerate(data.intents):
        at = ("intents", i)
        name = intent.intent
        if intent.slot is None:
            if intent.answer is None:
                problems.append(located.problem(at, f"{name}: needs an 'answer'"))
            if intent.answers is not None:
                problems.append(
                    located.problem((*at, "answers"), f"{name}: 'answers' (per outcome) needs a 'slot'")
                )
            templates = {"answer": intent.answer or ""}
            slot_values: set[str] = set()
        else:
            outcomes = SLOT_OUTCOMES[intent.slot]
            given = intent.answers or {}
            missing = [o for o in outcomes if o not in given]
            optional = {"country": NON_EU_OUTCOMES, "letter": GROUP_OUTCOMES}.get(intent.slot, ())
            extra = [o for o in given if o not in outcomes and o not in optional]
            if missing:
                problems.append(
                    located.problem(
                        at, f"{name}: slot {intent.slot!r} needs answers for: {', '.join(missing)}"
                    )
                )
            if extra:
                problems.append(
                    located.problem((*at, "answers"), f"{name}: unknown outcome(s) {', '.join(extra)}")
                )
            if intent.answer is not None:
                problems.append(
                    located.problem((*at, "answer"), f"{name}: a slot intent uses 'answers', not 'answer'")
                )
            templates = {f"answers.{k}": v for k, v in given.items()}
            slot_values = SLOT_VALUES[intent.slot]
        for where, template in templates.items():
            for message in check_template(store, template, slot_values):
                problems.append(located.problem((*at, *where.split(".")), f"{name}: {message}"))
        for j, other in enumerate(intent.related):
            if other not in ids:
                problems.append(
                    located.problem(
                        (*at, "related", j),
                        f"{name}: related intent {other!r} does not exist{did_you_mean(other, ids)}",
                    )
                )
        for key in ("when_country", "when_period", "when_quantity", "when_non_eu"):
            target = getattr(intent, key)
            if target and target not in ids:
                problems.append(
                    located.problem(
                        (*at, key), f"{name}: {key} {target!r} does not exist{did_you_mean(target, ids)}"
                    )
                )
        if intent.figure is not None:
            fact = store.facts.get(intent.figure) or store.derived.get(intent.figure)
            if fact is None:
                figures = [
                    k
                    for k, v in (*store.facts.items(), *store.derived.items())
                    if isinstance(v, Figure | Derived)
                ]
                problems.append(
                    located.problem(
                        (*at, "figure"),
                        f"{name}: figure {intent.figure!r} does not exist{did_you_mean(intent.figure, figures)}",
                    )
                )
            elif not isinstance(fact, Figure | Derived):
                problems.append(
                    located.problem((*at, "figure"), f"{name}: figure {intent.figure!r} is not a figure")
                )
        if intent.names is not None and not isinstance(store.facts.get(intent.names), Text):
            texts = [k for k, v in store.facts.items() if isinstance(v, Text)]
            problems.append(
                located.problem(
                    (*at, "names"),
                    f"{name}: names {intent.names!r} is not a text fact{did_you_mean(intent.names, texts)}",
                )
            )
        for j, example in enumerate(intent.examples):
            if not example.strip():
                problems.append(located.problem((*at, "examples", j), f"{name}: empty example"))
    return problems
