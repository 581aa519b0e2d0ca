"""The answer engine: question in, answer out. Pure: no I/O after loading, no Telegram.

Flow for one message: analyse (spelling, entities, synonyms, stems) → rank intents →
pick one reading (the whole message, or its clauses when it asks several things) →
resolve slots and quoted figures → render templates from the facts store.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

from jadbot.analysis import FUNCTION_WORDS, LIGHT_WORDS, Analysis, Analyzer, Claim
from jadbot.calculator import Calculator
from jadbot.facts import Derived, FactStore, Figure, Text, load_facts
from jadbot.intents import Intent, IntentSet, load_intents
from jadbot.matcher import Matcher, Scored
from jadbot.render import join, references, render, render_derived, render_figure

log = logging.getLogger(__name__)

QUIET_KINDS = {"smalltalk", "out_of_scope"}
FIGURE_MIN = 50  # quoted numbers below this are too common to point at a figure
FIGURE_NEAR = 0.03
FIGURE_LIFT = 0.35
COMPARISON_LIFT = 0.1
EMPTY_SLOT = 0.85


@dataclass(frozen=True)
class Suggestion:
    """A topic the user can pick instead of typing (a button in Telegram)."""

    intent: str
    title: str


@dataclass(frozen=True)
class Answer:
    """Everything an adapter needs: the text, what was understood, and what to offer next."""

    question: str
    text: str
    intent: str | None
    score: float
    matched: bool
    suggestions: tuple[Suggestion, ...] = ()
    related: tuple[Suggestion, ...] = ()
    sources: tuple[str, ...] = ()
    runner_up: Scored | None = None
    intents: tuple[str, ...] = field(default=())  # every intent answered (several for compound)


@dataclass(frozen=True)
class _Reading:
    """One way to understand a message: the intents it asks, in order, with the clause for each."""

    parts: tuple[tuple[Scored, Analysis], ...]
    runner_up: Scored | None

    @property
    def score(self) -> float:
        return min(p[0].score for p in self.parts)


class Engine:
    def __init__(self, store: FactStore, intents: IntentSet):
        self.store = store
        self.intents = intents
        self.settings = intents.settings
        example_texts = [e for i in intents.intents.values() for e in i.examples]
        self.analyzer = Analyzer(
            intents.synonyms,
            store.countries,
            store.agencies,
            example_texts,
            intents.ignore,
            store.named_agencies,
        )
        analysed = [
            (i.intent, example, self.analyzer.analyze(example).stems)
            for i in intents.intents.values()
            for example in i.examples
        ]  # once: at 100,000 examples a second pass would cost as much as the index
        self.matcher = Matcher(analysed, CONTENTLESS)
        said: dict[str, set[str]] = {}  # every stem an intent's examples use
        for intent_id, _, stems in analysed:
            said.setdefault(intent_id, set()).update(stems)
        self._said = {k: frozenset(v) for k, v in said.items()}
        self.calculator = Calculator(store, intents, self.analyzer, self.matcher)
        self._featured = tuple(Suggestion(i.intent, i.title) for i in intents.intents.values() if i.featured)
        self._figures: list[tuple[float, str]] = []
        for i in intents.intents.values():
            fact = store.facts.get(i.figure or "")
            if isinstance(fact, Figure):
                self._figures.append((fact.value, i.intent))
        self._figure_refs = [(f.value, ref) for ref, f in store.facts.items() if isinstance(f, Figure)]
        self._listed_names = {}
        for group in ("participants.eu", "participants.non_eu"):
            fact = store.facts.get(group)
            if fact is not None:
                for name in fact.countries:  # type: ignore[union-attr]
                    code = store.countries.lookup(name)
                    if code:
                        self._listed_names[code] = name

    @classmethod
    def load(cls, facts_dir: Path | str, intents_path: Path | str) -> Engine:
        """Load and validate both data sources; raises DataError, never returns half an engine."""
        store = load_facts(facts_dir)
        return cls(store, load_intents(intents_path, store))

    # ------------------------------------------------------------ public API

    def answer(self, question: str) -> Answer:
        """Answer any string; never raises (a bug becomes a logged fallback, not a crash)."""
        try:
            return self._answer(question)
        except Exception:  # the last line of defence for chat users
            log.exception("engine failed on a question of %d characters", len(question))
            return self._fallback(question, [])

    def answer_intent(self, intent_id: str) -> Answer:
        """Answer a topic picked from a button, without matching."""
        intent = self.intents.intents.get(intent_id)
        if intent is None:
            return self._fallback(intent_id, [])
        analysis = self.analyzer.analyze("")
        text, refs = self._respond(intent, analysis)
        return self._make(intent_id, text, [intent.intent], refs, 1.0, True, None)

    def topics(self) -> list[Suggestion]:
        """Everything the bot can answer about, for menus."""
        return [
            Suggestion(i.intent, i.title)
            for i in self.intents.intents.values()
            if i.kind in ("fact", "list", "derived") and not i.slot
        ]

    def featured(self) -> list[Suggestion]:
        return list(self._featured)

    def example_of(self, intent_id: str) -> str:
        return self.intents[intent_id].examples[0]

    def explain(self, question: str) -> list[Scored]:
        """The ranked candidates for a question, for `chat --explain` and `check`."""
        return self.matcher.rank(self.analyzer.analyze(question).stems)

    # ------------------------------------------------------------ reading the message

    def _answer(self, question: str) -> Answer:
        text = question.strip()
        if not text:
            return self._canned(question, "empty")
        if len(text) > self.settings.max_chars:
            return self._canned(question, "too_long")
        whole = self.analyzer.analyze(text)
        ranked = self._rank(whole, limit=8)
        if whole.other_operation:  # "what did operation Pandora seize": not this statement's figures
            return self._out_of_scope(question)
        calculated = self._calculate(question, text, whole, ranked)
        if calculated is not None:
            return calculated
        reading = self._read(text, whole, ranked)
        if reading is None:
            return self._fallback(question, ranked)
        if len(reading.parts) == 1:
            best, analysis = reading.parts[0]
            runner = reading.runner_up
            if (
                runner is not None
                and best.score < self.settings.confident
                and best.score - runner.score < self.settings.ambiguity_margin
                and self.intents[runner.intent].kind not in QUIET_KINDS
                and self.intents[best.intent].kind not in QUIET_KINDS
                and not _same_figure(self.intents[best.intent], self.intents[runner.intent])
            ):
                return self._ambiguous(question, [best, runner])
        texts: list[str] = []
        refs: list[str] = []
        intent_ids: list[str] = []
        for scored, analysis in reading.parts:
            intent = self._redirect(self.intents[scored.intent], analysis)
            intent_ids.append(intent.intent)
            part_text, part_refs = self._respond(intent, analysis)
            if self._confirms(intent, analysis, part_text):
                if part_text.split(" ", 1)[0] in ("The", "A", "An"):  # "Yes — the officers came from..."
                    part_text = part_text[:1].lower() + part_text[1:]
                part_text = render(self.store, self.intents.responses["confirm"], {"answer": part_text})
            texts.append(part_text[:1].upper() + part_text[1:])
            refs.extend(part_refs)
        matched = self.intents[intent_ids[0]].kind != "out_of_scope"
        return self._make(
            question, "\n\n".join(texts), intent_ids, refs, reading.score, matched, reading.runner_up
        )

    def _read(self, text: str, whole: Analysis, ranked: list[Scored]) -> _Reading | None:
        """Choose between the whole message and its clauses; None when nothing is close enough."""
        threshold = self.settings.threshold
        single = None
        if ranked and ranked[0].score >= threshold:
            single = _Reading(((ranked[0], whole),), ranked[1] if len(ranked) > 1 else None)
        clauses = self._clauses(text)
        parts = self._parts(clauses, whole) if len(clauses) > 1 else []
        if not parts and single is None:  # "my editor asks: how many cars were checked"
            clauses = self._clauses(text, asides=True)
            parts = self._parts(clauses, whole) if len(clauses) > 1 else []
        if not parts:
            return single
        if len(parts) == 1:
            # one real question wrapped in chatter: answer the clause if it reads better than the whole
            if single is None or parts[0][0].score > single.score + 0.05:
                return _Reading((parts[0],), None)
            return single
        if single is not None:
            whole_intent = single.parts[0][0].intent
            mean = sum(p[0].score for p in parts) / len(parts)
            if whole_intent not in {p[0].intent for p in parts} and single.score >= mean - 0.02:
                return single  # e.g. "entries and forged documents combined": one derived question
        return _Reading(tuple(parts), None)

    def _parts(self, clauses: list[str], whole: Analysis) -> list[tuple[Scored, Analysis]]:
        """The clauses that ask something, each with its best intent (one clause per intent)."""
        threshold = self.settings.threshold
        parts: list[tuple[Scored, Analysis]] = []
        for clause in clauses:
            analysis = self.analyzer.analyze(clause)
            best = self._rank(analysis)[:1]
            usable = (
                best
                and best[0].score >= threshold
                and self.intents[best[0].intent].kind not in QUIET_KINDS
                and any(stem not in CONTENTLESS for stem in analysis.stems)  # not "did they" alone
            )
            if not usable:
                continue
            slotted = self.intents[best[0].intent].slot is not None
            same = [i for i, p in enumerate(parts) if p[0].intent == best[0].intent]
            if not same:
                parts.append((best[0], _merge_slots(analysis, whole) if slotted else analysis))
            elif slotted:  # "was norway in it? and turkey?": one question about two countries
                first, earlier = parts[same[0]]
                parts[same[0]] = (first, _add_slots(earlier, analysis))
        return parts

    def _rank(self, analysis: Analysis, limit: int = 5) -> list[Scored]:
        """Matcher scores, adjusted for figures the user quotes.

        "more than 600 kg of cocaine?" compares with a figure, so intents that have one gain a
        little; "i saw 288 thousand checks" names a figure, so when nothing matched well the
        intent of the nearest figure is lifted.
        """
        ranked = self.matcher.rank(analysis.stems, limit=8)
        if not analysis.countries and not analysis.agencies:
            # "how much cocaine was seized in Serbia" needs a country; without one that reading is weaker
            ranked = [
                Scored(s.intent, s.score * EMPTY_SLOT, s.example)
                if self.intents[s.intent].slot in ("country", "entity")
                else s
                for s in ranked
            ]
            ranked.sort(key=lambda s: (-s.score, s.intent))
        if any(c.comparator != "is" for c in analysis.claims):
            ranked = [
                Scored(s.intent, min(1.0, s.score + COMPARISON_LIFT), s.example)
                if self.intents[s.intent].figure
                else s
                for s in ranked
            ]
            ranked.sort(key=lambda s: (-s.score, s.intent))
        if ranked and ranked[0].score >= self.settings.threshold:
            return ranked[:limit]  # understood without help: a quoted number is then just context
        lifted = {s.intent: s for s in ranked}
        for claim in analysis.claims:
            for value, intent_id in self._figures:
                if value >= FIGURE_MIN and abs(claim.value - value) <= FIGURE_NEAR * value:
                    current = lifted.get(intent_id)
                    base = current.score if current else 0.0
                    example = current.example if current else ""
                    lifted[intent_id] = Scored(intent_id, min(1.0, base + FIGURE_LIFT), example)
        return sorted(lifted.values(), key=lambda s: (-s.score, s.intent))[:limit]

    def _clauses(self, text: str, asides: bool = False) -> list[str]:
        """The message's clauses; with `asides`, also split at colons, commas and dashes (tried
        only when nothing else matched: "my editor asks: ..." or "..., I need it for a report")."""
        clauses: list[str] = []
        for segment in self.analyzer.segments(text):
            for piece in _ASIDE.split(segment) if asides else [segment]:
                if piece.strip():
                    clauses.extend(_split_and(piece))
        return clauses

    # ------------------------------------------------------------ calculations on the spot

    def _calculate(self, question: str, text: str, whole: Analysis, ranked: list[Scored]) -> Answer | None:
        """ "people plus vehicles", "how many more people than vehicles", "bullets per weapon"
        (calculator.py). A matched intent that declares the same calculation in derived.yaml
        answers it in the maintainer's words; kilos and pieces are given one by one; "were more
        people than vehicles checked?" gets a Yes or No in front of the difference."""
        asked = self.calculator.read(text)
        if asked is None:
            return None
        op, picked = asked
        score = min(s.score for s in picked)
        polar = op == "difference" and _polar(whole)
        verdict = self.calculator.holds(text, picked) if polar else None
        declared = self.calculator.declared(op, ranked, picked)
        if declared is not None:  # "total kilos of cocaine and cannabis": one question, not two
            picked, score = [declared], declared.score
        result = None if declared else self.calculator.render(op, picked)
        if result is not None:
            refs = [self.intents[s.intent].figure or "" for s in picked]
            reply = result[:1].upper() + result[1:]
        else:
            texts, refs = [], []
            for scored in picked:
                part_text, part_refs = self._respond(self.intents[scored.intent], self.analyzer.analyze(""))
                texts.append(part_text)
                refs += part_refs
            reply = "\n\n".join(texts)
        if verdict is not None:
            reply = render(
                self.store, self.intents.responses["confirm" if verdict else "deny"], {"answer": reply}
            )
        return self._make(question, reply, [s.intent for s in picked], refs, score, True, None)

    # ------------------------------------------------------------ answering one intent

    def _redirect(self, intent: Intent, analysis: Analysis) -> Intent:
        """Country-, period- or quantity-specific questions go to the intent that says the statement
        has no such figures."""
        if intent.when_country and analysis.countries:
            return self.intents[intent.when_country]
        if intent.when_period and analysis.period:
            return self.intents[intent.when_period]
        if intent.when_quantity and _quantity(analysis):
            return self.intents[intent.when_quantity]
        return intent

    def _respond(self, intent: Intent, analysis: Analysis) -> tuple[str, list[str]]:
        if intent.slot is not None:
            return self._slot_answer(intent, analysis)
        assert intent.answer is not None
        refs = references(intent.answer)
        claims = [c for c in analysis.claims if not self._names_other_figure(c, intent.figure)]
        if not claims and len(analysis.claims) == 1 and not _open_question(analysis):
            claims = analysis.claims  # "1 ton of cocaine, correct?": a wrong figure, not context
        if _open_question(analysis):
            claims = [
                c for c in claims if c.comparator != "is"
            ]  # "which app were the 94 targets on": context
        if intent.figure and claims:
            verdict = self._verify(intent.figure, claims)
            if verdict is not None:
                return verdict, [intent.figure, *refs]
        return render(self.store, intent.answer), refs

    def _confirms(self, intent: Intent, analysis: Analysis, text: str) -> bool:
        """A yes/no question that asks nothing beyond what the answer states ("was heroin seized?",
        "did they check parcels too?") gets a Yes in front. Anything the intent's examples never
        mention ("was the centre in Belgrade?", "was meth seized?"), a quoted figure, "or", "not"
        or a superlative ("did most targets...") leaves the answer as it is: a wrong Yes is worse
        than none. A statement with a question tag ("Skopje was the centre, right?") counts too."""
        if intent.kind not in ("fact", "list", "derived") or analysis.claims:
            return False
        if re.match(r"(?:yes|no)\b", text, re.I):  # already a verdict (a slot or a checked figure)
            return False
        stems = analysis.stems[1:]
        if not _polar(analysis):
            core = _TAG.sub("", analysis.text)
            if core == analysis.text or not core.strip():
                return False
            analysis = self.analyzer.analyze(core)  # without the tag's "not" ("..., wasn't it?")
            stems = analysis.stems
        if any(t in NOT_CONFIRMABLE for t in analysis.tokens):
            return False
        said = self._said[intent.intent]
        return all(stem in said or stem in LIGHT_STEMS for stem in stems)

    def _names_other_figure(self, claim: Claim, own: str | None) -> bool:
        """ "Of the 120 targets, how many ..." quotes a figure as context, not as a claim to check."""
        if claim.comparator != "is":
            return False  # "fewer than 300 weapons" compares, even if 300 is also another figure
        return any(value == claim.value and ref != own for value, ref in self._figure_refs)

    def _verify(self, ref: str, claims: list[Claim]) -> str | None:
        """Yes/No for a figure the user quotes, always with the stated figure."""
        fact = self.store.facts.get(ref) or self.store.derived.get(ref)
        for claim in claims:
            if isinstance(fact, Figure):
                ok, stated = _judge(claim, fact.value, fact.qualifier), render_figure(fact, "full")
            elif isinstance(fact, Derived):
                ok, stated = _judge(claim, fact.value, "exact"), render_derived(fact)
            else:
                return None
            if ok is None:
                continue
            key = "verify_yes" if ok else "verify_no"
            return render(self.store, self.intents.responses[key], {"claimed": claim.words, "stated": stated})
        return None

    def _slot_answer(self, intent: Intent, analysis: Analysis) -> tuple[str, list[str]]:
        answers = intent.answers or {}
        lines: list[tuple[str, dict[str, str]]] = []
        if intent.slot == "letter":
            if analysis.letter is None:
                lines.append(("missing", {}))
            else:
                letter = analysis.letter.upper()
                names = [self._listed_names[c] for c in (*self.store.eu, *self.store.non_eu)]
                hits = [n for n in names if n.upper().startswith(letter)]
                lines.append(("found" if hits else "none", {"letter": letter, "countries": join(hits)}))
        else:
            for code in analysis.countries:
                outcome = self.store.participation(code)
                if analysis.non_eu and f"{outcome}_asked_non_eu" in answers:
                    outcome = f"{outcome}_asked_non_eu"  # "is Greece non-EU?" turns yes and no around
                lines.append((outcome, {"name": self._country_name(code)}))
            if intent.slot == "entity":
                coordinator = self.store.facts.get("operation.coordinator")
                lead = coordinator.text if isinstance(coordinator, Text) else ""
                for agency in analysis.agencies:
                    if agency == lead:
                        outcome = "coordinator"
                    elif agency in self.store.named_agencies:
                        outcome = "partner"
                    else:
                        outcome = "agency_absent"
                    lines.append((outcome, {"name": agency}))
            if not lines:
                lines.append(("missing", {}))
        texts = [render(self.store, answers[outcome], slots) for outcome, slots in lines]
        refs = [r for outcome, _ in lines for r in references(answers[outcome])]
        return " ".join(texts), refs

    def _country_name(self, code: str) -> str:
        return self._listed_names.get(code) or self.store.countries.name(code)

    # ------------------------------------------------------------ building answers

    def _make(
        self,
        question: str,
        text: str,
        intent_ids: list[str],
        refs: list[str],
        score: float,
        matched: bool,
        runner_up: Scored | None,
    ) -> Answer:
        related: list[Suggestion] = []
        for intent_id in intent_ids:
            for other in self.intents[intent_id].related:
                if other not in intent_ids and all(s.intent != other for s in related):
                    related.append(Suggestion(other, self.intents[other].title))
        suggestions = () if matched else tuple(self.featured()[:4])
        return Answer(
            question=question,
            text=text,
            intent=intent_ids[0],
            score=round(score, 3),
            matched=matched,
            suggestions=suggestions,
            related=tuple(related[:4]),
            sources=tuple(self.store.sources_for(refs)),
            runner_up=runner_up,
            intents=tuple(intent_ids),
        )

    def _suggest(self, ranked: list[Scored]) -> list[Suggestion]:
        picks = [
            Suggestion(s.intent, self.intents[s.intent].title)
            for s in ranked
            if s.score > 0.2
            and self.intents[s.intent].kind not in QUIET_KINDS
            and not self.intents[s.intent].slot
        ][:3]
        for extra in self.featured():
            if len(picks) >= 3:
                break
            if all(p.intent != extra.intent for p in picks):
                picks.append(extra)
        return picks

    def _fallback(self, question: str, ranked: list[Scored]) -> Answer:
        picks = self._suggest(ranked)
        text = render(
            self.store, self.intents.responses["fallback"], {"topics": join([p.title for p in picks], "or")}
        )
        best = ranked[0] if ranked else None
        return Answer(
            question, text, None, round(best.score, 3) if best else 0.0, False, tuple(picks), runner_up=best
        )

    def _ambiguous(self, question: str, candidates: list[Scored]) -> Answer:
        picks = [Suggestion(s.intent, self.intents[s.intent].title) for s in candidates]
        text = render(
            self.store, self.intents.responses["ambiguous"], {"topics": join([p.title for p in picks], "or")}
        )
        return Answer(
            question, text, None, round(candidates[0].score, 3), False, tuple(picks), runner_up=candidates[1]
        )

    def _out_of_scope(self, question: str) -> Answer:
        intent = next(i for i in self.intents.intents.values() if i.kind == "out_of_scope")
        text, refs = self._respond(intent, self.analyzer.analyze(""))
        return self._make(question, text, [intent.intent], refs, 1.0, False, None)

    def _canned(self, question: str, key: str) -> Answer:
        picks = self.featured()[:4]
        text = render(
            self.store, self.intents.responses[key], {"topics": join([p.title for p in picks], "or")}
        )
        return Answer(question, text, None, 0.0, False, tuple(picks))


