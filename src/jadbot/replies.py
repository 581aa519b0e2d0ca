"""Replies: one handler per operation of the reading, each returning a structured `Reply`.

A reply is built from the facts (never typed figures), with its verdict kept apart from its
text, so "Yes —" / "No —" and capitalisation are applied once, in `render`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache

from rapidfuzz import fuzz

from jadbot import arithmetic
from jadbot.analysis import FUNCTION_WORDS, LIGHT_WORDS, Analysis, Analyzer, Claim
from jadbot.facts import Countries, Derived, FactStore, Figure, Items, Text
from jadbot.intents import Intent, IntentSet
from jadbot.languages import fold, is_cyrillic
from jadbot.normalize import normalize
from jadbot.readers import (
    ALL_OF,
    BREAKDOWN_ASKED,
    CHECKING,
    GENERIC,
    KIND_ASKED,
    NAMES_ASKED,
    PERCENT,
    REPORTED,
    VAGUE,
    Readers,
    asked_after,
    claimed,
    how_many_asked,
    open_question,
    phrases,
    polar,
    tagged,
)
from jadbot.readers import CONTENTLESS as _CONTENTLESS
from jadbot.reading import OPERATIONS, Ask
from jadbot.render import (
    ENGLISH,
    in_sentence,
    references,
    render,
    render_derived,
    render_figure,
    sentence_case,
)


@dataclass(frozen=True)
class Reply:
    """What a handler answers: its text, the facts and intents it used and its verdict."""

    text: str
    refs: tuple[str, ...] = ()
    intents: tuple[str, ...] = ()
    verdict: str | None = None  # "yes" / "no": put in front of the text when rendered
    framed: bool = False  # the text already starts with its verdict (a slot answer, a checked figure)


class Replier:
    def __init__(
        self,
        store: FactStore,
        intents: IntentSet,
        analyzer: Analyzer,
        readers: Readers,
        english: Replier | None = None,
    ):
        """`english`:
        the English replier, when this one answers in another language (names compare in English)."""
        self.store, self.intents, self.analyzer, self.readers = store, intents, analyzer, readers
        self.english = english
        self.calculator = readers.calculator
        self.settings = intents.settings
        vocabulary = intents.vocabulary
        self._relation_stems = {
            relation: {tuple(Analyzer.stem(w) for w in normalize(word).split()) for word in words}
            for relation, words in vocabulary.relations.items()
        }
        self._stated_relations = {f.relation for f in store.facts.values() if isinstance(f, Figure)}
        self._entities = {kind: phrases(names) for kind, names in vocabulary.entities.items()}
        self._shared = phrases(vocabulary.shared) if vocabulary.shared else None
        # the one role a named holder has: led it, or put the statement out
        self._led = phrases(vocabulary.led)
        self._said = readers.said  # every stem each intent's examples use
        # a light word as the analyzer reads it too: "involved" is read as taking part
        # and a vague noun names nothing to confirm: "did they also look at stuff online?"
        self._light = LIGHT_STEMS | {s for w in LIGHT_WORDS | _VAGUE_NOUNS for s in analyzer.analyze(w).stems}
        # "were parcels among the things checked?": a part may be asked as one of its whole's
        # "did this operation find forged documents?", "did they catch anyone crossing illegally?": what
        # was detected, seized or identified was found, whoever or whatever it was
        self._found = frozenset(
            s
            for w in ("find", "found", "finds", "catch", "caught", "discover", "discovered", "uncover", "uncovered",
                      "stop", "stopped", "intercept", "intercepted", "nab", "nabbed",
                      "anyone", "anybody", "anything", "someone", "something", "folks", "folk")
            for s in analyzer.analyze(w).stems
        )  # fmt: skip
        self._whole_stems: dict[str, frozenset[str]] = {}
        for part, whole in self.calculator.whole.items():
            fact = store.facts.get(intents[whole].figure or "")
            if isinstance(fact, Figure):
                self._whole_stems[part] = frozenset(analyzer.analyze(fact.unit).stems)
        self._sentence_stems: dict[tuple[str, ...], frozenset[str]] = {}
        # words an answer may start with that stay capitalised after "Yes —": names, not "Police"
        self._names = phrases(
            [
                *store.agencies,
                *(store.countries.name(c) for c in (*store.eu, *store.non_eu)),
                *vocabulary.entities.get("place", ()),
            ]
        )
        # one handler per operation a reader can produce; a missing one fails at load, not on a question
        self._handlers = {op: getattr(self, f"_{op}") for op in OPERATIONS}
        self._figure_refs = [(f.value, ref) for ref, f in store.facts.items() if isinstance(f, Figure)]
        self.wording = store.wording or ENGLISH
        self.phrases = intents.phrases
        self._verdict_word = re.compile(
            rf"(?:{'|'.join(re.escape(w) for w in self.wording.verdict.values())})\b", re.I
        )
        self.listed_names: dict[str, str] = {}
        for group in ("participants.eu", "participants.non_eu"):
            fact = store.facts.get(group)
            if isinstance(fact, Countries):
                for name in fact.countries:
                    code = store.countries.lookup(name)
                    if code:
                        self.listed_names[code] = name

    def reply(self, ask: Ask) -> Reply:
        return self._handlers[ask.op](ask)

    def render(self, replies: list[Reply], one_question: bool = False) -> str:
        """The replies as one message: each with its verdict in front, capitalised once. A claim
        refuted comes first: "2,229 entries and 140 documents, right?" is wrong as a whole, and when
        it was asked as one question its right parts follow without a "Yes" of their own."""
        seen: set[str] = set()
        kept = []
        for r in replies:  # "Greece, taking part? Which side, EU or not?": the same answer said once
            said = self._verdict_word.sub("", r.text, count=1).lstrip(" —–-,").lower()
            if said not in seen:
                kept.append(r)
                seen.add(said)
        replies = kept
        verdicts = [r.verdict or (self._framed_verdict(r) if one_question else None) for r in replies]
        mixed = {"yes", "no"} <= set(verdicts)
        pairs = list(zip(verdicts, replies, strict=True))
        if mixed:
            pairs.sort(key=lambda p: p[0] != "no")
        texts = []
        for verdict, r in pairs:
            text = r.text
            if mixed and one_question and verdict == "yes":
                yes = re.escape(self.wording.verdict["yes"])
                text = re.sub(rf"(?:^|(?<=[.!] )){yes}\s*(?:[—–-]|[.,:;!])\s*", "", text)
            elif (
                r.verdict and not r.framed and not self._verdict_word.match(text)
            ):  # a template may carry its own
                first = text.split(" ", 1)[0]
                key = "confirm" if r.verdict == "yes" else "deny"
                dashed = "— {answer}" in self.intents.responses[key]  # "Ναι — στήθηκε…", not "Ναι — Στήθηκε…"
                if (
                    (self.wording.language == "en" or (dashed and self.wording.language != "de"))
                    and (
                        first[1:].islower()
                        or first == "A"
                        or (dashed and len(first) == 1 and first.isalpha())
                    )
                    and not (self.wording.language == "en" and self._names.match(normalize(text)))
                    and not self._names_a_name(first)
                ):
                    # "Yes — police in several countries...", not "Police"
                    text = _lower_first(text, self.wording.language) + text[1:]
                text = render(self.store, self.intents.responses[key], {"answer": text})
            texts.append(sentence_case(text))
        # a quote in another language carries its answer along: the same paragraph is said once
        paragraphs = (p for text in texts for p in text.split("\n\n"))
        return "\n\n".join(dict.fromkeys(paragraphs))

    def _framed_verdict(self, reply: Reply) -> str | None:
        """The verdict a framed text starts with ("Yes — Eurojust was one of the agencies …")."""
        if not reply.framed:
            return None
        first = reply.text.split(" ", 1)[0].strip(".,:;!—")
        return next(
            (v for v, word in self.wording.verdict.items() if word == first and v in ("yes", "no")), None
        )

    # ------------------------------------------------------------ lookups

    def _lookup(self, ask: Ask) -> Reply:
        assert ask.intent is not None and ask.analysis is not None
        analysis = ask.analysis
        intent = self._redirect(self.intents[ask.intent], analysis)
        if ask.operands and intent.intent == ask.intent:  # a calculation declared in derived.yaml, answered
            # in the maintainer's words (unless a country asked sends it to the per-country answer)
            held = self.calculator.holds(ask.clause, list(ask.operands)) if ask.polar else None
            verdict = None if held is None else ("yes" if held else "no")
            text = render(self.store, intent.answer or "")
            derived = [r for r in references(intent.answer or "") if r in self.store.derived]
            own = intent.figure or (
                derived[0] if len(derived) == 1 else None
            )  # "over 20 checks per officer?"
            checked = (
                self._verify(own, analysis.claims)
                if held is None and ask.polar and analysis.claims and own
                else None
            )  # "adding both lists together, is 27 correct?": the figure claimed, checked
            if checked is not None:
                return Reply(checked[1], (own or "",), (intent.intent,), checked[0], framed=True)
            return Reply(text, tuple(references(intent.answer or "")), (intent.intent,), verdict)
        in_a_place = bool(intent.when_country) and self._in_a_place(analysis, asked=ask.polar)
        if (
            intent.when_country
            and intent.answer
            and (not ask.polar or analysis.countries or in_a_place)
            and (in_a_place or _PLACE_ASKED.match(normalize(ask.clause)))
        ):
            # "how much cocaine was seized in Belgrade?", "were those found in Skopje?": the total, and that no
            # place has a figure of its own (no Yes for the place)
            split = self.intents[intent.when_country]
            text, refs = self._slot_answer(split, analysis, ask.within)
            total = render(self.store, intent.answer)
            return Reply(
                f"{total}\n\n{text}", (*references(intent.answer), *refs), (intent.intent, split.intent)
            )
        if intent.slot is not None:
            text, refs = self._slot_answer(intent, analysis, ask.within)
            if (
                intent.slot == "country"
                and len(analysis.countries) == 1
                and _ALL_IN.search(normalize(analysis.text))
            ):  # "was that all in North Macedonia?": No, and no figures for any one country
                return Reply(text, tuple(refs), (intent.intent,), "no")
            if intent.slot == "country" and ask.polar and _one_country_asked(analysis, within=True):
                # "was that all seized in one country?": police in several countries, none given apart
                return Reply(text, tuple(refs), (intent.intent,), "no")
            if intent.kind == "not_reported" and ABOUT_STATEMENT.match(normalize(ask.clause)):
                return Reply(
                    text, tuple(refs), (intent.intent,), "no"
                )  # "did Europol break it down by country?"
            if not ask.polar and _WHO_IS.fullmatch(normalize(ask.clause)):
                # "who is Frontex?" asks no yes or no: what the statement says of it, without the "Yes —"
                text = self._verdict_word.sub("", text, count=1).lstrip(" —–-,")
                return Reply(text, tuple(refs), (intent.intent,))
            return Reply(text, tuple(refs), (intent.intent,), framed=True)
        assert intent.answer is not None
        refs = references(intent.answer)
        unsaid = (
            self._relation_unsaid(intent, analysis)
            or self._inexact_unsaid(intent, analysis)
            or self._one_persons_unsaid(intent, analysis)
            or self._unit_unsaid(intent, analysis)
            or self._breakdown_unsaid(intent, analysis)
            or self._kind_unsaid(intent, analysis)
            or self._place_uncounted(analysis)
        )
        if unsaid is not None:
            # "120 arrested, is that true?": a figure claimed of what the statement never says is No
            # "is there a figure for how many markets were shut down?": whether the statement says it, No
            verdict = (
                "no"
                if (ask.polar and analysis.claims) or ABOUT_STATEMENT.match(normalize(ask.clause))
                else None
            )
            return Reply(unsaid, (intent.figure or "",), (intent.intent,), verdict)
        one = self._one_share_named(intent, analysis)
        if one is not None:  # "what share of those were people?": that share, not every part's
            return self._calculate(Ask("share", ask.clause, None, one, polar=ask.polar, analysis=analysis))
        whole = self._whole_of_only_part(intent, ask)
        if whole is not None:  # "was only cocaine seized?": No, and the whole it is one part of
            answer = self.intents[whole].answer or ""
            return Reply(render(self.store, answer), tuple(references(answer)), (whole,), "no")
        other = self._other_country_named(intent, analysis)
        if other is not None:  # "is Greece listed twice?": the answer's Yes is of Spain, so No
            return Reply(other, tuple(references(intent.answer)), (intent.intent,))
        whole = self._total_only(intent, ask)
        if whole is not None:  # "how many targets in total?": the 120, not the four channels too
            return Reply(whole, (intent.figure or "",), (intent.intent,))
        if len(analysis.claims) >= 2 and (ask.polar or tagged(analysis.text) is not None):
            # "94 of the 120 targets were on social media?": the 120 is the whole, given; the 94 is claimed
            norm = normalize(analysis.text)
            whole_given = [
                c
                for c in analysis.claims
                if re.search(rf"\bof (?:the |all |all the )?{re.escape(c.words)}\b", norm)
            ]
            if len(whole_given) == 1:
                analysis = replace(analysis, claims=[c for c in analysis.claims if c is not whole_given[0]])
        claims = [
            c for c in analysis.claims if not self._names_other_figure(c.value, c.comparator, intent.figure)
        ]
        if not claims and len(analysis.claims) == 1 and not open_question(analysis):
            claims = analysis.claims  # "1 ton of cocaine, correct?": a wrong figure, not context
        if not claims and len(analysis.claims) >= 2 and (ask.polar or tagged(analysis.text) is not None):
            # "120 targets, 94 of them on the dark web - right?": the 120 is the whole, the 94 the claim
            whole = self.calculator.whole_of(intent.intent)
            whole_fact = self.store.facts.get(self.intents[whole].figure or "") if whole else None
            if isinstance(whole_fact, Figure):
                claims = [c for c in analysis.claims if c.value != whole_fact.value]
        if open_question(analysis):  # "which app were the 94 targets on": context, unless it misquotes the
            # figure ("of which 215,237 people?" against 215,273: the same figure, mistyped)
            claims = [c for c in claims if c.comparator != "is" or self._misquotes(c.value, intent.figure)]
        computed = [r for r in refs if r in self.store.derived]
        alone = len(computed) == 1 and self.store.derived[computed[0]].kind in ("number", "ratio")
        figure = intent.figure or (computed[0] if alone else None)  # "2,343 detections together"
        text = render(self.store, intent.answer)
        english = self.english.render_answer(intent.intent) if self.english is not None else text
        quoted = analysis.claims
        if (
            figure
            and len(quoted) >= 2
            and self.readers.lists_countries(intent.intent)  # not "120 targets, 94 of them on social media"
            and (ask.polar or tagged(analysis.text) is not None)
        ):
            # "16 EU countries and 10 non-EU, check?": each figure against the answer's own figures
            stated = list(
                dict.fromkeys(r for r in (figure, *refs) if self._verify(r, quoted[:1]) is not None)
            )
            if len(stated) >= 2:
                right = [any((self._verify(r, [c]) or ("",))[0] == "yes" for r in stated) for c in quoted]
                return Reply(text, tuple(stated), (intent.intent,), "yes" if all(right) else "no")
        if (
            not claims
            and intent.kind in ("fact", "derived", "list")
            and (figure or refs)
            and (ask.polar or tagged(analysis.text) is not None)
            and _NONE_CLAIMED.search(normalize(analysis.text))
        ):
            return Reply(
                text, tuple(refs), (intent.intent,), "no"
            )  # "nothing was seized?", "nobody was checked, right?"
        if figure and claims:
            verdict = self._verify(figure, claims)
            if verdict is not None and verdict[0] == "yes" and self._one_of_many(intent, analysis):
                # "the 300 kg, that was all cannabis right": the figure is right, the "all" is not
                return Reply(text, tuple(refs), (intent.intent,), "no")
            narrower = self._narrower(analysis, intent.intent) if verdict else None
            if narrower is not None:  # "a ton of cocaine?": nearly a ton of drugs, but 626 kg of cocaine
                checked = self._verify(self.intents[narrower].figure or "", claims)
                if checked is not None and checked[0] == "no":
                    return Reply(
                        checked[1], (self.intents[narrower].figure or "",), (narrower,), "no", framed=True
                    )
            if (
                verdict is not None
                and verdict[0] == "yes"
                and (self._names_another(analysis, english) or self._names_fewer(analysis, english))
            ):
                # "626 kilos of heroin, right?": the figure is right, the drug is not; "300 kilos of
                # heroin?": 300 kg is heroin, cannabis and plants together, no figure for heroin alone
                return Reply(text, (figure, *refs), (intent.intent,), "no")
            if (
                verdict is not None
                and verdict[0] == "yes"
                and not ask.polar
                and (asked_after(analysis) or _WHAT_OF_IT.match(normalize(analysis.text)))
            ):  # "it says 'nearly a ton' - which quantities does it name?", "what did the 'nearly a ton' consist
                verdict = None  # of?": no yes/no asked
            if (
                verdict is not None
                and verdict[0] == "yes"
                and all(c.given for c in claims)
                and (
                    (tagged(analysis.text) is None and not CHECKING.search(normalize(analysis.text)))
                    # "were all 310 actually firearms?": what all of them were, not the figure
                    or _ALL_OF_THEM.search(normalize(analysis.text)) is not None
                )
            ):
                verdict = (
                    None  # "after the 2,229 entries were detected, …": a premise, not a claim to confirm
                )
            if verdict is not None and self.readers.multitude_of_another(analysis, intent.intent):
                verdict = None  # "police found hundreds of gun sellers?": a number of something else
            other_unit = (
                self.readers.unit_of_another(analysis, intent.intent, analysis.claims.index(claims[0]))
                if verdict and claims
                else None
            )
            measure = (
                self.readers.measure_of_another(analysis, analysis.claims.index(claims[0]), figure)
                if verdict and verdict[0] == "yes" and len(claims) == 1
                else None
            )
            if measure is not None:
                # "310 kilos of weapons?": the number is right, the measure is not (310 pieces)
                claimed = f"{self.wording.number(claims[0].value)} {measure}"
                slots = {"stated": self._stated(figure), "claimed": claimed}
                text = render(self.store, self.intents.responses["verify_no"], slots)
                return Reply(text, (figure, *refs), (intent.intent,), "no", framed=True)
            if verdict is not None and verdict[0] == "yes" and other_unit is not None and len(claims) == 1:
                # "120 weapons found online?": 120 is the targets; the weapons were 310
                typed, owner = other_unit
                fact = self.store.facts.get(self.intents[owner].figure or "")
                unit = typed if self.wording.language == "en" or not isinstance(fact, Figure) else fact.unit
                claimed = f"{self.wording.number(claims[0].value)} {unit}"
                slots = {"stated": self._stated(figure), "claimed": claimed}
                text = render(self.store, self.intents.responses["verify_no"], slots)
                return Reply(text, (figure, *refs), (intent.intent,), "no", framed=True)
            if verdict is not None:
                return Reply(verdict[1], (figure, *refs), (intent.intent,), verdict[0], framed=True)
        if (
            not figure
            and claims
            and intent.kind != "not_reported"
            and (ask.polar or tagged(analysis.text) is not None)
        ):
            # "310 weapons and 2,000 rounds of ammunition, correct?": each figure quoted against the
            # answer's own figures; one wrong makes it a No
            stated = [r for r in refs if isinstance(self.store.facts.get(r), Figure)]
            if len(stated) >= 2:
                right = [any((self._verify(r, [c]) or ("",))[0] == "yes" for r in stated) for c in claims]
                return Reply(text, tuple(refs), (intent.intent,), "yes" if all(right) else "no")
        quoted = self._unreported_quote(intent, analysis, text) if ask.polar else None
        if quoted is not None:  # "2,229 people were arrested, right?": no arrests given; 2,229 is the entries
            return Reply(quoted, tuple(refs), (intent.intent,), "no", framed=True)
        if (
            ask.polar
            and _ALL_ONE.search(normalize(analysis.text))
            and self._one_of_several(analysis, english)
        ):
            return Reply(text, tuple(refs), (intent.intent,), "no")  # "is the 300 kilos just cannabis?"
        compared = self.calculator.declared_operands(intent.intent, "difference") if ask.polar else None
        if compared is not None:  # "was that more than the cannabis?" read as cocaine against the rest
            held = self.calculator.holds(ask.clause, list(compared))
            if held is not None:
                return Reply(text, tuple(refs), (intent.intent,), "yes" if held else "no")
        verdict = self._verdict(intent, analysis, english, ask.polar)  # names compare in English
        if (
            verdict is None
            and ask.polar
            and intent.kind == "not_reported"
            and self._named_apart(analysis, english)
        ):
            verdict = (
                "no"  # "was ecstasy seized?": the detail not given names the drugs it does give, not that one
            )
        if verdict is None and ABOUT_STATEMENT.match(normalize(ask.clause)):
            # "does the statement mention arrests?": No for what it does not report, Yes for what it does
            # ("did they say whether the entries were migrants or smugglers?" asks more than the figure)
            said = self._said[intent.intent] | self._sourced(refs)  # "identified on marketplaces": the
            # statement's own sentence says "identified" though no example does
            explained = all(s in said or s in self._light or s in _ABOUT_STEMS for s in analysis.stems)
            names_asked = _SAYS_NAMES.search(normalize(ask.clause)) and intent.figure and not explained
            verdict = (
                "no"
                if intent.kind == "not_reported"
                or _denied(analysis.text, text)  # "…how much was heroin?"
                or names_asked  # "does it say which dark web sites were monitored?": a count names none
                else "yes"
                if intent.kind in ("fact", "list", "derived") and explained
                else None
            )
        return Reply(text, tuple(refs), (intent.intent,), verdict)

    def _sourced(self, refs: list[str] | tuple[str, ...]) -> frozenset[str]:
        """The stems of the statement's sentences behind some facts (memoised: a few per intent)."""
        key = tuple(refs)
        if key not in self._sentence_stems:
            sentences = " ".join(self.store.sources_for(refs))
            self._sentence_stems[key] = frozenset(self.analyzer.analyze(sentences).stems)
        return self._sentence_stems[key]

    def _unreported_quote(self, intent: Intent, analysis: Analysis, text: str) -> str | None:
        """A claim about what the statement does not report, quoting another fact's figure: No, what is
        not reported, and what the figure is the statement's figure for."""
        if intent.kind != "not_reported":
            return None
        for claim in analysis.claims:
            other = self._other_figure(claim.value, "") if claim.comparator in ("is", "exact") else None
            if other is not None and not self._unit_named(claim.value, analysis):
                keep = self.wording.language == "de" or self._names_a_name(text.split(" ", 1)[0])
                answer = (
                    text if keep else _lower_first(text, self.wording.language) + text[1:]
                )  # German nouns
                slots = {"answer": answer, "claimed": self.wording.number(claim.value), "other": other}
                return render(self.store, self.intents.responses["unreported_other"], slots)
        return None

    def _unit_named(self, value: float, analysis: Analysis) -> bool:
        """ "Were the 114 forged documents linked to the entries?": the figure quoted with its own unit is
        context, not a claim about something else (the unit anywhere in the question: a gloss or "the 114
        forged documents" puts words between; `Readers.counts_in_unit` wants it right after the number)."""
        stems = set(analysis.stems)
        store = (self.english or self).store  # the units in the words the question is read in (its gloss)
        for v, ref in self._figure_refs:
            fact = store.facts.get(ref)
            if v == value and isinstance(fact, Figure):
                unit = self.analyzer.analyze(fact.unit).stems
                if unit and unit[-1] in stems:
                    return True
        return False

    def _narrower(self, analysis: Analysis, intent_id: str) -> str | None:
        """The intent of a drug the claim names that has a figure of its own, other than the one read."""
        for name in sorted(self._claimed_drugs(analysis)):
            found = self.readers.figure_intent(name)
            if found and found != intent_id and self.intents[found].figure:
                return found
        return None

    def _claimed_drugs(self, analysis: Analysis) -> set[str]:
        """The drugs a quoted quantity is of ("a ton of cocaine"), not those merely named beside it
        ("nearly a ton of drugs, including cocaine")."""
        norm = normalize(analysis.text)
        quoted = [normalize(c.words) for c in analysis.claims if normalize(c.words)]
        return {
            name
            for name in self._named(analysis.text, analysis).get("drug", ())
            if any(
                re.search(rf"\b{re.escape(q)}\s+(?:\w+\s+)?(?:of\s+)?{re.escape(name)}\b", norm)
                # "heroin was 300 kilos on its own?": the drug first
                or re.search(
                    rf"\b{re.escape(name)}\s+(?:(?:alone|only|itself|by itself|on its own)\s+)?"
                    # "the tweet's heroin figure should have been 300?": the drug's own figure claimed
                    rf"(?:(?:figure|number|amount|quantity|total|weight|seizure|haul)\s+)?"
                    rf"(?:was|were|is|came to|come to|comes to|at|totalled|totaled|should have been|should be|"
                    rf"would be|would have been|must be|must have been)\s+(?:\w+\s+)?{re.escape(q)}\b",
                    norm,
                )
                # "was the heroin figure 300?"
                or re.search(
                    rf"\b(?:was|is|were) (?:the |its )?{re.escape(name)} (?:figure|number|amount|quantity|total|weight)"
                    rf" (?:\w+ )?{re.escape(q)}\b",
                    norm,
                )
                for q in quoted
            )
        }

    def _names_fewer(self, analysis: Analysis, english: str) -> bool:
        """The claim gives one drug a figure the answer gives several together."""
        named = self._named(analysis.text, analysis).get("drug", set())
        asked = named if self._claimed_drugs(analysis) else set()  # "300 kg of cannabis, heroin and…": all
        stated = self._named(english, None).get("drug", set())
        return len(asked) == 1 and len(stated) > 1 and asked < stated

    def _one_of_several(self, analysis: Analysis, english: str) -> bool:
        """The question names one drug, platform… of the several the answer gives together."""
        asked, stated = self._named(analysis.text, analysis), self._named(english, None)
        return any(
            len(names) == 1 and len(stated.get(kind, ())) > 1 and names < stated[kind]
            for kind, names in asked.items()
            if kind not in ("country", "agency")
        )

    def _names_another(self, analysis: Analysis, english: str) -> bool:
        """The question names a drug, place, platform... of a kind the answer (in English) names, but
        not that one."""
        asked, stated = self._named(analysis.text, analysis), self._named(english, None)
        return any(
            names and stated.get(kind) and not self._within(names, stated[kind])
            for kind, names in asked.items()
            if kind not in ("country", "agency")
        )

    def _redirect(self, intent: Intent, analysis: Analysis) -> Intent:
        """Country-, period- or quantity-specific questions go to the intent that says the statement
        has no such figures; a country asked about the non-EU group, to the intent about the groups."""
        if intent.when_country and analysis.countries:
            return self.intents[intent.when_country]
        if intent.when_period and analysis.period:
            return self.intents[intent.when_period]
        if intent.when_quantity and how_many_asked(analysis):
            return self.intents[intent.when_quantity]
        if intent.when_non_eu and analysis.non_eu and analysis.countries:
            return self.intents[intent.when_non_eu]  # "was Greece one of the non-EU countries?"
        holder = self.store.facts.get(intent.names or "")
        if (
            isinstance(holder, Text)
            and analysis.agencies
            and holder.text not in analysis.agencies
            and _WHO_IS.fullmatch(normalize(analysis.text))
            and self.readers.taking_part
        ):
            return self.intents[self.readers.taking_part]  # "who is Frontex?": a partner, not Europol
        return intent

    def _misquotes(self, claimed: float, ref: str | None) -> bool:
        """A quoted number that is the figure mistyped: within 1 % of it and no rounder, or with its decimal
        point moved."""
        fact = self.store.facts.get(ref or "")
        if not isinstance(fact, Figure) or claimed == fact.value or claimed != int(claimed):
            return False
        if _zeros(int(claimed)) > _zeros(fact.value):
            return False  # "the 215,000 people": rounded, not mistyped
        return abs(claimed - fact.value) <= 0.01 * fact.value or _slipped(claimed, fact.value)

    def _in_a_place(self, analysis: Analysis, asked: bool = False) -> bool:
        """ "How much cocaine was seized in Belgrade?", "how many parcels were checked in Skopje?": a figure
        asked for one place, which the statement gives none for (the areas the operation covered, "in the
        Balkans", are its own totals)."""
        if not (how_many_asked(analysis) or (asked and polar(analysis))):
            return False
        stated = self._operation_areas  # "in the Balkans": the Western Balkans it names
        places = {
            p
            for p in self._named(analysis.text, analysis).get("place", set())
            if not any(p in q for q in stated)
        }
        norm = normalize(analysis.text)
        return any(
            re.search(rf"\b(?:in|at|inside|around|near|across) (?:the )?{re.escape(p)}\b", norm)
            for p in places
        )

    def _relation_unsaid(self, intent: Intent, analysis: Analysis) -> str | None:
        """ "How many vehicles were seized?": the statement says checked. Say so, with the figure,
        instead of giving it as if it answered."""
        fact = self.store.facts.get(intent.figure or "")
        if not isinstance(fact, Figure) or not fact.relation:
            return None
        stems = analysis.stems
        if _CHECKS_OUT.search(normalize(analysis.text)):
            stems = [s for s in stems if s != _CHECK_STEM]  # "the 626 kg figure checks out?": holds up
        asked = [
            relation
            for relation, keys in self._relation_stems.items()
            if any(_contains(stems, key) for key in keys)
        ]
        if len(asked) > 1 and re.search(
            rf"\b(?:the|those|these|all) {re.escape(fact.relation)}\b", normalize(analysis.text)
        ):
            # "how many of the checked vehicles were impounded?": "the checked" names them, "impounded" is asked
            asked = [r for r in asked if r != fact.relation]
        if fact.relation in asked or fact.relation not in self._relation_stems:
            # "were the dark web sites shut down?", "did they burn the seized heroin?": what no figure
            # of the statement was is unsaid of every figure, even of one whose own relation is named
            # too or no word asks ("identified")
            asked = [r for r in asked if r not in self._stated_relations]
        if not asked:
            return None
        relations = self.phrases["relations"]
        stated = self._relation_stated(fact)
        asked_text = self._phrase(
            "relation_asked", unit=fact.unit, relation=relations.get(asked[0], asked[0])
        )
        return render(
            self.store, self.intents.responses["not_stated"], {"asked": asked_text, "stated": stated}
        )

    def _unit_unsaid(self, intent: Intent, analysis: Analysis) -> str | None:
        """ "How many victims of trafficking were identified?": what is counted is a word the statement
        never uses, so the figure of the same relation is no answer. Say it does not say that any were,
        and what it says instead (English only: the counted word is the asker's, shown as typed)."""
        fact = self.store.facts.get(intent.figure or "")
        if self.english is not None or not isinstance(fact, Figure) or not fact.relation or analysis.claims:
            return None
        counted = _COUNTED_WORD.search(" ".join(analysis.tokens))
        if counted is None:
            return None
        word = counted.group(1)
        stem = Analyzer.stem(word)
        if (
            word in self.analyzer.vocabulary
            or stem in self.readers.matcher.weight
            or stem in _CONTENTLESS
            or stem in GENERIC
            or stem in VAGUE
            or stem in LIGHT_STEMS
        ):
            return None
        relations = self.phrases["relations"]
        asked = self._phrase(
            "relation_asked", unit=word, relation=relations.get(fact.relation, fact.relation)
        )
        return render(
            self.store,
            self.intents.responses["not_stated"],
            {"asked": asked, "stated": self._relation_stated(fact)},
        )

    def _breakdown_unsaid(self, intent: Intent, analysis: Analysis) -> str | None:
        """ "How many of the illegal entries involved minors?": a part of a figure the statement does
        not split that way. Say it gives only the whole, instead of giving the whole as if it answered."""
        fact = self.store.facts.get(intent.figure or "")
        if not isinstance(fact, Figure) or not fact.relation:
            return None
        foreign = self.wording.language != "en"
        asked = subset_asked(normalize(analysis.text), loose=foreign)
        if asked is None:
            return None
        canonical = {t for t in self.analyzer.analyze(asked).tokens if t not in FUNCTION_WORDS}
        if fact.detail and canonical and canonical <= set(normalize(fact.detail).split()):
            return None  # "on ordinary websites": the figure's own detail, in other words ("other clear websites")
        said = self._said[intent.intent]
        # "how many of the entities were cars?": the whole named, and a part of it (the vehicles) by a synonym
        whole_named = any(
            isinstance(whole := self.store.facts.get(self.intents[w].figure or ""), Figure)
            and (word := (normalize(whole.unit).split() or [""])[-1][:5])
            and re.search(rf"\b{re.escape(word)}", normalize(analysis.text))
            for w, parts in self.calculator.members.items()
            if intent.intent in parts
        )
        listed = {
            Analyzer.stem(word) for item in self._items_given(intent) for word in normalize(item).split()
        }
        english = self.analyzer.english
        strange = [
            token
            for token in normalize(asked).split()
            if token.isalpha()
            and len(token) > 2
            and (token in english or token.rstrip("s") in english or (foreign and len(token) >= 5))
            and Analyzer.stem(token) not in said
            # "how many of the entities were cars?": the vehicles, as synonyms say (not "of the vehicles, trucks")
            and not (whole_named and set(self.analyzer.analyze(token).stems) & said)
            and Analyzer.stem(token) not in listed  # "all police?": one of the services, not a breakdown
            and Analyzer.stem(token) not in _CONTENTLESS
            and Analyzer.stem(token) not in LIGHT_STEMS
            and token not in _PRECISION  # "how much of that was cocaine exactly": how precise, not a split
        ]
        if not strange:
            return None
        return self._not_broken_down(fact)

    def _inexact_unsaid(self, intent: Intent, analysis: Analysis) -> str | None:
        """ "What was the exact weight of the drugs, to the kilo?": the statement gives "nearly a ton",
        no exact figure. Say so before the figure it does give, so a rounded one is not taken as exact."""
        fact = self.store.facts.get(intent.figure or "")
        if (
            not isinstance(fact, Figure)
            or fact.qualifier == "exact"
            or analysis.claims
            or not _EXACTNESS_ASKED.search(normalize(analysis.text))
        ):
            return None
        answer = render(self.store, intent.answer or "")
        answer = sentence_case(answer)  # "More than 22,400 officers …", a sentence of its own
        return render(self.store, self.intents.responses["not_exact"], {"answer": answer})

    def _one_persons_unsaid(self, intent: Intent, analysis: Analysis) -> str | None:
        """ "How many did my sister catch?", "was our car one of them?": one person's or one thing's part
        of a total, which the statement never gives (its figures are the whole operation's)."""
        fact = self.store.facts.get(intent.figure or "")
        if not isinstance(fact, Figure) or not _ONE_PERSONS.search(normalize(analysis.text)):
            return None
        return self._not_broken_down(fact)

    def _not_broken_down(self, fact: Figure) -> str:
        """The statement gives the whole only: "it says only that 120 targets were identified"."""
        # with what the figure is ("… 120 targets (accounts and/or individuals) …"): "accounts or people?"
        return render(
            self.store,
            self.intents.responses["not_broken_down"],
            {"stated": self._relation_stated(fact, full=True)},
        )

    def _place_uncounted(self, analysis: Analysis) -> str | None:
        """ "How many targets were on social media?": a place the statement lists (what the patrol
        monitored) that none of the figure's parts counts. Say it gives only the whole."""
        norm = normalize(analysis.text)
        # (asked yes or no too: "did they find anyone on tiktok?", "were any targets on facebook?")
        if analysis.claims or not (_HOW_MANY.search(norm) or polar(analysis)):
            return None
        read = (
            f"{norm} {' '.join(analysis.tokens)}"  # "anyone" found online: the targets, as the synonyms say
        )
        # "ok so how many on social media then?": no unit named, the one with places is meant
        units = {u for _, u, _ in self._uncounted_places}
        other_unit = bool(set(analysis.stems) & (self._unit_stems - units))
        for fact, unit, places in self._uncounted_places:
            if not (unit in analysis.stems or (not other_unit and _HOW_MANY.search(norm))):
                continue
            place = next((item for word, item in places if re.search(rf"\b{re.escape(word)}\b", read)), None)
            if place is not None:
                return self._uncounted_there(fact, place)
        return None

    def _uncounted_there(self, fact: Figure, place: str) -> str:
        """ "No figure for social media": the place asked named, with the parts the statement does count
        (so the asker sees where the targets were, not a bare "not broken down")."""
        whole = next(
            (
                i
                for i in self.calculator.members
                if self.store.facts.get(self.intents[i].figure or "") is fact
            ),
            None,
        )
        if whole is None:
            return self._not_broken_down(fact)
        total, operands, _ = self._whole_and_parts(whole)
        slots = {"place": place, "whole": total.text, "parts": self.wording.join([o.text for o in operands])}
        return render(self.store, self.intents.responses["not_counted_there"], slots)

    @cached_property
    def _unit_stems(self) -> frozenset[str]:
        """The stem of what each figure counts (officers, people, vehicles, targets, …)."""
        return frozenset(
            stems[-1]
            for f in self.store.facts.values()
            if isinstance(f, Figure) and (stems := self.analyzer.analyze(f.unit).stems)
        )

    @cached_property
    def _uncounted_places(self) -> list[tuple[Figure, str, tuple[tuple[str, str], ...]]]:
        """Each whole with parts, the stem of its unit, and the places its facts file lists that no part
        counts (the targets: social media, forums). Derived once, on first use."""
        found = []
        for key, fact in self.store.facts.items():
            unit = self.analyzer.analyze(fact.unit).stems if isinstance(fact, Figure) and fact.parts else []
            if not unit:
                continue
            space = key.rsplit(".", 1)[0]
            # the same file's lists: where the patrol looked, for its targets; matched in the words the
            # question is read in (its English gloss), shown in the answer's language
            english = (self.english or self).store.facts
            parts = [english.get(f"{space}.{p}") for p in fact.parts]
            counted = normalize(" ".join(p.detail or "" for p in parts if isinstance(p, Figure)))
            listed = [
                (normalize(re.sub(r"^the\s+", "", item)), shown)
                for k, f in english.items()
                if isinstance(f, Items)
                and k.startswith(f"{space}.")
                and isinstance(local := self.store.facts.get(k), Items)
                for item, shown in zip(f.items, local.items, strict=False)
            ]
            # each place also as the vocabulary names it ("instagram" is social media)
            synonyms = self.intents.synonyms
            places = tuple(
                (w, shown)
                for p, shown in listed
                if p not in counted
                for w in (p, *(normalize(s) for s in synonyms.get(p, ())))
            )
            if places:
                found.append((fact, unit[-1], places))
        return found

    def _kind_unsaid(self, intent: Intent, analysis: Analysis) -> str | None:
        """ "How many customs officers?": one kind of those a figure's detail lists (officers of police,
        customs, immigration and border control). The statement counts them together only."""
        refs = [intent.figure or "", *references(intent.answer or "")]
        norm = normalize(analysis.text)
        own = self.store.facts.get(intent.figure or "")
        if (
            isinstance(own, Figure)
            and len(own.kinds()) < 2
            and not self.calculator.members.get(intent.intent)  # the entities' kinds are its parts
            # (the figure itself quoted is no claim: "what were the 999 premises?")
            and all(c.value == own.value for c in analysis.claims)
            and KIND_ASKED.search(norm)
            and self._unit_asked(own.unit, analysis)  # "what kind of crime?" asks no kind of targets
        ):
            return self._not_broken_down(own)  # "which car brands were most common?": not given
        if (
            isinstance(own, Figure)
            and len(own.kinds()) < 2
            and not self.calculator.members.get(intent.intent)
            and all(c.value == own.value for c in analysis.claims)  # "are the 999 premises houses?"
            and self._kind_of_unit_named(own.unit, norm)
        ):
            return self._not_broken_down(own)  # "were the premises homes or shops?": not given either
        if (
            isinstance(own, Figure)
            and not self.calculator.members.get(intent.intent)
            and not analysis.claims
            and _SPECIFICALLY.search(norm)
            and self._unit_asked(own.unit, analysis)
            and (word := (normalize(own.unit).split() or [""])[-1][:5])
            and not re.search(rf"\b{re.escape(word)}", norm)
        ):
            return self._not_broken_down(own)  # "how many trucks specifically?": one kind of the vehicles
        fact = next((f for r in refs if isinstance(f := self.store.facts.get(r), Figure) and f.detail), None)
        # the one figure the answer gives (the officers, for the services they came from)
        given = {id(f): f for r in refs if isinstance(f := self.store.facts.get(r), Figure)}
        split = own if isinstance(own, Figure) else next(iter(given.values())) if len(given) == 1 else None
        if (
            split is not None
            and len(split.kinds()) >= 2
            and _SPLIT_ASKED.search(norm)
            and sum(bool(re.search(rf"\b{re.escape(normalize(k))}\b", norm)) for k in split.kinds()) >= 2
        ):
            return self._not_broken_down(split)  # "the split of the officers between police, customs, …?"
        if fact is None or analysis.claims or not _HOW_MANY.search(norm):
            return None
        unit = self.analyzer.analyze(fact.unit).stems
        # "how many of those were customs?" after the officers: "those" stands for the unit
        pointing = _OF_THOSE.search(norm) is not None
        if not unit or (unit[-1] not in analysis.stems and not pointing):
            return None  # "how much cannabis?" names a kind, not a part of the officers
        tokens = analysis.tokens
        own_staff = any(  # "how many Europol staff": the source's own people, not all the officers
            t == "@agency" and tokens[i + 1 : i + 2] and self.analyzer.stem(tokens[i + 1]) == unit[-1]
            for i, t in enumerate(tokens)
        )
        source = normalize(self.readers.source_agency or "")
        # "how many officers did Europol itself send?": the source's own contribution, not all the officers
        own_staff = own_staff or bool(source and re.search(rf"\b{source} {_OWN_SENT}", norm))
        if own_staff or any(a != self.readers.source_agency for a in analysis.agencies):
            return self._not_broken_down(fact)  # "how many Frontex officers?": no split by agency
        kinds = [normalize(k) for k in fact.kinds()]
        named = [k for k in kinds if re.search(rf"\b{re.escape(k)}\b", norm)]
        if not named or len(named) == len(kinds) or named == kinds[:1]:
            return None  # "police" alone is what people call all of them
        return self._not_broken_down(fact)

    def _kind_of_unit_named(self, unit: str, norm: str) -> bool:
        """ "were the premises homes?", "were the premises offices or houses?": the unit asked, then another
        word the vocabulary reads as the same unit (a kind of it, which the statement never gives)."""
        stems = self.analyzer.analyze(unit).stems
        found = _UNIT_IS_KIND.search(norm)
        if not stems or found is None or self.analyzer.analyze(found.group(1)).stems != stems[-1:]:
            return False
        named = Analyzer.stem(found.group(1))
        return any(
            self.analyzer.analyze(word).stems == stems[-1:] and Analyzer.stem(word) != named
            for word in norm[found.end(1) :].split()[:6]
        )

    def _unit_asked(self, unit: str, analysis: Analysis) -> bool:
        stems = self.analyzer.analyze(unit).stems
        return bool(stems) and stems[-1] in analysis.stems

    def _total_only(self, intent: Intent, ask: Ask) -> str | None:
        """The whole alone when a figure with parts is asked "in total" and nothing else: no claim,
        no yes/no, no word asking where or which."""
        fact = self.store.facts.get(intent.figure or "")
        analysis = ask.analysis
        if (
            not isinstance(fact, Figure)
            or not fact.relation
            or analysis is None
            or ask.polar
            or analysis.claims
        ):
            return None
        norm = normalize(f"{ask.clause} {analysis.text}")
        members = self.calculator.members.get(intent.intent, [])
        if not members or not _TOTAL.search(norm) or _PARTS_ASKED.search(norm):
            return None
        parts = [self.calculator.operand(m) for m in members]
        if any(p is None for p in parts) or sum(p.value for p in parts if p) != fact.value:
            return None  # "nearly a ton" is more than its named parts: its own words say how it is put
        if self.readers.parts_named(analysis, intent.intent):
            return None  # "how many people did they check in total": a part named, whatever was read
        relation = self.phrases["relations"].get(fact.relation, fact.relation)
        described = render_figure(fact, "full", self.wording)
        english = self.english or self
        said = english.store.facts.get(intent.figure or "")
        told = english.phrases["relations"].get(fact.relation, fact.relation)
        if relation in described or (
            isinstance(said, Figure) and told in render_figure(said, "full", english.wording)
        ):
            described = render_figure(fact, None, self.wording)  # "288,774 entities checked" says it already
        stated = self._phrase("relation_stated", figure=described, relation=relation)
        return render(self.store, self.intents.responses["total_only"], {"stated": stated})

    def _relation_stated(self, fact: Figure, full: bool = False) -> str:
        """What the statement says of a figure, in its relation: "67,277 vehicles were checked"."""
        relation = self.phrases["relations"].get(fact.relation, fact.relation)
        figure = render_figure(fact, "full" if full else None, self.wording)
        if figure.endswith(f" {relation}"):  # "114 forged documents detected": the relation said once
            figure = figure[: -len(relation)].rstrip()
        return self._phrase("relation_stated", figure=figure, relation=relation)

    def _phrase(self, key: str, **slots: str) -> str:
        """A fragment answers are composed of (`phrases:` in intents.yaml and each language file)."""
        return render(self.store, str(self.phrases[key]), slots)

    def _named_apart(self, analysis: Analysis, text: str) -> bool:
        """The question names a drug, place or other thing of a kind the answer names too, none of
        them the one asked: "was ecstasy seized?" against an answer naming cocaine and heroin."""
        asked = self._named(f"{analysis.text} {' '.join(analysis.tokens)}", analysis)
        stated = self._named(text, None)
        return any(
            names and stated.get(kind) and not names & stated[kind]
            for kind, names in asked.items()
            if kind != "agency"
        )

    def _verdict(self, intent: Intent, analysis: Analysis, text: str, asked_polar: bool) -> str | None:
        """Yes or No for a yes/no question about an answer.

        "No" when the question names a place, agency, country, day, drug or aim of a kind the
        answer names too, but not that one ("was the centre in Belgrade?"); "Yes" when everything
        it names is in the answer and it asks nothing beyond what the intent's examples say
        ("was heroin seized?", "did they check parcels too?"). Otherwise none: a wrong Yes is worse
        than none."""
        fact = self.store.facts.get(intent.figure or "")
        if (
            isinstance(fact, Figure)
            and not fact.parts
            and polar(analysis)
            and BREAKDOWN_ASKED.search(normalize(analysis.text))
            and re.match(
                r"(?:(?:so|and|but|ok) )*(?:is|are|was|were|does|do|did|has|have)\b", normalize(analysis.text)
            )
        ):
            return "no"  # "is the 300 kg broken down per drug?": a figure the statement gives as one
        if (
            intent.kind == "fact"
            and intent.figure
            and NAMES_ASKED.search(normalize(analysis.text))
            and not how_many_asked(analysis)  # "how many targets did it identify?" asks the count
        ):
            return "no"  # "does it name the dark web marketplaces?": a count names none of them
        # "the 114 - that's documents, not people?": the figure given is the answer's own, no claim on it
        kind_said = _KIND_SAID.search(normalize(analysis.text))
        put = [
            c
            for c in analysis.claims
            if not (kind_said and c.given and isinstance(fact, Figure) and c.value == fact.value)
        ]
        if intent.kind not in ("fact", "list", "derived") or (
            put and not _AMONG_GIVEN.search(normalize(analysis.text))
        ):
            return None  # (a figure given as the group asked about, "among the 22,400?", is no claim)
        core = analysis
        if _IF_NOT.search(analysis.text):  # "from Belgrade? if not, where from?": the claim before it
            core = self.analyzer.analyze(_IF_NOT.sub("", analysis.text))
        if _OR_SO_END.search(
            core.text
        ):  # "did they catch ppl sneaking across borders or smth": no alternative
            core = self.analyzer.analyze(_OR_SO_END.sub("", core.text))
        if not polar(analysis):
            statement = tagged(analysis.text)
            if statement is None and not asked_polar:
                return None
            if statement is not None:  # without the tag's "not" ("..., wasn't it?")
                core = self.analyzer.analyze(statement)
        # "he also reckons they were opening post packages, is that in there too?": what he reckons
        told = normalize(tagged(core.text) or "")
        reported = REPORTED.match(told)
        if reported:
            core = self.analyzer.analyze(told[reported.end() :])
        if intent.intent == self.readers.every_country and _one_country_asked(core):
            return "no"  # "was this all just in one country?": 26 took part
        if _IN_THE_EU.search(normalize(core.text)) and not core.countries:
            # "is the hub city in an EU country?": the one country the answer names, by its side
            countries = self._named(text, None).get("country", set())
            if len(countries) == 1:
                return "yes" if next(iter(countries)) in self.store.eu else "no"
        asked, stated = self._named(f"{core.text} {' '.join(core.tokens)}", core), self._named(text, None)
        named = {kind: names for kind, names in asked.items() if names}
        if intent.intent == self.readers.overview_intent and not named:
            return None  # "is this thing on?": the overview confirms nothing it is not asked about
        either = _either(core.tokens)
        if either and any(len(names) > 1 for names in named.values()):
            return None  # "was it run from Skopje or Sofia?": the answer says which, neither Yes nor No
        # the names as the statement gives them: "Европол" names no agency the reading knows
        answer = (self.english or self).store.facts.get(intent.names or "")
        shared = self._shared.search(normalize(core.text)) if self._shared else None
        agencies = named.get("agency", set())
        # "Europol, Eurojust, Frontex and Interpol coordinated from Skopje?": the source and its partners
        # named together, as the statement names them: jointly, not each one leading
        shared = shared or (
            self.readers.source_agency in agencies
            and len(agencies) >= 2
            and agencies <= set(self.store.named_agencies)
            # not "did Interpol lead it instead of Europol?": one against the other
            and not _CONTRASTED.search(normalize(core.text))
        )
        # "…involved too, not just police?" says others were there as well: no claim that one was alone
        alone = self._said_alone(normalize(core.text))
        if self._one_of_many(intent, core):
            return "no"  # "were the officers all police?": police, customs, immigration and border control
        if alone and agencies and len(agencies) < len(set(self.store.named_agencies)):
            return "no"  # "did Europol run the Skopje centre on its own?": with three partners, whatever the answer names
        # "it lists Frontex, right?" claims no lead role: an agency is checked against the agencies
        # named, not against the one that led ("was Frontex in charge?", "Interpol ran the centre?")
        asked_text = normalize(analysis.text)
        led = (
            bool(self._led.search(normalize(core.text)) or self._led.search(asked_text))
            or asked_text.startswith(("who ", "which "))  # "who led the whole thing? Interpol?"
            or bool(set(named) - {"agency"})
        )
        if (
            isinstance(answer, Text) and not shared and led
        ):  # "was Frontex in charge?": Europol, not any agency named
            own = {kind: names for kind, names in self._named(answer.text, None).items() if names}
            checked = []
            for kind, names in own.items():
                if named.get(kind):
                    if alone and len(stated.get(kind, set())) > len(named[kind]):
                        return "no"  # "coordinated by Europol alone?": together with three partners
                    checked.append(named[kind] <= names)
            if checked:  # "Interpol ran the centre in Skopje?": the place is right, the agency is not
                others = [kind for kind in named if kind not in own]
                wrong = any(stated.get(k) and not self._within(named[k], stated[k]) for k in others)
                return "yes" if all(checked) and not wrong else "no"
        grouped = self.readers.lists_countries(
            intent.intent
        )  # "was Croatia among the non-EU ones?": in that list
        taking_part = {
            "agency": set(self.store.named_agencies) if shared else set(),
        }  # "was Frontex *involved* in the centre?": an answer naming Europol alone does not make it No
        countries = named.get("country", set())
        if (
            shared
            and not grouped
            and countries
            and countries <= {*self.store.eu, *self.store.non_eu}
            and not self._within(countries, stated.get("country", set()))
        ):
            return None  # "was Albania at the coordination centre?": it took part; its role is not given
        if any(
            stated.get(kind)
            and not self._within(names, stated[kind])
            and not names <= taking_part.get(kind, set())
            for kind, names in named.items()
        ):
            return "no"  # "was the centre in Belgrade?": the answer names another place
        if (
            set(named) == {"country"}
            and not stated.get("country")
            and stated.get("place", set()) & self._operation_areas
        ):
            return "no"  # "did the operation focus on Albania?": on a region, not on one of its countries
        if alone:
            # "Europol alone?": No when the answer names others of that kind; never an unchecked Yes
            more = any(len(stated.get(kind, set())) > len(names) for kind, names in named.items())
            # "did they work alone?": no one named, an answer naming several agencies
            more = more or (not named and len(stated.get("agency", set())) >= 2)
            return "no" if more else None
        # "mostly the Western Balkans?": the answer says "mostly" too (its "and/or" offers no choice: "were the
        # targets people or accounts?" is not confirmed by "accounts and/or individuals")
        answered = set(normalize(text.replace("and/or", "and")).split())
        if "mostly" in answered:  # "mainly the Western Balkans?": the same as the answer's "mostly"
            answered |= _MOSTLY
        if any(t in NOT_CONFIRMABLE and t not in answered and (t != "or" or either) for t in core.tokens):
            return None
        if _UNCONFIRMED.search(normalize(core.text)) and not _UNCONFIRMED.search(" ".join(answered)):
            return None
        matcher = self.readers.matcher
        off_topic = [  # "is Europol a good place for a weekend trip?": the name is right, the question is not
            s
            for s in self.analyzer.analyze(claimed(normalize(core.text))).stems  # not "am I right to write"
            if s[0] != "@"
            and all(self.intents[i].kind in ("out_of_scope", "smalltalk") for i in matcher.intents_of(s))
            and s not in self.readers.frame
            and s not in self._light
        ]
        if named and len(off_topic) >= 2:
            return None
        if named and all(
            self._within(names, stated.get(kind, set()))
            or (bool(names) and names <= taking_part.get(kind, set()))
            or (
                not stated.get(kind)
                and kind != "country"  # "did Croatia run the cyber patrol?": taking part is not doing that
                and bool(names)
                and names <= self._stated_anywhere.get(kind, set())
            )
            for kind, names in named.items()
        ):  # "was it run from Skopje?", "was Frontex part of the centre in Skopje?", "was Interpol one of
            # the agencies in the Skopje centre?" (the list of partners names no place; the statement does)
            return "no" if _denied(core.text, text) else "yes"
        stems = core.stems
        if polar(analysis):  # the asking verb, after any fillers: "so *did* they check parcels too"
            lead = next((i for i, s in enumerate(stems) if s not in self._light), len(stems))
            stems = stems[:lead] + stems[lead + 1 :]
        said = self._said[intent.intent] | self._whole_stems.get(intent.intent, frozenset())
        fact = self.store.facts.get(intent.figure or "")
        if isinstance(fact, Figure) and fact.relation in _FINDING:
            said = said | self._found  # "did this operation find forged documents?": they were detected
        if not named and all(
            stem in said or stem in self._light or (stem == "or" and not either) for stem in stems
        ):
            return "no" if _denied(core.text, text) else "yes"
        return None

    def _said_alone(self, norm: str) -> bool:
        """ "Europol alone?", "the only agency?"; not "not just police" (others were there as well)."""
        return bool(self.readers.alone_words.search(_NOT_ALONE.sub(" ", norm)))

    def _one_of_many(self, intent: Intent, analysis: Analysis) -> bool:
        """One item of a list the answer gives, asked as all of it ("were they all police?")."""
        if not _ALL_ONE.search(_NOT_ALONE.sub(" ", normalize(analysis.text))):
            return False
        stems = set(analysis.stems)
        fact = self.store.facts.get(intent.figure or "")
        kinds = tuple(fact.kinds()) if isinstance(fact, Figure) and fact.detail else ()
        items = self._items_given(intent) or kinds  # the services; cannabis, heroin and marijuana plants
        hit = [i for i in items if set(self.analyzer.analyze(i).stems) <= stems]
        return len(items) > 1 and len(hit) == 1

    def _one_share_named(self, intent: Intent, analysis: Analysis) -> tuple[str, str] | None:
        """(part, whole) when an answer giving every part's share is asked about one part by name."""
        shares = []
        for ref in references(intent.answer or ""):
            derived = self.store.derived.get(ref)
            if derived is not None and derived.operation == "share":
                shares.append(tuple(self.calculator.stating.get(o) for o in derived.operands))
        if len(shares) < 2 or any(not all(s) for s in shares):
            return None
        stems = set(analysis.stems)
        named = [
            s
            for s in shares
            if set(self.analyzer.analyze(self.calculator.unit(s[0] or "") or "").stems) & stems
        ]
        return named[0] if len(named) == 1 else None  # type: ignore[return-value]

    def _whole_of_only_part(self, intent: Intent, ask: Ask) -> str | None:
        """The whole when a yes/no question asks one of its parts as all of it: "did they only check
        people?", "is cocaine the only drug?", "were they only EU countries?"; for a figure that is no
        part of another, the list that states it among others ("did they only seize drugs?": the
        seizures)."""
        analysis = ask.analysis
        if (
            analysis is None
            or analysis.claims
            or not (ask.polar or polar(analysis))
            or open_question(analysis)
        ):
            return None  # "how many vehicles, only vehicles": asked for that part alone
        norm = normalize(analysis.text)
        if not _ONLY.search(_NOT_ALONE.sub(" ", norm)) or _AS_WELL.search(norm) or _HOW_MANY.search(norm):
            return None
        return self.calculator.whole_of(intent.intent) or self._list_stating(intent)

    def _list_stating(self, intent: Intent) -> str | None:
        """The one list (not the overview) whose answer states the intent's figure, or its parts, among
        at least three figures."""
        named = {
            self.intents[i].figure for i in (intent.intent, *self.calculator.members.get(intent.intent, ()))
        }
        lists = [
            i
            for i, it in self.intents.intents.items()
            if it.kind == "list"
            and i != self.readers.overview_intent
            and named & set(refs := references(it.answer or ""))
            and len({r for r in refs if isinstance(self.store.facts.get(r), Figure)}) >= 3
        ]
        return lists[0] if len(lists) == 1 else None

    def _items_given(self, intent: Intent) -> tuple[str, ...]:
        """The items of the list an intent's answer gives (the services in the officers' answer)."""
        lists = (self.store.facts.get(ref) for ref in references(intent.answer or ""))
        return next((f.items for f in lists if isinstance(f, Items)), ())

    def tells_apart(self, ask: Ask, other: str) -> bool:
        """The question names a topic the ask's intent speaks of and the other never does ("did they
        find any weapons?": weapons, not drug types), so asking back would be needless."""
        if ask.analysis is None or ask.intent is None:
            return False
        if ask.analysis.claims and self.intents[ask.intent].figure and not self.intents[other].figure:
            return True  # "is it true that 24,000 officers took part?": the figure quoted decides
        own, theirs = self._said[ask.intent], self._said[other]
        topics = [s for s in ask.analysis.stems if s not in LIGHT_STEMS and s not in _CONTENTLESS]
        return any(s in own and s not in theirs for s in topics)

    def render_answer(self, intent_id: str) -> str:
        """An intent's plain answer as this replier words it."""
        return render(self.store, self.intents[intent_id].answer or "")

    def names_in(self, text: str) -> tuple[str, ...]:
        """The few places, countries and agencies an answer names, for "is that the capital?".
        Answers repeat, so this is cached by text."""
        return self._names_in(text)

    @lru_cache(maxsize=2048)  # noqa: B019 - one Replier per data load, bounded
    def _names_in(self, text: str) -> tuple[str, ...]:
        found = self._named(text, None)
        countries = sorted(self.country_name(c) for c in found["country"])
        # in the order the answer names them: "the second one" after Greece and the UK is the UK
        countries.sort(key=lambda n: text.find(n) if n in text else len(text))
        places = [*sorted(found.get("place", ())), *countries]
        agencies = sorted(found["agency"])  # "is that the capital?" after Skopje and four agencies: Skopje
        return tuple((places if len(places) <= 3 else []) + (agencies if len(agencies) <= 3 else []))

    @cached_property
    def _operation_areas(self) -> set[str]:
        """The places the statement lists as what the operation covered (not Skopje, where it was run from)."""
        items = [item for fact in self.store.facts.values() if isinstance(fact, Items) for item in fact.items]
        return self._named(" ".join(items), None).get("place", set())

    @cached_property
    def _stated_anywhere(self) -> dict[str, set[str]]:
        """What the whole statement names, by kind: a name an answer leaves out may still be right."""
        return self._named(" ".join(self.store.sentences.values()), None)

    def _named(self, text: str, analysis: Analysis | None) -> dict[str, set[str]]:
        """The named things in a text, by kind: places, days, drugs... plus countries and agencies."""
        norm = normalize(text)
        found: dict[str, set[str]] = {}
        for kind, pattern in self._entities.items():
            names = set(pattern.findall(norm))
            found[kind] = {n for n in names if not any(n != m and n in m for m in names)}
        analysis = analysis or self.analyzer.analyze(text)
        found["country"] = set(analysis.countries)
        found["agency"] = set(analysis.agencies)
        return found

    def _names_a_name(self, word: str) -> bool:
        """A country or agency in the language ("Τουρκία"), which keeps its capital."""
        analysis = self.analyzer.analyze(word.strip(":,."))
        return bool(analysis.countries or analysis.agencies)

    def _within(self, names: set[str], stated: set[str]) -> bool:
        """Every name asked is among those stated, synonyms alike ("arms trafficking" is the stated
        "firearms trafficking")."""
        return _within(names, stated) or _within(self._canonical(names), self._canonical(stated))

    def _canonical(self, names: set[str]) -> set[str]:
        out = set()
        for name in names:
            stems = self.analyzer.analyze(name).stems
            canonical = len(stems) > 1 and not any(s.startswith("@") for s in stems)
            out.add(" ".join(stems) if canonical else name)
        return out  # a phrase by its synonyms; a day, country or agency stands for itself

    def _names_other_figure(self, value: float, comparator: str, own: str | None) -> bool:
        """ "Of the 120 targets, how many ..." quotes a figure as context, not as a claim to check."""
        if comparator != "is":
            return False  # "fewer than 300 weapons" compares, even if 300 is also another figure
        return any(v == value and ref != own for v, ref in self._figure_refs)

    def _stated(self, ref: str) -> str:
        """A figure as the statement gives it: "more than 20,000 pieces of ammunition seized"."""
        fact = self.store.facts.get(ref) or self.store.derived.get(ref)
        if isinstance(fact, Derived):
            return render_derived(fact, self.wording)
        assert isinstance(fact, Figure)
        worded = self.store.facts.get(f"{ref.rsplit('.', 1)[0]}.{fact.worded}") if fact.worded else None
        if isinstance(
            worded, Text
        ):  # "nearly a ton of drugs", as the statement puts it, not "nearly 1,000 kg"
            return f"{worded.text} {fact.detail}" if fact.detail else worded.text
        return render_figure(fact, "full", self.wording)

    def _verify(self, ref: str, claims: list) -> tuple[str, str] | None:
        """Yes/No for a figure the user quotes, always with the stated figure. Of several quoted figures,
        one that is this figure's own is checked first when the others are other figures' own ("nearly
        1,000 kilos of drugs, including 626 kg of cocaine" quotes the drugs and the cocaine, both right)."""
        if len(claims) > 1:
            own = [c for c in claims if self._verified(ref, c) is True]
            if own and all(
                c in own or self._other_figure(c.value, ref, near=c.comparator) is not None for c in claims
            ):
                claims = own
        return self._verified_text(ref, claims)

    def _verified(self, ref: str, claim: Claim) -> bool | None:
        """Whether one quoted figure agrees with the stated one (None: it says nothing of it, as "more than
        half of the checks" says nothing of 215,273)."""
        fact = self.store.facts.get(ref) or self.store.derived.get(ref)
        percent = isinstance(fact, Derived) and fact.kind == "percent"
        if claim.percent != percent:
            return None
        if isinstance(fact, Figure):
            return _judge(claim, fact.value, fact.qualifier)
        if isinstance(fact, Derived):
            return _judge(claim, fact.value, "exact")
        return None

    def _verified_text(self, ref: str, claims: list) -> tuple[str, str] | None:
        """The verdict and its sentence for the first quoted figure that says something of this one."""
        for claim in claims:
            ok = self._verified(ref, claim)
            if ok is None:
                continue
            stated = self._stated(ref)
            other = (
                self._other_figure(claim.value, ref, strict=claim.comparator == "exact")
                if not ok and claim.comparator in ("is", "exact")
                else self._other_figure(claim.value, ref, near=claim.comparator)  # "the 67,000-odd": 67,277
                if not ok and claim.comparator in ("about", "over", "under")
                else None
            )
            key = "verify_yes" if ok else ("verify_other" if other else "verify_no")
            claimed = claim.words
            if claim.comparator == "exact" and not re.search(r"\bexact", claimed):
                claimed = f"exactly {claimed}"  # "…, not exactly 22,400" when "precise" came after the figure
            if self.wording.language != "en":  # the claim as the language writes it: "mehr als 1.000"
                shown = self.wording.number(claim.value)
                claimed = self.wording.qualify(_CLAIMED.get(claim.comparator, "exact"), shown)
            slots = {"claimed": claimed, "stated": stated, "other": other or ""}
            text = render(self.store, self.intents.responses[key], slots)
            return ("yes" if ok else "no"), text
        return None

    def _other_figure(self, value: float, own: str, strict: bool = False, near: str = "") -> str | None:
        """The fact a quoted figure belongs to, when it is not the one asked about ("288,774 people":
        288,774 is the entities checked). `strict`: quoted as exact ("a whole ton"), so not "nearly" one;
        `near`: how it was quoted roughly ("about", "over": "the 5,000-odd" is 5,225; "under")."""
        exact_first = sorted(
            self._figure_refs, key=lambda vr: vr[0] != value
        )  # "over 20,000": the ammunition's
        for v, ref in exact_first:
            fact = self.store.facts[ref]
            if (
                (v == value or (value >= 100 and _near(near, value, v)))
                and not (near in ("over", "under") and v == value)  # "fewer than 300 weapons": no 300 named
                and ref != own
                and isinstance(fact, Figure)
                and not (strict and fact.qualifier != "exact")
            ):
                unit = f"{fact.unit} {fact.detail}" if fact.detail else fact.unit
                return (
                    unit if v == value else f"{unit} ({self.wording.number(v)})"
                )  # "… parcels checked (5,225)"
        return None

    def country_groups(self, intent_id: str) -> list[str]:
        """The country codes of the lists an intent's answer gives ({participants.eu}: the EU ones)."""
        answer = self.intents[intent_id].answer or ""
        codes: list[str] = []
        for ref in references(answer):
            fact = self.store.facts.get(ref)
            if isinstance(fact, Countries):
                codes += [c for c in (self.store.countries.lookup(n) for n in fact.countries) if c]
        return codes

    def _slot_answer(
        self, intent: Intent, analysis: Analysis, within: str | None = None
    ) -> tuple[str, list[str]]:
        answers = intent.answers or {}
        every = self.readers.every_country
        # "was it only Italy?", "was Italy the only country?": No, and every country that took part;
        # "is Slovenia the only EU member that participated?": every one of the group named
        slotted = intent.slot in ("entity", "country")
        group = self.readers.group_named(normalize(analysis.text)) if slotted else None
        if (intent.slot == "entity" or group) and every is not None and self._only_one(analysis):
            group = group or every
            listed = render(self.store, self.intents[group].answer or "")
            text = render(self.store, self.intents.responses["deny"], {"answer": listed})
            return text, list(references(self.intents[group].answer or ""))
        partners = self.readers.partners_intent
        norm = normalize(analysis.text)
        alone = self._said_alone(norm) and not _OR_ONLY.search(norm)
        if intent.slot == "entity" and partners and alone and analysis.agencies and not analysis.countries:
            # "was Europol the only agency involved?": No, and the agencies it worked with
            listed = render(self.store, self.intents[partners].answer or "")
            text = render(self.store, self.intents.responses["deny"], {"answer": listed})
            return text, list(references(self.intents[partners].answer or ""))
        lines: list[tuple[str, dict[str, str]]] = []
        if intent.slot == "letter":
            if analysis.letter is None:
                lines.append(("missing", {}))
            else:
                group = self.country_groups(within) if within else [*self.store.eu, *self.store.non_eu]
                if analysis.non_eu:  # "which of the non-EU ones start with B?", whatever list came before
                    group = list(self.store.non_eu)
                elif _EU_ONES.search(normalize(analysis.text)):
                    group = list(self.store.eu)
                # named as the group it is ("None of the participating EU countries …"), where the YAML says so
                side = {tuple(self.store.eu): "_eu", tuple(self.store.non_eu): "_non_eu"}.get(
                    tuple(group), ""
                )
                names = [self.country_name(c) for c in group]
                for letter in (x.upper() for x in analysis.letters or (analysis.letter,)):
                    hits = [n for n in names if _initial(n) == _initial(letter)]
                    slots = {
                        "letter": letter,
                        "countries": self.wording.join(hits),
                        "count": self.wording.number(len(hits)),
                    }
                    outcome = "found" if hits else "none"
                    lines.append((outcome + side if outcome + side in answers else outcome, slots))
            if polar(analysis) and all(o.startswith("none") for o, _ in lines):
                # "are there any non-EU ones with P?": No, none is
                texts = [render(self.store, answers[o], slots) for o, slots in lines]
                said = " ".join(texts)
                deny = self.intents.responses["deny"]
                return render(
                    self.store, deny, {"answer": _lower_first(said, self.wording.language) + said[1:]}
                ), []
        else:
            either = bool(_EITHER_SIDE.search(normalize(analysis.text)))
            for code in analysis.countries:
                outcome = self.store.participation(code)
                if (analysis.non_eu or either) and f"{outcome}_asked_non_eu" in answers:
                    outcome = f"{outcome}_asked_non_eu"  # "is Greece non-EU?" turns yes and no around
                if either and outcome != "absent":
                    outcome = "eu" if outcome.startswith("eu") else outcome  # the side it is on, said plainly
                lines.append((outcome, {"name": self.country_name(code)}))
            if intent.slot == "entity":
                for agency in analysis.agencies:
                    if agency == self.readers.source_agency:  # as the facts name it, in any script
                        outcome = "coordinator"
                    elif agency in self.store.named_agencies:
                        outcome = "partner"
                    else:
                        outcome = "agency_absent"
                    lines.append((outcome, {"name": self.agency_name(agency)}))
            if not lines:
                lines.append(("missing", {}))
        texts = [render(self.store, answers[outcome], slots) for outcome, slots in lines]
        if intent.slot == "country" and either:  # "is Greece EU or non-EU?" asks which, not whether
            texts = [
                t if outcome == "absent" else self._unverdicted(t)
                for t, (outcome, _) in zip(texts, lines, strict=True)
            ]
        if intent.slot == "entity" and self._denies_taking_part(analysis):
            # "Was Luxembourg left out?", "…that Austria was not participating?": the claim is that it
            # did not take part, so the verdict turns round ("No — Luxembourg took part …")
            texts = [self._verdict_turned(t, _JUDGED.search(normalize(analysis.text)) is None) for t in texts]
        refs = [r for outcome, _ in lines for r in references(answers[outcome])]
        no = self.wording.verdict.get("no", "")
        if no and len(texts) > 1 and not _EITHER.search(analysis.text):
            # "Sweden, Spain and Norway took part?": one name wrong makes the claim wrong, so its No leads
            texts.sort(key=lambda t: not t.startswith(no))
            yes = self.wording.verdict.get("yes", "")
            if texts[0].startswith(no) and yes and tagged(analysis.text) is not None:
                # "the OSCE and Frontex helped Europol, is that true?": one claim, one verdict
                texts = texts[:1] + [self._unverdicted(t) if t.startswith(yes) else t for t in texts[1:]]
        return " ".join(texts), refs

    def _only_one(self, analysis: Analysis) -> bool:
        """One country asked as the only one that took part ("only Italy?", "was Italy the only
        country?", "was it only in one country?"); not "Germany too, or only the Balkans?"."""
        if _one_country_asked(analysis):
            return True
        if not analysis.countries or analysis.agencies:
            return False
        norm = normalize(analysis.text)
        if _THE_ONLY.search(norm) and len(analysis.countries) == 1:
            return True
        if len(analysis.countries) == 1:
            return any(
                self.analyzer.analyze(m.group(1)).countries
                for m in (*_ONLY_BEFORE.finditer(norm), *_ALL_IN.finditer(norm), *_ONE_NATION.finditer(norm))
            )
        # "did only Greece and Serbia take part?": every name after "only"
        return any(
            set(self.analyzer.analyze(m.group(1)).countries) == set(analysis.countries)
            for m in _ONLY_SEVERAL.finditer(norm)
        )

    def _denies_taking_part(self, analysis: Analysis) -> bool:
        """Whether the question claims a name did not take part: left out, or a "not" after the name
        ("Austria was not participating"), not before it ("didn't Austria take part?")."""
        norm = normalize(analysis.text)
        if _LEFT_OUT.search(norm):
            return True
        negation = _NEGATION.search(norm)
        if negation is None:
            return False
        before = self.analyzer.analyze(norm[: negation.start()])
        return bool(before.countries or before.agencies)

    def _other_country_named(self, intent: Intent, analysis: Analysis) -> str | None:
        """An answer that says Yes of the one country it names (`names:`, "Spain" for the name listed
        twice), asked of other countries: the same answer with No in front."""
        holder = (self.english or self).store.facts.get(intent.names or "")
        code = self.store.countries.lookup(holder.text) if isinstance(holder, Text) else None
        once = bool(_ONCE_CLAIMED.search(normalize(analysis.text)))  # "Spain appears only once, right?"
        if code is None or not (analysis.countries or once) or (code in analysis.countries and not once):
            return None
        text = render(self.store, intent.answer or "")
        yes, no = self.wording.verdict.get("yes", ""), self.wording.verdict.get("no", "")
        if not (yes and no and text.startswith(yes)):
            return None
        return no + text[len(yes) :]

    def _unverdicted(self, text: str) -> str:
        """The text without its leading Yes or No: the answer to "which of the two?"."""
        for word in (self.wording.verdict.get("yes", ""), self.wording.verdict.get("no", "")):
            if word and text.startswith(word):
                rest = text[len(word) :].lstrip(" —–-,:")
                return sentence_case(rest)
        return text

    def _verdict_turned(self, text: str, contradicting: bool = True) -> str:
        """The text with its leading Yes and No swapped, in the language's words; a language with a
        word that contradicts a negative claim ("Doch", "Si": a bare "Nein" would agree) uses it,
        unless what is asked is whether someone is right ("Il a raison ?": "Non")."""
        yes = self.wording.verdict.get("yes", "")
        no = (contradicting and self.wording.verdict.get("contradict")) or self.wording.verdict.get("no", "")
        for old, new in ((yes, no), (no, yes)):
            if old and text.startswith(old) and text[len(old) : len(old) + 1] in (" ", ",", "."):
                return new + text[len(old) :]
        return text

    def agency_name(self, agency: str) -> str:
        """An agency the statement names as the language writes it ("İnterpol" in Turkish)."""
        if self.english is None:
            return agency
        local, english = (r.store.facts.get("operation.agencies") for r in (self, self.english))
        if isinstance(local, Items) and isinstance(english, Items) and agency in english.items:
            index = english.items.index(agency)
            return local.items[index] if index < len(local.items) else agency
        return agency

    def country_name(self, code: str) -> str:
        local = self.wording.country_names.get(code)
        return local or self.listed_names.get(code) or self.store.countries.name(code)

    # ------------------------------------------------------------ calculations

    def _calculate(self, ask: Ask) -> Reply:
        operands = list(ask.operands)
        compared = arithmetic.compared(ask.clause) is not None or arithmetic.either_way(ask.clause)
        which = arithmetic.asks_which(ask.clause) if ask.op == "difference" and len(operands) == 2 else None
        if which is not None:  # "more cars or ppl?": the larger first, and by how much
            compared = True
            operands.sort(
                key=lambda i: getattr(self.calculator.operand(i), "value", 0.0), reverse=which == "more"
            )
        values = [getattr(self.calculator.operand(i), "value", 0.0) for i in operands]
        # "were vehicles three times more than people?": the first named must be the larger (the smaller
        # for "less"), whatever the factor
        held = self.calculator.holds(ask.clause, operands) if ask.polar and ask.op == "ratio" else None
        multiple = bool(_TIMES.search(normalize(ask.clause))) and any(
            c.value > 1 for c in (ask.analysis.claims if ask.analysis else [])
        )  # "were premises five times the parcels?": a multiple of the second
        the_wrong_way = held is False or (
            ask.polar and ask.op == "ratio" and held is None and multiple and values[0] < values[1]
        )
        if (
            ask.op == "ratio"
            and len(values) == 2
            and 0 < values[0] < values[1]
            and not _PER_ASKED.search(normalize(ask.clause))
        ):
            operands.reverse()  # "weapons vs ammo ratio": 64.5 rounds for each weapon, not 0.015 weapons a round
        per = arithmetic.per_many(ask.clause)
        times = not _PER_ASKED.search(normalize(ask.clause)) and bool(
            _TIMES_ASKED.search(normalize(ask.clause))
        )
        result = self.calculator.render(ask.op, operands, per, compared, times)
        refs = tuple(self.intents[i].figure or "" for i in operands)
        verdict = None
        if (
            ask.polar
            and ask.op == "difference"
            and ask.analysis is not None
            and any(c.comparator in ("is", "about") for c in ask.analysis.claims)
        ):
            verdict = self._result_holds(ask.op, operands, ask.analysis)  # "20 more targets?": by how many
        if ask.polar and ask.op == "difference" and verdict is None:
            held = self.calculator.holds(ask.clause, operands)
            verdict = None if held is None else ("yes" if held else "no")
        whole_said = None
        if ask.polar and ask.op == "sum" and ask.analysis is not None and verdict is None:
            verdict = self._sum_holds(operands, ask.analysis)
            whole_said = self._whole_checked(operands, ask.analysis)
            if whole_said is not None and whole_said[0] == "yes":  # 926 kg is no ton, but "nearly a ton" is
                verdict = "yes"
            elif whole_said is not None and whole_said[0] != verdict:
                whole_said = None  # "both together more than 900 kg?": 926 is, whatever "nearly a ton" says
        if ask.polar and ask.op == "share" and ask.analysis is not None:
            verdict = self._share_holds(operands, ask.analysis)
        if the_wrong_way:
            verdict = "no"
        if ask.polar and verdict is None and ask.analysis is not None:
            verdict = self._result_holds(ask.op, operands, ask.analysis)
        if result is not None and whole_said is not None:  # "both together, like a ton?": the sum, and the
            result = f"{result}\n\n{self._unverdicted(whole_said[1])}"  # whole as the statement words it
        if result is not None:
            return Reply(result, refs, tuple(operands), verdict)
        texts = [render(self.store, self.intents[i].answer or "") for i in operands]  # kilos and pieces
        texts = [sentence_case(t) for t in texts]  # "More than 22,400 officers …", each a sentence
        return Reply("\n\n".join(texts), refs, tuple(operands), verdict)

    _sum = _difference = _ratio = _share = _calculate

    def _whole_checked(self, operands: list[str], analysis: Analysis) -> tuple[str, str] | None:
        """ "cocaine and the rest together, like a ton?": every part of a whole added up is checked against
        the whole as the statement gives it ("nearly a ton"), not against the exact sum."""
        whole = self.calculator.whole_of(operands[0]) if operands else None
        if whole is None or set(self.calculator.members.get(whole, ())) != set(operands):
            return None
        figure = self.intents[whole].figure
        return self._verify(figure, analysis.claims) if figure else None

    def _sum_holds(self, operands: list[str], analysis: Analysis) -> str | None:
        """ "Do the four add up to the 288,774 total?", "did the two come to more than a ton?"."""
        values = [self.calculator.operand(i) for i in operands]
        if any(v is None for v in values):
            return None
        total, qualifier = arithmetic.combine("sum", values)  # type: ignore[arg-type]
        given = {v.value for v in values}  # type: ignore[union-attr]
        for claim in analysis.claims:
            if claim.value in given:
                continue  # "the cocaine plus the 300 kilos": an operand, not the claim
            ok = _judge(claim, total, qualifier if qualifier != "about" else "exact")
            if ok is not None:
                return "yes" if ok else "no"
        return None

    def _share_holds(self, operands: list[str], analysis: Analysis) -> str | None:
        """ "Did vehicles make up more than a third of the checks?", "over 70% people?"."""
        values = [self.calculator.operand(i) for i in operands]
        if len(values) != 2 or any(v is None for v in values):
            return None
        share, _ = arithmetic.combine("share", values)  # type: ignore[arg-type]
        for claim in analysis.claims:
            if claim.percent and claim.comparator in ("over", "under"):
                return "yes" if _judge(claim, share, "exact") else "no"
            if claim.percent and claim.comparator == "about":  # "were cars like half of everything checked?"
                return "yes" if abs(share - claim.value) <= _SHARE_SLACK else "no"
        return None

    def _result_holds(self, op: str, operands: list[str], analysis: Analysis) -> str | None:
        """ "So about 184,000?" after a difference, "so roughly 9 per officer?" after a ratio: the
        quoted value against the result, rounded as people round ("13" for 12.9)."""
        values = self.calculator.operands(op, operands)
        if len(values) < 2 or any(v is None for v in values):
            return None
        result, qualifier = arithmetic.combine(op, values)  # type: ignore[arg-type]
        given = {v.value for v in values}  # type: ignore[union-attr]
        for claim in analysis.claims:
            share = op == "share"
            if claim.value in given or (claim.percent != share and (not share or claim.value > 100)):
                continue  # an operand repeated, or a count quoted against a percentage
            if claim.comparator in ("is", "about"):
                slack = 0.05 * result if claim.comparator == "about" or qualifier != "exact" else 0.0
                rounding = 0.5 if claim.value == int(claim.value) and result != int(result) else 0.05
                return "yes" if abs(claim.value - result) <= max(slack, rounding) else "no"
            ok = _judge(claim, result, qualifier)
            if ok is not None:
                return "yes" if ok else "no"
        return None

    def _complement(self, ask: Ask) -> Reply:
        """A whole less the parts left out, with the unit: "120 targets less 5 ... : 115 targets"."""
        assert ask.intent is not None
        whole = self.intents[ask.intent]
        if ask.countries:
            group = self.store.counted_countries(whole.figure or "")
            left = [c for c in group if c not in ask.countries]
            excluded = [self.country_name(c) for c in ask.countries if c in group]
            names = self.wording.join([self.country_name(c) for c in left])
            result = self._phrase("countries_count", count=str(len(left)), names=names)
            label = f"{len(group)} {in_sentence(whole.title)}"
            text = render(
                self.store,
                self.intents.responses["complement"],
                {
                    "whole": label,
                    "excluded": self.wording.join(excluded) or self._phrase("none_of_them"),
                    "result": result,
                },
            )
            return Reply(text, (whole.figure or "",), (whole.intent,))
        total = self.calculator.operand(whole.intent)
        parts = [self.calculator.operand(p) for p in ask.operands]
        assert total is not None and all(p is not None for p in parts)
        left = [m for m in self.calculator.members.get(whole.intent, ()) if m not in ask.operands]
        if total.qualifier != "exact" and len(left) == 1 and ask.within is None:
            # "and the rest?" after the cocaine: the one other part the statement names (300 kg),
            # not "nearly a ton" less 626 kg, a figure it never gives
            return self._lookup(replace(ask, op="lookup", intent=left[0], operands=()))
        value = total.value - sum(p.value for p in parts)  # type: ignore[union-attr]
        shown = self.wording.qualify(
            "about" if total.qualifier != "exact" else "exact", self.wording.number(value)
        )
        fact = self.store.facts.get(whole.figure or "")
        unit = fact.unit if isinstance(fact, Figure) else ""
        result = counted = f"{shown} {unit}".strip()
        if len(left) > 1:  # "targets not on a messaging app": 26, and which platforms they were on
            result += f" ({self.wording.join([self.calculator.operand(m).text for m in left])})"  # type: ignore[union-attr]
        excluded = self.wording.join([p.text for p in parts])  # type: ignore[union-attr]
        text = render(
            self.store,
            self.intents.responses["complement"],
            {"whole": total.text, "excluded": excluded, "result": result},
        )
        asked = normalize(ask.clause)
        if len(left) > 1 and _WHERE_REST.search(asked) and not _HOW_MANY.search(asked):
            text = (
                f"{result}."  # "and the rest of them, where are they?": where, not the sum that counts them
            )
        within = self.calculator.operand(ask.within) if ask.within else None
        if within is not None and value:  # "of those, what fraction are vehicles?": a share of what was left
            slots = {
                "first": within.text,
                "second": counted,
                "result": self.wording.percent(100 * within.value / value),
            }
            text = f"{render(self.store, self.intents.responses['share'], slots)}\n\n{text}"
        elif PERCENT.search(normalize(ask.clause)) and total.value:  # "…not on the app, as a percentage?"
            share = self.wording.percent(100 * value / total.value)
            slots = {"first": counted, "second": total.text, "result": share}
            text = f"{text}\n\n{render(self.store, self.intents.responses['share'], slots)}"
        refs = (whole.figure or "", *(self.intents[p].figure or "" for p in ask.operands))
        return Reply(text, refs, (whole.intent, *ask.operands, *((ask.within,) if within else ())))

    def _rank(self, ask: Ask) -> Reply:
        """The parts of a figure, largest first; Yes or No when a part was named as the most or least."""
        assert ask.intent is not None and ask.analysis is not None
        members = self.calculator.members[ask.intent]
        operands = sorted(
            ((p, self.calculator.operand(p)) for p in members),
            key=lambda item: -item[1].value,  # type: ignore[union-attr]
        )
        total = self.calculator.operand(ask.intent)
        assert total is not None
        ranking = [o.text for _, o in operands]  # type: ignore[union-attr]
        clause = normalize(ask.clause)
        # "from most to least", "rank them … least …": all of them
        least = bool(_LEAST.search(clause)) and not _MOST.search(clause) and not _RANK_ALL.search(clause)
        if _ASCENDING.search(clause) and not ask.polar:  # "rank them from smallest to biggest"
            slots = {"whole": total.text, "ranking": self.wording.join(ranking[::-1])}
            text = render(self.store, self.intents.responses["rank_ascending"], slots)
        elif least and not ask.polar:  # "and the fewest?": the smallest, not the whole list again
            slots = {"whole": total.text, "ranking": ranking[-1]}
            text = render(self.store, self.intents.responses["rank_least"], slots)
        else:
            slots = {
                "whole": total.text,
                "ranking": self._phrase("ranking", first=ranking[0], rest=self.wording.join(ranking[1:]))
                if ranking[1:]
                else ranking[0],
            }
            text = render(self.store, self.intents.responses["rank"], slots)
        verdict = None
        if ask.polar and ALL_OF.search(
            clause
        ):  # "were they all on the dark web?": only if it is the one part
            held = [p for p, o in operands if o.value]  # type: ignore[union-attr]
            named = self.readers.part_named(ask.analysis, ask.intent)
            verdict = "yes" if named is not None and held == [named] else "no"
        elif ask.polar:
            # "so thats most of them yeah" after the app's 94: the part just given, else the part named
            one = self.readers.part_named(ask.analysis, ask.intent)  # "…most, was it cocaine?": its own word
            named = (
                [o for o in ask.operands if o in members]
                or ([one] if one else [])
                or [s.intent for s in self.readers.rank(ask.analysis, limit=8) if s.intent in members]
            )
            if named:
                extreme = operands[-1][0] if least else operands[0][0]
                verdict = "yes" if named[0] == extreme else "no"
        refs = (self.intents[ask.intent].figure or "", *(self.intents[p].figure or "" for p in members))
        return Reply(text, refs, (ask.intent,), verdict)

    def _whole_and_parts(
        self, whole: str
    ) -> tuple[arithmetic.Operand, list[arithmetic.Operand], tuple[str, ...]]:
        """A whole's figure, its parts' figures and the facts of both, for the answers made of them."""
        members = self.calculator.members[whole]
        operands = [o for o in (self.calculator.operand(p) for p in members) if o is not None]
        total = self.calculator.operand(whole)
        assert total is not None
        refs = (self.intents[whole].figure or "", *(self.intents[p].figure or "" for p in members))
        return total, operands, refs

    def _threshold(self, ask: Ask) -> Reply:
        """The parts of a figure over (or under) the figure quoted, largest first; "none of them" when no
        part is."""
        assert ask.intent is not None and ask.analysis is not None
        side = next(c for c in ask.analysis.claims if c.comparator in ("over", "under"))
        total, operands, refs = self._whole_and_parts(ask.intent)
        kept = sorted(
            (
                o
                for o in operands
                if (o.value > side.value if side.comparator == "over" else o.value < side.value)
            ),
            key=lambda o: -o.value,
        )
        slots = {
            "whole": total.text,
            "figure": self.wording.number(side.value),
            "parts": self.wording.join([o.text for o in kept]) or self._phrase("none_of_them"),
        }
        text = render(self.store, self.intents.responses[f"threshold_{side.comparator}"], slots)
        return Reply(text, refs, (ask.intent,))

    def _gap(self, ask: Ask) -> Reply:
        """A figure against the number quoted beside it: the gap between them."""
        assert ask.intent is not None and ask.analysis is not None
        text = self.calculator.render_gap(ask.intent, ask.analysis.claims[0].value)
        if text is None:  # the number quoted is the statement's own: the figure as it stands
            return self._lookup(replace(ask, op="lookup"))
        return Reply(text, tuple(references(self.intents[ask.intent].answer or "")), (ask.intent,))

    def _portion(self, ask: Ask) -> Reply:
        """A number the asker brings, as a share of the figure read."""
        assert ask.intent is not None and ask.analysis is not None
        text = self.calculator.render_portion(ask.intent, ask.analysis.claims[0].value)
        if text is None:
            return self._lookup(replace(ask, op="lookup"))
        return Reply(text, tuple(references(self.intents[ask.intent].answer or "")), (ask.intent,))

    def _why(self, ask: Ask) -> Reply:
        """A reason asked that the statement does not give: said first, then what it does say."""
        assert ask.intent is not None
        answer = render(self.store, self.intents[ask.intent].answer or "")
        text = render(self.store, self.intents.responses["why_unsaid"], {"answer": sentence_case(answer)})
        return Reply(text, tuple(references(self.intents[ask.intent].answer or "")), (ask.intent,))

    def _convert(self, ask: Ask) -> Reply:
        """A weight in the unit asked: the statement's answer, then the figure converted (626 kg are
        0.626 t; "nearly a ton" stays nearly)."""
        assert ask.intent is not None and ask.unit is not None
        # the intent's own answer: the unit asked is no word of the question to check ("pounds seized?")
        answer = Reply(render(self.store, self.intents[ask.intent].answer or ""), (), (ask.intent,))
        operand = self.calculator.operand(ask.intent)
        unit = self.intents.vocabulary.units.get(ask.unit)
        if operand is None or unit is None:
            return answer
        value = operand.value * unit.per_kg
        if float(value).is_integer() or value >= 10:
            shown, qualifier = self.wording.number(round(value)), operand.qualifier
            if qualifier == "exact" and not float(value).is_integer():
                qualifier = "about"
        else:  # 0.626 t: the kilograms exactly, in thousandths
            shown, qualifier = self.wording.number(value, decimals=3).rstrip("0"), operand.qualifier
        name = unit.name[:-1] if shown == "1" and unit.name.endswith("s") else unit.name  # "nearly 1 tonne"
        result = f"{self.wording.qualify(qualifier, shown)} {unit.symbol if self.english else name}"
        text = render(
            self.store, self.intents.responses["convert"], {"answer": answer.text, "result": result}
        )
        return Reply(text, tuple(references(self.intents[ask.intent].answer or "")), (ask.intent,))

    def _kinds(self, ask: Ask) -> Reply:
        """How many parts a figure is made of, each with its own figure."""
        assert ask.intent is not None
        total, operands, refs = self._whole_and_parts(ask.intent)
        slots = {
            "count": self.wording.number(len(operands)),
            "whole": total.text,
            "parts": self.wording.join([o.text for o in operands]),
        }
        text = render(self.store, self.intents.responses["kinds"], slots)
        return Reply(text, refs, (ask.intent,))

    # ------------------------------------------------------------ words, overview

    def _quote(self, ask: Ask) -> Reply:
        return self._words(ask, "quote")

    def _attribution(self, ask: Ask) -> Reply:
        return self._words(ask, "attribution")

    def _words(self, ask: Ask, key: str) -> Reply:
        # "… 2,292 illegal entries quoted somewhere. Is that Europol's number?": a figure claimed is checked
        figure = (
            self.intents[ask.intent].figure if ask.intent and (key == "attribution" or ask.polar) else None
        )
        fact = self.store.facts.get(figure or "")
        claims = [  # a figure near the stated one ("2,292"), not a daughter's age of 14 in the story
            c
            for c in (ask.analysis.claims if ask.analysis is not None and figure else [])
            if isinstance(fact, Figure) and fact.value and 0.5 <= c.value / fact.value <= 2
        ]
        if figure and claims:
            checked = self._verify(figure, claims)
            if checked is not None and checked[0] == "no":
                # "'2,292 illegal entries detected' - is that Europol's number?": not its number
                return Reply(checked[1], (figure,), (ask.intent or "",), "no", framed=True)
        reply = self._quoted(ask, key)
        if ask.polar and key == "attribution" and ask.analysis is not None and not _EITHER.search(ask.clause):
            # "Can I attribute the figure to Europol?" Yes; "was it Interpol that issued it?" No; "is it
            # Europol's figure or a national one?" asks which, not whether
            agencies = set(ask.analysis.agencies)
            verdict = "yes" if not agencies or agencies == {self.readers.source_agency} else "no"
            return Reply(reply.text, reply.refs, reply.intents, verdict)
        if ask.polar and key == "quote" and ask.analysis is not None:
            return Reply(reply.text, reply.refs, reply.intents, self._quote_holds(ask.analysis, reply.text))
        return reply

    def _quote_holds(self, analysis: Analysis, quoted: str) -> str | None:
        """ "was it investigators who identified them, per the quote?": No when the question names something
        the quoted words do not, Yes when the quoted words hold all it names; otherwise no verdict."""
        said = self._named(quoted, None)
        if any(names - said.get(kind, set()) for kind, names in self._named(analysis.text, analysis).items()):
            return "no"
        # ("i.e." leaves letters, no words)
        asked = {s for s in analysis.stems if len(s) > 1} - self.readers.frame - _CONTENTLESS - _QUOTE_STEMS
        return "yes" if asked and asked <= set(self.analyzer.analyze(quoted).stems) else None

    def _quoted(self, ask: Ask, key: str) -> Reply:
        """The statement's sentences behind an intent, quoted whole."""
        assert ask.intent is not None
        intent = self.intents[ask.intent]
        refs = [r for r in references(intent.answer or "") if r in self.store.facts]
        if intent.figure and intent.figure in self.store.facts:
            refs.insert(0, intent.figure)
        if self.wording.language != "en" and intent.answer:
            # In another language the English sentence would drown the answer: the words each figure
            # rests on, then the answer in the language asked ("Дословно, Европол вели: “…” …")
            words = [q for q in dict.fromkeys(getattr(self.store.facts[r], "quote", None) for r in refs) if q]
            words = [q for q in words if not any(q != other and q in other for other in words)]
            fullest = sorted(words, key=len, reverse=True)[:2]  # the fullest two: a quote, not a collage
            words = [q for q in words if q in fullest]
            if words:
                quote = " … ".join(f"“{q}”" for q in words)
                text = render(self.store, self.intents.responses[key], {"quote": quote})
                return Reply(f"{text}\n\n{render(self.store, intent.answer)}", tuple(refs), (intent.intent,))
        own = getattr(self.store.facts.get(intent.figure or ""), "quote", None)
        if own and _QUALIFIER.search(normalize(ask.clause)):
            # "the ammunition figure, with the qualifier": the figure's own words, not its whole sentence
            text = render(self.store, self.intents.responses[key], {"quote": f"“{own}”."})
            return Reply(text, tuple(refs), (intent.intent,))
        sentences = self.store.sources_for(refs) if refs else []
        if not sentences:
            sentences = [self.store.title]
        quote = " … ".join(s if "“" in s else f"“{s}”" for s in sentences)
        text = render(self.store, self.intents.responses[key], {"quote": quote})
        return Reply(text, tuple(refs), (intent.intent,))

    def _wording(self, ask: Ask) -> Reply:
        """Quoted words against the statement's: the ones it uses, quoted in their sentence; for words it
        does not use, the closest words it does."""
        sentences = {q: self.store.sentence_with(q) for q in ask.quoted}
        used = [q for q, sentence in sentences.items() if sentence]
        about = (ask.intent,) if ask.intent else ()
        if used:
            sentence = self._excerpt(sentences[used[0]] or "", used[0])
            unused = [q for q in ask.quoted if q not in used]
            if unused:
                slots = {"used": f"“{used[0]}”", "claimed": f"“{unused[0]}”", "quote": sentence}
                return Reply(render(self.store, self.intents.responses["wording_which"], slots), (), about)
            slots = {"used": f"“{used[0]}”", "quote": sentence}
            return Reply(render(self.store, self.intents.responses["wording_used"], slots), (), about, "yes")
        claimed = ask.quoted[0]
        closest = self._closest_words(claimed)
        key = "wording_unused" if closest else "wording_absent"
        slots = {"claimed": f"“{claimed}”", "used": f"“{closest}”"}
        return Reply(render(self.store, self.intents.responses[key], slots), (), about, "no")

    @staticmethod
    def _excerpt(sentence: str, words: str) -> str:
        """The part of a sentence (between its commas) that uses the words, quoted; the whole
        sentence when the words span a comma."""
        wanted = f" {normalize(words)} "
        pieces = re.split(r"(?<=[,;:])\s+", sentence)
        for i, piece in enumerate(pieces):
            if wanted in f" {normalize(piece)} ":
                text = piece.strip(" ,;:“”")
                if len(pieces) == 1:
                    return f"“{text}”"
                before = "…" if i > 0 else ""
                after = "…" if i < len(pieces) - 1 else ""
                return f"“{before}{text}{after}”"
        return sentence if sentence.startswith("“") else f"“{sentence}”"

    def _closest_words(self, words: str) -> str | None:
        """The statement's run of words closest to the quoted ones (rapidfuzz), if any is close, with
        the qualifier before it ("one tonne of drugs": "nearly a ton of drugs")."""
        for kind, names in self._named(words, None).items():
            stated = self._stated_anywhere.get(kind, set())
            if names and not stated and kind not in ("country", "agency"):
                return None  # "passports": a kind of thing the statement names none of, closest to nothing
            if names and stated and kind not in ("country", "agency") and not names & stated:
                # "passports": the kind of thing the statement names ("forged documents"); "darknet": "dark web"
                return max(
                    stated, key=lambda n: (max(fuzz.ratio(m, n) for m in names) >= _CLOSE_WORDING, len(n))
                )
        size = len(words.split())
        meant = set(self.analyzer.analyze(words).stems) - self.readers.frame
        best: tuple[float, list[str], int, int] = (0.0, [], 0, 0)
        for sentence in self.store.sentences.values():  # "passports": its synonym's words, "forged documents"
            tokens = sentence.split()
            for n in (size + 1, size):
                for i in range(len(tokens) - n + 1):
                    window = " ".join(tokens[i : i + n]).strip(" ,.;:“”()")
                    ends = window.lower().split()
                    if (
                        not ends
                        or ends[0] in _LIGHT
                        or ends[-1] in _LIGHT
                        or any(c.isdigit() for c in window)
                    ):
                        continue
                    if meant and meant <= set(self.analyzer.analyze(window).stems) and n > best[3]:
                        best = (100.0, tokens, i, n)
        if best[1]:
            score, tokens, i, n = best
            return " ".join(tokens[i : i + n]).strip(" ,.;:“”()")
        for sentence in self.store.sentences.values():
            tokens = sentence.split()
            for n in {max(1, size - 1), size, size + 1}:
                for i in range(len(tokens) - n + 1):
                    window = " ".join(tokens[i : i + n]).strip(" ,.;:“”()")
                    ends = window.lower().split()
                    if not ends or ends[0] in _LIGHT or ends[-1] in _LIGHT:
                        continue  # "cyber patrol", not "cyber patrol was"
                    score = fuzz.ratio(words.lower(), window.lower())
                    if score > best[0]:
                        best = (score, tokens, i, n)
        score, tokens, i, n = best
        if score < _CLOSE_WORDING:
            return None
        start = i
        while start > 0 and tokens[start - 1].lower() in _QUALIFYING:
            start -= 1
        return " ".join(tokens[start : i + n]).strip(" ,.;:“”()")

    def _overview(self, ask: Ask) -> Reply:
        assert ask.intent is not None
        intent = self.intents[ask.intent]
        return Reply(
            render(self.store, intent.answer or ""),
            tuple(references(intent.answer or "")),
            (intent.intent,),
            "no" if ask.polar else None,  # "was it only about drugs?": the overview shows what else
        )


