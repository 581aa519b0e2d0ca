"""Calculations asked on the spot, over the facts: which figures a question's phrases name, and
the answer text. arithmetic.py reads the operation and does the sums; this module knows the
facts and intents (which intent names which figure, which total a figure is a part of)."""

from __future__ import annotations

import re

from jadbot import arithmetic
from jadbot.analysis import Analyzer
from jadbot.facts import FactStore, Figure
from jadbot.intents import IntentSet
from jadbot.matcher import Matcher, Scored
from jadbot.normalize import COMES_ON_ONE, normalize
from jadbot.render import ENGLISH, in_sentence, references, render, render_derived, render_figure

OPERAND_MIN = 0.6  # a phrase names an operand of a calculation only this clearly
LISTED_MIN = 0.95  # a word of a comma-less list that names a figure by itself ("vehicles", "cocaine")
PAIR_MIN = 0.25  # ...or a whole and one of its parts at least this clearly, in one phrase
REST_NAMED = 0.9  # "cocaine + the other drugs": the part "the other" is left by, named this clearly
SAME_GROUP_SLACK = 0.15  # a phrase names an operand this much less clearly when it is of the other's group
SAME_GROUP = 0.1  # operands from one group (checks.*, cyber.*) read more naturally together


_COUNT_WORDS = frozenset(
    (
        "do",
        "does",
        "the",
        "these",
        "those",
        "platform",
        "platforms",
        "count",
        "counts",
        "figure",
        "figures",
        "number",
        "numbers",
        "part",
        "parts",
        "sub",
        "subfigures",
        "category",
        "categories",
        "breakdown",
    )
)
_NUMBER_THEN_OPERATION = re.compile(
    r"\d[\d.,]*(?: (?:adds?|added|adding|sums?|summed|makes?|made|comes?|came|totals?|totalled|equals?|really|actually|"
    r"together|up|to|in all|exactly))+"
)
_BARE_REST = re.compile(
    r"\b(?:the|all|of|other|others|rest|remaining|remainder|ones?|combined|together|put)\b"
)
_TOGETHER = re.compile(r"\b(?:together|combined|altogether|jointly)\b")
AGAINST_SUM = re.compile(
    r"\b(?:than|exceed|exceeded|exceeds|outnumber|outnumbered|outnumbers)\b.*\b(?:together|combined|put together|altogether|added up|in total|summed)\b"
)
_JOINED = re.compile(r"\+|\b(?:together|combined|plus|altogether|jointly|or)\b")  # parts joined into one
_THAN_ANOTHER_TIME = re.compile(
    r"\bthan (?:(?:in|during) )?(?:the )?(?:last|previous|past|prior|earlier|year before|usual|normal|before|\d{4}\b)"
)
# "(people, vehicles etc.)": examples in brackets, not the operands ("cocaine + cannabis etc" adds the group)
_FOR_EXAMPLE = re.compile(
    r"\([^()]*\b(?:etc|etcetera|et cetera|and so on|and so forth|and the like|and such)\b[^()]*(?:\)|$)"
)
_OTHER = re.compile(
    r"\b(?:other(?! clear\b| websites?\b| web ?sites?\b)|others|rest|remaining|remainder|else)\b"
)