def _split_and(segment: str) -> list[str]:
    """Split a clause at "and" (and at commas in "how many X, Y and Z"); `_read` keeps a split only
    if the parts ask different things."""
    words = segment.split()
    pieces = segment.split(",")
    listing = len(pieces) > 1 and all(len(p.split()) <= 4 for p in pieces)  # "cannabis, weapons, ammo?"
    counting = listing or " ".join(words[:2]).lower() in ("how many", "how much", "number of")
    parts: list[list[str]] = [[]]
    for word in words:
        if word.lower() in ("and", "&", "n", "vs", "versus") and parts[-1]:
            parts.append([])
            continue
        parts[-1].append(word.rstrip(","))
        if counting and word.endswith(",") and parts[-1]:
            parts.append([])
    return [" ".join(p) for p in parts if p]


_TAG = re.compile(
    r"[,\s]*\b(?:right|correct|true|yes|isn'?t it|wasn'?t it|weren'?t they|didn'?t they|aren'?t they|"
    r"is that (?:right|correct|true|so)|am i right)\W*$",
    re.I,
)
_ASIDE = re.compile(r"\s*[:,]\s*|\s+[-–—]\s+")


def _add_slots(first: Analysis, more: Analysis) -> Analysis:
    """The first clause's analysis with the countries and agencies of a later one added."""
    countries = first.countries + [c for c in more.countries if c not in first.countries]
    agencies = first.agencies + [a for a in more.agencies if a not in first.agencies]
    return Analysis(
        first.text, first.tokens, first.stems, countries, agencies, first.claims, first.letter or more.letter
    )