_LIGHT = frozenset(w for w in LIGHT_WORDS | {"was", "were", "is", "are", "set", "said", "that"})
_QUALIFYING = frozenset({"nearly", "almost", "about", "around", "over", "more", "than", "a", "an", "some"})
_HOW_MANY = re.compile(r"\bhow (?:many|much)\b|\bnumber of\b|\bcount of\b")
_WHERE_REST = re.compile(r"\bwhere\b|\b(?:which|what) (?:platforms?|places?|sites?|channels?)\b")
_UNIT_IS_KIND = re.compile(  # "were the premises homes or shops?", "are the vehicles mostly trucks"
    r"\b(?:were|are|was|is) (?:(?:all|the|those|these) )*(?:\d[\d,]* )?(\w+)"
)
_PER_ASKED = re.compile(r"\b(?:each|every|per|a head|apiece)\b")  # "weapons per officer": that way round
_NEAR_OTHER = 0.05  # how close "about 67,000" must be to another fact's figure to be taken for it
_ABOVE_OTHER = (
    0.1  # how far "over 5,000" / "the 5,000-odd" may sit below another fact's figure and still name it
)


def _near(comparator: str, claimed: float, stated: float) -> bool:
    """Whether a rough figure quoted names a stated one: "about" on either side, "over" and "-odd" below it,
    "under" above it."""
    if comparator == "about":
        return abs(stated - claimed) <= _NEAR_OTHER * stated
    if comparator == "over":
        return claimed <= stated <= claimed * (1 + _ABOVE_OTHER)
    if comparator == "under":
        return claimed * (1 - _ABOVE_OTHER) <= stated <= claimed
    return False


