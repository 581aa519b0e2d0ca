"""The facts store: every fact of the statement, validated, with its provenance.

Facts live in `facts/*.yaml`, one group per file (the file stem), so a template says
`{seizures.cocaine}`. Loading is all-or-nothing: any problem raises DataError listing
`file:line: what is wrong`, and no half-built store is returned.

The facts here are plain frozen dataclasses; the schema that validates the files (pydantic) is
in factschema.py, imported only when the files are read rather than served by the load cache.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from jadbot.countries import CountryIndex
from jadbot.datafile import read_data_file
from jadbot.errors import DataError, Problem
from jadbot.loadcache import cache_get, cache_key, cache_put
from jadbot.normalize import normalize
from jadbot.records import Record

if TYPE_CHECKING:
    from jadbot import yamlfile

GROUP_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
SPECIAL_FILES = {"statement", "derived", "reference"}
Qualifier = Literal["exact", "more_than", "nearly"]


class Figure(Record):
    """A number the statement gives: `value` `unit` ("626 kg"), how exact it is, what it counts."""

    source: str  # provenance every fact carries: a sentence id of statement.yaml...
    quote: str  # ...and the words of that sentence it rests on
    value: int
    unit: str
    qualifier: Qualifier
    detail: str | None = None  # what the figure counts when it stands alone: "of cocaine"
    relation: str | None = None  # what was done: checked, detected, seized ("were cars *seized*?")
    parts: tuple[str, ...] = ()
    includes: tuple[str, ...] = ()
    worded: str | None = None  # the text fact of the same file that words it as the statement does

    def kinds(self) -> list[str]:
        """The kinds its detail counts together, lowercased ("of police, customs, immigration and border
        control services" -> police, customs, immigration, border control); one kind or none: no list."""
        pieces = re.split(r",\s*|\s+and\s+", (self.detail or "").lower())
        return [k for k in (re.sub(r"^(?:of|from|by)\s+|\s+services?$", "", p.strip()) for p in pieces) if k]


class Text(Record):
    """A fact the statement words: who coordinated, where the centre was."""

    source: str
    quote: str
    text: str


class Items(Record):
    """A list the statement gives: the partner agencies, the services."""

    items: tuple[str, ...]
    source: str
    quote: str | None = None


class Countries(Record):
    """The countries of one group of participants, as the statement names them."""

    countries: tuple[str, ...]
    source: str
    quote: str | None = None
    note: str | None = None


class Derived(Record):
    """A computed value; `kind` decides how it renders (count, percent, ratio)."""

    value: float
    kind: Literal["number", "percent", "ratio"]
    operation: str = ""  # as declared in derived.yaml: sum, difference, share, ratio, count
    operands: tuple[str, ...] = ()


class FactStore:
    """Read-only after load: facts by `group.key`, sentences, derived values, the country index.
    (A plain class, not a dataclass: one class fewer to generate at every start-up.)"""

    def __init__(
        self,
        title: str,
        sentences: dict[str, str],
        facts: dict[str, Figure | Text | Items | Countries],
        derived: dict[str, Derived],
        countries: CountryIndex,
        eu: tuple[str, ...],  # country codes, statement order
        non_eu: tuple[str, ...],
        agencies: dict[str, tuple[str, ...]],  # agency name -> aliases (named and not named)
        named_agencies: tuple[str, ...],
        notes: list[str] | None = None,
        wording: Any = None,  # render.Wording; None: English
        fingerprint: str = "",  # what it was loaded from (the load cache's key)
    ):
        self.title, self.sentences, self.facts, self.derived = title, sentences, facts, derived
        self.countries, self.eu, self.non_eu = countries, eu, non_eu
        self.agencies, self.named_agencies = agencies, named_agencies
        self.notes = [] if notes is None else notes
        self.wording = wording
        self.fingerprint = fingerprint

    def _compared(self) -> tuple[Any, ...]:  # what two stores are equal by: not wording, not fingerprint
        return (
            self.title,
            self.sentences,
            self.facts,
            self.derived,
            self.countries,
            self.eu,
            self.non_eu,
            self.agencies,
            self.named_agencies,
            self.notes,
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._compared() == other._compared()  # type: ignore[attr-defined]

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"FactStore(title={self.title!r}, {len(self.facts)} facts, {len(self.derived)} derived)"

    def replace(self, **changes: Any) -> FactStore:
        """A copy with some attributes changed (as dataclasses.replace)."""
        return FactStore(**{**vars(self), **changes})

    def has(self, ref: str) -> bool:
        return ref in self.facts or ref in self.derived

    def counted_countries(self, figure: str) -> tuple[str, ...]:
        """The countries a count of countries counts ("derived.countries_non_eu": the non-EU ones)."""
        if figure.endswith("_all"):
            return (*self.eu, *self.non_eu)
        return self.non_eu if "non_eu" in figure else self.eu

    def participation(self, code: str) -> Literal["eu", "non_eu", "absent"]:
        if code in self.eu:
            return "eu"
        if code in self.non_eu:
            return "non_eu"
        return "absent"

    def sentence_with(self, words: str) -> str | None:
        """The statement sentence that uses these words, compared without case, accents or punctuation."""
        wanted = f" {normalize(words)} "
        return next((t for t in self.sentences.values() if wanted in f" {normalize(t)} "), None)

    def sources_for(self, refs: Iterable[str]) -> list[str]:
        """The statement sentences behind some fact refs, in statement order, without repeats."""
        ids = {self.facts[r].source for r in refs if r in self.facts}
        return [text for sid, text in self.sentences.items() if sid in ids]


# ---------------------------------------------------------------- loading


def load_facts(directory: Path | str) -> FactStore:
    """Load and validate every `*.yaml` in `directory`; raise DataError listing all problems.

    A store already validated from the very same bytes (and code) comes from the load cache.
    """
    directory = Path(directory)
    if not directory.is_dir():
        raise DataError([Problem(str(directory), 0, "facts directory not found")])
    files = sorted(directory.glob("*.yaml"))
    raws = _read_all(files)
    key = _key(files, raws)
    cached = cache_get(key)
    if isinstance(cached, FactStore):
        return cached
    from jadbot import yamlfile  # only now: a start-up served by the cache never needs YAML

    problems: list[Problem] = []
    located: dict[str, yamlfile.Located] = {}
    for path in files:
        try:
            located[path.stem] = yamlfile.load(path, raw=raws.get(path))
        except DataError as exc:
            problems.extend(exc.problems)
    for required in ("statement", "reference"):
        if required not in located and not any(p.file.endswith(f"{required}.yaml") for p in problems):
            problems.append(Problem(str(directory / f"{required}.yaml"), 0, "required file is missing"))
    if problems:
        raise DataError(problems)
    from jadbot.factschema import validate  # pydantic, pycountry: only when the files are read

    store = validate(located)
    store.fingerprint = key
    cache_put(key, store)
    return store


def fingerprint(directory: Path | str) -> str:
    """The load cache's key for the facts in `directory`, as `load_facts` computes it ("" when a
    file cannot be read), without loading them."""
    directory = Path(directory)
    if not directory.is_dir():
        return ""
    files = sorted(directory.glob("*.yaml"))
    return _key(files, _read_all(files))


def _key(files: list[Path], raws: dict[Path, bytes]) -> str:
    if not raws:
        return ""
    return cache_key("facts", [part for path in files for part in (path.name.encode(), raws[path])])


def _read_all(files: list[Path]) -> dict[Path, bytes]:
    """Every file's bytes, or {} when one cannot be read or is not a regular file of sane size
    (the loader then reports it, uncached)."""
    try:
        return {path: read_data_file(path) for path in files}
    except DataError:
        return {}


__all__ = [
    "Countries",
    "Derived",
    "FactStore",
    "Figure",
    "Items",
    "Text",
    "cache_get",
    "cache_key",
    "cache_put",
    "fingerprint",
    "load_facts",
]