def _merge_slots(clause: Analysis, whole: Analysis) -> Analysis:
    """A clause keeps its own slots, or borrows the message's ("did Greece and Serbia take part")."""
    if clause.countries or clause.agencies or clause.letter:
        return clause
    return Analysis(
        clause.text, clause.tokens, clause.stems, whole.countries, whole.agencies, clause.claims, whole.letter
    )


POLAR = {"was", "were", "did", "do", "does", "is", "are", "has", "have", "had"}
NOT_CONFIRMABLE = {
    "or", "not", "no", "never", "nt", "only", "just", "most", "mostly", "mainly", "majority", "all",
    "every", "each", "more", "less", "fewer", "than", "least", "biggest", "largest", "smallest",
    "highest", "lowest", "alone", "itself", "first", "last", "same", "instead", "exactly",
}  # fmt: skip
# Words a yes/no question may add without asking anything more ("were parcels checked too?").
LIGHT_STEMS = {Analyzer.stem(w) for w in LIGHT_WORDS}
WH_WORDS = {"what", "which", "how", "who", "where", "when", "why", "whats", "whose"}
# requests quote figures as context too: "break down the 288,774 entities", "list the 120 targets"
REQUESTS = {"give", "list", "break", "show", "tell", "name", "explain", "describe", "split"}
CONTENTLESS = frozenset(Analyzer.stem(w) for w in FUNCTION_WORDS)