_CLOSE_WORDING = 60  # rapidfuzz ratio from which the statement's words are offered as what it says instead
_SPECIFICALLY = re.compile(r"\b(?:specifically|separately|in particular)\b")
_TOTAL = re.compile(r"\b(?:total|in total|overall|altogether|all together|in all|grand total|all up)\b")
_PARTS_ASKED = re.compile(
    r"\b(?:where|which|what kinds?|what sorts?|types?|categor\w*|break\w*|split|each|per|by|platforms?|channels?|"
    r"made up|consist|composed|list|and|parts?|of them|of those|rest|else|others?|what are|are what|what (?:was|were|did))\b"
)
_THE_ONLY = (
    re.compile(  # "the only country", "only non-EU country" (an article dropped), "the only Balkan one"
        r"\b(?:the )?only (?:[a-z]+ ){0,2}(?:country|one|nation|state|participant|member|member state)\b"
    )
)
_ONLY_BEFORE = re.compile(
    r"\b(?:only|solely|exclusively)\s+((?:[a-z]+\s+){0,2}[a-z]+)"
)  # "only Italy", "only north macedonia"
_ONE_NATION = re.compile(  # "was this just a Greek police operation?": one country's own operation
    r"\b(?:just|purely|entirely|simply|only|solely|exclusively)\s+(?:an?\s+)?([a-z]+)\s+(?:police\s+)?"
    r"(?:operation|op|thing|action|affair|bust|raid|crackdown|effort)\b"
)
_ALL_IN = re.compile(  # "was that all in north macedonia", "did it all happen in Serbia", "were all the checks in …"
    r"\b(?:(?:was|is|were) (?:it|that|this|the operation) (?:all|just|entirely|only) |(?:was|is) everything "
    r"|(?:it|that|this) all (?:happen|happened|take place|took place) "
    r"|all the (?:checks|operation|action|seizures) (?:were |was |happened |took place )?)"
    r"(?:in|at) ((?:[a-z]+\s+){0,2}[a-z]+)"
)
_OR_ONLY = re.compile(
    r"\bor (?:\w+ ){0,2}(?:only|just|solely|alone)\b"
)  # "Frontex too, or only Europol?", "… or was it just Europol?" asks which
_ONLY_SEVERAL = re.compile(
    r"\b(?:only|solely|exclusively|just)\s+((?:[a-z]+\s+){1,6}?[a-z]+)(?=\s+(?:take|took|were|was|in)\b|\W*$)"
)
_QUALIFIER = re.compile(r"\bqualifiers?\b")
_EITHER_SIDE = re.compile(
    r"\b(?:eu|member state|member|union)(?: country| state| member)?(?: (?:in|according to|per) (?:this|the) (?:statement|list|release))?"
    r" or (?:an? )?(?:non ?eu|not eu|outside|non member)\b"
    r"|\bnon ?eu(?: country)? or (?:an? )?(?:eu|member)\b"
)  # "is Greece EU or non-EU?": which side, not whether
_LEFT_OUT = re.compile(
    r"\b(?:left out|leave out|excluded|missing from|absent from|sat out|stayed out|kept out|not invited|"
    r"did not take part|didnt take part|did not participate|didnt participate|nothing to do with|no part in|no role in)\b"
)
# "… Is he right?", "is that true?": a question of its own whether a negative claim holds, answered No
_JUDGED = re.compile(
    r"\b(?:is|are|was) (?:right|wrong|correct)\b|\bis (?:that|it|this) (?:true|right|correct)\b(?! that)"
)
# a "not" tied to taking part ("was not participating", "wasn't involved"), never "or not" / "not sure"
_NEGATION = re.compile(
    r"(?<!\bor )\b(?:not|never|wasnt|werent|isnt|arent|didnt|doesnt|dont|hasnt|havent)\s+(?:\w+\s+){0,2}?"
    r"(?:take part|took part|taking part|participat\w*|involved|part of|included|among|on (?:the )?list|join\w*|"
    r"in it|in the operation|in this|there|in (?:the )?list|listed|named|mentioned|coordinat\w*|led|ran|"
    r"help\w*|assist\w*|cooperat\w*|collaborat\w*|support\w*|contribut\w*|associated|"
    # "Greece were not in the countries that took part"
    r"(?:countries|participants|states) (?:that|which|who) (?:took part|participated|were involved))\b"
    # "the UK took no part", "Greece sat this one out"
    r"|\b(?:took|take|takes|taking|played|play|had|has|have) no (?:part|role)\b"
    r"|\b(?:sat|sit|sits|sitting|stayed|stay|stays|staying|kept|keep) (?:it |this |this one |that one )?out\b"
)


