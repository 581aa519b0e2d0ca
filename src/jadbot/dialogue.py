"""Follow-ups: a clause that leans on the one before ("and cannabis?", "is it in the EU?",
"no, I meant vehicles", "what's the total of the two?") is read again with that clause's words.

The conversation's state is a `Context`: plain data (the last clauses asked and what they were
read as), returned with each answer and passed back in with the next message. The engine stays
pure; adapters keep the context per chat (and per user in groups) with a time limit. The same
resolution joins clauses within one message ("did Ireland take part? and Albania?").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from jadbot.analysis import Analyzer
from jadbot.normalize import normalize
from jadbot.reading import Ask

if TYPE_CHECKING:
    from jadbot.readers import Clause, Readers

MAX_CLAUSE = 300  # a context keeps no more of a message than a follow-up needs


@dataclass(frozen=True)
class Context:
    """What the next message may refer back to: the clauses last asked, as they were read."""

    clauses: tuple[str, ...]
    intents: tuple[str, ...]  # the intent (or the operands) each clause was read as
    countries: tuple[str, ...] = ()

    @classmethod
    def after(cls, asks: list[Ask] | tuple[Ask, ...]) -> Context | None:
        asks = [a for a in asks if a.op != "overview"]
        if not asks:
            return None
        intents = tuple(i for a in asks for i in ((a.intent,) if a.intent and not a.operands else a.operands))
        countries = tuple(c for a in asks if a.analysis is not None for c in a.analysis.countries)
        return cls(tuple(a.clause[:MAX_CLAUSE] for a in asks), intents, countries)

    def to_json(self) -> dict[str, Any]:
        return {
            "clauses": list(self.clauses),
            "intents": list(self.intents),
            "countries": list(self.countries),
        }

    @classmethod
    def from_json(cls, data: Any) -> Context | None:
        """A stored context, or None when it is not one (an old or damaged entry: start afresh)."""
        try:
            clauses = tuple(str(c)[:MAX_CLAUSE] for c in data["clauses"])[:4]
            intents = tuple(str(i) for i in data["intents"])[:8]
            countries = tuple(str(c) for c in data.get("countries", ()))[:8]
        except (KeyError, TypeError, AttributeError):
            return None
        return cls(clauses, intents, countries) if clauses else None


_CUE = re.compile(
    r"^(?:and|what about|how about|and what about|same for|same with|same question for|plus|also|or|"
    r"but what about|then|ok and|okay and|so and|and also|and how about|what of|now)\b\s*"
)
_CORRECTION = re.compile(
    r"^(?:no|nope|sorry|oops|wait|actually|not that)?\s*,?\s*(?:i|we)\s+(?:meant|mean|was asking about|asked about)\b\s*"
    r"|^(?:no|nope|not that),?\s+(?:the|what about)\b\s*"
)
_PRONOUN = re.compile(
    r"\b(?:the two|both of them|both|the rest|the others|the remaining ones|of them|of those|of these|"
    r"they|them|those|these|it|that|this|that figure|that number|this number|those figures)\b"
)
_REST = re.compile(r"\b(?:the rest|the others|the remaining|the remainder|everything else|what else)\b")


def resolve(
    clause: Clause, alone: list[Ask], previous: Context | None, readers: Readers
) -> tuple[list[Ask], str] | None:
    """The asks of a clause read as a follow-up of `previous`, with the text it became; None when
    the clause stands on its own (a self-contained question is answered as if asked first)."""
    if previous is None:
        return None
    norm = clause.norm
    cue = _CUE.match(norm) or _CORRECTION.match(norm)
    rest = _REST.search(norm)
    pronoun = _PRONOUN.search(norm)
    topics = clause.topics
    short = len(norm.split()) <= 4 and not alone
    if not (cue or pronoun or short or rest):
        return None
    if rest and len(previous.intents) == 1:
        part = previous.intents[0]
        whole = readers.calculator.whole_of(part)
        if whole is not None:
            ask = Ask("complement", clause.text, whole, (part,), score=1.0, analysis=clause.analysis)
            return [ask], f"{readers.intents[whole].title} other than {readers.intents[part].title}"
    fragment = norm[cue.end() :] if cue else norm
    topic = _topic(previous.clauses[-1], readers)
    if pronoun and not cue:
        joined = (
            " and ".join(_topic(c, readers) for c in previous.clauses) if len(previous.clauses) > 1 else topic
        )
        rewritten = norm[: pronoun.start()] + joined + norm[pronoun.end() :]
    elif [s for s in readers.analyzer.analyze(fragment).stems if s not in _frame(readers)]:
        rewritten = _replace_topic(previous.clauses[-1], fragment, readers)
    else:  # only a country or a period: "and in Serbia?"
        rewritten = f"{previous.clauses[-1]} {fragment}"
    followed = readers.read(readers.clause(rewritten))
    if not followed:
        return None
    if cue or short or not alone:
        return followed, rewritten
    best_alone = max(a.score for a in alone)
    best_followed = max(a.score for a in followed)
    if topics and best_alone >= readers.settings.confident:
        return None  # "how many weapons were seized" after anything: it says what it asks
    return (followed, rewritten) if best_followed > best_alone else None


def _frame(readers: Readers) -> frozenset[str]:
    """Stems that frame a question rather than name its topic: function words and relations."""
    cached = getattr(readers, "_frame_stems", None)
    if cached is None:
        from jadbot.readers import CONTENTLESS

        relation_words = [w for words in readers.intents.vocabulary.relations.values() for w in words]
        stems = {Analyzer.stem(t) for w in relation_words for t in normalize(w).split()}
        extra = {
            Analyzer.stem(w) for w in ("number", "total", "figure", "many", "much", "amount", "kg", "kilos")
        }
        cached = frozenset(CONTENTLESS | stems | extra)
        readers._frame_stems = cached  # type: ignore[attr-defined]
    return cached


def _topic(text: str, readers: Readers) -> str:
    """The words of a clause that name what it is about ("cocaine" in "how much cocaine was seized")."""
    frame = _frame(readers)
    words = [w for w in normalize(text).split() if Analyzer.stem(w) not in frame and not w[0].isdigit()]
    return " ".join(words) or normalize(text)


def _replace_topic(previous: str, fragment: str, readers: Readers) -> str:
    """The previous clause with its topic words replaced by the fragment's ("how much cocaine was
    seized" + "cannabis" -> "how much cannabis was seized")."""
    frame = _frame(readers)
    out: list[str] = []
    placed = False
    for word in normalize(previous).split():
        if Analyzer.stem(word) in frame:
            out.append(word)
        elif not placed:
            out.append(fragment)
            placed = True
    if not placed:
        out.append(fragment)
    return " ".join(out)
