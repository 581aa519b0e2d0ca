"""The facts files' schema: pydantic models of what each file may hold, and the checks across files
(provenance, breakdowns, participants, derivations) that turn them into a `FactStore`.

Only loading from the files needs this module (and pydantic): a start-up served by the load cache
never imports it. Problems are reported as `file:line: what is wrong` (DataError).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    Tag,
    TypeAdapter,
    ValidationError,
    model_validator,
)

from jadbot import facts as runtime
from jadbot.countries import CountryIndex, build_country_index
from jadbot.errors import DataError, Problem, did_you_mean
from jadbot.facts import GROUP_NAME, SPECIAL_FILES, Derived, FactStore

if TYPE_CHECKING:
    from jadbot import yamlfile


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Sourced(_Strict):
    """Provenance every fact must carry: a sentence id and the words it rests on."""

    source: str = Field(min_length=1)
    quote: str = Field(min_length=1)


class Figure(Sourced):
    value: int = Field(ge=0)
    unit: str = Field(min_length=1)
    qualifier: Literal["exact", "more_than", "nearly"]
    detail: str | None = None  # what the figure counts when it stands alone: "of cocaine"
    relation: str | None = (
        None  # what was done: checked, detected, seized, identified ("were cars *seized*?")
    )
    parts: tuple[str, ...] = ()
    includes: tuple[str, ...] = ()
    worded: str | None = None  # a text fact of the same file: the statement's words for it ("nearly a ton")


class Text(Sourced):
    text: str = Field(min_length=1)


class Items(_Strict):
    items: tuple[str, ...] = Field(min_length=1)
    source: str = Field(min_length=1)
    quote: str | None = None


class Countries(_Strict):
    countries: tuple[str, ...] = Field(min_length=1)
    source: str = Field(min_length=1)
    quote: str | None = None
    note: str | None = None


def _fact_kind(value: Any) -> str | None:
    if not isinstance(value, dict):
        return None
    for key, kind in (("value", "figure"), ("text", "text"), ("items", "items"), ("countries", "countries")):
        if key in value:
            return kind
    return None


Fact = Annotated[
    Annotated[Figure, Tag("figure")]
    | Annotated[Text, Tag("text")]
    | Annotated[Items, Tag("items")]
    | Annotated[Countries, Tag("countries")],
    Discriminator(
        _fact_kind,
        custom_error_type="fact_kind",
        custom_error_message="a fact needs one of: value (a figure), text, items or countries",
    ),
]


FACT_GROUP = TypeAdapter(dict[Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")], Fact])
FACT_TAGS = ("figure", "text", "items", "countries")


class Statement(_Strict):
    title: str
    sentences: dict[str, str] = Field(min_length=1)


class Derivation(_Strict):
    """A figure computed from others; exactly one operation."""

    sum: tuple[str, ...] | None = None
    difference: tuple[str, str] | None = None
    share: tuple[str, str] | None = None
    ratio: tuple[str, str] | None = None
    count: str | None = None

    @model_validator(mode="after")
    def _one_operation(self) -> Derivation:
        ops = [k for k in ("sum", "difference", "share", "ratio", "count") if getattr(self, k) is not None]
        if len(ops) != 1:
            raise ValueError("give exactly one of sum, difference, share, ratio or count")
        return self

    @property
    def operation(self) -> str:
        return next(
            k for k in ("sum", "difference", "share", "ratio", "count") if getattr(self, k) is not None
        )

    @property
    def operands(self) -> tuple[str, ...]:
        value = getattr(self, self.operation)
        return (value,) if isinstance(value, str) else tuple(value)


class Reference(_Strict):
    eu_members: tuple[str, ...] = Field(min_length=1)
    extra_countries: dict[str, str] = {}
    country_aliases: dict[str, tuple[str, ...]] = {}
    agencies: dict[str, tuple[str, ...]] = {}


def _pydantic_problems(
    located: yamlfile.Located, exc: Any, prefix: Any = (), skip: Any = ()
) -> list[Problem]:
    from jadbot import yamlfile

    return yamlfile.pydantic_problems(located, exc, prefix, skip)


class _Validator:
    def __init__(self, located: dict[str, yamlfile.Located]):
        self.located = located
        self.problems: list[Problem] = []

    def fail(self, stem: str, path: tuple[str | int, ...], message: str) -> None:
        self.problems.append(self.located[stem].problem(path, message))

    def parse(self, stem: str, model: type[BaseModel] | TypeAdapter[Any], data: Any) -> Any:
        try:
            if isinstance(model, TypeAdapter):
                return model.validate_python(data)
            return model.model_validate(data)
        except ValidationError as exc:
            self.problems.extend(_pydantic_problems(self.located[stem], exc, skip=FACT_TAGS))
            return None

    def run(self) -> FactStore:
        statement = self.parse("statement", Statement, self.located["statement"].data)
        reference = self.parse("reference", Reference, self.located["reference"].data)
        groups: dict[str, dict[str, Any]] = {}
        for stem, loc in self.located.items():
            if stem in SPECIAL_FILES:
                continue
            if not GROUP_NAME.match(stem):
                self.fail(stem, (), f"file name {stem!r} must be lower_case (it names the fact group)")
                continue
            if not isinstance(loc.data, dict):
                self.fail(stem, (), "a facts file must be a mapping of fact names to facts")
                continue
            group = self.parse(stem, FACT_GROUP, loc.data)
            if group is not None:
                groups[stem] = group
        if self.problems or statement is None or reference is None:
            raise DataError(self.problems)

        countries = build_country_index(reference.extra_countries, reference.country_aliases)
        self._check_reference(reference, countries)
        facts = {f"{g}.{k}": v for g, items in groups.items() for k, v in items.items()}
        for ref, fact in facts.items():
            self._check_provenance(ref, fact, statement.sentences)
        self._check_breakdowns(facts)
        eu, non_eu = self._check_participants(groups, countries, set(reference.eu_members))
        derived = self._derive(facts, groups)
        if self.problems:
            raise DataError(self.problems)
        named = facts.get("operation.agencies")
        named_agencies = tuple(named.items) if isinstance(named, Items) else ()
        agencies = {name: () for name in named_agencies} | dict(reference.agencies)
        notes = [f.note for f in facts.values() if isinstance(f, Countries) and f.note]
        return FactStore(
            title=statement.title,
            sentences=dict(statement.sentences),
            facts={ref: _runtime(fact) for ref, fact in facts.items()},
            derived=derived,
            countries=countries,
            eu=eu,
            non_eu=non_eu,
            agencies=agencies,
            named_agencies=named_agencies,
            notes=notes,
        )

    def _check_reference(self, reference: Reference, countries: CountryIndex) -> None:
        for i, code in enumerate(reference.eu_members):
            if code not in countries.names:
                self.fail(
                    "reference", ("eu_members", i), f"eu_members: {code!r} is not an ISO 3166-1 alpha-2 code"
                )
        if len(set(reference.eu_members)) != len(reference.eu_members):
            self.fail("reference", ("eu_members",), "eu_members: a country code is listed twice")
        for code in reference.country_aliases:
            if code not in countries.names:
                self.fail(
                    "reference", ("country_aliases", code), f"country_aliases: unknown country code {code!r}"
                )

    def _check_provenance(self, ref: str, fact: Any, sentences: dict[str, str]) -> None:
        stem, key = ref.split(".", 1)
        sentence = sentences.get(fact.source)
        if sentence is None:
            self.fail(
                stem, (key, "source"), f"{key}: source {fact.source!r} is not a sentence id in statement.yaml"
            )
            return
        if fact.quote is not None and fact.quote not in sentence:
            self.fail(stem, (key, "quote"), f"{key}: quote does not occur in sentence {fact.source!r}")
        quoted_digits = isinstance(fact, Figure) and re.search(r"\d", fact.quote)
        if quoted_digits and f"{fact.value:,}" not in fact.quote and str(fact.value) not in fact.quote:
            self.fail(
                stem,
                (key, "value"),
                f"{key}: value {fact.value:,} does not match its quote {fact.quote!r}",
            )
        if isinstance(fact, Items):
            for i, item in enumerate(fact.items):
                if item.lower() not in sentence.lower():
                    self.fail(
                        stem,
                        (key, "items", i),
                        f"{key}: item {item!r} does not occur in sentence {fact.source!r}",
                    )
            if len({i.lower() for i in fact.items}) != len(fact.items):
                self.fail(stem, (key, "items"), f"{key}: an item is listed twice")

    def _check_breakdowns(self, facts: dict[str, Any]) -> None:
        for ref, fact in facts.items():
            if not isinstance(fact, Figure):
                continue
            stem, key = ref.split(".", 1)
            if fact.worded is not None and not isinstance(facts.get(f"{stem}.{fact.worded}"), Text):
                self.fail(stem, (key, "worded"), f"{key}: worded names {fact.worded!r}, not a text in {stem}")
            for field_name in ("parts", "includes"):
                names = getattr(fact, field_name)
                if not names:
                    continue
                values = []
                for i, name in enumerate(names):
                    part = facts.get(f"{stem}.{name}")
                    if not isinstance(part, Figure):
                        self.fail(
                            stem,
                            (key, field_name, i),
                            f"{key}: {field_name} names {name!r}, not a figure in {stem}",
                        )
                    else:
                        values.append(part.value)
                if len(values) != len(names):
                    continue
                total = sum(values)
                shown = " + ".join(f"{v:,}" for v in values)
                if field_name == "parts" and total != fact.value:
                    self.fail(
                        stem,
                        (key, "parts"),
                        f"{key}: parts add up to {total:,} ({shown}), not {fact.value:,}",
                    )
                if field_name == "includes" and total > fact.value:
                    self.fail(
                        stem,
                        (key, "includes"),
                        f"{key}: included figures add up to {total:,}, more than {fact.value:,}",
                    )

    def _check_participants(
        self, groups: dict[str, dict[str, Any]], countries: CountryIndex, eu_members: set[str]
    ) -> tuple[tuple[str, ...], tuple[str, ...]]:
        result: dict[str, list[str]] = {"eu": [], "non_eu": []}
        seen: dict[str, str] = {}
        for key, fact in groups.get("participants", {}).items():
            if not isinstance(fact, Countries):
                continue
            if key not in result:
                self.fail("participants", (key,), f"{key}: country groups must be named 'eu' or 'non_eu'")
                continue
            for i, name in enumerate(fact.countries):
                code = countries.lookup(name)
                where = (key, "countries", i)
                if code is None:
                    self.fail("participants", where, f"{key}: {name!r} is not a known country")
                    continue
                if code in seen:
                    self.fail(
                        "participants", where, f"{key}: {name!r} is listed twice (also in {seen[code]})"
                    )
                    continue
                seen[code] = key
                if key == "eu" and code not in eu_members:
                    self.fail("participants", where, f"eu: {name!r} is not an EU member state")
                if key == "non_eu" and code in eu_members:
                    self.fail("participants", where, f"non_eu: {name!r} is an EU member state")
                result[key].append(code)
        return tuple(result["eu"]), tuple(result["non_eu"])

    def _derive(self, facts: dict[str, Any], groups: dict[str, Any]) -> dict[str, Derived]:
        if "derived" not in self.located:
            return {}
        loc = self.located["derived"]
        if not isinstance(loc.data, dict):
            self.fail("derived", (), "derived.yaml must be a mapping of names to operations")
            return {}
        specs: dict[str, Derivation] = {}
        for name, raw in loc.data.items():
            try:
                specs[name] = Derivation.model_validate(raw)
            except ValidationError as exc:
                self.problems.extend(_pydantic_problems(loc, exc, (name,)))
        derived: dict[str, Derived] = {}
        resolving: set[str] = set()

        def value_of(ref: str, name: str) -> float | None:
            fact = facts.get(ref)
            if isinstance(fact, Figure):
                return fact.value
            if ref.startswith("derived."):
                other = ref.split(".", 1)[1]
                if other in derived:
                    return derived[other].value
                if other in specs and other not in resolving:
                    result = compute(other)
                    return result.value if result else None
                why = (
                    "refers to itself in a cycle"
                    if other in resolving
                    else f"operand {ref!r} does not exist{did_you_mean(ref, [f'derived.{k}' for k in specs])}"
                )
                self.fail("derived", (name,), f"{name}: {why}")
                return None
            if fact is None:
                figures = [k for k, v in facts.items() if isinstance(v, Figure)]
                self.fail(
                    "derived", (name,), f"{name}: operand {ref!r} does not exist{did_you_mean(ref, figures)}"
                )
            else:
                self.fail(
                    "derived", (name,), f"{name}: {ref!r} is not a figure (a calculation needs a number)"
                )
            return None

        def compute(name: str) -> Derived | None:
            spec = specs[name]
            resolving.add(name)
            try:
                if spec.operation == "count":
                    fact = facts.get(spec.operands[0])
                    if isinstance(fact, Items):
                        value, kind = len(fact.items), "number"
                    elif isinstance(fact, Countries):
                        value, kind = len(fact.countries), "number"
                    elif fact is None:
                        lists = [k for k, v in facts.items() if isinstance(v, Items | Countries)]
                        ref = spec.operands[0]
                        self.fail(
                            "derived",
                            (name,),
                            f"{name}: operand {ref!r} does not exist{did_you_mean(ref, lists)}",
                        )
                        return None
                    else:
                        self.fail("derived", (name,), f"{name}: count needs a list, not {spec.operands[0]!r}")
                        return None
                else:
                    values = [value_of(ref, name) for ref in spec.operands]
                    if any(v is None for v in values):
                        return None
                    nums = [float(v) for v in values if v is not None]
                    if spec.operation == "sum":
                        value, kind = sum(nums), "number"
                    elif spec.operation == "difference":
                        value, kind = nums[0] - nums[1], "number"
                    elif nums[1] == 0:
                        self.fail("derived", (name,), f"{name}: division by zero")
                        return None
                    elif spec.operation == "share":
                        value, kind = 100.0 * nums[0] / nums[1], "percent"
                    else:
                        value, kind = nums[0] / nums[1], "ratio"
                result = Derived(
                    value=value, kind=kind, operation=spec.operation, operands=tuple(spec.operands)
                )
                derived[name] = result
                return result
            finally:
                resolving.discard(name)

        for name in specs:
            if name not in derived:
                compute(name)
        return {f"derived.{k}": v for k, v in derived.items()}


def _runtime(fact: Figure | Text | Items | Countries) -> Any:
    """The validated fact as the plain (frozen dataclass) fact the engine uses."""
    kind = getattr(runtime, type(fact).__name__)
    return kind(**{name: getattr(fact, name) for name in type(fact).model_fields})


def validate(located: dict[str, yamlfile.Located]) -> FactStore:
    """The store built from the parsed files; DataError listing every problem."""
    return _Validator(located).run()