_KIND_SAID = re.compile(  # "the 114 - that's documents, not people?": what the figure counts, said to check
    r"\b(?:that|that s|thats|it s|its|is|are|was|were) (?:all |really |actually |just |only )?[a-z]+(?: not [a-z]+)?\W*$"
)


def _lower_first(text: str, language: str) -> str:
    """The first letter in lower case, as the language writes it (Turkish "I" is "ı")."""
    if language == "tr":
        return {"I": "ı", "İ": "i"}.get(text[:1], text[:1].lower())
    return text[:1].lower()


def _denied(question: str, answer: str) -> bool:
    """The answer denies what the question asks for: "is there a separate heroin figure?" against
    "... the statement does not give a separate weight for heroin" (a word of the question that the
    answer uses only after a "not")."""
    lowered = answer.lower()
    says_which = _SAYS_WHICH.search(question.lower())  # "does Europol say how much of it was heroin?"
    asked = set(re.findall(r"[a-z]{5,}", question.lower()))
    asked |= {_SPLIT_WORDS[w] for w in asked if w in _SPLIT_WORDS}  # "break down" asks for a separate figure
    for word in asked | {w[:-2] for w in asked if w.endswith("ly")}:  # "separately": "a separate weight"
        uses = [m.start() for m in re.finditer(rf"\b{word}\b", lowered)]
        # (not "it does not say which countries seized what": which is denied there, not the seizing)
        denied = [
            at
            for at in uses
            if (negated := re.search(r"\b(?:not|no)\b[^.;:]*$", lowered[:at]))
            and (_which_object(negated.group(0)) or not word.endswith("ed"))
        ]
        if uses and word not in _NEVER_DENIED and (denied == uses or (says_which and denied)):
            return True
    return False


