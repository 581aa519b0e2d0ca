"""Answer templates: `{group.key}` or `{group.key:format}` references to facts, never figures.

Formats: none (the figure: "more than 22,400 officers"), `full` (with its detail: "626 kg of
cocaine"), `n` (the number: "22,400"),
`q` (qualifier and number: "more than 22,400"), `quote` (the statement's own words),
`count` (length of a list), `or` (a list joined with "or"). Slot values such as `{name}`
come from the engine. Every reference is checked when intents load.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from jadbot.errors import did_you_mean
from jadbot.facts import Derived, FactStore, Figure, Items, Text
from jadbot.records import Record

REFERENCE = re.compile(r"\{([a-z_][a-z0-9_]*(?:\.[a-z0-9_]+)?)(?::([a-z]+))?\}")
FORMATS = {None, "n", "q", "quote", "count", "or", "unit", "full"}
QUALIFIERS = {"exact": "", "more_than": "more than ", "nearly": "nearly "}


class Wording(Record):
    """How figures and lists are written in the language answered: numbers (Babel's locale data
    outside English), qualifiers, "and"/"or", country names. English is the default."""

    language: str = "en"
    locale: str = "en"
    conjunctions: Mapping[str, str] = {"and": "and", "or": "or"}  # read only
    qualifiers: Mapping[str, str] = {
        "more_than": "more than {n}",
        "nearly": "nearly {n}",
        "about": "about {n}",
        "less_than": "less than {n}",
    }
    country_names: Mapping[str, str] = {}  # code -> name in the language
    verdict: Mapping[str, str] = {"yes": "Yes", "no": "No"}

    group: str = ","  # the locale's symbols, read from Babel once (localize), not on every number
    decimal: str = "."
    percent_pattern: str = "{}%"

    @classmethod
    def symbols(cls, locale: str) -> dict[str, str]:
        """Group and decimal symbols and the percent pattern of a Babel locale ("%#,##0" in Turkish)."""
        from babel import Locale

        parsed = Locale.parse(locale)
        numbers = parsed.number_symbols.get("latn", parsed.number_symbols)
        pattern = parsed.percent_formats[None].pattern
        start, end = re.search(r"[#0][#0,.]*", pattern).span()  # type: ignore[union-attr]
        percent = pattern[:start] + "{}" + pattern[end:]
        return {"group": numbers["group"], "decimal": numbers["decimal"], "percent_pattern": percent}

    def number(self, value: float, decimals: int = 1) -> str:
        shown = f"{round(value):,}" if float(value).is_integer() else f"{value:,.{decimals}f}"
        if self.group == "," and self.decimal == ".":
            return shown
        return shown.replace(",", "\0").replace(".", self.decimal).replace("\0", self.group)

    def percent(self, value: float) -> str:
        return self.percent_pattern.replace("{}", self._one_decimal(value))

    def _one_decimal(self, value: float) -> str:
        shown = f"{value:,.1f}"
        if ((shown.endswith(".0") and 0 < abs(value) < 10) or 0 < abs(value) < 1) and round(
            value, 2
        ) != round(value, 1):
            # 1.035 % is "1.04 %", not a "1.0 %" that reads as exactly one; under one per cent two
            # figures tell the parts apart ("0.35 %", not "0.3 %")
            shown = f"{value:,.2f}"
        if self.group == "," and self.decimal == ".":
            return shown
        return shown.replace(",", "\0").replace(".", self.decimal).replace("\0", self.group)

    def qualify(self, qualifier: str, number: str) -> str:
        if qualifier == "exact":
            return number
        return self.qualifiers.get(qualifier, "{n}").replace("{n}", number)

    def join(self, items: list[str], word: str = "and") -> str:
        return join(items, self.conjunctions.get(word, word))


ENGLISH = Wording()


def join(items: list[str], word: str = "and") -> str:
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {word} {items[-1]}"


def number(value: float, wording: Wording = ENGLISH) -> str:
    return wording.number(value)


def render_derived(value: Derived, wording: Wording = ENGLISH) -> str:
    if value.kind == "percent":
        return wording.percent(value.value)
    return wording.number(value.value)


def render_figure(fact: Figure, fmt: str | None = None, wording: Wording = ENGLISH) -> str:
    num = wording.number(fact.value)
    if fmt == "n":
        return num
    if fmt == "unit":
        return fact.unit
    if fmt == "q":
        return wording.qualify(fact.qualifier, num)
    text = f"{wording.qualify(fact.qualifier, num)} {fact.unit}"
    return f"{text} {fact.detail}" if fmt == "full" and fact.detail else text


def render_ref(store: FactStore, ref: str, fmt: str | None) -> str:
    if fmt == "quote":
        fact = store.facts[ref]
        return fact.quote or ""
    wording = store.wording or ENGLISH
    if ref in store.derived:
        return render_derived(store.derived[ref], wording)
    fact = store.facts[ref]
    if isinstance(fact, Figure):
        return render_figure(fact, fmt, wording)
    if isinstance(fact, Text):
        return fact.text
    if isinstance(fact, Items):
        names = list(fact.items)
    else:
        names = [wording.country_names.get(store.countries.lookup(n) or "", n) for n in fact.countries]
    if fmt == "count":
        return str(len(names))
    return wording.join(names, "or" if fmt == "or" else "and")


def check_template(store: FactStore, template: str, slots: set[str]) -> list[str]:
    """Problems with a template: unknown references, bad formats, typed-in figures."""
    problems = []
    for match in REFERENCE.finditer(template):
        ref, fmt = match.group(1), match.group(2)
        if "." not in ref:
            if ref not in slots:
                problems.append(
                    f"unknown slot {{{ref}}} (this intent has: {', '.join(sorted(slots)) or 'none'})"
                )
            continue
        if not store.has(ref):
            known = [*store.facts, *store.derived]
            problems.append(f"unknown fact reference {{{ref}}}{did_you_mean(ref, known, '{{{}}}')}")
        elif fmt not in FORMATS:
            problems.append(f"unknown format {fmt!r} in {{{ref}:{fmt}}}")
        elif fmt == "quote" and ref not in store.facts:
            problems.append(f"{{{ref}:quote}}: derived values have no quote")
    bare = REFERENCE.sub("", template)
    if re.search(r"\d", bare):
        problems.append("template contains a typed-in figure; reference a fact instead")
    problems.extend(_typed_in_facts(store, " ".join(bare.split())))
    if re.search(r"[{}]", bare):
        problems.append("template has a stray or malformed { } reference")
    return problems


def _typed_in_facts(store: FactStore, bare: str) -> list[str]:
    """A fact's words typed into a template ("nearly a ton", "Skopje"): they would not follow a change
    of the facts, so the template must reference the fact."""
    found = []
    for ref, fact in store.facts.items():
        words = [fact.text] if isinstance(fact, Text) and len(fact.text) >= 5 else []
        quote = getattr(fact, "quote", None)
        if quote and len(quote) >= 20:
            words.append(quote)
        for typed in words:
            if re.search(rf"(?<![\w{{.]){re.escape(typed)}(?![\w}}])", bare):
                found.append(f"the fact {{{ref}}} is typed in ({typed[:40]!r}); reference it instead")
                break
    return found


def render(store: FactStore, template: str, slots: Mapping[str, str] | None = None) -> str:
    slots = slots or {}

    def substitute(match: re.Match[str]) -> str:
        ref, fmt = match.group(1), match.group(2)
        if "." not in ref:
            return slots.get(ref, "")
        return render_ref(store, ref, fmt)

    return REFERENCE.sub(substitute, template)


def references(template: str) -> list[str]:
    return [m.group(1) for m in REFERENCE.finditer(template) if "." in m.group(1)]


def sentence_case(text: str) -> str:
    """The text as a sentence of its own: its first letter a capital ("More than 22,400 officers …")."""
    return text[:1].upper() + text[1:]


def in_sentence(title: str) -> str:
    """A title inside a sentence: "Vehicles checked" -> "vehicles checked", "Non-EU countries" ->
    "non-EU countries", but "EU countries" keeps its capitals (not "eU countries")."""
    return title[:1].lower() + title[1:] if title[1:2].islower() else title