def _same_figure(one: Intent, other: Intent) -> bool:
    """Two close intents about the same figure ("cyber patrol targets": the targets or the patrol)
    both give it, so answering the first beats asking back."""
    return one.figure is not None and one.figure == other.figure


def _quantity(analysis: Analysis) -> bool:
    """ "how many officers did Germany send" asks for a number, not whether Germany took part."""
    tokens = analysis.tokens
    return any(tokens[i] == "how" and tokens[i + 1] in ("many", "much") for i in range(len(tokens) - 1))


def _polar(analysis: Analysis) -> bool:
    """ "was heroin seized", "did they check parcels": a question answered with yes or no."""
    return bool(analysis.tokens) and analysis.tokens[0] in POLAR


def _open_question(analysis: Analysis) -> bool:
    """A wh-question quotes figures as context; only yes/no questions and bare claims get checked."""
    return bool(analysis.tokens) and (analysis.tokens[0] in WH_WORDS or analysis.tokens[0] in REQUESTS)


def _judge(claim: Claim, value: float, qualifier: str) -> bool | None:
    """Is the claim consistent with the stated figure? None when it is not about this figure."""
    c = claim.value
    if claim.comparator in ("is", "exact"):
        return c == value
    if claim.comparator == "about":
        return abs(c - value) <= 0.05 * value
    if claim.comparator == "over":
        if qualifier == "nearly":
            return c < 0.9 * value
        return value > c or (qualifier == "more_than" and c <= value)
    if claim.comparator == "under":
        if qualifier == "more_than":
            return None if c > value else False
        return value < c or (qualifier == "nearly" and c >= value)
    return None


__all__ = ["Answer", "Engine", "Suggestion"]