def _which_object(negated: str) -> bool:
    """Whether the word after a "not …" span is what is denied: always, unless the span says "not say which"
    and the word comes later than the thing asked which of ("which particular sites": the sites are denied;
    "which countries seized what": the seizing is not)."""
    which = _SAYS_WHICH_BETWEEN.search(negated)
    return which is None or set(negated[which.end() :].split()) <= _WHICH_QUALIFIERS


_WHICH_QUALIFIERS = frozenset(
    {"particular", "specific", "exact", "individual", "kind", "kinds", "of", "the", "type"}
)


_IN_THE_EU = re.compile(
    r"\b(?:in|inside|part of|within) (?:an? |the )?(?:eu|european union)(?: country| member(?: state)?| state)?\b"
)
_SAYS_WHICH_BETWEEN = re.compile(
    r"\b(?:say|says|tell|tells|state|states|name|names)\s+(?:which|what|where|who|how|whether)\b"
)
_COUNTED_WORD = re.compile(
    r"^(?:\w+ ){0,3}?how (?:many|much) (?:(?:more|fewer|less|exactly|in all) )*"
    r"(?!(?:bigger|larger|smaller|higher|lower|greater|heavier|lighter)\b)([a-z]{4,})\b"
)
_SPLIT_WORDS = {  # words asking for a figure split up, against the answer's "not … a separate weight"
    w: "separate"
    for w in ("break", "breaks", "breakdown", "split", "splits", "itemise", "itemize", "individually")
}
_ALL_ONE = re.compile(
    r"\b(?:(?<!at )(?<!in )(?<!all in )all(?! in all\b)(?! told\b)(?! together\b)|only|just|entirely|exclusively|solely|purely|alone|on (?:its|their) own|by (?:itself|themselves))\b"
)
_ONE_COUNTRY = re.compile(r"\b(?:one|a single|1) (?:country|nation|state)\b")