class Calculator:
    def __init__(self, store: FactStore, intents: IntentSet, analyzer: Analyzer, matcher: Matcher):
        self.store, self.intents, self.analyzer, self.matcher = store, intents, analyzer, matcher
        # part intent -> the intent of the total it is one of the exact `parts` of (for shares)
        # a figure's reference -> the intent stating it (derived.yaml names figures, questions intents)
        self.stating = {i.figure: i.intent for i in intents.intents.values() if i.figure}
        self._declared: dict[tuple[str, str], tuple[str, ...] | None] = {}
        by_figure = {i.figure: i.intent for i in intents.intents.values() if i.figure and i.kind == "fact"}
        self.whole: dict[str, str] = {}
        # whole intent -> the intents of its named parts (`parts` add up, `includes` need not)
        self.members: dict[str, list[str]] = {}
        # a figure's value -> the intents stating it: "the cocaine and the other 300 kilos" names 300 kg
        self.by_value: dict[float, list[str]] = {}
        for ref, intent_id in by_figure.items():
            fact = store.facts.get(ref)
            if isinstance(fact, Figure):
                self.by_value.setdefault(float(fact.value), []).append(intent_id)
        for ref, fact in store.facts.items():
            group = ref.split(".")[0]
            if isinstance(fact, Figure) and ref in by_figure:
                for part in fact.parts:
                    if f"{group}.{part}" in by_figure:
                        self.whole[by_figure[f"{group}.{part}"]] = by_figure[ref]
                for part in (*fact.parts, *fact.includes):
                    if f"{group}.{part}" in by_figure:
                        self.members.setdefault(by_figure[ref], []).append(by_figure[f"{group}.{part}"])
        # a count declared as the sum of two counts (derived.yaml) is their whole: countries = EU + non-EU
        counted = {
            i.figure: i.intent for i in intents.intents.values() if i.figure and i.kind != "not_reported"
        }
        for ref, derived in store.derived.items():
            whole = counted.get(ref)
            parts = [counted.get(o) for o in derived.operands]
            if derived.operation == "sum" and whole and derived.kind == "number" and all(parts):
                for part in parts:
                    self.whole.setdefault(part, whole)  # type: ignore[arg-type]
                    self.members.setdefault(whole, []).append(part)  # type: ignore[arg-type]

    def declared_operands(self, intent_id: str, op: str) -> tuple[str, ...] | None:
        """The intents whose figures a calculation the intent's answer states (derived.yaml) combines:
        "326 kg more cocaine" compares cocaine with the rest (worked out once per intent and operation:
        a rerank stage asks it of every clause)."""
        key = (intent_id, op)
        if key not in self._declared:
            self._declared[key] = self._declared_operands(intent_id, op)
        return self._declared[key]

    def _declared_operands(self, intent_id: str, op: str) -> tuple[str, ...] | None:
        for ref in references(self.intents[intent_id].answer or ""):
            derived = self.store.derived.get(ref)
            if derived is not None and derived.operation == op:
                operands = tuple(self.stating.get(o) for o in derived.operands)
                if all(operands):
                    return operands  # type: ignore[return-value]
        return None

    def declared_operation(self, operands: tuple[str, ...]) -> str | None:
        """The operation derived.yaml declares over these intents' figures ("checks per officer" is
        entities / officers), for checking a value quoted about it."""
        refs = tuple(self.intents[i].figure for i in operands if i in self.intents.intents)
        return next((d.operation for d in self.store.derived.values() if d.operands == refs), None)

    def whole_of(self, part: str) -> str | None:
        """The intent of the total a part belongs to (targets for the dark web's 5)."""
        return next((whole for whole, parts in self.members.items() if part in parts), None)

    def whole_with_parts(self, intent_id: str) -> str | None:
        """The total whose parts a question about this intent can rank: itself, or its whole."""
        if intent_id in self.members:
            return intent_id
        return self.whole_of(intent_id)

    def read(self, text: str) -> tuple[str, list[Scored]] | None:
        """The operation and its operands (intents with a figure), or None when the question
        asks no calculation this can do."""
        # "persons per one officer", "how many persons come on one officer": per officer
        text = _PER_ONE.sub(r"\1 ", COMES_ON_ONE.sub("per ", text))
        op = arithmetic.operation(text)
        if op is None or (op == "difference" and _THAN_ANOTHER_TIME.search(normalize(text))):
            return None  # "is that more than last year?": another period, which the statement never gives
        if _FOR_EXAMPLE.search(text.lower()):
            return None  # "what was checked in total, by category (people, vehicles etc.)": examples, no operands
        choices, chosen_in = [], []
        unsure: list[tuple[int, str, list[Scored]]] = []  # (where it stands, phrase, its weaker reading)
        phrases = [p for phrase in arithmetic.operand_phrases(text) for p in self._listed(phrase)][:6]
        if op == "sum" and len(phrases) == 2 and re.search(r",\s*(?:the |in )?total \w+\W*$", text, re.I):
            return None  # "how many people they controlled, total persons?": the same count, named again
        for phrase in phrases:
            if (
                not choices
                and not unsure
                and _OTHER.search(phrase)
                and not _BARE_REST.sub(" ", normalize(phrase)).strip()
            ):
                continue  # "so the rest - parcels plus premises - …": the rest of nothing named yet names none
            head = phrase.split()[0]
            if op == "ratio" and head != phrase and _divides(text, phrase) and self._names_figure(head):
                phrase = head  # "did every officer inspect": the officers; the verb is the other's
            analysis = self.analyzer.analyze(phrase)
            # "… + 5 adds up to 120": the words after a bare number are the operation's, not its topic
            bare_words = _NUMBER_THEN_OPERATION.fullmatch(normalize(phrase)) is not None
            ranked = [] if bare_words else self.matcher.rank(analysis.stems, limit=8)
            found = [s for s in ranked if s.score >= OPERAND_MIN and self.operand(s.intent) is not None][:2]
            quoted = [
                i
                for c in analysis.claims
                if c.comparator in ("is", "exact")  # "+ 999 sum exactly to …": the 999 all the same
                for i in self.by_value.get(c.value, ())[:1]
            ]
            if not found and ranked and ranked[0].score >= OPERAND_MIN:
                found = self.figure_related(ranked[0])  # "the app": the messaging app's targets
            near = [  # "vehicles … half of the people": a weaker reading, taken only beside its group's figure
                s
                for s in ranked[:2]
                if s.score >= OPERAND_MIN - SAME_GROUP_SLACK and self.operand(s.intent) is not None
            ][:1]
            if not found and near:
                unsure.append((len(choices), phrase, near))
            if not found and op == "share" and len(phrases) == 1:
                found = self._part_and_whole(ranked)  # "what share of all entities checked were people"
            if not found:  # "the other 300 kilos": the figure quoted, if the words fit it at all
                fitting = {s.intent for s in ranked}
                # "94 + 11 + 10 + 5 add up to": numbers alone, no words (or only words that fit nothing) to fit
                # ("do the platform counts 94, 11, …": words that only say figures follow name none)
                bare = not any(s.score >= OPERAND_MIN - SAME_GROUP_SLACK for s in ranked) or all(
                    w in _COUNT_WORDS or w[:1].isdigit() for w in normalize(phrase).split()
                )
                found = [Scored(i, OPERAND_MIN, phrase) for i in quoted if bare or i in fitting]
            elif quoted and any(quoted[0] in self.members.get(s.intent, ()) for s in found):
                found = [
                    Scored(quoted[0], OPERAND_MIN, phrase)
                ]  # "… + 5 add up to the targets": the 5, a part
            # (the part before may have read weakly: "people" is also the officers)
            before = choices or [near for _, said, near in unsure if said != phrase]
            if before and _OTHER.search(phrase):
                wholes = [s for s in ranked if s.score >= PAIR_MIN and s.intent in self.members][:1]
                whole = self.whole_of(before[0][0].intent)
                rest_only = not _BARE_REST.sub(" ", normalize(phrase)).strip()
                if rest_only:
                    wholes = []  # "more on the app than the rest": the rest of the app's whole, not of the drugs
                if whole is not None and not wholes:  # "the app than all the other places": the app's whole
                    wholes = [Scored(whole, before[0][0].score, "")]
                # "more people than all other entities": the part named first belongs to the whole, sure
                sure = rest_only or (
                    bool(wholes) and before[0][0].intent in self.members.get(wholes[0].intent, [])
                )
                rest = self._rest_of(wholes, before[:1] if rest_only else before, sure)
                if (
                    rest and not choices and before
                ):  # the weak part before is the one the rest is left by: taken
                    _, said, part = unsure.pop(0)
                    choices.append(part)
                    chosen_in.append(said)
                found = rest or found
                if (
                    quoted and found and found[0].intent == quoted[0]
                ):  # "the other 300 kilos": the 300 kg, sure
                    found = [Scored(quoted[0], max(found[0].score, OPERAND_MIN), phrase)]
            if found:
                choices.append(found)
                chosen_in.append(phrase)
        if len(choices) < 2 and unsure:
            groups = [self._group(s.intent) for found in choices for s in found]
            groups += [self._group(near[0].intent) for _, _, near in unsure]
            for where, phrase, near in reversed(unsure):
                if groups.count(self._group(near[0].intent)) > 1:
                    choices.insert(where, near)
                    chosen_in.insert(where, phrase)
        picked = self._pick(choices)
        if op == "share" and picked is not None and len(picked) == 1 and picked[0].intent in self.whole:
            # "what share of the checks were parcels": the whole is the total the part belongs to
            picked = [picked[0], Scored(self.whole[picked[0].intent], picked[0].score, "")]
        if (
            op == "share"
            and picked is not None
            and len(picked) in (2, 3)
            and _TOGETHER.search(normalize(text))  # not "vehicles as a share of people plus vehicles"
            and (whole := self.whole.get(picked[0].intent)) is not None
            and all(self.whole.get(s.intent) == whole for s in picked[1:])
        ):
            # "what share of the cyber targets were on the dark web and marketplaces together": parts
            # joined, as a share of the whole they all belong to
            picked = [*picked, Scored(whole, min(s.score for s in picked), "")]
        if op == "share" and picked is not None and len(picked) > 2 and _JOINED.search(normalize(text)):
            # "clear websites + marketplaces as a share of all targets": two parts, one whole
            union = self._union(picked)
            if union is not None:
                return op, union
        if op == "difference" and picked is not None and len(picked) == 3:
            wholes = {self.whole_of(s.intent) for s in picked}
            parts = [s for s in picked if s.intent not in wholes]
            if (
                len(parts) == 2
            ):  # "which had more targets, marketplaces or other websites?": the unit, then the two
                picked = parts
        # "more vehicles than parcels and premises put together?": the first against the others' sum
        against_sum = (
            op == "difference"
            and picked is not None
            and len(picked) in (3, 4)
            and len({p.intent for p in picked}) == len(picked)
            and bool(AGAINST_SUM.search(normalize(text)))
            and not any(self.nested(a.intent, b.intent) for a in picked for b in picked if a is not b)
        )
        if op == "difference" and picked is not None and len(picked) == 1 and not _THAN.search(text):
            # "is the non-EU side bigger?": one of two parts, against the other
            whole = self.whole_of(picked[0].intent)
            siblings = [m for m in self.members.get(whole or "", ()) if m != picked[0].intent]
            if len(self.members.get(whole or "", ())) == 2 and len(siblings) == 1:
                picked = [picked[0], Scored(siblings[0], picked[0].score, "")]
        if picked is None or len(picked) < 2 or (op != "sum" and len(picked) != 2 and not against_sum):
            return None
        if op == "sum":  # "marketplaces and clear websites combined, how many targets": not + 120
            wholes = {w for w, parts in self.members.items() if any(p.intent in parts for p in picked)}
            picked = [
                s for s in picked if s.intent not in wholes
            ]  # "drugs: cocaine plus the rest": not + a ton
            if len(picked) < 2:
                return None
        divisor = self._divisor(text) if op == "ratio" else None
        if divisor is not None and divisor in (picked[0].intent, picked[1].intent):
            if divisor == picked[0].intent:  # "officers, people checked, and people per officer?"
                picked.reverse()
        elif op == "ratio" and _divides(
            text, next(p for p, c in zip(chosen_in, choices, strict=True) if picked[0] in c)
        ):
            picked.reverse()  # "how many things did each officer check": the things, per officer
        if op == "share" and len(picked) == 2 and _SHARE_OF_WERE.search(normalize(text)):
            whole = self.whole_of(picked[0].intent)
            if whole is not None and whole == self.whole_of(picked[1].intent):
                # "what share of the checked objects (premises) were people?": one of two siblings is no whole
                # of the other; the part named last, of the whole they share
                picked = [picked[1], Scored(whole, picked[0].score, "")]
        if op == "share":
            picked.sort(key=lambda s: self.operand(s.intent).value)  # type: ignore[union-attr]
            # "of the cyber-patrol targets": the whole by the intent that has its parts (the targets)
            picked = [Scored(self._as_whole(s.intent), s.score, s.example) for s in picked]
        return op, picked

    def _divisor(self, text: str) -> str | None:
        """The figure one word after "per", "each" or "every" names by itself: what the other is divided by."""
        match = _PER_WORD.search(normalize(text))
        if match is None:
            return None
        ranked = self.matcher.rank(self.analyzer.analyze(match.group(1)).stems, limit=1)
        if not ranked or ranked[0].score < OPERAND_MIN or self.operand(ranked[0].intent) is None:
            return None
        return ranked[0].intent

    def _names_figure(self, word: str) -> bool:
        """Whether one word names a figure by itself ("officer", not "participating")."""
        ranked = self.matcher.rank(self.analyzer.analyze(word).stems, limit=1)
        return bool(ranked) and ranked[0].score >= OPERAND_MIN and self.operand(ranked[0].intent) is not None

    def _listed(self, phrase: str) -> list[str]:
        """ "vehicles parcels and premises": a list typed without commas is one operand per word when
        each of its words names a figure on its own."""
        words = phrase.split()
        if not 2 <= len(words) <= 4:
            return [phrase]
        named, vague = set(), []
        for word in words:
            stems = self.analyzer.analyze(word).stems
            if not stems:
                continue  # "the", "on"
            ranked = self.matcher.rank(stems, limit=1)
            if not ranked or ranked[0].score < OPERAND_MIN or self.operand(ranked[0].intent) is None:
                return [phrase]  # "gun targets on marketplaces": one operand, its words qualify each other
            if ranked[0].score < LISTED_MIN:
                vague.append(ranked[0].intent)
            else:
                named.add(ranked[0].intent)
        wholes = {self.whole.get(i) for i in named}
        if vague and (
            len(vague) > 1
            or len(named) < 2
            or vague[0] in named
            or len(wholes) != 1
            or self.whole.get(vague[0]) not in wholes
        ):
            return [phrase]  # "people" alone is a sibling of "vehicles parcels" only beside two of them
        return words if len(named) >= 2 else [phrase]

    def figure_related(self, best: Scored) -> list[Scored]:
        """A phrase that names a detail the statement does not give ("the app") stands for the one figure
        that detail is about (the targets on a messaging application), as an operand."""
        intent = self.intents[best.intent]
        if intent.kind != "not_reported" or self.operand(best.intent) is not None:
            return []
        figures = [r for r in intent.related if self.operand(r) is not None]
        # one detail of one figure only ("the breakdown by country" is about every figure)
        return (
            [Scored(figures[0], best.score, best.example)] if len(intent.related) == len(figures) == 1 else []
        )

    def _group(self, intent_id: str) -> str:
        """The group of facts a figure belongs to ("checks", "cyber", "seizures")."""
        return (self.intents[intent_id].figure or "").split(".")[0]

    def _as_whole(self, intent_id: str) -> str:
        """The intent whose parts are known that states the same figure as this one, or this one."""
        if intent_id in self.members:
            return intent_id
        figure = self.intents[intent_id].figure
        return next((w for w in self.members if figure and self.intents[w].figure == figure), intent_id)

    def declared(self, op: str, ranked: list[Scored], picked: list[Scored]) -> Scored | None:
        """The best-matched intent when it answers this calculation from facts/derived.yaml."""
        figures = {self.intents[s.intent].figure for s in picked}
        for scored in ranked[:1]:
            intent = self.intents[scored.intent]
            if scored.score < self.intents.settings.threshold or intent.answer is None:
                continue
            for ref in references(intent.answer):
                derived = self.store.derived.get(ref)
                if derived is None:
                    continue
                same = set(derived.operands) == figures
                shares = [
                    r
                    for r in references(intent.answer)
                    if getattr(self.store.derived.get(r), "operation", "") == "share"
                ]
                if op == "share" and len(shares) > 2:
                    continue  # a table of every share answers more than the one asked
                # a declared share names its whole ("of the named drugs"): one figure in common will do
                if derived.operation == op and (same or (op == "share" and figures & set(derived.operands))):
                    return scored
        return None

    def share_of_both(self, picked: list[Scored]) -> str | None:
        """ "Cocaine as a percentage of the itemised drug seizures (626 + 300)?": one part's share of the
        two parts added up, when an intent declares it (never 300 of 626 because 300 is the smaller)."""
        figures = {self.intents[s.intent].figure for s in picked}
        if len(picked) != 2 or len(figures) != 2:
            return None
        for intent in self.intents.intents.values():
            for ref in references(intent.answer or ""):
                share = self.store.derived.get(ref)
                if share is None or share.operation != "share" or share.operands[0] not in figures:
                    continue
                total = self.store.derived.get(share.operands[1])
                if total is not None and total.operation == "sum" and set(total.operands) == figures:
                    return intent.intent
        return None

    def render(
        self, op: str, picked: list[str], per: int | None = None, compared: bool = False, times: bool = False
    ) -> str | None:
        """The answer text, or None when the figures do not combine (kilos and pieces); `per` scales a
        ratio to every so many of the second figure ("per 1,000 officers"); `compared`: a difference
        the question compares ("more or fewer than …?") says which way it goes; `times`: a ratio asked as
        one ("how many times more", "the ratio of …") is said as one, not as so many for each."""
        if not self.combines(op, picked):
            return None
        units = {self.unit(i) for i in picked}
        operands = self.operands(op, picked)
        wording = self.store.wording or ENGLISH
        if op == "share" and len(operands) > 2:  # parts of one whole, added up, as a share of it
            parts = operands[:-1]
            added, kind = arithmetic.combine("sum", parts)  # type: ignore[arg-type]
            texts = wording.join([o.text for o in parts])  # type: ignore[union-attr]
            operands = [arithmetic.Operand(added, kind, f"{texts} ({wording.number(added)})"), operands[-1]]
        value, qualifier = arithmetic.combine(op, operands)  # type: ignore[arg-type]
        per = per if op == "ratio" else None
        value *= per or 1
        if per and abs(value - round(value)) < 0.05:
            value = float(round(value))  # "10 for every 100", not "10.0"
        if op == "share":
            shown = wording.percent(value)
        elif op == "ratio" and value < 1:
            shown = wording.number(float(f"{value:.2g}"), decimals=len(f"{value:.2g}") - 2)  # 0.0104 -> 0.01
        else:
            shown = wording.number(value)
        result = wording.qualify(qualifier, shown)
        if op == "difference" and compared and operands[0].value != operands[-1].value:  # type: ignore[union-attr]
            op = "more_by" if operands[0].value > operands[-1].value else "fewer_by"  # type: ignore[union-attr]
        # "326 kg more than …", but not "1 targets more than 10 targets": the figure after it names the unit
        if op in ("sum", "difference", "more_by", "fewer_by") and len(units) == 1 and None not in units:
            unit = units.pop()
            result += f" {unit}" if op in ("sum", "difference") or unit == "kg" else ""
        texts = [o.text for o in operands]  # type: ignore[union-attr]
        if per:
            return self._said("ratio_per", texts, result, per=wording.number(per))
        return self._said("ratio_times" if op == "ratio" and times else op, texts, result)

    def _said(self, response: str, texts: list[str], result: str, **more: str) -> str:
        """A calculation's answer text: the operands as the answers show them, and the result."""
        wording = self.store.wording or ENGLISH
        slots = {"operands": wording.join(texts), "first": texts[0], "second": texts[-1], "result": result}
        return render(self.store, self.intents.responses[response], {**slots, **more})

    def render_gap(self, intent_id: str, value: float) -> str | None:
        """A figure against a number the asker quotes ("how many more officers than 15,000?"): how far
        apart, and which way; None when the figure is that number or the intent has none."""
        first = self.operand(intent_id)
        if first is None or first.value == value:
            return None
        wording = self.store.wording or ENGLISH
        kg = " kg" if self.unit(intent_id) == "kg" else ""
        second = arithmetic.Operand(value, "exact", f"{wording.number(value)}{kg}")
        gap, qualifier = arithmetic.combine("difference", [first, second])
        result = f"{wording.qualify(qualifier, wording.number(gap))}{kg}"
        return self._said("more_by" if first.value > value else "fewer_by", [first.text, second.text], result)

    def render_portion(self, intent_id: str, value: float) -> str | None:
        """A number the asker brings as a share of a figure ("her 2 of the 114 forged documents"); None
        when the intent has no figure."""
        whole = self.operand(intent_id)
        if whole is None:
            return None
        wording = self.store.wording or ENGLISH
        kg = " kg" if self.unit(intent_id) == "kg" else ""
        part = arithmetic.Operand(value, "exact", f"{wording.number(value)}{kg}")
        share, qualifier = arithmetic.combine("share", [part, whole])
        return self._said(
            "share", [part.text, whole.text], wording.qualify(qualifier, wording.percent(share))
        )

    def combines(self, op: str, picked: list[str] | tuple[str, ...]) -> bool:
        """Whether the figures make sense together: not kilos and pieces, not officers (who check)
        added to countries or to what they checked."""
        units = {self.unit(i) for i in picked}
        if op in ("sum", "difference") and "kg" in units and len(units) > 1:
            return False
        if op == "sum" and any(self.nested(a, b) for a in picked for b in picked if a != b):
            return False  # "626 kg of cocaine and nearly a ton of drugs together": the part is in the whole
        return not (op == "sum" and len(units) > 1 and (None in units or "officers" in units))

    def holds(self, text: str, picked: list[str]) -> bool | None:
        """For "did they check more people than vehicles?": whether the first figure named is
        more (or less) than the second; None when the words compare nothing."""
        direction = arithmetic.compared(text)
        if len(picked) < 2 or arithmetic.either_way(text):
            return None  # "is that more or fewer than …?" asks which, not whether
        first, second = self.operands("difference", picked)[:2]
        if direction is None or first is None or second is None:
            return None
        if direction == "same":  # "were as many officers as people checked?"
            return first.value == second.value
        if first.value == second.value:
            return None
        return (first.value > second.value) == (direction == "more")

    def operands(self, op: str, picked: list[str] | tuple[str, ...]) -> list[arithmetic.Operand | None]:
        """The figures an operation works on: a difference of three is the first against the other two
        added up ("more vehicles than parcels and premises put together?")."""
        operands = [self.operand(i) for i in picked]
        if None in operands:
            return operands
        if op == "share" and len(picked) > 2 and picked[0] in picked[1:]:
            # "what share of illegal entries plus forged documents were forged documents?": the part, then
            # the figures its whole adds up (the part among them)
            rest = [self.operand(i) for i in dict.fromkeys(picked[1:])]
        elif op == "difference" and len(operands) in (3, 4):
            rest = operands[1:]
        else:
            return operands
        added, kind = arithmetic.combine("sum", rest)
        wording = self.store.wording or ENGLISH
        joined = arithmetic.Operand(
            added,
            kind,
            f"{wording.join([o.text for o in rest])} ({wording.qualify(kind, wording.number(added))})",
        )
        return [operands[0], joined]

    def nested(self, a: str, b: str) -> bool:
        """Whether one figure is part of the other ("cannabis, heroin, marijuana" of the drugs): the two
        are never added."""
        return self.whole_of(a) == b or self.whole_of(b) == a

    def operand(self, intent_id: str) -> arithmetic.Operand | None:
        ref = self.intents[intent_id].figure
        fact = self.store.facts.get(ref or "")
        if isinstance(fact, Figure):
            return arithmetic.Operand(
                fact.value, fact.qualifier, render_figure(fact, "full", self.store.wording or ENGLISH)
            )
        derived = self.store.derived.get(ref or "")
        if derived is not None and derived.kind == "number":
            title = self.intents[intent_id].title
            label = in_sentence(title)
            shown = render_derived(derived, self.store.wording or ENGLISH)
            return arithmetic.Operand(derived.value, "exact", f"{shown} {label}")
        return None

    def unit(self, intent_id: str) -> str | None:
        """The unit of the intent's figure ("people", "kg"), or None."""
        fact = self.store.facts.get(self.intents[intent_id].figure or "")
        return fact.unit if isinstance(fact, Figure) else None

    def measure_alike(self, first: str, second: str) -> bool:
        """Whether two figures can be added: kilos with kilos (as `render` holds), counts of things with
        counts of things, a derived count (the countries) with another one."""
        units = self.unit(first), self.unit(second)
        if "kg" in units:
            return units[0] == units[1]
        return (units[0] is None) == (units[1] is None)

    def _part_and_whole(self, ranked: list[Scored]) -> list[Scored]:
        """A phrase naming a whole and one of its parts together ("entities … people"): the part, whose
        share of that whole is asked."""
        named = [s for s in ranked if s.score >= PAIR_MIN and self.operand(s.intent) is not None]
        for whole in named:
            parts = [s for s in named if s.intent in self.members.get(whole.intent, ())]
            if len(parts) == 1:  # "breakdown of the checks in percent" names none of them in particular
                return [Scored(parts[0].intent, whole.score, parts[0].example)]
        return []

    def _union(self, picked: list[Scored]) -> list[Scored] | None:
        """The parts named and the whole they are parts of (the whole last), when every figure named is
        one of them and some parts are left out: the parts' share is their sum over the whole."""
        for whole in (s for s in picked if s.intent in self.members):
            members = self.members[whole.intent]
            parts = [s for s in picked if s is not whole and s.intent in members]
            if len(parts) == len(picked) - 1 and len(parts) < len(members):
                return [*parts, whole]
        return None

    def _rest_of(
        self, found: list[Scored], choices: list[list[Scored]], sure: bool = False
    ) -> list[Scored] | None:
        """ "cocaine + the other drugs": "the other drugs" is the whole less the part named before it,
        when one figure is left (the 300 kg), not the whole again. `sure`: the part is the one named
        before a bare "the rest", however weakly it read."""
        if not found:
            return None
        members = self.members.get(found[0].intent, [])
        named = {c[0].intent for c in choices if sure or c[0].score >= REST_NAMED} & set(members)
        rest = [m for m in members if m not in named]
        if named and len(rest) == 1:
            return [Scored(rest[0], found[0].score, found[0].example)]
        # "the app than all the other places together": a figure that states the whole less the part
        if len(named) == 1:
            pair = (
                "difference",
                (self.intents[found[0].intent].figure, self.intents[next(iter(named))].figure),
            )
            left = next((k for k, d in self.store.derived.items() if (d.operation, d.operands) == pair), None)
            if left in self.stating:
                return [Scored(self.stating[left], found[0].score, found[0].example)]
        return None

    def _pick(self, choices: list[list[Scored]]) -> list[Scored] | None:
        """One candidate per phrase, distinct figures, the best-scoring combination (with a small
        bonus when all come from one group of facts: "people" next to "vehicles" means people checked)."""
        combos: list[list[Scored]] = [[]]
        for found in choices:
            combos = [[*c, s] for c in combos for s in found][:64]
        best, best_score = None, -1.0
        for combo in combos:
            refs = [self.intents[s.intent].figure or "" for s in combo]
            if len(set(refs)) != len(refs):
                combo = [s for i, s in enumerate(combo) if refs.index(refs[i]) == i]
            groups = {(self.intents[s.intent].figure or "").split(".")[0] for s in combo}
            score = sum(s.score for s in combo) + (SAME_GROUP * len(combo) if len(groups) == 1 else 0.0)
            if score > best_score:
                best, best_score = combo, score
        return best


_SHARE_OF_WERE = re.compile(
    r"\b(?:share|percentage|percent|proportion|fraction|part) (?:of )?(?:the |all )?[^,?]+? (?:were|was|are|is)\b"
)
_PER_ONE = re.compile(r"\b(per|each|every|for each|for every|for a) (?:one|single) (?=[a-z]{3,})", re.I)
_THAN = re.compile(r"\bthan\b", re.I)  # "more than last year's": compared with something named, not a sibling
_PER = r"\b(?:each|every|per|for each|for every)\s+(?:single\s+)?"  # what follows is divided by
_PER_WORD = re.compile(_PER + r"([a-z]{3,})\b")


def _divides(text: str, phrase: str) -> bool:
    """Whether a phrase follows "each", "every" or "per": what the other figure is divided by, wherever
    it stands ("how many entities did every officer check" is entities per officer)."""
    return bool(re.search(_PER + rf"{re.escape(phrase)}\b", normalize(text)))
