"""The reading of a message: what it asks, typed, before anything is answered.

One `Ask` per thing asked: the operation (look up a fact, calculate, leave parts out, rank,
quote, attribute, give the overview, refuse), the intent or figures it is about, how sure the
matcher was, and whether it wants a yes or no. `Reading` holds them with what was set aside
(story sentences, instructions to the bot) and the outcome. `jadbot chat --explain` and
`jadbot ask --json` show it, so a wrong answer can be traced to the stage that read it wrong.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from jadbot.analysis import Analysis
from jadbot.matcher import Scored

# Operations a reader can produce; each has a handler in replies.py.
OPERATIONS = (
    "lookup",  # an intent's answer (a figure, a list, a slot, a verdict on a quoted figure)
    "sum",
    "difference",
    "ratio",
    "share",
    "complement",  # a whole less the parts left out: "targets not on the dark web"
    "rank",  # the parts of a figure, largest first: "which drug was seized most"
    "threshold",  # the parts of a figure over or under a figure quoted: "which categories were under 10,000"
    "gap",  # a figure against a number quoted: "how many more officers than in that 15,000 operation?"
    "portion",  # a number the asker brings, as a share of a figure: "what percent of the 114 is 2?"
    "convert",  # a weight in another unit than the statement's kilograms: "how many tons is that?"
    "why",  # a reason the statement does not give: "why was the centre in Skopje?"
    "kinds",  # how many parts a figure is made of: "how many different kinds of things did they check"
    "quote",  # the statement's own sentence
    "attribution",  # who says so: Europol, with the sentence
    "overview",  # vague openers: "what can you tell me?"
    "wording",  # quoted words checked against the statement's: "is it 'nearly a ton' or 'almost a tonne'?"
)


@dataclass(frozen=True)
class Ask:
    """One thing a message asks."""

    op: str
    clause: str
    intent: str | None = None  # the intent answered (lookup, quote, overview) or the whole (complement, rank)
    operands: tuple[str, ...] = ()  # intents of a calculation's figures, or the parts left out
    score: float = 1.0
    polar: bool = False  # asks for a yes or no
    countries: tuple[str, ...] = ()  # left out ("other than the UK") or asked about
    within: str | None = (
        None  # a list just answered that the question narrows ("which of them begin with S?")
    )
    quoted: tuple[str, ...] = ()  # words quoted to be checked against the statement's (wording)
    unit: str | None = None  # the unit a weight is asked in (convert): a key of the reading's units
    analysis: Analysis | None = field(default=None, compare=False, repr=False)
    runner_up: Scored | None = field(default=None, compare=False)

    def as_dict(self) -> dict[str, Any]:
        a = self.analysis
        out: dict[str, Any] = {"op": self.op, "clause": self.clause, "intent": self.intent}
        if self.operands:
            out["operands"] = list(self.operands)
        out["score"] = round(self.score, 3)
        if self.within:
            out["within"] = self.within
        if self.quoted:
            out["quoted"] = list(self.quoted)
        if self.unit:
            out["unit"] = self.unit
        if self.polar:
            out["yes_no"] = True
        if a is not None:
            if a.countries:
                out["countries"] = a.countries
            if a.agencies:
                out["agencies"] = a.agencies
            if a.claims:
                out["claims"] = [{"value": c.value, "comparator": c.comparator} for c in a.claims]
            if a.letter:
                out["letter"] = a.letter
        if self.countries and not (a and a.countries):
            out["countries"] = list(self.countries)
        return out


@dataclass(frozen=True)
class Reading:
    """Everything understood about one message, before answering."""

    text: str
    asks: tuple[Ask, ...] = ()
    outcome: str = "answer"  # answer | ambiguous | fallback | refuse | out_of_scope | empty | too_long
    context: tuple[str, ...] = ()  # story sentences: not asked, their figures not checked
    ignored: tuple[str, ...] = ()  # instructions to the bot: never obeyed
    resolved: str | None = None  # a follow-up read with the conversation's context: what it became
    runner_up: Scored | None = None

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"outcome": self.outcome, "asks": [a.as_dict() for a in self.asks]}
        if self.context:
            out["context"] = list(self.context)
        if self.ignored:
            out["ignored"] = list(self.ignored)
        if self.resolved:
            out["resolved"] = self.resolved
        if self.runner_up is not None:
            out["runner_up"] = {"intent": self.runner_up.intent, "score": round(self.runner_up.score, 3)}
        return out