def _one_country_asked(analysis: Analysis, within: bool = False) -> bool:
    """ "Was it all in just one country?": one country asked about, none named (`within`: where it
    happened, not "all from one country", where people or goods came from)."""
    norm = normalize(analysis.text)
    found = _ONE_COUNTRY.search(norm)
    return (
        not analysis.countries
        and not analysis.agencies
        and found is not None
        and not (within and re.search(r"\bfrom (?:just |only )?$", norm[: found.start()]))
    )


_ONLY = re.compile(
    r"\b(?:only|solely|exclusively|purely|just)\b"
    # "was the ton all cocaine?", "was that cocaine all of it": one part as the whole
    r"|\b(?:was|were|is|are) (?:it|that|this|they|those|the \w+(?: of \w+)?) all (?!of )\w+|\ball of it\W*$"
    # "is that the whole drugs haul?" of the cocaine just given: one part as the whole
    r"|\b(?:was|were|is|are) (?:it|that|this|they|those|these) (?:really )?(?:the )?(?:whole|entire|full|complete|total)\b"
)
_AS_WELL = re.compile(r"\b(?:too|also|as well|among others|besides|apart from|other than|except)\b")
# not "not just police" (others as well), nor "just to confirm, did …" (how it is asked)
_NOT_ALONE = re.compile(
    r"\b(?:not|nt) (?:just|only|simply|merely|solely|alone)\b[^,.;?]*|\b(?:just|only) (?:to|for) (?:confirm|check|verify|be sure|double check)\b"
    # "i just wanna know was frontex part of this": how it is asked, not "only Frontex"
    r"|\bjust (?:wanna|want to|wanted to|need to|would like to|d like to|curious|asking|wondering)\b"
    r"|\b(?:just|only|merely|simply) (?:a|an|one) (?:partner|helper|supporting|supporter|participant|member)\b"  # "just a partner": a role
)
# "does it say how much…", "does Europol give which…": asks whether a detail is given at all
_SAYS_WHICH = re.compile(
    r"\b(?:say|says|give|gives|mention|mentions|report|reports|specify|specifies|state|states)\s+"
    r"(?:how|what|which|who|whom|where|when|whether)\b"
)
_SAYS_NAMES = re.compile(
    r"\b(?:say|says|give|gives|mention|mentions|name|names|specify|specifies)\s+(?:which|who|whom)\b"
)
_EITHER = re.compile(
    r"\bor\b(?!\s+(?:not|no|nah|something|whatever|what|so|else|(?:somebody|someone|anyone|anybody|who|some \w+) else)\b)",
    re.I,
)  # "Europol's figure or a national one?" names two; "Europol or somebody else?" asks whether
# the source and question words: "does Europol say which…" is never a denial of "Europol" or "which"
_NEVER_DENIED = frozenset(
    {"europol", "statement", "release", "report", "article", "which", "where", "whether", "whose"}
)


def _initial(name: str) -> str:
    """A name's first letter as typed on any keyboard: "Š", "Ш" and "S" alike."""
    return fold(name[:1], "mk" if is_cyrillic(name[:1]) else "")[:1]


def _within(names: set[str], stated: set[str]) -> bool:
    """Every name asked is among those stated ("balkans" within "western balkans")."""
    return bool(stated) and all(
        any(n == s or n in s.split() or f" {n}" in f" {s}" for s in stated) for n in names
    )


def _contains(stems: list[str], key: tuple[str, ...]) -> bool:
    n = len(key)
    return any(tuple(stems[i : i + n]) == key for i in range(len(stems) - n + 1))


def _judge(claim, value: float, qualifier: str) -> bool | None:
    """Is the claim consistent with the stated figure? None when it is not about this figure."""
    c = claim.value
    if claim.comparator == "exact":  # "exactly 20,000?" against "more than 20,000": No
        return c == value and qualifier == "exact"
    if claim.comparator == "is":  # "'1 ton of drugs seized'?" against "nearly a ton": No (not "a ton?")
        if qualifier == "exact" and c != value and c >= 10_000 and c % 1000 == 0 and round(value, -3) == c:
            return True  # "they checked like 215k people?": 215,273 rounded to the thousand
        return c == value and (qualifier != "nearly" or not any(ch.isdigit() for ch in claim.words))
    if claim.comparator == "about" and _NEARLY.match(claim.words):
        # "nearly 300 weapons" against 310: just under, so No; "nearly 20,000 rounds" against "more than"
        if qualifier == "nearly":
            return abs(c - value) <= 0.05 * value
        return qualifier != "more_than" and 0.9 * c <= value <= c
    if claim.comparator == "about":  # "roughly 200,000 people" for 215,273: that figure, rounded as typed
        zeros = _zeros(int(c)) if c == int(c) else 0
        rounded = zeros >= 3 and round(value, -zeros) == c and abs(c - value) <= 0.1 * value
        return abs(c - value) <= 0.05 * value or rounded
    if claim.comparator in ("over", "under") and _slipped(c, value):
        return False  # "more than 2,240 officers" against "more than 22,400": a dropped digit, not a floor
    if claim.comparator == "over":
        if qualifier == "nearly":
            return c < 0.9 * value
        return value > c or (qualifier == "more_than" and c <= value)
    if claim.comparator == "under":
        if qualifier == "more_than":
            return None if c > value else False
        return value < c or (qualifier == "nearly" and c >= value)
    return None


_NEARLY = re.compile(r"\s*(?:nearly|almost|close to|just under|not quite|shy of)\b", re.I)


def _zeros(number: int) -> int:
    """Trailing zeros: how round a number is written (215,000 has three, 215,273 none)."""
    return len(str(number)) - len(str(number).rstrip("0")) if number else 0


def _slipped(claimed: float, value: float) -> bool:
    """The claimed figure is the stated one with the decimal point moved, a digit dropped or doubled
    ("2,400" for 22,400), or two neighbouring digits swapped ("125,273" for 215,273): a typo to correct."""
    if claimed == value:
        return False
    if any(abs(claimed * 10**k - value) < 1e-6 for k in (-3, -2, -1, 1, 2, 3)):
        return True
    a, b = f"{claimed:.0f}", f"{value:.0f}"
    if claimed != int(claimed) or value != int(value) or min(len(a), len(b)) < 4:
        return False
    if abs(len(a) - len(b)) == 1:  # "more than 2,400 officers" for 22,400: a digit dropped (or one doubled)
        short, long = sorted((a, b), key=len)
        return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))
    if len(a) != len(b):
        return False
    differ = [i for i in range(len(a)) if a[i] != b[i]]
    return (
        len(differ) == 2
        and differ[1] == differ[0] + 1
        and a[differ[0]] == b[differ[1]]
        and a[differ[1]] == b[differ[0]]
    )


_OR_SO_END = re.compile(r"\s+or (?:smth|sth|something|anything|summat|whatever|so)\W*$", re.I)
NOT_CONFIRMABLE = {
    "or", "not", "no", "never", "nt", "only", "just", "most", "mostly", "mainly", "majority", "all",
    "every", "each", "more", "less", "fewer", "than", "least", "biggest", "largest", "smallest",
    "highest", "lowest", "alone", "itself", "first", "last", "same", "instead", "exactly",
}  # fmt: skip
# What no answer of the statement's confirms: a charge against the source ("Europol made the whole thing up,
# right?"), what the operation achieved ("did it make the region safer?")
_UNCONFIRMED = re.compile(
    r"\bmade (?:it|this|that|them|everything|the whole thing|all of it|it all|the (?:figures|numbers))(?: all)? up\b"
    r"|\b(?:fabricat\w*|invented|lied|lies|lying|faked|hoax|staged|propaganda|exaggerated|inflated|fictional|bogus"
    r"|safer|safety|crime|effective|successful|success|disrupted|dismantled)\b"
)
# Words that make a verdict unsafe either way ("was Bulgaria left out?", "was it Skopje or Sofia?").
_IF_NOT = re.compile(
    r"[,;.?!]*\s*\b(?:and |or )?(?:if not|if so|if it isn ?t|if that s wrong|otherwise)\b.*$", re.I | re.S
)
LIGHT_STEMS = {Analyzer.stem(w) for w in LIGHT_WORDS}
_AMONG_GIVEN = re.compile(r"\b(?:among|one of|part of|included in) (?:the|those|these|all) (?:more than )?\d")
_VAGUE_NOUNS = frozenset(
    (
        "stuff",
        "things",
        "thing",
        "anything",
        "something",
        "lot",
        "lots",
        "plenty",
        "single",
    )  # "a single weapon": any
)
# "how many did she check personally?", "how many of those did my sister catch", "was ours one of them?"
_ONE_PERSONS = re.compile(
    r"\b(?:did|does|do|could|would|has|have|had|can) (?:she|he|i|my (?:\w+ )?\w+|her \w+|his \w+|our \w+)(?: \w+)?"
    r" (?:check|checked|catch|caught|find|found|seize|seized|detect|detected|handle|handled|stop|stopped|search|"
    r"searched|inspect|inspected|control|controlled|identify|identified|process|processed)\b"
    r"|\bpersonally\b"
    r"|\b(?:was|were|is|are) (?:ours|mine|hers|his|theirs|(?:my|our|her|his) \w+(?: \w+)?) "
    r"(?:one of (?:them|those|these|the \w+)|among (?:them|those|these|the \w+)|included|counted|in there"
    r"|part of (?:it|that|them))\b"
)
# "what's the split between police, customs and border services?": a figure asked apart by its kinds
_SPLIT_ASKED = re.compile(
    r"\b(?:split|splits|breakdown|broken down|break down|divided|division|distribution|distributed|"
    r"each service|per service|by service|between|respectively|apiece)\b"
)
# "Spain appears only once in the list, right?": a claim that a name is not repeated
_ONCE_CLAIMED = re.compile(
    r"\b(?:only|just)\b(?: \w+){0,3}? (?:once|one time)\b|\bnot (?:listed |named |mentioned |shown |given )?twice\b"
    r"|\bno (?:duplicates?|repeats?|double)\b"
)
# "the exact total", "to the kilo", "precisely how many": a figure asked more exactly than a rounded one
_EXACTNESS_ASKED = re.compile(
    r"\b(?:exact|exactly|precise|precisely|to the (?:kilo|kilogram|gram|unit|last|digit|piece|person)"
    r"|down to the|correct number|accurate number|exact number)\b"
)
_PRECISION = frozenset(
    ("exactly", "precisely", "roughly", "approximately", "about", "around", "again", "then")
)

_OF_THE = r"(?:the|those|these|them|all|its|their)"
# "who is Frontex?", the name all that follows (not "who was running the show, Eurojust?", a guess)
_WHO_IS = re.compile(r"(?:(?:ok|okay|so|and|but) )*(?:who|what) (?:is|s|was|are) (?:the )?[a-z]+")
_ALL_OF_THEM = re.compile(r"\b(?:were|was|are|is) all (?:the |those |these )?\d+\b")
_CHECKS_OUT = re.compile(r"\b(?:check|checks|checked|checking) out\b")
_CHECK_STEM = Analyzer.stem("check")
_FINDING = frozenset({"detected", "seized", "identified"})  # what was found; not what was only checked
_OF_THOSE = re.compile(r"\bof (?:those|them|these|em)\b")
_BE = r"(?:were|was|are|is|involved|involve|came|come|contained|contain|had|have|belonged|belong|turned out to be)"
_SUBSET = (
    re.compile(rf"\bhow (?:many|much) of (?:{_OF_THE}\b)?(?:\s*\w+){{0,4}}? {_BE} (?P<part>.+)"),
    re.compile(rf"\bof {_OF_THE}(?:\s+\w+){{1,4}}?,? how (?:many|much)(?: of them)?(?: {_BE})? (?P<part>.+)"),
    re.compile(
        rf"\b(?:what|which) (?:share|percentage|percent|proportion|fraction|part|portion) of "
        rf"(?:{_OF_THE} )?(?:\w+ ){{0,4}}?{_BE} (?P<part>.+)"
    ),
    # "were the weapons all firearms?": all of the whole one kind ("only police" is a claim to check)
    re.compile(
        r"^(?:\w+ )?(?:were|are) (?:they|(?:the|those|these) (?:\w+ ){0,3}?\w+|those|these) (?:all|entirely|mostly|mainly) (?P<part>.+)"
    ),
    # "were all 310 actually firearms?": the whole, counted, all one kind
    re.compile(
        r"^(?:\w+ )?(?:were|are) all (?:the |those |these )?\d+ (?:(?:really|actually|truly) )?(?P<part>.+)"
    ),
    # "were any of the 310 weapons automatic rifles?": some of the whole one kind
    re.compile(
        r"^(?:\w+ )?(?:were|was|are|is) (?:any|some|none|many) of (?:the |those |these |them )?(?:\w+ ){0,3}?(?P<part>.+)"
    ),
    # "were any minors among the people caught crossing?": a kind looked for among the whole
    re.compile(r"^(?:\w+ )?(?:were|was|are|is) (?:there )?(?:any|some|many) (?P<part>\w+(?: \w+)?) among\b"),
)
_PARTITIVE = re.compile(r"\bhow (?:many|much) of\b(?P<part>.+)")


def subset_asked(norm: str, loose: bool = False) -> str | None:
    """The words that pick a part out of a whole: "how many of the entries *involved minors*".
    `loose`: a gloss of another language keeps no verb to cut at, so all after "how many of the"."""
    for pattern in _SUBSET:
        found = pattern.search(norm)
        if found:
            return found["part"]
    found = _PARTITIVE.search(norm) if loose else None
    return found["part"] if found else None


_EU_ONES = re.compile(r"\b(?:eu|european union|member states?)\b(?! and)")
# "where were the weapons seized?", "at which borders?": a place asked of a total the statement
# gives for the whole operation only
_PLACE_ASKED = re.compile(
    r"^(?:(?:and|so|ok|okay|but|then|um|uh)\s+)*(?:where\b(?! (?:is|was|does|did|do) (?:this|that|it|the \w+) (?:come|came) from)"
    r"|(?:at|in|on|from|across) (?:which|what) (?:borders?|border crossings?|crossings?|places?|locations?|cities|city"
    r"|towns?|regions?|countries|country|sites?|ports?|airports?)\b)"
)


def _either(tokens: list[str]) -> bool:
    """Whether an "or" offers two things: not in "buildings or premises", which names one thing twice."""
    return "or" in tokens and not any(
        t == "or" and 0 < i < len(tokens) - 1 and tokens[i - 1] == tokens[i + 1] for i, t in enumerate(tokens)
    )


ABOUT_STATEMENT = re.compile(
    r"^(?:(?:so|and|but|ok|okay|then|well|uh|um|also|quick one|quick question|one more thing) )*"
    r"(?:does|did|do|is|was|has|have) (?:the )?(?:statement|europol|it|they|report|release|article|press release)"
    r"(?: actually| even| really| at least| also)? (?:say|said|mention|mentioned|name|named|report|give|given|list|listed|include|included|specify|specified|state|stated|disclose|tell|told|reveal|identify|talk about|"
    r"break|split|provide|publish|quote|cite|link|connect|tie|put (?:a |any )?(?:\w+ )?(?:number|figure|value|price)s? on"
    r"|announce|announced|published|disclosed|revealed|reported|released)\b"  # a gloss's past: "did europol announced"
    r"|^(?:is|are) there (?:a |an |any )?(?:[a-z]+ ){0,3}(?:figure|number|breakdown|count|data|total)s?\b"
    r"|^(?:is|are|was|were) (?:a |an |any |the )?(?:[a-z]+ ){1,4}(?:given|reported|stated|mentioned|provided|published|"
    r"disclosed|specified|named|listed)\b"  # "is a street value given for the drugs?"
    r"|^(?:is|are) there (?:a |an |any )?(?:mention|word|reference|information|info|detail)s? (?:of|about|on)\b"
    # "the statement mentions arrests in the hundreds, right?": the same asked as a claim
    r"|^(?:(?:is it|it is|its) (?:true|right|correct) that )?(?:the |this |that )?"
    r"(?:statement|release|press release|report|article|europol|it) (?:actually |even |really |"
    r"also |clearly |definitely |apparently )?(?:says|mentions|names|reports|gives|lists|includes|specifies|states|"
    r"cites|quotes|talks about|notes)\b"
    # "is there a street value for the drugs anywhere in the statement?", "is there a price given?"
    r"|^(?:is|are) there (?:a |an |any )?(?:[a-z]+ ){0,6}(?:anywhere )?in (?:the )?(?:statement|release|report|press release|article)\b"
    r"|^(?:is|are) there (?:a |an |any )?(?:street |market |total )?(?:value|values|price|prices|worth|cost|costs)\b"
    r"|^(?:is|are|was|were) (?:a |an |any |the )?(?:[\w-]+ ){1,4}?(?:quoted|named|mentioned|cited|listed|identified)\b"
    r"|^(?:(?:so|and|but|ok|okay|wait) )?(?:is|was) (?:this|the|that|this whole) (?:statement|article|report|release|"
    r"press release|story) (?:about|on|related to|part of)\b"  # "is this statement about the EncroChat hack?"
)
_ABOUT_STEMS = frozenset(
    Analyzer.stem(w)
    for w in (
        "does", "did", "do", "statement", "europol", "say", "mention", "name", "report", "give", "list", "include",
        "whether", "if", "they", "it", "anything", "about", "how", "many", "much", "what", "which",
        "is", "are", "there", "any", "anywhere", "figure", "number", "release", "press", "separate",
        "separately", "put", "quote", "cite", "breakdown", "break", "split", "down", "per", "by", "in", "the", "a", "of",
    )
)  # fmt: skip
_SHARE_SLACK = 7.5  # percentage points: "about half" holds from 42.5 to 57.5 %
_CLAIMED = {"over": "more_than", "under": "less_than", "about": "about"}  # comparator -> qualifier
_WHAT_OF_IT = re.compile(
    r"^(?:(?:so|and|but|ok|okay)\s+)*(?:what|which)\b(?! about\b)(?!.*\b(?:right|true|correct)\b)"
)
_CONTRASTED = re.compile(r"\b(?:instead|rather|not|nor|or|than|versus|vs|alone|only|own)\b")
_MOSTLY = frozenset({"mainly", "largely", "primarily", "predominantly", "chiefly", "mostly"})
_QUOTE_STEMS = frozenset(
    Analyzer.stem(w)
    for w in (
        "quote",
        "quoted",
        "per",
        "according",
        "words",
        "wording",
        "statement",
        "say",
        "says",
        "direct",
        "passage",
        "line",
        "sentence",
        "verbatim",
        "exact",
        "marks",
        "literal",
        "literally",
        "put",
    )
)
_NONE_CLAIMED = re.compile(  # a claim that there were none: "nothing was seized?", "no weapons were found, right?"
    r"^(?:(?:so|and|but|ok|okay|then|wait|admit it|be honest)\s+)*(?:(?:they|police|officers|europol|the police) "
    r"(?:found|seized|checked|detected|identified|caught|got) (?:nothing|nobody|no one|none|zero)\b|"
    r"(?:nothing|nobody|no one|none|zero \w+|no \w+(?: \w+)?) (?:was|were|got|has been|have been) (?:actually |really |even )?"
    r"(?:seized|found|checked|detected|identified|caught|controlled|confiscated|stopped|searched)\b)"
)
_OWN_SENT = r"(?:itself|alone|on its own|(?:itself )?(?:send|sent|deploy|deployed|provide|provided|contribute|contributed|supply|supplied))\b"
_TIMES_ASKED = re.compile(
    r"\b(?:times|factor|fold|ratio|proportion|multiple)\b"
)  # "how many times more", "the ratio"
_TIMES = re.compile(r"\b(?:times|factor|fold|twice|double)\b")
_MOST = re.compile(r"\b(?:most|mostly|mainly|majority|largest|biggest|highest|top)\b")
_LEAST = re.compile(r"\b(?:least|fewest|smallest|lowest|bottom)\b")
_RANK_ALL = re.compile(r"\b(?:rank|ranked|ranking|order|ordered|sort|sorted|list)\b")
_ASCENDING = re.compile(
    r"\b(?:(?:least|fewest|smallest|lowest|bottom)\b.*\b(?:to|up to|through)\s+(?:the\s+)?(?:most|largest|biggest|highest|top)"
    r"|ascending|increasing order"
    r"|(?:least|fewest|smallest|lowest|bottom) (?:one )?first)\b"  # "rank them, smallest first"
)
__all__ = ["Replier", "Reply"]
