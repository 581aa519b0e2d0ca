"""Follow-ups: a clause that leans on the one before ("and cannabis?", "is it in the EU?",
"no, I meant vehicles", "what's the total of the two?") is read again with that clause's words.

The conversation's state is a `Context`: plain data (the last clauses asked, what they were read
as, the names the answer gave, the figures asked lately), returned with each answer and passed
back with the next message. The engine stays pure; adapters keep the context per chat (and per
user in groups) with a time limit. The same resolution joins clauses within one message ("did
Ireland take part? and Albania?").

A follow-up is rewritten into candidate questions (the earlier question with the new topic, the
pronoun replaced by what it points at, the earlier question plus the new words) and the best
reading among them wins; `Reading.resolved` shows the text it became.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from jadbot import arithmetic
from jadbot.analysis import Analyzer
from jadbot.facts import Figure, Items
from jadbot.message import POINTING, asides
from jadbot.normalize import normalize
from jadbot.readers import (
    ALL_OF,
    BREAKDOWN_ASKED,
    CONTENTLESS,
    EACH_GROUP,
    EXACT,
    EXTREME_FIGURE,
    IN_ONE_COUNTRY,
    NUMBER_ASKED,
    PAIR,
    PERCENT,
    POLAR,
    REFERS,
    REPORTED,
    WH_WORDS,
    open_question,
    phrases,
    polar,
    tagged,
)
from jadbot.reading import Ask
from jadbot.render import in_sentence, references

if TYPE_CHECKING:
    from jadbot.calculator import Calculator
    from jadbot.readers import Clause, Readers

MAX_CLAUSE = 300  # a context keeps no more of a message than a follow-up needs
HISTORY = 4  # figures asked lately, for "the total of the two"


@dataclass(frozen=True)
class Context:
    """What the next message may refer back to."""

    clauses: tuple[str, ...]  # the clauses last asked, as read (after any rewriting)
    intents: tuple[str, ...]  # the intent (or the operands) each was read as
    names: tuple[str, ...] = ()  # places, countries and agencies the answer named ("is that the capital?")
    history: tuple[str, ...] = ()  # figure intents asked lately, newest last
    language: str = "en"  # the language the chat was last answered in
    chosen: bool = False  # set with /language: answers stay in it whatever a message is written in
    operation: str = ""  # the last calculation asked ("share"), for "and vehicles?" after it
    country: str = ""  # the one country the asker's story named ("at the Greek border"), for "his country"

    @classmethod
    def after(
        cls, asks: list[Ask] | tuple[Ask, ...], names: tuple[str, ...] = (), before: Context | None = None
    ) -> Context | None:
        asks = [a for a in asks if a.op != "overview"]
        if not asks:
            return None
        kept = next((a for a in reversed(asks) if a.op in _KEPT and len(a.operands) == 2), None)
        if kept is not None:  # the calculation last: "and premises?" redoes it with the same whole
            asks = [*(a for a in asks if a is not kept), kept]
        intents = tuple(i for a in asks for i in ((a.intent,) if a.intent and not a.operands else a.operands))
        history = tuple(dict.fromkeys((*(before.history if before else ()), *intents)))[-HISTORY:]
        operation = kept.op if kept is not None else ""
        rest = next((a for a in asks if a.op == "complement" and a.operands and a.intent), None)
        if not operation and rest is not None and PERCENT.search(normalize(rest.clause)):
            # the share of what was left: "and the dark web alone?" is then a share of the same whole
            operation, intents = "share", (*rest.operands, rest.intent or "")
        elif not operation and rest is not None:
            operation = "complement"  # "of those, which is the largest?": of the parts left
        elif not operation and any(a.op == "rank" for a in asks):
            operation = (
                "rank"  # "which had the most, and what share was that?": "that" is the one ranked first
            )
        return cls(
            tuple(a.clause[:MAX_CLAUSE] for a in asks), intents, names[:6], history, operation=operation
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "clauses": list(self.clauses),
            "intents": list(self.intents),
            "names": list(self.names),
            "history": list(self.history),
            "language": self.language,
            "chosen": self.chosen,
            "operation": self.operation,
            "country": self.country,
        }

    @classmethod
    def from_json(cls, data: Any) -> Context | None:
        """A stored context, or None when it is not one (an old or damaged entry: start afresh)."""
        try:
            clauses = tuple(str(c)[:MAX_CLAUSE] for c in data.get("clauses", ()))[:4]
            intents = tuple(str(i) for i in data.get("intents", ()))[:8]
            names = tuple(str(n)[:60] for n in data.get("names", ()))[:6]
            history = tuple(str(h) for h in data.get("history", ()))[-HISTORY:]
            language = str(data.get("language") or "en")[:8]
            chosen = data.get("chosen") is True
            operation = str(data.get("operation") or "")
            operation = operation if operation in (*_KEPT, "complement") else ""
            country = str(data.get("country") or "")[:3]
        except (KeyError, TypeError, AttributeError):
            return None
        if not (clauses or language != "en" or chosen):
            return None
        return cls(clauses, intents, names, history, language, chosen, operation, country)


_CUE = re.compile(
    r"^(?:(?:ok|okay|so|then|now|but|hmm|wait|oh|ah|right|well)\s+)*"
    r"(?:and what about|and how about|what about|how about|what of|same for|same with|same question for|"
    r"(?<=now )do|(?<=then )do|do the same (?:for|with)|(?:now )?redo (?:it|that|this)? ?(?:for|with)?|"
    r"and|n|plus|also|or)\b\s*"  # "n in greece?" on a phone
)
_COUNTRY_STEM = Analyzer.stem("countries")
_SUM_CUE = re.compile(r"\+|\b(?:plus|total|combined|together|sum|added up|add up)\b")
_OF_THAT = re.compile(r"\bof (?:that|this|it|those|these|them)\b")
_THEN_END = re.compile(r"\b(?:then|than)\W*$")
_CORRECTION = re.compile(
    r"^(?:(?:no|nope|nah|naw|sorry|oops|wait|actually|correction|not that|ah|oh|hmm|ok|okay|um|uh|my bad|scratch that|nvm|never mind|nevermind|"
    r"not (?:the )?[\w-]+|(?:i|we) (?:mean|meant) not (?:the )?[\w-]+)\s+)*"  # "sorry, I mean not parcels, I mean …"
    r"(?:i|we)\s+(?:meant to ask|meant|mean|was asking about|was asking|asked about|wanted to ask|want to ask|"
    r"wanted to know|want to know|wanted|want|said|asked for|typed|wrote)\b\s*(?:the\s+)?"  # "not premises i said parcels"
    r"|^(?:(?:wait|oh|ah|hmm|oops|um|uh)\s+)*(?:no|nope|not that|sorry)\s+(?:the\s+)?(?=\w)"
)
_ASKS = re.compile(r"(?:how|what|which|who|where|when|did|were|was|is|are|do|does)\b")
_NOT_THAT = re.compile(
    # (not "the ones not in the EU": what is meant, said by what it is not)
    r",?\s*\bnot (?!in\b|from\b|inside\b|part\b|members?\b)(?:the )?[\w-]+(?: [\w-]+)?\s*[.!?]*$|,\s*not [^,.;?!]*"
    r"|\s*\bnot (?!in\b|from\b|inside\b|part\b|members?\b)(?:the )?[\w-]+(?=\s+(?:the|those|these|how|what|which)\s)"
    # ("parcels not premises the postal ones")
)
# Words that point back: "is that the capital?", "how many of those were forged?", "is it in the EU?"
# ("did they check..." is the police, not a reference).
# ("and that the weapons haul was 130?" is a claim put after another, "that" introduces it)
# "is that ammunition figure exact?": a determiner before the figure it names, no pointing back
_NAMES_ITS_FIGURE = r"(?! \w+ (?:figure|number|count|total|amount|estimate|quantity)s?\b)"
_PRONOUN = re.compile(
    rf"(?:^|\b(?:is|was|are|were|r)\s+)(?:it|that(?! (?:the|a|an|there|some|all|only|police|europol)\b){_NAMES_ITS_FIGURE}"
    rf"|this{_NAMES_ITS_FIGURE}|they|those{_NAMES_ITS_FIGURE}|these{_NAMES_ITS_FIGURE}|thats|its)\b|^(?:so|and|but|ok|wait) (?:its|it s|thats|that s)\b|^(?:and|but) (?:it|they)\b(?! (?:also )?(?:says?|said|mentions?|states?|reports?)\b)"
    r"|\b(?:the two|both of them|both|of them|of those|of these|of em|from (?:them|those|these)|from (?:this|that)(?= (?:how|what|which)\b)|which of them|"
    r"(?:%|percent|per cent|percentage|share|fraction|proportion) of (?:that|this)|"
    r"that figure|that number|^(?:and )?(?:of|from|among|out of) (?:that|this)(?= (?:what|which|how|who|where)\b)|"  # "of that, what …"
    # (not "is that ammunition figure exact?": the figure it names, no pointing back)
    rf"this number|those figures|that many|that amount)\b|\b(?:is|was) (?:(?:that|this)\b{_NAMES_ITS_FIGURE}|it\b)"
    r"|\b(?:on|in|at) (?:those|these|them)\W*$"  # "how many targets were on those?": the places just named
    r"|\b(?:its|it s|it is|it was|they re|theyre|they are|they were) (?:in|at|from|on)\W*$"  # "the country its in"
    r"|\b(?:does|did|do) (?:that|this|those|these|it) (?=compare|stack up|measure up|match up|make|come to|add up|amount to|represent|account for|amount|equal|make up)"  # "how does that compare"
    r"|\b(?:it|this|they) (?:is|was|are|were)\b"
    # "that was a lot", "so that is …"; not "the countries … that were in it", a relative clause
    r"|(?:^|\b(?:and|so|but|ok|okay|is|was|what|because|if|why|when|then|like|yeah|wait) )that (?:is|was|are|were)\b|^(?!how (?:many|much)\b).*\b(?:did|does|do|has|had) it\b(?! (?:say|give|mention|report|list|name|state|tell|include|break|specify|provide|show|reveal|confirm|talk))"  # "what else did it monitor?"; "does it say" is the statement
    r"|\b(?:whats|what s|what is|how much is|how many is) (?:that|this|it)\b|\b(?:that|this) (?:per|for each|for every)\b"
    r"|\b(?:that|this|it) as an? (?:share|percentage|percent|proportion|fraction|ratio|part)\b"
    r"|(?<!say )(?<!says )(?<!said )\b(?:for each|for every one|each one|apiece)\s*$"  # "and the kilos for each?" after the drugs named
    r"|\b(?:that|this) or\b|\bor (?:that|this)\s*\W*$"  # "which is more, that or the parcels?"
    r"|\bon (?:it|that one|this one)\b"  # "how many targets on it?" after the app
)
_EVERYTHING_NOT = re.compile(r"\beverything (?:that |which )?(?:was|were|is|are) not\b")
_REST = re.compile(
    rf"{_EVERYTHING_NOT.pattern}|"  # "and everything that wasn't a person"
    r"\b(?:the rest|the others|the remaining|remaining|the remainder|everything else|left over|leftover|"
    r"everywhere else|anywhere else|all the other places|"  # "and everywhere else combined" after the app
    r"(?:what s|whats|what is|what was|what) left (?:after|once|when|of|from)? ?(?:those|these|them|the two|both|that|it)\b|"
    r"how ?s? many (?:are|were|r) left\b|"  # "k so hows many r left"
    # "the ones that weren't either of those two": outside both just given
    r"(?:werent|weren t|were not|wasnt|wasn t|was not|arent|aren t|are not|not) (?:in |on )?(?:either|any) of "
    r"(?:those|these|them|the two|both)|neither of (?:those|these|them|the two)|"
    r"the other (?:stuff|ones?|things?|bits?|part|kinds?))\b"
    r"|(?<!\bof )\bthe other (?:drugs?|narcotics|targets|platforms|places|sites)\b"  # not "than the 300 kilos of the other drugs"
    r"|^(?:(?:and|so|ok|like) )*(?:how many|the ones that|those that|and those) "  # "how many weren't"
    r"(?:werent|weren t|were not|arent|aren t|are not|wasnt|wasn t|was not|didnt|didn t|did not)\W*$"
)
_TWO = re.compile(r"\b(?:the two|both|together|put together|combined|total|sum|altogether|add)\b")
_COUNTED = re.compile(
    r"\b(?:all|the|those|these|them) (?P<n>three|four)\b|\b(?P<m>three|four) of (?:them|those|these)\b"
)


def _counted(fragment: str) -> int:
    """How many figures "all three", "the four of them" counts, or 0."""
    found = _COUNTED.search(fragment)
    return {"three": 3, "four": 4}[found.group("n") or found.group("m")] if found else 0


_PAIRED = re.compile(r"\b(?:the (?:two|2)|those (?:two|2)|these (?:two|2)|both|the pair|both of them)\b")
_AGAIN = re.compile(  # "how many then?", "so whats the real number?": the figure just checked, plainly
    r"(?:(?:so|ok|okay|and|but|well|then) )*(?:how many|how much|whats it|what is it|what was it|"
    r"(?:whats|what s|what is|what was|give me) the (?:real|right|actual|correct|true|exact) (?:number|figure|one))"
    r"(?: (?:then|exactly|really|actually|in reality|was it|is it|were there|was there|were they))*"
)
_OF_WHAT_LEFT = re.compile(
    r"\b(?:of|among|within|from) (?:those|these|them|that|the rest|what s left|what is left)\b"
)
_IT_IN = re.compile(
    r"(?:(?:and|so|but|or) )?(?:was|is|were|are) (?:it|that|this|they|those|these)"
    r"(?: really| actually| all| mostly| only)? (?:in|at|from) "
)
_EVERYTHING = re.compile(
    r"\b(?:everything|all together|altogether|all of (?:them|it|those|these)|(?:them|those|these) all|in all|overall|"
    r"grand total|all four|all 4)\b"
)
_GAP = re.compile(
    r"\b(?:difference|diff(?! topic| question| thing| subject)|gap|how many more|how much more|by how much|by how many)\b"
)


Resolution = tuple[list[Ask], str]
ALONE: Resolution = ([], "")  # a stage's verdict that the clause stands on its own


@dataclass(frozen=True)
class FollowUp:
    """One clause as the resolvers see it: the clause, how it reads alone, the context before it,
    and what each stage looks at (the words left once the cue and the correction are cut off)."""

    clause: Clause
    alone: list[Ask]  # how the clause reads on its own
    previous: Context
    readers: Readers
    same_message: bool  # an earlier clause of the same message, not the last message
    norm: str  # the clause normalised, a correction's "not X" removed
    fragment: str  # without a correction's "no, I meant" and a cue's "and what about"
    correction: bool
    cued: bool
    pronoun: re.Match[str] | None  # the word pointing back ("that", "those", "there")
    countries: list[str]  # the countries the fragment names
    agencies: list[str]  # the agencies it names
    topics: list[str]  # the fragment's stems that are not question frame
    known: list[str]  # topics the intents' examples know

    @property
    def content(self) -> list[str]:
        """The topics the fragment names, less names and operation words ("vehicles" in "and the vehicles?")."""
        return [t for t in self.known if t[0] != "@" and t not in _OPERATION_WORDS]

    @property
    def short(self) -> bool:
        return len(self.norm.split()) <= 5 and bool(self.known or self.countries or not self.topics)

    @property
    def country_only(self) -> bool:
        """ "And Cyprus?", "Which app was it? Telegram?": a name alone, guessing at the question before."""
        names = self.countries or self.agencies
        spelled = {Analyzer.stem(w) for a in self.agencies for w in normalize(a).split()}  # "frontex" itself
        named = bool(names) and not [t for t in self.known if t[0] != "@" and t not in spelled]
        named = named and not (self.agencies and _WH.match(self.fragment))  # "how is Europol described?"
        return named or bool(self.readers.entity_names.fullmatch(self.fragment.strip(" ?!.")))

    @property
    def operates(self) -> bool:
        """Whether it asks for an operation on what came before ("the rest", "the two", "the most")."""
        op = arithmetic.operation(self.fragment)
        ranked = bool(_places(self.fragment)) and bool(op)  # "the first than the second"
        asked = (
            _which_bigger(self.norm)
            or any(
                p.search(self.norm)
                for p in (_REST, _RANKING, _TWO, _GAP, _PER, _EACH_OF_THEM, _MORE_THAN_THAT)
            )
            or bool(_OVERALL.search(self.norm) and not self.topics)
        )  # "what's the overall figure then?"
        bare = not [t for t in self.known if t not in _OPERATION_WORDS and t not in _RANK_WORDS]
        calculated = bare and bool(op)  # "ratio?", "and as a share?"
        if asked or ranked or calculated:
            return True
        if op in ("ratio", "difference") and not (self.pronoun or _POINTING_WORD.search(self.fragment)):
            # "how many times more on the clear websites?" after the dark web vs the clear websites (not "more
            # than double that?", which says what it compares)
            named = {t for t in self.content if t not in _OPERATION_WORDS}
            said = frozenset().union(*(self.readers.said.get(i, frozenset()) for i in self.previous.intents))
            if named and named <= said:
                return True
        return bool(_AS.match(self.fragment)) or self.ranks_all

    @property
    def ranks_all(self) -> bool:
        """ "Rank the four categories, biggest first": every part of what was just answered, in order."""
        own = [
            t for t in self.known if t not in _OPERATION_WORDS and t not in _RANK_WORDS and t not in _QUOTING
        ]
        return bool(_ORDERED_ALL.search(self.fragment)) and not own

    @property
    def alone_kinds(self) -> set[str]:
        return {_kind(self.readers, a) for a in self.alone}

    @property
    def best_alone(self) -> float:
        return max((a.score for a in self.alone), default=0.0)


def corrects(text: str) -> bool:
    """Whether a clause corrects the one before ("no, I meant vehicles", "sorry, not premises")."""
    return bool(_CORRECTION.match(normalize(text)))


def resolve(
    clause: Clause, alone: list[Ask], previous: Context | None, readers: Readers, same_message: bool = False
) -> Resolution | None:
    """The asks of a clause read as a follow-up of `previous`, with the text it became; None when
    the clause stands on its own (a self-contained question is answered as if asked first).

    The stages run in order; the first to resolve the clause, or to find that it stands alone,
    decides. A new kind of follow-up is a new stage in `_STAGES`."""
    if previous is None:
        return None
    if previous.intents and all(
        i in readers.intents.intents and readers.intents[i].kind in _QUIET for i in previous.intents
    ):
        return None  # "a carbonara recipe? the real one": nothing of the statement to go on from
    if alone and not polar(clause.analysis) and readers.figure_meant(clause):
        return None  # "so where does the 288 thousand come from then?": the figure quoted, read on its own
    follow = _follow_up(clause, alone, previous, readers, same_message)
    for stage in _STAGES:
        resolution = stage(follow)
        if resolution is not None:
            return resolution if resolution[0] else None
    return None


def _follow_up(
    clause: Clause, alone: list[Ask], previous: Context, readers: Readers, same_message: bool
) -> FollowUp:
    raw = clause.text
    if _CORRECTION.match(normalize(raw)):  # "no sorry i meant parcels not premises my bad"
        raw = _NOT_THAT.sub(" ", _SIGN_OFF.sub("", raw))
    norm = normalize(raw)
    correction = _CORRECTION.match(norm)
    fragment = norm[correction.end() :] if correction else norm
    cue = _CUE.match(fragment)
    fragment = fragment[cue.end() :] if cue and cue.group(0).strip() else fragment
    fragment = " ".join(_AT_LEAST.sub(" ", fragment).split())  # "how much was there at least": no topic
    fragment = _SPOKEN_END.sub("", fragment) or fragment  # "what kinds tho?": as "what kinds?"
    if cue and cue.group(0).strip():  # "what about checked then?": "then" goes on, asks nothing
        fragment = _FILLER_END.sub("", fragment) or fragment
    fragment = _NEGATIVE_ASKING.sub(r"\1", fragment)  # "isnt that in albania?" asks "is that in albania?"
    # "most were on what", "where were most?": where most of what was just counted were
    fragment = _MOST_IN_SITU.sub("where were most of them", fragment)
    fragment = _MOST_BARE.sub(r"\1 of them", fragment)
    fragment = _SUBJECT_LEFT_OUT.sub(
        lambda m: f"{m.group(1)} it " if m.group(1) else f"{m.group(2)} they ", fragment
    )
    if _HOW_MUCH.search(fragment):
        fragment = _THAT_MAKES.sub("is that", fragment)  # "how many that makes together with Albania?"
    # "… as Europol has it": its "it" is the list (not "is that how the statement has it?", which checks)
    fragment = _AS_ATTRIBUTED.sub("", fragment).strip() or fragment
    # "It also says Europol did the whole thing by itself - correct?" after a post's claim: "it" is the post
    fragment = _IT_ALSO_SAYS.sub("", fragment).strip() or fragment
    if clause.analysis.countries:
        fragment = _COUNTRY_ALONE.sub("", fragment).strip()
    # "the weapons haul was 130, is that true?": a claim that reads on its own, the tag's "that" is it
    # ("someone tweeted 141, is that true?", "'11 on forums'?" read nothing: "that" is the last answer)
    untagged = tagged(fragment)
    own_topic = untagged and any(_kind(readers, a) not in _QUIET for a in alone)
    # "is it correct that the checked persons were over 200 000?": the "it" of the frame points at nothing
    searched = untagged if own_topic else fragment
    unframed = _EXPLETIVE_IT.sub("", searched)
    # the frame's "it" points at nothing when the claim reads on its own (not "… the army was participating?",
    # asked of the services just given; nor "… this makes 6324?")
    reads = any(_kind(readers, a) not in _QUIET for a in alone)
    if reads and not re.search(r"\b(?:this|that|these|those|they|them|it|its)\b", unframed):
        searched = unframed
    pronoun = _PRONOUN.search(searched)
    if pronoun is not None and _IN_THE_OPERATION_IT.search(searched[: pronoun.end()]):
        pronoun = None  # "did customs officers take part in it?": "it" is the operation, not the last answer
    if pronoun is None and (previous.names or not alone or _ON_THERE.search(fragment)):
        # "how many weapons were found there?" after Montenegro, the dark web; "how many ppl on there" after
        # the dark web, whatever "ppl" reads alone
        pronoun = _THERE.search(fragment)
    analysis = readers.analyzer.analyze(fragment)
    topics = [s for s in analysis.stems if s not in readers.frame]
    return FollowUp(
        clause=clause,
        alone=alone,
        previous=previous,
        readers=readers,
        same_message=same_message,
        norm=norm,
        fragment=fragment,
        correction=bool(correction),
        # "how much did they weigh then" (after the drugs' value), reading nothing alone: "then" goes on
        cued=bool(
            correction
            or (cue and cue.group(0).strip())
            or (not alone and not clause.analysis.claims and _THEN_END.search(norm))
            or bool(_CONTRASTED_END.search(norm))  # "how many ppl tho": as against what was just said
        ),
        pronoun=pronoun,
        countries=analysis.countries,
        agencies=analysis.agencies,
        topics=topics,
        known=[t for t in topics if t in readers.matcher.weight],
    )


def _named_in_order(f: FollowUp) -> Resolution | None:
    """ "Is the second one listed as EU?" after Greece and the UK: the name at that place in the answer."""
    said = _NAME_ORDER.search(f.clause.text)
    names = f.previous.names
    if said is None or len(names) < 2:
        return None
    place = {"first": 0, "former": 0, "second": 1, "third": 2, "last": -1, "latter": -1}[
        said.group(1).lower()
    ]
    if place >= len(names):
        return None
    text = f"{f.clause.text[: said.start()]}{names[place]}{f.clause.text[said.end() :]}"
    asks = f.readers.read(f.readers.clause(text))
    return (asks, text) if asks else None


def _whole_question(f: FollowUp) -> Resolution | None:
    """ "Wait no sorry, I meant how many officers were involved": a whole question replaces the last."""
    if not f.correction:
        return None
    fragment = f.fragment
    counted = _HOW_MUCH.search(fragment)
    if not _ASKS.match(fragment) and counted:
        # "nah i meant the cops how many cops": the thing meant, then its count asked of it by name (not
        # "i meant people not cars how many people", whose count leaves the cars out)
        meant, asked = fragment[: counted.start()].split(), fragment[counted.start() :].split()
        if meant and set(meant) - {"the"} <= set(asked):
            # (read as the thing meant reads: "how many people" alone is the officers, "people" the checked)
            by_name = f.readers.read(f.readers.clause(" ".join(meant)))
            by_count = f.readers.read(f.readers.clause(" ".join(asked)))
            if by_name and by_count and by_name[0].intent == by_count[0].intent:
                fragment = " ".join(asked)
    if not (_ASKS.match(fragment) and len(fragment.split()) >= 3):
        return None
    asks = f.readers.read(f.readers.clause(fragment))
    if asks and all(_kind(f.readers, a) not in _QUIET for a in asks):
        return asks, fragment
    return None


def _listed(f: FollowUp) -> Resolution | None:
    """ "Which ones?" after a count of countries, "break that down" after the targets not on the
    messaging app, "rank those from smallest to biggest" after a breakdown: the list, or the parts,
    behind what was just answered."""
    fragment = " ".join(_AS_GIVEN.sub(" ", f.fragment).split())  # "name them, in the order given"
    if not _WHICH_ONES.fullmatch(fragment.strip(" ?!.")) or not f.previous.clauses:
        return None
    readers = f.readers
    if _ORDERED.search(fragment):
        whole = _whole_given(f)
        if whole is None:
            return None
        ask = Ask("rank", f.clause.text, whole, score=1.0, analysis=f.clause.analysis)
        return [ask], f"{readers.intents[whole].title}, ranked"
    asked = [a for c in f.previous.clauses for a in readers.read(readers.clause(c))]
    listing = [
        a
        for a in asked
        if a.op == "complement"
        or (
            a.op == "lookup"
            and a.intent
            and (
                readers.lists_countries(a.intent)
                or a.intent in readers.calculator.members
                or readers.intents[a.intent].kind == "list"  # "list them" after the partner agencies
            )
        )
    ]
    if not listing:  # "and the rest", read again alone, is the other drugs: the countries it was resolved to
        listing = [
            Ask("lookup", f.clause.text, i, score=1.0, analysis=f.clause.analysis)
            for i in f.previous.intents
            if i in readers.intents.intents and readers.lists_countries(i)
        ]
    whole = _whole_given(f) if not listing and "break" in fragment else None
    if whole is not None:  # "what's the breakdown?" after the cyber patrol: the parts of its targets
        ask = Ask("lookup", f.clause.text, whole, score=1.0, analysis=f.clause.analysis)
        return [ask], f"{readers.intents[whole].title}, broken down"
    checked = [a for a in asked if a.intent and readers.intents[a.intent].slot and a.analysis is not None]
    if not listing and readers.partners_intent and any(a.analysis.agencies for a in checked):  # type: ignore[union-attr]
        # "so which ones were they?" after "the partners were Eurojust, Frontex and the UN, yes?": the partners
        ask = Ask("lookup", f.clause.text, readers.partners_intent, score=1.0, analysis=f.clause.analysis)
        return [ask], readers.intents[readers.partners_intent].title
    if not listing and re.match(r"(?:(?:so|ok|okay|and|well) )*(?:which|what)\b", fragment):
        listing = asked  # "which ones?" after the vehicles: the statement lists none, say what it does
    if "break" in fragment:  # "break that down" after the total entities: the parts, not the total again
        listing = [replace(a, clause=f.clause.text, analysis=f.clause.analysis) for a in listing]
    return (listing, " | ".join(a.clause for a in listing)) if listing else None


def _parts_stated(f: FollowUp) -> list[str]:
    """The parts of one whole the last answer stated without being asked for them as figures ("the app
    is not named; 94 of the 120 targets were on one"): what "the rest" is the rest of."""
    readers, calculator = f.readers, f.readers.calculator
    parts = [
        calculator.stating.get(ref, "")
        for i in f.previous.intents
        if i in readers.intents.intents and not readers.intents[i].figure
        for ref in references(readers.intents[i].answer or "")
    ]
    wholes = {calculator.whole_of(p) for p in parts if p and calculator.whole_of(p)}
    return [p for p in parts if p and calculator.whole_of(p)] if len(wholes) == 1 else []


def _whole_given(f: FollowUp) -> str | None:
    """The total whose parts the last answer gave or belongs to: the targets after the platforms'
    answer, after "how many on the dark web?", after the cyber patrol's."""
    readers, calculator = f.readers, f.readers.calculator
    stated = [
        calculator.stating.get(ref, "")
        for i in f.previous.intents
        if i in readers.intents.intents
        for ref in references(readers.intents[i].answer or "")
    ]
    wholes = (calculator.whole_with_parts(i) for i in (*reversed(f.previous.intents), *stated) if i)
    return next((w for w in wholes if w), None)


def _parts_added_given(f: FollowUp) -> Resolution | None:
    """ "What do the four sub-figures add up to?" after the targets: the parts of the whole just given,
    added up (and checked against it), when the clause names no whole of its own."""
    # ("He has app 94, marketplaces 11, … What do those four numbers add up to?": the figures just told)
    told = bool(_THOSE_NUMBERS.search(f.norm))
    if (
        (f.same_message and not told)
        or f.countries
        or [t for t in f.known if t not in _OPERATION_WORDS and t not in _MEASURED]
    ):
        return None
    whole = _whole_given(f)
    asks = f.readers.parts_sum(f.clause, given=whole) if whole else []
    return (asks, f"{f.readers.intents[whole].title}, added up") if asks and whole else None


# "the combined weight of the two quantities that are broken out": how the parts are measured or given
_MEASURED = frozenset(
    Analyzer.stem(w)
    for w in (
        "weight",
        "weights",
        "quantity",
        "quantities",
        "amount",
        "amounts",
        "kilos",
        "out",
        "broken",
        "given",
    )
)


def _beyond_given(f: FollowUp) -> Resolution | None:
    """ "Which ones were over 5,000?" after the checks, "which had more than 10?" after where the targets
    were: the parts of the whole just given on one side of the figure quoted (not that figure checked)."""
    if f.same_message or not f.readers.asks_beyond(f.clause):
        return None
    if f.known and any(a.op == "threshold" for a in f.alone):
        return ALONE  # "which categories were under 10,000?": the checks, named
    whole = _whole_given(f)
    if whole is None:
        return None
    ask = Ask("threshold", f.clause.text, whole, score=1.0, analysis=f.clause.analysis)
    return [ask], f"{f.readers.intents[whole].title}, {f.fragment}"


def _smalltalk(f: FollowUp) -> Resolution | None:
    """ "thanks", "thx bestie", "dang ok": nothing asked of what came before."""
    if (
        f.alone
        and f.alone_kinds == {"smalltalk"}
        and not f.pronoun
        and not f.cued
        and not f.readers.quote_words.search(f.norm)  # "I need the exact quote.": of what was just said
    ):
        return ALONE
    reaction = _EXCLAIMED.match(f.norm)
    rest = f.norm[reaction.end() :].split() if reaction else []
    if (
        reaction
        and "?" not in f.clause.text
        and not f.clause.analysis.claims
        and len(rest) <= 3
        and not _WH.search(" ".join(rest))
    ):
        return ALONE  # "that's wild lol", "thats a lot": a reaction to the answer, nothing asked of it
    return None


_EXCLAIMED = re.compile(
    r"^(?:(?:wow|omg|lol|damn|dang|ok|okay|oh|haha|jeez|geez|yikes)\s+)*(?:that s|thats|that|that is|this is|its|it s|it)\s+"
    r"(?:so\s+|really\s+|pretty\s+|kinda\s+|very\s+|quite\s+|actually\s+)?"
    r"(?:wild|crazy|insane|nuts|mad|huge|massive|amazing|impressive|interesting|cool|great|nice|good|sad|scary|"
    r"wow|a lot|loads|so many|so much|a ton of|unreal|incredible|bonkers|shocking|fascinating|alarming)\b"
)


def _known(f: FollowUp) -> list[str]:
    """The previous intents the intents file still has (a stored context may predate a reload)."""
    return [i for i in f.previous.intents if i in f.readers.intents.intents]


def _place_checked(f: FollowUp) -> Resolution | None:
    """ "Was it in Macedonia?" after where the centre was: that place checked against the country named
    (the answer before names one place; the country is a claim about it, not a question of taking part)."""
    if not (_IT_IN.match(f.fragment) and f.countries):
        return None
    named = [i for i in _known(f) if f.readers.intents[i].names and not f.readers.intents[i].slot]
    if len(named) != 1:
        return None
    # "…was it in macedonia or somewhere": the trailing "or" hedges, it offers no second place
    analysis = f.readers.analyzer.analyze(_TRAILING_OR.sub("", f.clause.text))
    ask = Ask("lookup", f.clause.text, named[0], score=1.0, polar=True, analysis=analysis)
    return [ask], f"{f.readers.intents[named[0]].title}: in {', '.join(f.countries)}?"


_SHARES = re.compile(r"\b(?:shares|percentages|percents|proportions|fractions)\b")
_IN_UNIT = re.compile(r"\bin (?:kilos?|kilograms?|kg|kgs|tons?|tonnes?|grams?|pieces|numbers)\b")
_AS_WELL_END = re.compile(r"\s+(?:too|also|as well)\s*$")
_CONTRASTED_END = re.compile(r" (?:tho|though)\W*$")
_SPOKEN_END = re.compile(r"(?: (?:tho|though|bro|man|dude|fr|tbh|ngl))+$")
_FILLER_END = re.compile(r"(?: (?:then|now|again|pls|please|plz))+$")
_TRAILING_OR = re.compile(r"\s+or(?:\s+(?:somewhere|something|what|not|else|where))?(?:\s+else)?\W*$", re.I)


def _only_kind(f: FollowUp) -> Resolution | None:
    """ "Were they all police though?" after the officers: one kind of those the figure counts together
    (police, customs, immigration and border control), checked as a claim about the figure."""
    all_of = _ALL_OF_THEM.search(f.fragment)
    if all_of is None or re.search(r"\bhow (?:many|much)\b", f.fragment[: all_of.start()]):
        return None  # "how many rounds per weapon is that just ballpark": a count, "just" a filler
    readers = f.readers
    figures = [i for i in _known(f) if readers.intents[i].figure] or [  # after the services: the officers
        r
        for i in _known(f)
        for r in readers.intents[i].related
        if r in readers.intents.intents and readers.intents[r].figure
    ]
    if len(figures) != 1:
        return None
    fact = readers.store.facts.get(readers.intents[figures[0]].figure or "")
    if not isinstance(fact, Figure) or fact.parts:
        return None  # "were they all on the dark web?": its parts say where the 120 were
    rest = _TRAILING_OR.sub("", f.fragment[all_of.end() :]).strip()  # "…all cops or not": the "or" hedges
    if re.search(r"\b(?:eu|european union|european)\b", rest):
        return None  # "was it just an EU thing?" after the parcels: whether only EU countries took part
    rest = _SHORT_TAG.sub("", _TAG_END.sub("", rest)).strip()  # "they were all police, is that true?"
    if _ONE_PLACE.search(rest):
        return (
            None  # "were those weapons all seized in one country?": where, which the statement never splits
        )
    kinds = [normalize(k) for k in fact.kinds()] if fact.detail else []
    if len(kinds) < 2:  # "were they all firearms?" after the 310 weapons: a split the statement never gives
        if re.match(r"(?:on|in|at|from|of)\b", rest):
            return None  # "were they all on the dark web?": where they were, not what kind
        text = f"were the {fact.unit} all {rest}"
        asks = readers.read(readers.clause(text))
        return (asks, text) if asks and all(a.intent in figures for a in asks) else None
    unit = set(readers.analyzer.analyze(fact.unit).stems)
    if {t for t in readers.analyzer.analyze(rest).stems if t not in readers.frame} <= unit:
        rest = kinds[0]  # "were they all cops?": cops are what people call the police
    elif not any(re.search(rf"\b{re.escape(k)}\b", rest) for k in kinds):
        return None  # "were they all on the dark web?": not one of the kinds the figure counts together
    text = f"were the {fact.unit} only {rest}"
    asks = readers.read(readers.clause(text))
    if asks and all(a.intent in figures for a in asks):
        return asks, text
    if not asks or not all(a.intent in readers.intents[figures[0]].related for a in asks):
        return None
    # "they were all customs, right?": read as the services, still a claim about the officers' figure
    clause = readers.clause(text)
    return [Ask("lookup", text, figures[0], score=1.0, polar=True, analysis=clause.analysis)], text


_SHARE_VERBS = frozenset(
    Analyzer.stem(w) for w in ("make", "up", "account", "represent", "constitute", "one")
)
_OTHERS = re.compile(
    r"^(?:and |what about |how about |so )?(?:the )?(?:other|others|other ones|rest of them)"
    r"(?: ones)?(?: (?:with|beside|besides|alongside) (?:them|it|him|her))?(?: involved| too)?\W*$"
)
_LIST_REQUEST = re.compile(
    r"\b(?:read|give|show|send|write|tell) (?:me |us )?(?:the |that |a |full |whole )*(?:list|names|lot)\b"
    r"|\b(?:list|name) (?:them|those|these|the \w+)\b"
)
_CAPITALISED = re.compile(r"(?<![.!?]\s)\b([A-Z][a-z]{3,})\b")
_SPOKEN_START = re.compile(r"^(?:(?:right|so|um+|uh+|ok|okay|like|well|yeah|and)\s+)+")
_QUOTES = re.compile(r"[\"“'‘][^\"”'’]{4,}[\"”'’]")
_ONE_PLACE = re.compile(r"\b(?:in|from|at) (?:one|a single|the same|a) (?:country|place|city|border|spot)\b")
_SHORT_TAG = re.compile(r"[\s,]*\b(?:right|correct|true|yes|yeah|no|eh|innit|ok|okay|or not)\W*$")
_NEGATIVE_ASKING = re.compile(
    r"^(is|was|are|were|did|does|do)(?:nt| not| n t)\b(?= (?:it|that|this|they|there)\b)"
)
# "Is together one number?", "was in the EU?": the subject a learner leaves out is what was just answered
_COUNTED_LEFT_OUT = re.compile(
    r"^(?:(?:then|so|and|ok|okay|but|now|what about)\s+)*how (?:many|much) (?:were|was|are|is|came|got found) "
    r"(?:on|in|at|from|via|through)\b"
)
_SUBJECT_LEFT_OUT = re.compile(
    r"^(?:(is|was)|(are|were)) (?=(?:together|in|one|only|just|exactly|all|correct|true|right|really|also)\b)"
)
_EVERYTHING_GIVEN = re.compile(
    r"^(?:so |and |but |ok |okay |wait |hold on |hmm |oh )*(?:is|was|are|were) (?:that|this|it|those|these|they) "
    r"(?:everything|all|the lot|the whole (?:lot|list|thing))(?: (?:they|you|there|of it|of them)\b.*)?$"
    r"|^(?:is|was) there (?:nothing|anything) else\b"
)
_ONLY_THOSE = "was it only those"  # read as "did they only check those?": No, and the whole
_ALL_OF_THEM = re.compile(
    r"\b(?:were|are|was|is)\s+(?:they|those|these|it|that|them)\s+(?:all|only|just|solely|exclusively|entirely)\b"
    r"|^(?:they|those|these)\s+(?:were|are)\s+(?:all|only|just|solely|exclusively|entirely)\b"  # "and that they were all police?"
    r"|^(?:that|it|this|thats|its)\s+(?:all|only|just|solely)\b(?!\s+(?:of|for|i|we|you)\b)"  # "that's all cannabis?"
)


def _figure_there(f: FollowUp) -> Resolution | None:
    """ "And was that in Albania?", "some of it was seized in Greece?" after a figure: that figure in one
    country, which the statement never gives (not whether the country took part)."""
    if not f.countries or not (_IT_IN.match(f.fragment) or _SOME_OF_IT.search(f.fragment)):
        return None
    if _TAKING_PART.search(f.fragment):
        return None  # "was Slovenia part of it?", "did it include Hungary?": whether it took part
    participants = {*f.readers.store.eu, *f.readers.store.non_eu}
    if not set(f.countries) <= participants:
        return None  # "was it in America too?": no, it did not take part
    readers = f.readers
    wanted = [
        readers.intents[i].when_country
        for i in f.previous.intents
        if i in readers.intents.intents and readers.intents[i].figure
    ]
    per_country = next((w for w in wanted if w), None)
    unreported = any(
        i in readers.intents.intents and readers.intents[i].kind == "not_reported" for i in f.previous.intents
    )
    if per_country is None and unreported and "per_country" in readers.intents.intents:
        per_country = "per_country"  # "and in Hungary?" after a detail not given: not given there either
    if per_country is None or any(readers.intents[i].names for i in _known(f)):
        return None
    ask = Ask("lookup", f.clause.text, per_country, score=1.0, analysis=f.clause.analysis)
    return [ask], f"{readers.intents[per_country].title}: {', '.join(f.countries)}"


def _one_country_named(f: FollowUp) -> str | None:
    """The country the last answer named, when it named that one thing only ("Yes — Albania took part")."""
    names = f.previous.names
    return names[0] if len(names) == 1 and f.readers.store.countries.lookup(names[0]) else None


def _eu_of_named(f: FollowUp) -> Resolution | None:
    """ "As an EU member?", "in the EU?" after an answer naming one country: whether that country
    took part as an EU member (never the list of EU countries with a Yes)."""
    fragment = normalize(f.fragment).strip()
    # "wait isnt it EU tho": the doubt said around the question
    fragment = _DOUBT_AROUND.sub("", _NOT_IT.sub(r"\1 it", fragment)).strip()
    group = _WHICH_GROUP.fullmatch(_EITHER_SIDE.sub("", fragment))  # "and which group was it in?": EU or not
    if f.countries or not (_EU_ONLY.fullmatch(fragment) or group):
        return None
    readers = f.readers
    named = _one_country_named(f)
    if named is None:
        return None
    text = f"is {named} EU or non-EU?" if group else f"is {named} in the EU?"
    asks = readers.read(readers.clause(text))
    return (asks, text) if asks else None


_NOT_IT = re.compile(r"\b(is|was) not it\b")  # "isn't it", as normalized
_DOUBT_AROUND = re.compile(
    r"^(?:(?:wait|hmm+|huh|hang on|but|so|and)\s+)+|\s+(?:tho|though|then|really|lol|right)$"
)
_EU_ONLY = re.compile(
    r"(?:(?:so |but |and )?(?:as|like|is it|was it|is that|was that) )?(?:an? |the )?(?:eu|european union)"
    r"(?: member| country| state| member state| one)?s?(?: or not)?"
    r"|(?:(?:so |but |and )?(?:is it |was it )?)?(?:in|inside|part of|within) the (?:eu|european union)(?: too| as well)?"
)


_WHICH_GROUP = re.compile(
    r"(?:(?:so|and|but|ok) )*(?:which|what) (?:group|side|list|category|camp|bloc)(?: (?:was|is|were) (?:it|that|they)(?: in| on| part of)?)?"
    r"|(?:(?:so|and|but|ok) )*(?:in|on) which (?:group|side|list)(?: (?:was|is) (?:it|that))?"
)
_EITHER_SIDE = re.compile(r"\s+(?:the )?eu or (?:not|non)(?: (?:the )?eu)?$")  # "which side, EU or not EU?"


def _same_group(f: FollowUp) -> Resolution | None:
    """ "And Moldova same group?" after Kosovo's group: whether the named country is in that group;
    "how many countries are in this same group?": how many the group of the names just given has."""
    store = f.readers.store
    if not f.countries and _HOW_MUCH.search(f.fragment) and _THIS_GROUP.search(f.fragment):
        codes = {store.countries.lookup(n) for n in f.previous.names} - {None}
        groups = {"non-EU" if c in store.non_eu else "EU" if c in store.eu else "" for c in codes}
        if len(groups) == 1 and "" not in groups:
            text = f"how many {groups.pop()} countries took part?"
            asks = f.readers.read(f.readers.clause(text))
            return (asks, text) if asks else None
    if len(f.countries) == 1 and _HOW_MUCH.search(f.fragment) and _GROUP_OF.search(f.fragment):
        # "and how many countries is in the group of Turkey, total?": the size of that country's group
        code = f.countries[0]
        group = "non-EU" if code in store.non_eu else "EU" if code in store.eu else None
        if group is not None:
            text = f"how many {group} countries took part?"
            asks = f.readers.read(f.readers.clause(text))
            return (asks, text) if asks else None
    if len(f.countries) != 1 or _WH.search(f.fragment):
        return None  # "which other countries are also non-EU like Turkey?" asks for the list
    grouped = any(f.readers.country_group(i) or i == "eu_status" for i in f.previous.intents)
    if not (
        _SAME_GROUP.search(f.fragment)
        or (grouped and len(f.fragment.split()) <= 5 and _TOO_ALONE.search(f.fragment.strip(" ?!.")))
    ):
        return None  # "Moldova too?" after Kosovo's group: the same group; after "did Serbia take part?", taking part
    before = _one_country_named(f)
    code = f.readers.store.countries.lookup(before or "")
    if code is None:
        return None
    group = "non-EU" if code in f.readers.store.non_eu else "EU" if code in f.readers.store.eu else None
    if group is None:
        return None
    text = f"was {f.readers.store.countries.names.get(f.countries[0], '')} on the {group} list?"
    asks = f.readers.read(f.readers.clause(text))
    return (asks, text) if asks else None


_PLACE_WORD = re.compile(r"\b(?:in|from|at|for|of|there|specifically)\b")
_COUNTING_WITH = re.compile(
    r"\b(?:together|with|without|except|besides|plus|minus|excluding|including|not)\b"
)
_GROUP_OF = re.compile(r"\b(?:group|side|list|category|camp|bloc) of\b|\b\w+ s (?:group|side|camp|bloc)\b")
_TOO_ALONE = re.compile(r"\b(?:also|too|as well|either)$")
_THIS_GROUP = re.compile(r"\b(?:same|this|that|their|its) (?:group|list|side|category|camp|bloc)\b")
_SAME_GROUP = re.compile(
    r"\bsame (?:group|list|side|category|camp|one|bloc|status)\b|\b(?:also|too|as well) (?:non eu|eu)\b"
)


def _there_named(f: FollowUp) -> Resolution | None:
    """ "How many guns were seized there?" after the answer named one taking part country: that figure
    in the country, which the statement never gives (never the operation's total as if it were)."""
    if f.countries or len(f.alone) != 1 or not _PLACE_THERE.search(f.fragment):
        return None
    if _WHOLE.search(normalize(f.fragment)):
        return None  # "how many officers in total were out there": the operation's total, wherever "there" is
    readers = f.readers
    place = _one_country_named(f)
    intent = readers.intents.intents.get(f.alone[0].intent or "")
    if place is None or intent is None or not intent.figure or not intent.when_country:
        return None
    if readers.store.participation(readers.store.countries.lookup(place) or "") == "absent":
        return None
    there = _PLACE_THERE.sub(f"in {place}", f.fragment, count=1)  # the answer names the country
    ask = Ask(
        "lookup", there, intent.when_country, score=f.alone[0].score, analysis=readers.analyzer.analyze(there)
    )
    return [ask], there


_SOME_OF_IT = re.compile(
    r"\b(?:some|any|all|most|much|none|how many|how much) of (?:it|them|that|those|these)\b|\b(?:it|that|this|they|those|these) all\b"
)
_TAKING_PART = re.compile(
    r"\b(?:part|involved|participat\w*|include\w*|member\w*|among|list\w*|join\w*|took|take)\b"
)


_LEADING_AND = re.compile(r"^(?:(?:and|so|ok|okay|but|then) )+")
_WH_ENDS = re.compile(r"\b(?:where|which|who|when)$")
_GUESS = re.compile(r"^(?:(?:was|is|were) (?:it|that|they) |(?:or|maybe|perhaps|probably|in|at|from|the) )*")


def _guessed(f: FollowUp) -> Resolution | None:
    """ "Which country hosted the centre? Was it Albania?", "where was it? in Sarajevo?": a name guessed
    at the wh-question just asked, confirmed or denied (not whether Albania took part)."""
    if f.cued or f.correction or not f.previous.clauses or _HOW_MUCH.search(f.fragment):
        return None  # (not "from them how many was Greek?": a count asked, no name guessed)
    # ("please tell me which country was center of coordination, is it Serbia?": the wh-question after the ask)
    asked = _ASKING_LEAD.sub("", _LEADING_AND.sub("", normalize(f.previous.clauses[-1])))
    asked = _PREPOSITION_FIRST.sub("", asked)  # "in which country was the most cocaine seized?"
    if not (_WH.match(asked) or _WH_ENDS.search(asked)):  # "… the center of coordination, it was where?"
        return None
    bare = f.fragment.strip(" ?!.")
    name = bare[_GUESS.match(bare).end() :]
    place = name in f.readers.intents.vocabulary.entities.get("place", ())
    if not (place or ((f.countries or f.agencies) and f.country_only)) or name == bare:
        return None  # "Albania?" alone: the later stages' guess
    text = f"{f.previous.clauses[-1].rstrip(' ?!.')} {name}"
    asks = f.readers.read(f.readers.clause(text))
    # "In which country was the most cocaine seized? Was it Albania?": a guess at what is not given (a place
    # asked for: not "how many vehicles …?" before "was Austria in it?")
    unanswered = all(a.op == "lookup" and _kind(f.readers, a) == "not_reported" for a in asks)
    if asks and unanswered and _PLACE_ASKED.search(asked):
        return asks, text
    if not asks or any(a.op != "lookup" or _kind(f.readers, a) in _QUIET for a in asks):
        return None
    return [replace(a, polar=True) for a in asks], text


_PLACE_ASKED = re.compile(
    r"\b(?:which|what) (?:country|countries|city|cities|place|places|nation|state)\b|\bwhere\b"
)
_PREPOSITION_FIRST = re.compile(r"^(?:in|from|on|at|for|of|by|to|with) (?=(?:which|what|whose|who|whom)\b)")


def _names_its_own(f: FollowUp) -> Resolution | None:
    """ "Was the FBI one of them?": whether it took part, asked of the name given; "and 22,400
    officers, correct?" quotes the very figure it reads as."""
    analysis = f.clause.analysis
    if (
        (analysis.agencies or analysis.countries)
        and f.alone
        and (polar(analysis) or tagged(f.clause.text) is not None)
        and all(a.intent is not None and f.readers.intents[a.intent].slot for a in f.alone)
        and not _member_of_last_list(f)
        # not "she wrote it was in Bulgaria, is that okay?" after where the centre was: where "it" was
        and not (_IT_WAS_IN.search(f.norm) and any(f.readers.says_where(i) for i in f.previous.intents))
    ):
        return ALONE
    if _asks_its_own_head(f):
        return ALONE
    quoted = {c.value for c in analysis.claims}
    if f.operates and _JOINED.search(f.fragment) and (f.pronoun or _POINTING_WORD.search(f.fragment)):
        return None  # "how much is this together with the 300 kilos?": the quoted figure added to "this"
    if quoted and _THE_TWO.search(f.fragment):
        # "so both of those together thats like a ton?": the two just given, added up and checked; "how much of
        # the 'nearly a ton' is not covered by those two?": what the two leave of it
        return None
    if quoted and any((v, a.intent) in f.readers.figures for a in f.alone for v in quoted):
        return ALONE
    if quoted and len(f.alone) == 1 and f.readers.counts_in_unit(analysis, f.alone[0].intent or ""):
        return ALONE  # "was it 9,999 premises?": a claim about the premises, whatever came before
    return None


_IT_WAS_IN = re.compile(
    r"\b(?:it|that|this|they|he|she)(?: s| was| is| were)? (?:based |located |held |run |set up )?(?:in|from)\b"
)


# "How many targets did the cyber patrol identify in total?": the total of its own head, nothing added
_OWN_TOTAL = re.compile(
    r"^(?!.*\b(?:the two|both|together|combined|sum|add|rest|each|per)\b).*\b(?:in total|altogether)\W*$"
)


def _whole_named(f: FollowUp) -> Resolution | None:
    """ "and premises? also what was the total checked": the total the statement gives for the whole the
    parts just asked belong to, read as asked (not the parts added up)."""
    calculator = f.readers.calculator
    if len(f.alone) != 1 or f.alone[0].op != "lookup" or f.best_alone < f.readers.settings.confident:
        return None
    whole = f.alone[0].intent or ""
    members = calculator.members.get(whole, ())
    previous = [i for i in f.previous.intents if calculator.operand(i) is not None]
    if not members or not previous or not set(previous) <= set(members) or f.pronoun:
        return None
    if f.previous.operation == "sum":
        return None  # "People and vehicles together, how many in total?": the sum just asked
    if not _TOTAL_WORD.search(f.norm) or _TWO_NAMED.search(f.norm) or _THAT_COUNTED.search(f.norm):
        return None  # "what's the total of the two?": the two added up; "how many is that in total?": that
    return ALONE


_THAT_COUNTED = re.compile(r"\bhow many (?:is|are|was|were) (?:that|this|it)\b")


_TOTAL_WORD = re.compile(r"\b(?:the total|in total|overall|all together|altogether)\b")
_TWO_NAMED = re.compile(r"\b(?:the two|both|these|those|them|together|combined|sum|add|added|plus)\b")


def _same_as_last(f: FollowUp) -> Resolution | None:
    """ "And it says the same amount of cannabis." after the cocaine: the new figure put to check against
    the one just given, as "… the same amount of cannabis as cocaine" would."""
    if not _SAME_NO_AS.search(f.norm) or len(f.alone) != 1 or f.alone[0].op != "lookup":
        return None
    calculator = f.readers.calculator
    previous = [i for i in f.previous.intents if calculator.operand(i) is not None]
    asked = f.alone[0].intent or ""
    if len(previous) != 1 or asked in previous or calculator.operand(asked) is None:
        return None
    text = f"{f.clause.text.rstrip(' ?.!')} as {in_sentence(f.readers.intents[previous[0]].title)}?"
    return f.readers.read(f.readers.clause(text)), text


_SAME_NO_AS = re.compile(r"\bsame (?:amount|number|figure|quantity|count|weight|total)\b(?!.*\bas\b)")


def _whole_less_the_two(f: FollowUp) -> Resolution | None:
    """ "How much of the 'nearly a ton' is not covered by those two?" after cocaine against the other drugs:
    the whole the two belong to, less the two."""
    parts = tuple(i for i in f.previous.intents if f.readers.calculator.operand(i) is not None)
    whole = _one_whole(f.readers, parts) if len(parts) == 2 else None
    if whole is None or not _LEFT_OUT.search(f.fragment) or not _THE_TWO.search(f.fragment):
        return None
    quoted = {c.value for c in f.clause.analysis.claims}
    if not (any((v, whole) in f.readers.figures for v in quoted) or any(a.intent == whole for a in f.alone)):
        return None  # the whole named, by its figure ("the 'nearly a ton'") or by its words
    ask = Ask("complement", f.clause.text, whole, parts, score=1.0, analysis=f.clause.analysis)
    return [ask], f"{f.readers.intents[whole].title} other than " + " and ".join(
        f.readers.intents[i].title for i in parts
    )


_THE_TWO = re.compile(r"\b(?:both|the two|these two|those two)\b")  # the two figures just given


def _asks_its_own_head(f: FollowUp) -> bool:
    """ "And how many officers were out doing all that?": a whole "how many X <verb>" question whose
    reading alone asks for X stands alone, whatever "that" points at."""
    readers, analysis = f.readers, f.clause.analysis
    head = readers.head(analysis)
    if (
        head is None
        or len(f.alone) != 1
        or f.countries
        or f.correction
        or (f.operates and not _OWN_TOTAL.search(f.norm))
        or not f.alone[0].intent
    ):
        return False  # a calculation read alone has no one intent whose head it could name
    if _PRONOUN_ONE.search(f.fragment) or _PLACE_THERE.search(f.fragment):
        return False  # "how many entities did each of them check?", "how many weapons were found there?"
    if _EXCLUDING_THOSE.search(f.fragment):
        return False  # "everything other than those two - how many entities is that?": what "those" leaves
    if _ON_IT.search(f.fragment) and readers.calculator.whole_of(f.alone[0].intent or ""):
        return False  # "how many targets were on it?" after the app: which part "it" is, the context says
    at = analysis.stems.index(head)  # head() reads tokens and stems as aligned
    if analysis.tokens[max(at - 2, 0) : at] != ["how", "many"]:
        return False  # "what share of that were people?" asks an operation on what came before
    after = analysis.tokens[at + 1 :]
    return (
        bool(POLAR.intersection(after))
        and _kind(readers, f.alone[0]) not in _QUIET
        and head in readers.asked(f.alone[0].intent or "")
    )


def _counted_left_out(f: FollowUp) -> bool:
    """ "Then how many were on social media?" after the dark web's targets: what is counted is left out,
    and the words alone read no part of a figure (not "how many were on marketplaces?", the 11)."""
    calculator = f.readers.calculator
    return bool(_COUNTED_LEFT_OUT.match(f.norm)) and not any(
        a.op == "lookup" and a.intent and calculator.whole_of(a.intent) is not None for a in f.alone
    )


def _leans_back(f: FollowUp) -> Resolution | None:
    """Whether anything in the clause leans on what came before: a cue, a pronoun, a fragment too
    short to be a question, a name alone, an operation. Otherwise it stands alone."""
    # "the cannabis seized, how many kilos exactly?", "ok just tell me how much there was"
    # ("…in total, and what kinds?": a kind asked of nothing named is asked of what came before)
    topicless = bool(_WH.match(_ASKING_LEAD.sub("", f.fragment))) and (
        not f.topics or (set(f.topics) <= KIND_STEMS and bool(_WHICH_KIND.match(f.fragment)))
    )
    settling = bool(_AT_LEAST.search(f.norm))  # "ok, how much was there at least?" after a detail not given
    elliptic = bool(_ELLIPTIC.match(f.fragment))  # "total number of officers, and of countries?"
    # "then how many were on social media?" after the dark web's targets: what is counted left out
    elliptic = elliptic or _counted_left_out(f)
    whole_asked = set(f.topics) <= {"out"} and bool(
        _OUT_OF.search(f.fragment)
    )  # "thats it?? out of how many"
    leaning = (
        f.pronoun
        or f.country_only
        or f.operates
        or f.correction
        or topicless
        or settling
        or elliptic
        or whole_asked
    )
    if f.same_message and f.alone and not leaning:
        return ALONE  # "how many officers, how many countries, and who coordinated?": each stands alone
    if (
        f.same_message
        and f.alone
        and f.best_alone >= f.readers.settings.confident
        and _WH.match(f.fragment)
        and _POLICE_THEY.search(f.fragment)
        and not _POINTING_WORD.search(_POLICE_THEY.sub(" ", f.fragment))
    ):
        return ALONE  # "what did they find at the borders, and what did they seize?": "they" are the police
    if not (
        f.cued or f.pronoun or f.short or f.country_only or f.operates or settling or topicless or elliptic
    ):
        return ALONE
    unknown = [t for t in f.topics if t not in f.readers.matcher.weight and t not in _OPERATION_WORDS]
    if (
        not f.alone
        and not f.same_message
        and not f.correction
        and len(unknown) >= 2
        and not f.ranks_all
        # "was it anywhere near half a million?": a figure checked (not "… just tell everyone it was 500")
        and not (f.pronoun and f.clause.analysis.claims and polar(f.clause.analysis))
    ):
        return ALONE  # "is it safe to go on holiday to Montenegro?": about something the statement is not
    return None


def _tied_to_last(f: FollowUp) -> Resolution | None:
    """ "Did they find drugs in them?" after the parcels checked: a finding tied to what was just
    counted, which the statement never ties to anything."""
    pointing = _IN_THEM.search(f.fragment)
    if pointing is None or not f.previous.clauses:
        return None
    known = _known(f)  # the intent's own words, not the user's ("bro how many parcles did they chek")
    said = f.readers.intents[known[-1]].examples[0] if len(known) == 1 else f.previous.clauses[-1]
    topic = _topic(said, f.readers)
    text = f"{f.fragment[: pointing.start()]}{pointing.group(1)} {topic}{f.fragment[pointing.end() :]}"
    asks = f.readers.linked(f.readers.clause(text))
    return (asks, text) if asks else None


def _declares(readers: Readers, ask: Ask, op: str) -> bool:
    """ "Entities per officer on average?": read alone, a derived intent whose figure is that very
    calculation (derived.yaml's checks per officer), confidently."""
    intent = readers.intents.intents.get(ask.intent or "")
    if ask.op != "lookup" or intent is None or ask.score < readers.settings.threshold:
        return False
    derived = (readers.store.derived.get(r) for r in references(intent.answer or ""))
    return any(d is not None and d.operation == op for d in derived)


def _with_last(f: FollowUp) -> Resolution | None:
    """ "Difference to illegal entries?" after the forged documents, "as a share of all targets?" after
    the 94 on a messaging app, "and as a ratio?" after a difference, "how many times more is that?":
    a calculation whose other operand is the figure (or the pair) just given."""
    readers = f.readers
    op = arithmetic.operation(f.fragment)
    spoken = _SPOKEN_START.sub("", f.fragment)  # "right so um add those two together …": the words asked
    # in one message only a share that points back ("people checked, what share of all entities that is")
    # (or a calculation of "their" pair: "the difference between X and Y, and what's their sum?")
    pointing = (f.pronoun is not None and op == "share") or bool(_THEIR.search(f.fragment))
    # "People vs vehicles: the gap, and what's the ratio?": the calculation before it, done another way
    redone = bool(f.previous.operation) and not (f.content or f.pronoun or _BOTH.search(f.fragment))
    if (
        op is None
        or (f.same_message and not (pointing or redone))
        or len([w for w in spoken.split() if w not in _SPOKEN_FILLERS]) > 10
        or _EACH_OF_THEM.search(f.norm)  # "how many entities did each of them check?": per one of them
        or _REST.search(f.norm)
        # "and excluding people, how many entities in total?" (not "whats that minus the parcels")
        or (any(a.op == "complement" for a in f.alone) and not f.pronoun)
    ):
        return None  # "the two remaining, combined?" is the rest, not the two just given
    named = [n for n in (readers.figure_intent(p) for p in arithmetic.operand_phrases(f.fragment)) if n]
    calculated = [a for a in f.alone if a.op != "lookup" and len(a.operands) >= 2]
    if calculated and not (
        # "as a share of the people checked?" after the illegal entries: the figure just given, of that one
        (f.pronoun or _AS_SHARE_OF.match(f.fragment))
        and op == "share"
        and len(named) == 1
        and not set(f.previous.intents) & {i for a in calculated for i in a.operands}
    ):
        # it names both operands itself ("what share of that were people?" after the entities: "that" is
        # one of them), not "that as a % of people checked" after the illegal entries
        return ALONE
    if len(set(named)) >= 2 and any(_declares(readers, a, op) for a in f.alone):
        return ALONE  # "entities per officer?": both named, a calculation the intents declare
    for claim in f.clause.analysis.claims:  # "the gap between that and the 2,229?": the figure quoted
        stating = {i for v, i in readers.figures if v == claim.value}
        if len(stating) == 1:
            named = list(dict.fromkeys([*named, *stating]))
    last = _figures_of(readers, f.previous.intents)
    if (
        op == "sum"
        and len(set(named)) == 1
        and named[0] in readers.calculator.members
        and last
        and not any(readers.calculator.whole_of(i) == named[0] for i in last)
    ):
        return (
            ALONE  # "and the total checked?" after the detections: the checks' own total, not added to them
        )
    recent = _figures_of(readers, f.previous.history)
    asked_yes_no = polar(f.clause.analysis) or tagged(f.clause.text) is not None  # "is that more than ...?"
    plain = not (asked_yes_no or f.clause.analysis.claims)  # "was it more than a million?" checks a claim
    # not "and weapons overall?" after the ammunition; "plus the clear websites, together?" (the cue kept)
    joined = op != "sum" or bool(_JOINED.search(f.fragment) or _JOINED.search(f.norm))
    parts = [i for i in recent if len(last) == 2 and readers.calculator.whole_of(i) == last[1]]
    size = _counted(f.fragment)
    shares = [i for i in recent if readers.calculator.whole_of(i)] if f.previous.operation == "share" else []
    wholes = {readers.calculator.whole_of(i) for i in shares[-size:]} if size else set()
    if (
        size
        and not named
        and op == "sum"
        and _SHARES.search(f.fragment)
        and len(shares) >= size
        and len(wholes) == 1
    ):
        # "sum of those three shares" after the shares of vehicles, parcels and premises: the three parts'
        # share of their whole
        operands = (*shares[-size:], *wholes)
        ask = Ask("share", f.clause.text, None, operands, score=1.0, analysis=f.clause.analysis)
        return [ask], "share of " + " + ".join(readers.intents[i].title for i in shares[-size:])
    # "all three together" after one figure, or after one and then two more asked at once
    if size and not named and op == "sum" and len(last) < size and len(recent) >= size:
        operands = tuple(recent[-size:])  # "all three added together" after three questions in turn
        ask = Ask(
            op, f.clause.text, None, operands, score=1.0, polar=asked_yes_no, analysis=f.clause.analysis
        )
        return [ask], "sum of " + " / ".join(readers.intents[i].title for i in operands)
    if (
        len(named) == 1
        and op == "sum"
        and re.search(r"\b(?:two|both)\b", f.fragment)
        and len(recent) >= 2
        and named[0] not in recent[-2:]
        and plain
    ):
        operands = (recent[-2], recent[-1], named[0])  # "add those two together and the parcels too"
    elif (
        len(named) == 1
        and op == "sum"
        and _EVERYTHING.search(f.fragment)
        and named[0] not in recent
        and plain
        and len(siblings := [i for i in recent if _siblings(readers, i, named[0])]) >= 2
    ):
        operands = (*siblings, named[0])  # "that all together with the vehicles" after premises, then parcels
    elif len(named) == 1 and len(last) == 1 and named[0] != last[0] and joined:
        operands = (last[0], named[0])
        if op == "share" and _OF_THAT.search(f.fragment):
            operands = (named[0], last[0])  # "forged documents as a % of that": of the figure just given
        elif _MORE_THAN_THAT.search(f.fragment) or (
            arithmetic.either_way(f.fragment) and not re.search(r"\bthan\b", f.fragment)
        ):
            # "were there more premises than that?" after the parcels, "and on marketplaces, more or less?"
            # after the dark web: the one named now first
            operands = (named[0], last[0])
    elif len(named) == 1 and len(last) >= 2 and named[0] not in last and op == "sum" and joined and plain:
        operands = (*last, named[0])  # "add premises to that" after people, vehicles and parcels summed
    elif (
        f.previous.operation == "share"
        and len(parts) >= 2
        and _BOTH.search(f.fragment)
        and (not named or (_PAIRED.search(f.norm) and all(n in readers.calculator.members for n in named)))
    ):
        # "the two combined?" after the shares of people, then vehicles ("those two categories": no whole)
        operands = (parts[-2], parts[-1])
    elif not named and op == "sum" and _EVERYTHING.search(f.norm) and not _PAIRED.search(f.norm):
        return None  # "everything combined?": every part asked lately (`_on_previous`), not the last two
    elif (
        len(named) == 1
        and len(last) == 2
        and named[0] in last
        and op in ("ratio", "difference")
        and plain
        and not re.search(r"\b(?:per|for each|for every|each)\b", f.fragment)  # "per officer?": the divisor
    ):
        # "how many times more on the clear websites?" after the dark web vs the clear websites: the one
        # named against the other of the pair
        operands = (named[0], next(i for i in last if i != named[0]))
    elif not named and len(last) == 2 and op != f.previous.operation and op != "share" and plain:
        operands = (last[0], last[1])  # "and as a ratio?" after the difference of the two
    elif (
        not named
        and len(last) == 1
        and len(recent) >= 2
        and _BOTH.search(f.fragment)
        and plain
        and (
            not readers.calculator.nested(recent[-2], recent[-1])
            or any(_siblings(readers, i, recent[-1]) for i in recent[:-1])
        )
    ):
        # "add those two together" after two questions in turn; the kilos of two drugs, not kilos and countries
        alike = readers.calculator.measure_alike
        # "difference between the two" after cocaine's share of the drugs, then the other drugs: the two parts
        earlier = next((i for i in reversed(recent[:-1]) if _siblings(readers, i, recent[-1])), None) or next(
            (i for i in reversed(recent[:-1]) if alike(i, recent[-1])), recent[-2]
        )
        operands = (earlier, recent[-1])
    elif (
        not named
        and len(last) == 1
        and len(recent) >= 2
        and op in ("ratio", "difference")
        and f.pronoun
        and plain
    ):
        operands = (recent[-1], recent[-2])  # "how many times more is that?" than the figure before
    elif (
        not named
        and op == "share"
        and len(last) == 1
        and f.pronoun
        and plain
        and (part := next((i for i in reversed(recent) if readers.calculator.whole_of(i) == last[0]), None))
    ):
        operands = (part, last[0])  # "out of how many, and what share is that?" after the 94: of the 120
    else:
        return None
    if op == "sum" and len(operands) == 2 and readers.calculator.nested(*operands):
        # "and the total?" after the cocaine's share of the drugs: the whole it is part of, not both added
        whole = operands[0] if readers.calculator.whole_of(operands[1]) == operands[0] else operands[1]
        ask = Ask("lookup", f.clause.text, whole, score=1.0, polar=asked_yes_no, analysis=f.clause.analysis)
        return [ask], readers.intents[whole].title
    if not readers.calculator.combines(op, operands):
        return None  # "the two drug figures" after the premises and the patrol: not those
    ask = Ask(op, f.clause.text, None, operands, score=1.0, polar=asked_yes_no, analysis=f.clause.analysis)
    asks = [ask]
    pieces = _THEN_WHAT.split(f.fragment)
    then = arithmetic.operation(pieces[-1]) if len(pieces) == 2 and len(operands) == 2 else None
    if (
        then not in (None, op)
        and arithmetic.operation(pieces[0]) == op
        and readers.calculator.combines(then, operands)
    ):
        asks.append(replace(ask, op=then))  # "whats the difference n whats both together": each asked
    return asks, " and ".join(
        f"{a.op} of " + " / ".join(readers.intents[i].title for i in operands) for a in asks
    )


_THEN_WHAT = re.compile(r",?\s+(?:and|n|&)\s+(?=(?:what|whats|how|and)\b)")


def _siblings(readers: Readers, one: str, other: str) -> bool:
    """Two parts of one whole: the parcels and the vehicles of the entities checked."""
    whole = readers.calculator.whole_of(one)
    return whole is not None and whole == readers.calculator.whole_of(other)


def _figures_of(readers: Readers, intents: tuple[str, ...]) -> list[str]:
    """The intents that give a figure to calculate with, each figure once: "which app was it?" answered
    beside the 94 on the app names the same figure, not a second operand."""
    seen: dict[str, str] = {}
    for i in intents:
        if readers.calculator.operand(i) is None:
            i = readers.part_stated.get(
                i, i
            )  # "which app?" answered "94 of the 120 …": for "total of those 2"
        if readers.calculator.operand(i) is not None:
            seen.setdefault(readers.intents[i].figure or i, i)
    return list(seen.values())


def _there_after_calculation(f: FollowUp) -> Resolution | None:
    """ "And in Serbia?" after a sum or a share: the statement gives no per-country figures for
    them either (rewriting the calculation with the country reads nothing)."""
    if not f.previous.operation or f.same_message or not f.countries or not f.country_only:
        return None
    wanted = (f.readers.intents[i].when_country for i in f.previous.intents if i in f.readers.intents.intents)
    per_country = next((w for w in wanted if w), None)
    if per_country is None:
        return None
    ask = Ask("lookup", f.clause.text, per_country, score=1.0, analysis=f.clause.analysis)
    return [ask], f"{f.readers.intents[per_country].title}: {', '.join(f.countries)}"


def _rank_all(f: FollowUp) -> Resolution | None:
    """ "Rank the four channels", "sort those categories biggest to smallest": the parts of the whole
    just answered (or that the last figure belongs to), largest first."""
    if not f.ranks_all or f.same_message:
        return None
    whole = _whole_given(f)
    if whole is None:
        return None
    ask = Ask("rank", f.clause.text, whole, score=1.0, analysis=f.clause.analysis)
    return [ask], f"{f.readers.intents[whole].title}, ranked"


def _other_extreme(f: FollowUp) -> Resolution | None:
    """ "And the smallest?" after the biggest number in the statement: of all its figures again."""
    extreme = re.fullmatch(
        r"(?:the )?(biggest|largest|highest|smallest|lowest|tiniest)(?: one)?", f.fragment.strip(" ?!.")
    )
    before = normalize(f.previous.clauses[-1]) if f.previous.clauses else ""
    if extreme is None or not EXTREME_FIGURE.search(before) or _OF_THAT.search(before):
        return None  # not "and the largest?" after "which of those was the smallest?": of those again
    text = f"the {extreme.group(1)} number in the statement"
    asks = f.readers.read(f.readers.clause(text))
    return (asks, text) if asks else None


def _what_that_was(f: FollowUp) -> Resolution | None:
    """ "What was that about?" after a figure: what that figure counts, in the whole it belongs to
    (the five targets: the cyber patrol's 120), not the overview of the operation."""
    if not _WHAT_THAT_WAS.fullmatch(f.fragment.strip(" ?!.")) or f.same_message:
        return None
    figures = [i for i in f.previous.intents if f.readers.calculator.operand(i) is not None]
    if len(figures) != 1:
        return None
    whole = f.readers.calculator.whole_of(figures[0]) or figures[0]
    ask = Ask("lookup", f.clause.text, whole, score=1.0, analysis=f.clause.analysis)
    return [ask], f.readers.intents[whole].title


_WHAT_THAT_WAS = re.compile(
    r"(?:(?:ok|so|and|wait|hm+) )*(?:what (?:was|is|s) (?:that|this|it) (?:about|for|from|all about)|"
    r"what (?:does|did) (?:that|it|this)(?: number| figure)? (?:mean|refer to|count|measure|cover)|"
    r"(?:wh?at|wut)(?: is| s|s| was) (?:that|it|this)(?: number| figure)? (?:counting|measuring|referring to)|"
    r"(?:that s|thats|its) about what)"
)


def _ranked_pick(f: FollowUp) -> Resolution | None:
    """ "What's the gap between the top two?", "sum of the two smallest?", "what percentage is the
    biggest one?" after a whole's parts: the parts picked by their rank, and the operation asked."""
    # "which … had the most?" picks only among what a complement left ("and of the rest, …")
    places = _places(f.fragment, most=f.previous.operation == "complement")
    if not places or f.same_message:
        return None
    readers, calculator = f.readers, f.readers.calculator
    whole = _whole_given(f)
    if whole is None:
        return None
    if [
        t
        for t in f.known
        if t not in _OPERATION_WORDS
        and t not in _QUOTING
        and t not in _RANK_WORDS
        and t not in _SHARE_VERBS
        # "and of the rest, which channel had the most?" after the targets less those on the app
        and not (f.previous.operation == "complement" and t in readers.words_of_parts(whole))
    ]:
        return None  # "the biggest drug seizure?" names its own topic
    whole = readers.whole_by_relation(f.clause.analysis, whole)
    if _ORDERED_ALL.search(f.fragment):
        return None  # "rank them from largest to smallest" ranks them all (_rank_all)
    members = sorted(calculator.members[whole], key=lambda m: -calculator.operand(m).value)  # type: ignore[union-attr]
    if f.previous.operation == "complement":
        members = [m for m in members if m not in f.previous.intents]  # of the entities other than people
    picked = list(dict.fromkeys(members[p] for p in places if -len(members) <= p < len(members)))
    op = arithmetic.operation(f.fragment) or ("share" if PERCENT.search(f.fragment) else None)
    if op is None and len(places) >= 2 and f.previous.operation in _KEPT:
        op = f.previous.operation  # "no, I meant between the top and the bottom" after a difference
    if op is None and len(places) == 1 and f.cued and f.previous.operation == "share":
        op = "share"  # "and the second largest?" after the share of the smallest: its share
    asked_yes_no = polar(f.clause.analysis) or tagged(f.clause.text) is not None
    if len(picked) == 1 and op is None and places[0] in (0, -1) and f.previous.operation != "complement":
        # "which was the biggest?": it and the rest after it; "what share is that?" then means the part
        ask = Ask(
            "rank",
            f.clause.text,
            whole,
            tuple(picked[:1]),
            score=1.0,
            polar=asked_yes_no,
            analysis=f.clause.analysis,
        )
        return [ask], f"{readers.intents[whole].title}, ranked"
    if len(picked) == 1 and op in (None, "share"):
        operands: tuple[str, ...] = (picked[0], whole) if op else ()
        ask = Ask(
            op or "lookup",
            f.clause.text,
            None if op else picked[0],
            operands,
            score=1.0,
            analysis=f.clause.analysis,
        )
    elif len(picked) >= 2 and (op == "share" or (op == "sum" and PERCENT.search(f.fragment))):
        # "what share do the bottom two make up together?": the whole less its parts not picked
        titles = " and ".join(readers.intents[i].title for i in picked)
        return [_kept_to(f, whole, picked)], f"share of {titles} in {readers.intents[whole].title}"
    elif len(picked) >= 2 and op in ("difference", "ratio", "sum"):
        ask = Ask(
            op,
            f.clause.text,
            None,
            tuple(picked[:2] if op != "sum" else picked),
            score=1.0,
            polar=asked_yes_no,
            analysis=f.clause.analysis,
        )
    else:
        return None
    titles = " / ".join(readers.intents[i].title for i in (ask.operands or (ask.intent or "",)))
    return [ask], f"{ask.op} of {titles}"


_NON_EU = re.compile(r"\b(?:non ?eu|outside (?:of )?(?:the )?eu|not in the eu|not eu)\b")
_GROUP_NAMED = re.compile(r"\b(?:non ?eu|outside (?:of )?(?:the )?eu|not in the eu|not eu|eu)\b")
_EXCLUDING = re.compile(
    r"\b(?:excluding|exclude|except|other than|apart from|besides|without|minus|not counting|leaving out|and not|nor"
    r"|(?:also |too )?(?:drop|dropping|remove|removing|take out|taking out)(?= \w))\b"  # "and if I also drop vehicles?"
)
_EXCLUDING_THOSE = re.compile(
    r"\b(?:excluding|exclude|except(?: for)?|other than|apart from|besides|without|not counting|leaving out|"
    r"take away|taking away|leave out|leaving aside|setting aside|put aside) (?:those|these|them|that|this|it|that one|those ones)\b"
    # not "other than those on the messaging app": "those" named by what follows, not the last answer
    r"(?! (?:on|in|at|from|of|that|which|who|with|under|listed|named|checked|seized|found)\b)"
    r"|\b(?:leaving|leave|taking|take) (?:those|these|them|that|it) (?:out|away|aside)\b"
    r"|\b(?:putting|put|setting|set) (?:those|these|them|that|it) aside\b"  # "put it out" publishes
)
_WHO = re.compile(r"(?:and\s+)?(?:who|whom|whose)\b")
_HOW_MUCH = re.compile(r"(?:how many|how much)\b")
_LEFT_OUT = re.compile(
    r"\b(?:not|wasnt|werent|isnt|arent|except|excluding|other than|apart from|besides|without)\b"
    r"|\bnon\b(?! ?(?:eu|european|member|members)\b)"  # "the non car ones", not the non-EU countries
)
_OUT_OF = re.compile(
    r"^(?:(?:and|so|ok|but)\s+)*(?:out )?of how many\b|\bout of how many\b|^(?:and )?out of what\b"
)
_ADDS_UP = re.compile(
    r"\b(?:add up|adds up|added up|sum up|sums up|tally|tallies|come to|comes to|"
    r"match(?:es)? (?:the |their |its )?(?:stated |given |official |reported |overall )?total)\b"
)
_ORDERED_ALL = re.compile(r"\b(?:rank|ranking|ranked|order|ordered|sort|sorted|from \w+ to)\b")
_RANK_WORDS = frozenset(
    Analyzer.stem(w)
    for w in ("top", "bottom", "first", "second", "third", "fourth", "last", "largest", "biggest", "smallest",
              "lowest", "highest", "one", "ones", "two", "three", "category", "categories", "group", "much", "bigger",
              "smaller", "larger", "percentage", "share", "gap", "2nd", "3rd", "4th", "1st", "rest", "remaining",
              "others", "channel", "channels", "platform", "platforms", "place", "places", "kind", "type")
)  # fmt: skip
_ORDINAL = {
    "top": 0, "first": 0, "1st": 0, "largest": 0, "biggest": 0, "highest": 0,
    "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3, "4th": 3,
    "bottom": -1, "last": -1, "smallest": -1, "lowest": -1,
}  # fmt: skip
_GROUP = re.compile(
    r"\b(?:(top|first|largest|biggest|highest) (two|three)|(two|three) (largest|biggest|highest)"
    r"|(bottom|last|smallest|lowest) (two|three)|(two|three) (smallest|lowest))\b"
)


def _places(fragment: str, most: bool = False) -> list[int]:
    """The ranks a follow-up picks, 0 the largest and -1 the smallest: "the top two" [0, 1], "the
    top and the bottom" [0, -1], "the 2nd and 3rd" [1, 2], "the two smallest" [-2, -1]; with `most`,
    "which had the most?" [0] too."""
    group = _GROUP.search(fragment)
    if group:
        count = 2 if "two" in group.group(0) else 3
        top = any(w in group.group(0) for w in ("top", "first", "largest", "biggest", "highest"))
        return list(range(count)) if top else list(range(-count, 0))
    counted = _COUNTED_RANK.search(fragment)
    if counted:  # "the second smallest": one place, counted from the bottom
        n = _ORDINAL[counted.group(1)]
        return [-(n + 1)] if counted.group(2) in ("smallest", "lowest", "least", "last", "fewest") else [n]
    ordinals = [_ORDINAL[w] for w in fragment.split() if w in _ORDINAL]
    if ordinals or not most or not _WHICH_ONE.search(fragment):
        return ordinals  # (not "that's the fewest then, right?": a claim, checked)
    # "which channel had the most?", "…the fewest?": the top or the bottom one
    return [0 if w == "most" else -1 for w in re.findall(r"\bthe (most|fewest|least)\b", fragment)]


_WHICH_ONE = re.compile(r"\b(?:which|what|where)\b")


_COUNTED_RANK = re.compile(
    r"\b(second|2nd|third|3rd|fourth|4th)\s+(smallest|lowest|least|last|fewest|largest|biggest|highest|most)\b"
)


_COUNT_ASKED = re.compile(r"\bhow (?:many|much)\b|\bin total\b|\ball together\b|\baltogether\b")


def _group_swapped(f: FollowUp) -> Resolution | None:
    """ "Sorry, the non-EU ones" after "which of them start with S?": the same letter, the other group."""
    if (
        not (f.correction or f.cued or _OF_THOSE.search(f.fragment))  # "which of those are in the EU?"
        or not _GROUP_NAMED.search(f.fragment)
        or not f.previous.clauses
        or _COUNT_ASKED.search(f.norm)  # "how many is that all together, the non-EU ones?": a count
    ):
        return None
    readers = f.readers
    if not any(
        i in readers.intents.intents and readers.intents[i].slot == "letter" for i in f.previous.intents
    ):
        return None
    letter = _LETTER_ASKED.search(normalize(f.previous.clauses[-1]))
    own = f.clause.analysis.letter  # "and EU ones with S?" after M: its own letter
    if letter is None and not own:
        return None
    group = "EU" if re.search(r"\beu\b", f.fragment) and not _NON_EU.search(f.fragment) else "non-EU"
    text = f"which {group} countries start with {(own or letter.group(2)).upper()}"
    asks = readers.read(readers.clause(text))
    return (asks, text) if asks else None


def _other_side(f: FollowUp) -> Resolution | None:
    """ "And inside?" after the countries outside the EU, "and the non-EU ones?" after the EU's: the
    question before, asked of the other group."""
    fragment = f.fragment.strip(" ?!.")
    inside, outside = _INSIDE.fullmatch(fragment), _OUTSIDE.fullmatch(fragment)
    if not (inside or outside) or not f.previous.clauses or f.same_message:
        return None
    before = normalize(f.previous.clauses[-1])
    if inside and _NON_EU_PHRASE.search(before):
        # "how many non-EU countries", "how many countries non-EU": the EU ones, not how many the EU has
        text = re.sub(rf"({_GROUP_NOUN}) {_NON_EU_PHRASE.pattern}", r"eu \1", before, count=1)
        if text == before:
            after_noun = re.search(rf"{_NON_EU_PHRASE.pattern} {_GROUP_NOUN}", before)
            text = _NON_EU_PHRASE.sub("eu" if after_noun else "in the eu", before)
    elif outside and re.search(r"\beu\b", before) and not _NON_EU_PHRASE.search(before):
        text = re.sub(r"\b(?:in |inside |within )?(?:the )?eu\b", "outside the eu", before, count=1)
    else:
        return None
    asks = f.readers.read(f.readers.clause(text))
    if asks and all(_kind(f.readers, a) == "out_of_scope" for a in asks):
        text = f"{text} in the operation"  # "how many eu countries are in total": of the operation's
        asks = f.readers.read(f.readers.clause(text))
    return (asks, text) if asks else None


_INSIDE = re.compile(
    r"(?:the )?(?:inside|within|in the eu|inside the eu|within the eu|eu|eu ones|eu members|eu countries|"
    r"eu member states|member states|members|the members)(?: ones| then| too)?"
)
_OUTSIDE = re.compile(
    r"(?:the )?(?:outside|outside the eu|outside of the eu|non eu|non eu ones|non eu countries|non members|"
    r"not in the eu|the rest of them)(?: ones| then| too)?"
)
_GROUP_NOUN = r"\b(?:countries|country|ones|states|members|nations|side|group|list)"
_NON_EU_PHRASE = re.compile(r"\b(?:from )?(?:outside (?:of )?(?:the )?eu|non eu|not (?:in )?(?:the )?eu)\b")


def _excluding_more(f: FollowUp) -> Resolution | None:
    """ "And excluding vehicles too?" after the entities other than people: both left out; "and
    everything that wasn't a person?" after the entities: the whole less the part named."""
    complement = f.previous.operation == "complement"
    those = _EXCLUDING_THOSE.search(f.fragment)
    # (after a complement, "of those, how many weren't vehicles?" leaves one more out of what was left)
    left_of_left = complement and bool(_OF_WHAT_LEFT.search(f.norm) and _LEFT_OUT.search(f.norm))
    if not those and not (
        (_EXCLUDING.search(f.fragment) or left_of_left) if complement else _LEFT_OUT.search(f.fragment)
    ):
        return None
    if not complement and not those and _JUST.search(f.fragment):
        return None  # "only persons, not the total": that part alone, nothing left out
    asking = "?" in f.clause.text or WH_WORDS & set(f.norm.split()) or f.cued or f.same_message
    if not complement and not those and not asking:
        return None  # "ok thanks, I'll tell him it probably wasn't personal": no question at all
    if not complement and not those and any(a.op == "complement" and a.operands for a in f.alone):
        return ALONE  # "and targets other than those on marketplaces and the app?": it names what is left out
    readers, calculator = f.readers, f.readers.calculator
    parts = [i for i in f.previous.intents if calculator.whole_of(i)]
    size = 2 if _PAIRED.search(f.norm) else _counted(f.fragment)
    if (
        those and parts and len(parts) < size
    ):  # "excluding those two" after the people's share, then vehicles'
        whole = calculator.whole_of(parts[0])
        given = [i for i in (*f.previous.history, *f.previous.intents) if calculator.whole_of(i) == whole]
        parts = list(dict.fromkeys(reversed(given)))[:size][::-1]
    if not complement and parts and those:
        # "excluding those, how many are left?" after the 94 on a messaging app: the whole less them
        whole = calculator.whole_of(parts[0])
        members = calculator.members.get(whole or "", [])
        if (
            whole is not None
            and all(calculator.whole_of(i) == whole for i in parts)
            and len(parts) < len(members)
        ):
            ask = Ask("complement", f.clause.text, whole, tuple(parts), score=1.0, analysis=f.clause.analysis)
            return [ask], f"{readers.intents[whole].title} other than " + " and ".join(
                readers.intents[i].title for i in parts
            )
    if complement:
        whole = next((calculator.whole_of(i) for i in f.previous.intents if calculator.whole_of(i)), None)
    elif _WH.match(f.fragment) or any(a.op not in ("lookup", "complement") for a in f.alone):
        return None  # "which of those are not in the EU?" asks for names; a calculation says its own
    else:
        whole = _whole_given(f)
        if whole is not None and readers.lists_countries(whole):
            return None
    # what is left out is named after the word that leaves it out: "the other drugs, the not cocaine
    # ones" leaves out the cocaine, not the other drugs
    cut = _EXCLUDING.search(f.fragment) or _LEFT_OUT.search(f.fragment)
    rest = _LEFT_OUT.sub(" ", _EXCLUDING.sub(" ", f.fragment[cut.start() if cut else 0 :]))
    rest = _AS_WELL_END.sub("", rest)  # "and excluding people too?": people, also left out
    named = (readers.figure_intent(p) for p in arithmetic.operand_phrases(rest))
    more = [
        n
        for n in named
        if n
        and calculator.whole_of(n) == whole
        and not (complement and n in f.previous.intents and not f.correction)
    ]
    if whole is None or not more:
        return None
    # ("no wait i meant whats left after taking out the dark web ones": the dark web instead, not as well)
    before = (
        [i for i in f.previous.intents if calculator.whole_of(i) == whole]
        if complement and not f.correction
        else []
    )
    left_out = tuple(dict.fromkeys((*before, *more)))  # not "targets not on the app", no part of the whole
    ask = Ask("complement", f.clause.text, whole, left_out, score=1.0, analysis=f.clause.analysis)
    return [ask], f"{readers.intents[whole].title} other than " + " and ".join(
        readers.intents[i].title for i in left_out
    )


def _added_up(f: FollowUp) -> Resolution | None:
    """ "Do those four add up to it?", "does the breakdown add up?" after a whole and its parts."""
    if not _ADDS_UP.search(f.fragment) or PAIR.search(f.fragment):
        return None
    if f.same_message and not f.pronoun:
        return None  # "the four platform counts, do they add up to 120?": "they" is the part before
    if _LEFT_OUT.search(f.fragment):
        return None  # "everything that wasn't a person, added up?": a complement
    whole = _whole_given(f)
    if whole is None:
        return None
    calculator = f.readers.calculator
    own = {calculator.whole_of(i) or i for a in f.alone for i in (a.operands or (a.intent,)) if i}
    if own and whole not in own and f.best_alone >= f.readers.settings.confident:
        return None  # "and do the four platform figures add up to 120?" after the checks: the targets'
    if 0 < _counted(f.fragment) < len(f.readers.calculator.members.get(whole, ())):
        return None  # "the three added up?" after three of the four parts: those three (`_with_last`)
    named = [
        a for a in f.alone if a.op == "sum" and 2 <= len(a.operands) < len(calculator.members.get(whole, ()))
    ]
    if named and not f.pronoun:
        return None  # "what do parcels and premises add up to together": the two named, added up
    # "sum them — does it match the stated total?": the yes or no asked beside it
    checked = any(polar(f.readers.clause(p).analysis) for p in asides(f.clause.text)[1:])
    asks = f.readers.sum_of_parts(f.clause, whole, checked)
    return asks, f"parts of {f.readers.intents[whole].title}, added up"


def _total_of_rest(f: FollowUp) -> Resolution | None:
    """ "total of those?" after "and the rest, what are they?": the parts left, added up again (the
    whole less what was left out), not "the rest" of some other whole."""
    if f.previous.operation != "complement" or f.same_message or not _TOTAL_OF_THOSE.fullmatch(f.norm):
        return None
    calculator = f.readers.calculator
    left_out = tuple(i for i in f.previous.intents if calculator.whole_of(i) is not None)
    wholes = {calculator.whole_of(i) for i in left_out}
    if len(wholes) != 1:
        return None
    whole = wholes.pop()
    assert whole is not None
    ask = Ask("complement", f.clause.text, whole, left_out, score=1.0, analysis=f.clause.analysis)
    return [ask], f"{f.readers.intents[whole].title} other than " + " and ".join(
        f.readers.intents[i].title for i in left_out
    )


_TOTAL_OF_THOSE = re.compile(
    r"(?:(?:and|so|ok|okay) )*(?:(?:what s |whats |what is )?the )?(?:total|sum|number|count) (?:of )?(?:those|them|these|the rest|that)"
    r"(?: (?:then|together|combined|again))?|(?:(?:and|so) )?how many (?:is|are) (?:those|they|that) (?:together|combined|in total|altogether)"
)


_ASKED_WHOLE = re.compile(
    r"^(?:and |so |ok |okay |but )?(?:did|do|does|were|was) (?:they|police|officers|europol|the police|investigators) \w+"
)
_TOPIC_SWITCH = re.compile(r"^(?:and |so |ok |okay |but )?(?:what|how) about\b")


def _share_that_of(f: FollowUp) -> Resolution | None:
    """ "What share of the itemised drugs is that?" after the cocaine: the one figure just given, as a
    share of the whole the question names (read as if it named the figure itself)."""
    match = _SHARE_THAT_OF.search(f.norm)
    if match is None or f.same_message:
        return None
    calculator = f.readers.calculator
    previous = [i for i in f.previous.intents if calculator.operand(i) is not None]
    if len(previous) != 1:
        return None
    text = f"{f.norm[: match.start(2)]}{in_sentence(f.readers.intents[previous[0]].title)}?"
    asks = f.readers.read(f.readers.clause(text))
    return (asks, text) if asks else None


_SHARE_THAT_OF = re.compile(
    r"\b(?:what|which|how big an?|how large an?) (?:share|percentage|percent|proportion|part|fraction) of (.+?) "
    r"(?:is|was|are|were) (that|this|it|those|these)\W*$"
)


def _out_of(f: FollowUp) -> Resolution | None:
    """ "Out of how many?" after a part (the dark web's 5): the whole it is part of (the 120 targets)."""
    if not _OUT_OF.search(f.fragment):
        return None
    whole = next((w for i in f.previous.intents if (w := f.readers.calculator.whole_of(i))), None)
    if whole is None:
        return None
    ask = Ask("lookup", f.clause.text, whole, score=1.0, analysis=f.clause.analysis)
    return [ask], f"{f.readers.intents[whole].title}, the whole"


def _all_of(f: FollowUp) -> Resolution | None:
    """ "Were they all on the dark web?" after the targets: No, and the parts of the whole."""
    asked_yes_no = polar(f.clause.analysis) or tagged(f.clause.text) is not None
    if not asked_yes_no or not ALL_OF.search(f.fragment) or f.same_message:
        return None
    whole = _whole_given(f)
    one = _ONE_PART.search(f.fragment)  # "were they all on one app?": one part, whichever
    if whole is None or (f.readers.part_named(f.clause.analysis, whole) is None and not one):
        return None
    ask = Ask("rank", f.clause.text, whole, score=1.0, polar=True, analysis=f.clause.analysis)
    return [ask], f"{f.readers.intents[whole].title}: all in one part?"


def _says_what_it_asks(f: FollowUp) -> Resolution | None:
    """ "And was Greece actually part of it?", "and Eurojust was one of the partners, yes?": a cued
    question read with confidence says what it asks; the context only fills what it leaves open."""
    confident = f.best_alone >= f.readers.settings.confident and not f.alone_kinds & set(_QUIET)
    confident = confident and not _REST.search(f.norm)  # "and the rest of the 120?": of what came before
    confident = confident and not _EACH_OF_THEM.search(f.norm)  # "… how many ppl each?": per the last one
    # "and how many of those used forged documents?" after the illegal entries: a part of those, asked (not
    # "how many of those were on marketplaces?" after the targets: one of the parts of the whole just given)
    confident = confident and not (_PARTITIVE.search(f.fragment) and not _part_of_given(f))
    # "and for the non-EU ones?" after officers per country: the calculation again, with the new figure
    redo = f.previous.operation in _KEPT and len(f.fragment.split()) <= 5
    confident = confident and not (
        redo
        and f.alone
        and all(a.intent and f.readers.calculator.operand(a.intent) is not None for a in f.alone)
    )
    if f.cued and not f.correction and f.known and confident and not f.country_only:
        if len(f.alone) > 1 or len(f.fragment.split()) > 2:
            return ALONE
        bare = f.readers.rank(
            f.readers.analyzer.analyze(f.fragment), limit=1
        )  # "and bullets??": not "weapons and ammo"
        if [s.intent for s in bare] == [a.intent for a in f.alone]:
            return ALONE
    if (
        f.cued
        and not f.correction
        and f.alone
        and all(a.op != "lookup" and len(a.operands) >= 2 for a in f.alone)
    ):
        return ALONE  # "ok and how many people were checked per officer?": a calculation with both operands
    return None


def _part_as_whole(f: FollowUp) -> Resolution | None:
    """ "Is that the whole drugs haul?" after the cocaine: the part just given asked as all of its
    whole (No, and the whole)."""
    if not _PART_AS_WHOLE.match(f.norm):
        return None
    readers, calculator = f.readers, f.readers.calculator
    given = [i for i in f.previous.intents if i in readers.intents.intents and readers.intents[i].figure]
    parts = [i for i in given if calculator.whole_of(i) is not None]
    if len(parts) == 1:
        whole = calculator.whole_of(parts[0])
        if f.alone and f.content and not any(a.intent == whole for a in f.alone):
            return None  # "is that the whole list of countries?" after the cocaine: another thing
        asked = parts[0]
    elif len(given) == 1 and _asks_only_the_whole(f):
        asked = given[0]  # "is that the full number?" after the entities: that figure, a whole itself
    else:
        return None
    return [
        Ask("lookup", f.clause.text, asked, score=1.0, polar=True, analysis=f.clause.analysis)
    ], f.clause.text


def _asks_only_the_whole(f: FollowUp) -> bool:
    """Whether the clause's words are only an operation's and "whole", "total", "full"…: nothing of its own."""
    return not [t for t in f.content if t not in _OPERATION_WORDS and t not in _ALL_OF_IT]


_ALL_OF_IT = frozenset(Analyzer.stem(w) for w in ("whole", "entire", "full", "complete", "total", "really"))
_PART_AS_WHOLE = re.compile(
    r"^(?:(?:so|and|but|ok|okay|wait|hmm|right)\s+)*(?:is|was|are|were) (?:that|this|it|those|these|they) "
    r"(?:really )?(?:the )?(?:whole|entire|full|complete|total)\b"
)


def _total_after_per_country(f: FollowUp) -> Resolution | None:
    """ "How many officers did each country send?" (not given) then "then what's the total?": the
    operation's total of the figure asked per country, which the statement does give."""
    readers = f.readers
    if (
        readers.per_country_intent is None
        or tuple(f.previous.intents) != (readers.per_country_intent,)
        or not _OVERALL.search(f.norm)
        or f.countries
        or not _asks_only_the_whole(f)
    ):
        return None
    asked = _PER_COUNTRY_WORDS.sub(" ", normalize(f.previous.clauses[-1]))
    if readers.analyzer.analyze(asked).countries:
        return None  # "… checked in Bulgaria" then "and in all countries together?": a later stage's
    asks = readers.read(readers.clause(asked))
    if (
        len(asks) != 1
        or asks[0].op != "lookup"
        or asks[0].intent == readers.per_country_intent
        or not readers.intents[asks[0].intent or ""].figure
    ):
        return None
    return asks, asked


_PER_COUNTRY_WORDS = re.compile(
    r"\b(?:(?:did|does|do) )?(?:each|every|per|by|in each|from each|for each) (?:country|nation|state|participating country)\b"
)


def _each_group(f: FollowUp) -> Resolution | None:
    """ "and how many were in each group?" after a share or count of the countries: the EU and the
    non-EU countries, each counted."""
    readers = f.readers
    if readers.every_country is None or not EACH_GROUP.search(f.norm) or f.countries:
        return None
    if not any(i in readers.intents.intents and readers.lists_countries(i) for i in f.previous.intents):
        return None
    ask = Ask("lookup", f.clause.text, readers.every_country, score=1.0, analysis=f.clause.analysis)
    return [ask], readers.intents[readers.every_country].title


def _part_of_given(f: FollowUp) -> bool:
    """Whether what the clause reads alone is a part of a whole the last answer gave as a whole (the targets,
    not the illegal entries, which are themselves a part of the detections)."""
    calculator = f.readers.calculator
    given = set()
    for i in f.previous.intents:
        if i not in f.readers.intents.intents or calculator.whole_of(i) is not None:
            continue
        whole = f.readers.whole_answered(i)
        if whole is not None:
            given.add(whole)
    return any(a.intent and calculator.whole_of(a.intent) in given for a in f.alone)


def _about_the_source(f: FollowUp) -> Resolution | None:
    """ "Whose figures are these?", "give me an overview": about the source, not the figures given."""
    topic = next((i for i in reversed(f.previous.intents) if i in f.readers.intents.intents), None)
    if (
        f.alone
        and all(a.op == "quote" for a in f.alone)
        and f.content
        and set(f.content) <= _GENERIC_QUOTED
        and topic is not None
        and f.readers.intents[topic].kind not in _QUIET
    ):
        # "quote me the breakdown" after the targets: the words behind what was just answered
        return [Ask("quote", f.clause.text, topic, score=1.0, analysis=f.clause.analysis)], f.clause.text
    if any(a.op in ("quote", "attribution", "overview", "complement", "rank") for a in f.alone):
        return ALONE
    return None


# what a quote asked for may name without naming a topic: "quote me the breakdown", "the exact figures"
_GENERIC_QUOTED = frozenset(
    Analyzer.stem(w)
    for w in (
        "breakdown",
        "split",
        "figures",
        "numbers",
        "details",
        "list",
        "sentence",
        "line",
        "part",
        "bit",
    )
)


def _sourced(f: FollowUp) -> Resolution | None:
    """ "How many illegal entries were detected, and whose figure is that?": the source's words behind
    the answer just given, not the statement's first sentence."""
    alone, readers = f.alone, f.readers
    by_source = set(f.agencies) <= {readers.source_agency}  # "what wording did Europol use?": its own words
    # "what's the exact phrase then?": the words asked for, of nothing named (the quote reader leaves it)
    bare = (
        # "I need the exact quote." is no call for help; "…, and what exact wording did Europol use?" names
        # no topic the quote could be of
        all(
            _kind(readers, a) in _QUIET or (a.op == "quote" and a.score < readers.settings.threshold)
            for a in alone
        )
        # "how many officers? need the exact wording for the quote" asks the figure ("… I need the
        # exact quote." asks the quote)
        and not (f.same_message and _FOR_A_QUOTE.search(f.norm))
        and readers.quote_words.search(f.norm)
        and not NUMBER_ASKED.search(f.norm)  # "need the exact number for the quote": the number
        and not [
            t
            for t in f.known
            if t not in _QUOTING and t not in _WORDING_VERBS and not (t == "@agency" and by_source)
        ]
    )
    # "source for all of these?": the source asked of what was just answered
    source = (
        len(alone) == 1
        and alone[0].intent == readers.source_intent
        and (alone[0].op in ("quote", "attribution") or bool(_SOURCE_WORD.search(f.norm)))
    )
    if not bare and (not REFERS.search(f.fragment) or not source):
        return None
    topic = next((i for i in reversed(f.previous.intents) if i in readers.intents.intents), None)
    if topic is None or readers.intents[topic].kind in _QUIET:
        return None
    quiet = not alone or bare
    ask = Ask("quote", f.clause.text, None, score=1.0, analysis=f.clause.analysis) if quiet else alone[0]
    if ask.op not in ("quote", "attribution"):
        ask = replace(ask, op="attribution")
    return [replace(ask, intent=topic)], f"{ask.clause} ({readers.intents[topic].title})"


def _count_of_list(f: FollowUp) -> Resolution | None:
    """ "how many is that?" after the partner agencies: the list just given, whose answer counts it (the
    three partners, not every agency of the operation)."""
    if not _BARE_COUNT.match(f.fragment) or len(f.previous.intents) != 1:
        return None
    readers = f.readers
    intent = readers.intents.intents.get(f.previous.intents[0])
    if intent is None or intent.kind != "list":
        return None
    derived = (readers.store.derived.get(r) for r in references(intent.answer or ""))
    if not any(d is not None and d.operation == "count" for d in derived):
        return None
    ask = Ask("lookup", f.clause.text, intent.intent, score=1.0, analysis=f.clause.analysis)
    return [ask], f"how many {intent.title.lower()}"


_BARE_COUNT = re.compile(
    r"^(?:so |and |ok |okay )*how many (?:is|are|was|were) (?:that|those|these|they|there|it)"
    r"(?: then)?$"
)


def _linked_back(f: FollowUp) -> Resolution | None:
    """ "Were they all from the dark web?" after the guns: a finding tied to a place through the pronoun,
    which the statement never does (not the dark web's own 5 targets)."""
    readers = f.readers
    if readers.linked(f.clause):
        return None  # ties the finding itself: read alone
    texts = [t for group in _candidates(f, readers) for t in group] if f.pronoun else []
    # "did they all come from marketplaces?" after "and guns?": "they" are the guns ("did they" is no
    # pronoun the other stages follow, since it usually means the police)
    if _THEY.search(f.fragment):
        for intent_id in f.previous.intents:
            intent = readers.intents.intents.get(intent_id)
            fact = readers.store.facts.get(intent.figure or "") if intent else None
            if isinstance(fact, Figure) and fact.unit.split():  # "pieces of various weapons": the weapons
                texts.append(_THEY.sub(fact.unit.split()[-1], f.fragment, count=1))
    for text in texts:
        if any(text.lower().startswith(c.lower().rstrip("?")) for c in f.previous.clauses):
            continue  # the earlier question with the new words added: its own tie, not the new one's
        # "n guns?" put in for "they": the phone "and" is the earlier turn's cue, not a second thing
        text = " ".join(w for w in text.split() if w.lower() != "n")
        if not readers.may_link(normalize(text)):
            continue  # no finding and place both named: nothing to tie, not worth reading
        asks = readers.linked(readers.clause(text))
        if asks:
            return asks, text
    return None


_THEY = re.compile(r"\b(?:they|them|those|these)\b")
_OWN_QUESTION_SLACK = 0.06
_NAMED_BEHIND = 0.4  # a figure read this far behind what a question asked is not what it named
_THOSE_NUMBERS = re.compile(
    r"\b(?:those|these|the) (?:two|three|four|five|\d) (?:numbers|figures|counts|values)\b"
)
_MOST_IN_SITU = re.compile(
    r"^(?:so |and |ok )?most (?:of them |of those )?(?:were|was) (?:on|in|at|from) (?:what|where|which)$"
)
_MOST_BARE = re.compile(r"^((?:so |and |ok )?(?:where|what|which) (?:were|was|had|did) (?:the )?most)$")
_PARTITIVE = re.compile(
    r"^(?:(?:and|so|ok|okay|but|uh|um)\s+)*how many (?:of|among|out of) (?:those|them|these|em)\b"
)


def _own_question(f: FollowUp) -> bool:
    """A whole question of its own: six words or more, asking with a wh-word or as a yes/no question."""
    return len(f.fragment.split()) >= 6 and bool(
        WH_WORDS & set(f.fragment.split()) or polar(f.clause.analysis)
    )


_HOW_MANY_NOUN = re.compile(r"how many (\w+)\b")
_SUBJECT_IT = re.compile(
    r"\b(?:did|does|do|has|have|had|could|can) (?:it|they)\b"
)  # "did it find": the finder
_IN_THE_OPERATION_IT = re.compile(
    r"\b(?:(?:take|took|taking|takes|taken) part|participat\w*|involved|in on) in (?:it|this)$"
)


def _rewritten(f: FollowUp) -> Resolution | None:
    """The follow-up rewritten with the words before it (the earlier question with the new topic,
    the pronoun replaced by what it points at, the earlier question plus the new words), when a
    rewriting reads better than the clause alone."""
    readers, alone = f.readers, f.alone
    analysis = f.clause.analysis
    if (
        alone
        and not f.pronoun
        and not _POINTING_WORD.search(f.fragment)
        and all(a.op in ("ratio", "difference") and len(a.operands) >= 2 for a in alone)
    ):
        return ALONE  # "and how many people for each officer?": both figures named, a calculation of its own
    if not (
        alone or f.topics or f.pronoun or f.countries or f.agencies or analysis.claims or f.operates
    ) and not (WH_WORDS & set(f.fragment.split()) or polar(analysis) or f.cued):  # not "ok so where then"
        return ALONE  # "lmaooo ok ✌️": a reaction with no word of its own, not the last question again
    if (
        _reaction(readers.intents.vocabulary.reaction).match(f.norm)
        and "?" not in f.clause.text
        and not WH_WORDS & set(f.norm.split())
        and not analysis.claims  # "nah thats fake, its like 2 million right": a figure put after it, checked
    ):
        return ALONE  # "thats nothing lmao", "wow that's a lot": said of the answer, not asking it again
    if (
        analysis.claims
        and f.cued  # "And 11 on social media?"; not "Someone else counted 17. Why the difference?"
        and f.topics
        and not f.pronoun
        and not WH_WORDS & set(f.fragment.split())
        and f.best_alone >= readers.settings.threshold
        and any(a.polar for a in alone)
        and not _OF_THE_FIGURE.search(f.norm)  # "and the full breakdown of all 120?" names the whole asked
    ):
        return ALONE  # "And 11 on social media?" after where the targets were: a figure of its own to check
    pointing = re.search(r"\b(?:them|they|it|those|these|that|this|there)\b", f.fragment)
    if not (alone or f.pronoun or pointing or f.countries or f.agencies or f.operates) and _only_quiet_words(
        f
    ):
        return ALONE  # "forget it, what's bitcoin trading at?": words of what the statement does not cover
    if (
        alone
        and all(_kind(readers, a) == "out_of_scope" for a in alone)
        and f.best_alone >= readers.settings.threshold
        and not (f.countries or f.agencies or f.operates)
        and _only_quiet_words(f)
    ):
        return ALONE  # "is it nice to visit in autumn?" after the centre: off topic, whatever "it" is
    if (
        len(alone) == 1
        and alone[0].op == "lookup"
        and _TOPIC_SWITCH.match(f.norm)
        and f.best_alone >= readers.settings.confident
        and not (f.countries or f.agencies or f.pronoun)
        and alone[0].intent in readers.intents.intents
        and readers.intents[alone[0].intent or ""].kind in ("fact", "derived", "list")
    ):
        return ALONE  # "and what about detections?": a figure of its own, named in full
    if (
        len(alone) == 1
        and alone[0].op == "lookup"
        and polar(analysis)
        and _ASKED_WHOLE.match(f.fragment)
        and f.best_alone >= readers.settings.threshold
        and not (f.countries or f.agencies or f.pronoun or analysis.claims)
        and alone[0].intent in readers.intents.intents
        and readers.intents[alone[0].intent or ""].kind in ("fact", "derived")
    ):
        return ALONE  # "and did they find any forged documents?": whole, with its own verb and subject
    if (
        f.countries
        and _HOW_MUCH.search(f.fragment)
        and not f.operates
        and arithmetic.operation(f.fragment) is None  # not "how many that makes together with Serbia?"
        and not _EXCLUDING.search(f.fragment)  # nor "how many are they without Greece?": the rest
        and alone
        and all(_kind(readers, a) == "not_reported" for a in alone)
        and f.best_alone >= readers.settings.threshold
    ):
        return (
            ALONE  # "of those, how many came from Greece?" after the services: a per-country count, not given
        )
    counted = _HOW_MANY_NOUN.match(f.fragment)
    if (
        counted
        and f.best_alone >= readers.settings.threshold
        and not (f.pronoun or f.countries or f.agencies or f.operates)
        and not _POINTING_WORD.search(_SUBJECT_IT.sub(" ", f.fragment))
        and readers.analyzer.stem(counted.group(1)) in readers.head_units
    ):
        return ALONE  # "and how many targets did it find on the social media ones": what it counts named
    whole = alone[0].intent if len(alone) == 1 and alone[0].op == "lookup" else None
    if (
        whole in readers.calculator.members
        and f.best_alone >= readers.settings.confident
        and not (f.countries or f.agencies or f.pronoun or _POINTING_WORD.search(f.fragment))
        and whole not in f.previous.intents
        and not any(readers.calculator.whole_of(i) == whole for i in f.previous.intents)
    ):
        return ALONE  # "and the total checked?" after the forged documents: a total of its own, not theirs
    groups = _candidates(f, readers)
    best: tuple[list[Ask], str, float] | None = None
    asking = _WH_FIRST.match(f.fragment)  # "which organisations …" stays a which-question
    one_country = bool(IN_ONE_COUNTRY.search(f.fragment))
    for group in groups:
        for text in group:
            # "…cars did they check like and", "how many and and they checked": what the swap left of
            # the old words
            text = _DOUBLED_JOIN.sub(" ", _DANGLING.sub("", text))
            if asking and not re.search(rf"\b{asking.group(1)}\b", text.lower()):
                continue  # not "where the organisations centre beside was" after "where was the centre?"
            rewriting = readers.clause(text)
            if analysis.non_eu and not rewriting.analysis.non_eu:
                continue  # "and Turkey - also on the non-EU side?" after "in the EU group?": its own side
            asks = readers.read(rewriting)
            if not asks or all(_kind(readers, a) in _QUIET for a in asks):
                continue  # "is North Macedonia the capital" reads as general knowledge: not what was meant
            if one_country and any(readers.lists_countries(a.intent or "") for a in asks):
                continue  # "were those seized in a single country?": where they were, not how many countries
            if (
                f.pronoun
                and f.best_alone < readers.settings.confident  # not "were they all cops tho": read alone
                and not (f.countries or f.agencies)
                and len(asks) > 1
                and any(a.polar and len(normalize(a.clause).split()) <= 3 for a in asks)
            ):
                continue  # "is this number given per country?" with "this" two figures: "is illegal entries" cut off
            if any(a.op == "threshold" for a in asks) and not readers.asks_beyond(f.clause):
                continue  # "ok so premises were over a thousand?": the old which-question lent its "which"
            if (
                all(a.op in ("quote", "attribution") for a in asks)
                and _HOW_MUCH.search(f.fragment)
                and not _ABOUT_WORDS.search(f.norm)
            ):
                continue  # "how many of those were on the dark web?" after a quote: a count, not the quote again
            score = min(a.score for a in asks)
            if best is None or score > best[2] + 0.05:
                best = (asks, text, score)
        if best is not None:
            break
    if best is None:
        own = readers.read(readers.clause(f.fragment)) if f.correction else []
        if own and all(_kind(readers, a) not in _QUIET for a in own):
            return own, f.fragment  # "no wait i meant the officers sorry": what it meant, read as itself
        return ALONE
    followed, rewritten, best_followed = best
    if (
        alone
        and all(a.op == "lookup" for a in alone)
        and f.best_alone >= readers.settings.confident
        and any(
            a.op in ("sum", "difference", "ratio", "share")
            # "How many they are, without Serbia?" asks its own exclusion; "of those, how many were vehicles" none
            or (a.op == "complement" and not _LEFT_OUT.search(f.fragment))
            for a in followed
        )
        # "And how many officers … they were in total?": a total of what it names, nothing of the old words added
        and (arithmetic.operation(f.fragment) is None or _OWN_TOTAL.search(f.norm) is not None)
    ):
        # "what was it then, cocaine and the rest?" after "more than a ton?": the old words lent the
        # rewriting a calculation the clause never asks
        return ALONE
    if (
        analysis.claims
        and alone
        and f.topics
        and not (f.pronoun or pointing)
        and f.best_alone >= readers.settings.threshold
        and all(a.op == "lookup" for a in alone)
        and ({a.intent for a in followed} == {a.intent for a in alone} or not _same_topic(f))
    ):
        # "So 25 countries in total?" after the non-EU ones, "So 27 countries overall?" after the vehicles:
        # a figure put to check with its own noun; a rewriting would only lose the check
        return ALONE
    if not alone and _unknown_name(f):
        return ALONE  # "and Eurovision has how many?" after the countries: another thing, by name
    if (
        f.countries
        and alone
        and not (f.pronoun or f.operates)  # not "how many does that make together with Serbia?"
        and _FIGURES_ASKED.search(f.fragment) is not None  # not "how about Belarus?" (whether it is there)
        and f.best_alone >= readers.settings.threshold
        and all(a.intent == readers.per_country_intent for a in alone)
    ):
        return ALONE  # "any numbers for Greece specifically?" after the EU countries: its own figures
    if (
        not f.countries
        and alone
        and f.best_alone >= readers.settings.threshold
        and readers.group_named(f.norm)
        # a count or list asked; not "is it an EU member?", "so its an EU one?": the group of what "it" is
        and WH_WORDS & set(f.norm.split())
        and not polar(analysis)
        and all(a.intent and readers.country_group(a.intent) for a in alone)
    ):
        return ALONE  # "and how many is that, the EU ones" after Ireland: the group it names, not Ireland
    if (
        f.same_message
        and alone
        and f.topics  # a word of its own ("things"), not "the premises, how many they have checked?"
        and f.cued  # "and how many …?": a question of its own joined on, not "I mean persons, not cars"
        and _HOW_MUCH.search(f.fragment)
        and not polar(analysis)  # not "what drug did they take the most of, heroin?": a guess at it
        and f.best_alone >= readers.settings.threshold
        and {a.intent for a in followed} <= set(f.previous.intents)
        and {a.intent for a in alone} - set(f.previous.intents)
    ):
        # "how many officers, and how many things did they check?": a rewriting that only asks again what
        # the message asked before it, while the clause reads something new on its own
        return ALONE
    if (
        alone
        and not f.pronoun
        and not f.operates
        and not f.countries
        and f.best_alone >= readers.settings.threshold
        and {a.intent for a in followed} <= set(f.previous.intents)
        and not {a.intent for a in alone} & set(f.previous.intents)
        and not _same_topic(f)
        and all(_kind(readers, a) == "not_reported" for a in alone)
    ):
        return ALONE  # "any arrest figures?" after the countries and the cocaine: a detail of its own, not them again
    if (
        f.countries
        and f.country_only
        and alone
        # "And Serbia, …" after Skopje, the capital of North Macedonia: a country beside a country
        and not any(readers.store.countries.lookup(n) for n in f.previous.names)
        and not _PLACE_WORD.search(f.fragment)  # "and in Hungary?" after a detail not given: there
        and not any(
            readers.intents[a.intent].slot
            or readers.intents[a.intent].when_country
            or readers.intents[a.intent].figure
            for a in followed
            if a.intent in readers.intents.intents
        )
    ):
        return ALONE  # "and Belgium?" after what EMPACT means: whether it took part, not EMPACT again
    if (
        not (f.countries or f.agencies)
        and (polar(f.clause.analysis) or tagged(f.clause.text) is not None)  # "… in Belgrade, yes?"
        and not polar(readers.clause(rewritten).analysis)
    ):
        # "they were all cops?" and "and was there guns too" lost their question mark in the rewriting
        followed = [replace(a, polar=True) for a in followed]
    elif _WH.match(f.fragment) and not polar(f.clause.analysis):
        # "which country is that in?" after "…coordinated from Belgrade?": asks which, not whether
        followed = [replace(a, polar=False) for a in followed]
    if (
        _LIST_REQUEST.search(f.fragment)
        and not polar(f.clause.analysis)
        and f.best_alone >= readers.settings.threshold
    ):
        # "what about the EU ones then, just read me the list" after "was Croatia one of them?": a request
        # of its own, not the yes/no question before it with a new topic
        return ALONE
    kinds, best_alone, pronoun = f.alone_kinds, f.best_alone, f.pronoun
    # "and how many people in Montenegro?" after the people checked asks that figure there, not the
    # population: off topic alone, not after the same topic
    offtopic = kinds <= {"out_of_scope"} and not (f.countries and _same_topic(f))
    # "in the EU or not?" after Turkey: general knowledge alone, the named country's side here
    named_side = bool(_EU_ASKED.search(f.fragment.lower())) and any(
        readers.store.countries.lookup(n) for n in f.previous.names
    )
    if offtopic and kinds and best_alone >= readers.settings.threshold and not pronoun and not named_side:
        return ALONE  # "and how many goals did Real Madrid score?": off topic, whatever came before
    if (
        f.countries
        and _HOW_MUCH.match(f.fragment)
        and all(a.intent and readers.intents[a.intent].slot in ("country", "entity") for a in followed)
    ):
        # "and how many people in Montenegro?": that figure there, which the statement does not split
        wanted = (
            readers.intents[i].when_country
            for i in reversed(f.previous.history)
            if i in readers.intents.intents
        )
        per_country = next((w for w in wanted if w), None)
        if per_country:
            ask = Ask("lookup", f.clause.text, per_country, score=best_followed, analysis=f.clause.analysis)
            return [ask], rewritten
    if (
        f.countries
        and f.topics
        and alone
        and best_alone >= readers.settings.threshold
        and all(a.op == "lookup" and readers.intents[a.intent or ""].when_country for a in alone)
    ):
        return ALONE  # "and did they check much in Portugal?" after Portugal took part: that figure there
    if (
        f.countries
        and _HOW_MUCH.match(f.fragment)
        and alone
        and readers.per_country_intent
        and not _COUNTING_WITH.search(f.fragment)  # "how many is it together with Albania?" counts countries
        and all(
            a.intent == readers.per_country_intent or readers.intents[a.intent or ""].kind == "yesno"
            for a in alone
        )
    ):
        # "and how many officers from Greece?" after "did Greece take part?": a figure there, not given
        ask = Ask(
            "lookup",
            f.clause.text,
            readers.per_country_intent,
            score=f.best_alone,
            analysis=f.clause.analysis,
        )
        return [ask], f.clause.text
    if (
        kinds == {"not_reported"}
        and f.topics  # not "ok just tell me how much there was": no word of its own to be a detail
        and not f.countries  # "how many is it together with Albania?" counts countries
        and best_alone >= readers.settings.threshold
        and not any(_kind(readers, a) == "not_reported" for a in followed)
        and not _ELLIPTIC.match(f.fragment)  # "…, and of countries?" is the count before it, of countries
        # "and did it find anyone?" after the cyber patrol: its targets, not whether anyone was hurt
        and not (pronoun and best_alone < _WEAK_ALONE and best_followed >= best_alone + _CLEARLY_BETTER)
    ):
        return ALONE  # "were they linked to the weapons?": a detail not given, whatever "they" were
    if (
        alone
        and all(a.op == "lookup" for a in (*alone, *followed))
        and [a.intent for a in followed] == [a.intent for a in alone]
        and best_alone >= readers.settings.threshold
        and _OF_THOSE_NOUN.search(f.fragment)
    ):
        return ALONE  # "how many of those vehicles were trucks?": read in its own words, the part it picks
    if (
        alone
        and all(a.op == "lookup" and a.polar for a in alone)
        and [a.intent for a in followed] == [a.intent for a in alone]
        and best_alone >= readers.settings.confident
        and not any(readers.intents[a.intent or ""].slot for a in alone)
    ):
        return (
            ALONE  # "was it just an EU thing?" after the parcels: whatever "it" was, the same yes/no question
        )
    if (
        kinds == {"not_reported"}
        and {a.intent for a in followed} == {a.intent for a in alone}
        and not pronoun
        # not "who coordinated it? Eurojust?": the name guessed at the question just asked
        and not (f.agencies and f.country_only and _WH.match(normalize(f.previous.clauses[-1])))
    ):
        return ALONE  # "was any amphetamine mentioned?" after a drug: the same detail, in the asker's words
    if (
        _EXISTENTIAL.match(f.fragment)
        and alone
        and not pronoun
        and not kinds & set(_QUIET)
        and best_alone >= readers.settings.threshold
    ):
        return ALONE  # "and were there guns too?" after the cars checked: whether any were found, not checked
    if (
        f.cued
        and alone
        and not kinds & set(_QUIET)  # "and how many people in Kosovo?" is not the population
        and (
            len(f.fragment.split()) >= 5
            # "and what did they find?" after the countries: the rewriting would only repeat the last answer
            or (
                _WH.match(f.fragment)
                and best_alone >= readers.settings.confident
                and _uses(followed, f.previous.intents)
                and all(readers.lists_countries(i) for i in f.previous.intents)  # countries find nothing
            )
        )
        # (a whole question of its own, "and under which platform was the operation run?", reads alone
        # unless a rewriting reads clearly better)
        and best_alone >= best_followed - (_OWN_QUESTION_SLACK if _own_question(f) else 0)
        and not pronoun
        and not _EVERYTHING_NOT.search(
            f.norm
        )  # "and everything that wasn't a person": the rest of what came before
    ):
        # "and Frontex ran the whole operation, right?", "and what did they find?": a question of its own
        return ALONE
    if (
        _HOW_MUCH.match(_SPOKEN_START.sub("", f.fragment))
        and alone
        and best_alone >= readers.settings.threshold
        and not any(a.polar for a in alone)
        and all(a.polar for a in followed)
    ):
        return ALONE  # "and like how many countries total were there": a count, never a rewriting's yes/no
    if (
        f.countries
        and alone
        and all(a.intent and readers.intents[a.intent].slot == "country" and a.polar for a in alone)
        and (
            polar(f.clause.analysis)
            or tagged(f.clause.text) is not None
            or f.clause.text.rstrip().endswith("?")
        )
        and not _WH.match(f.fragment)
        and len(f.fragment.split()) >= 4
        and not any(a.intent and readers.intents[a.intent].slot == "country" for a in followed)
    ):
        return ALONE  # "and Italy took part as a non-EU country?": a claim about the country it names
    if (
        f.cued
        and _WH_FIRST.match(_SPOKEN_START.sub("", f.fragment))
        and alone
        and not kinds & set(_QUIET)
        and best_alone >= readers.settings.threshold
        and not pronoun
        and not f.countries
        and len(f.fragment.split()) >= 5
    ):
        return (
            ALONE  # "and uh like which countries were there, just the EU ones": a which-question of its own
        )
    if (
        _WH_VERB.match(f.fragment)
        and alone
        and not POINTING.search(f.fragment)
        and not f.countries
        and not kinds & set(_QUIET)
        and best_alone >= readers.settings.threshold
        and not {a.intent for a in alone} & set(f.previous.intents)
    ):
        return ALONE  # "what got seized then, in short?" after the cash: what was, in its own words
    if (
        len(f.agencies) >= 2
        and len(alone) == 1
        and alone[0].intent == readers.entity_intent
        and len(f.fragment.split()) >= 5
        and not pronoun
    ):
        # "and the partner agencies were Eurojust, Frontex and Interpol?" after where Europol ran it from:
        # a list of agencies put to check with its own verb, checked name by name, not the last claim's place
        return ALONE
    in_unit = readers.read(readers.clause(f.fragment)) if _IN_UNIT.search(f.fragment) else []
    if in_unit and all(
        a.op == "lookup" and _kind(readers, a) == "fact" and a.score >= readers.settings.threshold
        for a in in_unit
    ):
        return (
            in_unit,
            f.fragment,
        )  # "and the other drugs in kilos" after cocaine's share: the amount, in its unit
    named = alone or (readers.read(readers.clause(f.fragment)) if f.correction else [])  # "I meant the cops"
    if (
        f.cued
        and not (f.correction and alone)
        and len(named) == 1
        and named[0].op == "lookup"
        and {_kind(readers, a) for a in named} <= {"fact", "derived"}
        and not (pronoun or f.countries or f.operates)
        and named[0].score >= (readers.settings.threshold if alone else readers.settings.confident)
        and not _uses(followed, (named[0].intent or "",))
        and len(f.content) == 1
        and f.content[0] in readers.said.get(named[0].intent or "", ())
        # not "and forums?" after the targets on social media: the platform swapped in the same question
        and _swap_kind(normalize(readers.without_source(f.previous.clauses[-1])), f.fragment, readers) is None
    ):
        # "and the officers", "I meant the cops" after the people checked: officers are not "checked"
        return ALONE if alone else (named, f.fragment)
    place = f.fragment.strip(" ?!.") in readers.intents.vocabulary.entities.get("place", ())
    asked = normalize(f.previous.clauses[-1])
    if (
        (f.countries or f.agencies or place or not asked.startswith("how"))  # "which drug most? cannabis?"
        and f.country_only
        and not f.cued
        and _WH.match(asked)
    ):
        # "who coordinated it? Frontex?": a guess at the answer just asked, to be confirmed or denied
        return [replace(a, polar=True) for a in followed], rewritten
    if (
        f.cued
        and alone
        and not kinds & set(_QUIET)
        and len(f.fragment.split()) >= 5
        and best_alone >= readers.settings.threshold
        # the operation asked of by who ran it ("… coordinated by the FBI?"), or read better alone
        and (best_alone > best_followed or (f.agencies and readers.names_agencies(alone[0].intent or "")))
        and pronoun is not None
        and re.fullmatch(r"(?:(?:was|is|did|does) )?it", pronoun.group(0).strip())
    ):
        return ALONE  # "and was it run by the Americans?" after a seizure: "it" is the operation, read alone
    if f.cued or not alone or f.country_only:
        return followed, rewritten
    if (
        pronoun
        and f.same_message
        and best_followed >= readers.settings.threshold
        and _uses(followed, f.previous.intents)
        and not _uses(alone, f.previous.intents)
    ):
        return (
            followed,
            rewritten,
        )  # "where was the centre, was it in Macedonia?": "it" is the centre just asked
    if (
        pronoun
        and best_followed >= best_alone
        and _uses(followed, f.previous.intents)
        and not _uses(alone, f.previous.intents)
    ):
        return followed, rewritten  # "what's that per cop?" after vehicles: vehicles per officer
    if kinds <= {"smalltalk"} or (kinds <= set(_QUIET) and pronoun):
        return followed, rewritten  # "is that more than 1,000?" is not a goodbye
    if (
        pronoun
        and polar(f.clause.analysis)
        and any(name.lower() in rewritten.lower() for name in f.previous.names)
        and any(a.analysis is not None and a.analysis.countries for a in followed)
        and not any(a.analysis is not None and a.analysis.countries for a in alone)
        # the same reading, or one asked of the country itself (its group: eu_status)
        and (
            _uses(alone, tuple(a.intent or "" for a in followed))
            or all(readers.intents[a.intent or ""].slot == "country" for a in followed)
        )
        and best_followed >= best_alone - 0.05
    ):
        return followed, rewritten  # "was it counted with the non-EU countries?" after Slovenia: of Slovenia
    if pronoun and best_followed >= readers.settings.threshold and _it_was_the_operation(f):
        return followed, rewritten  # "where was it from?" after the cocaine: the cocaine's origin
    if offtopic and not (named_side and best_followed >= readers.settings.threshold):
        return ALONE  # "who won the champions league?" after anything
    own = [t for t in f.topics if t not in _PROPERTY_STEMS]  # "what types?" names a property, no topic
    if (
        own
        and best_alone >= readers.settings.confident
        and not pronoun
        and not named_side
        and not _counted_left_out(f)  # "then how many were on social media?": of the last count
    ):
        return ALONE  # "how many weapons were seized" after anything: it says what it asks
    if (
        alone
        and all(a.op == "lookup" for a in (*alone, *followed))
        and [a.intent for a in followed] == [a.intent for a in alone]
        and not pronoun
        and all(a.polar for a in alone)  # a yes/no asked in its own words stays one
    ):
        return ALONE  # "did they find any guns?" after a list: the same reading, asked as it was asked
    if (
        pronoun
        and _BREAKDOWN in f.topics
        and not [t for t in f.content if t != _BREAKDOWN]
        and best_followed >= readers.settings.threshold
    ):
        return followed, rewritten  # "give me the full breakdown of those": of what "those" points at
    if named_side and f.short and not f.countries and best_followed >= readers.settings.threshold:
        return followed, rewritten  # "as a non-EU country?" after Luxembourg: Luxembourg's side
    if (
        len(followed) < len(alone)
        and best_alone >= readers.settings.threshold
        and not f.operates
        and not _OF_THEM.search(f.fragment)  # "how many of them were people and how many accounts?": of them
    ):
        # "how much illegal entries and false documents they are found?": the rewriting keeps one of the two
        return ALONE
    if _counted_left_out(f) and best_followed >= readers.settings.threshold:
        return followed, rewritten  # "then how many were on social media?": the targets, on social media
    margin = 0.0 if f.short or pronoun else 0.05
    return (followed, rewritten) if best_followed > best_alone + margin else ALONE


def _only_quiet_words(f: FollowUp) -> bool:
    """Whether every word the fragment shares with the intents' examples is one only off-topic and
    small-talk examples use ("bitcoin"): a new subject, not the last question with a new word."""
    matcher, intents = f.readers.matcher, f.readers.intents
    return bool(f.known) and all(intents[i].kind in _QUIET for t in f.known for i in matcher.intents_of(t))


def _unknown_name(f: FollowUp) -> bool:
    """Whether the clause names something by a capitalised word the statement's vocabulary does not
    know (not a country or agency, not the first word): "Eurovision", "Wimbledon"."""
    analyzer = f.readers.analyzer
    for match in _CAPITALISED.finditer(f.clause.text):
        word = match.group(1).lower()
        if match.start(1) == 0 or word in analyzer.vocabulary or word in analyzer.english:
            continue
        named = analyzer.analyze(word)
        if not (named.countries or named.agencies):
            return True
    return False


def _it_was_the_operation(f: FollowUp) -> bool:
    """Whether the clause read alone takes its "it" for the operation, after an answer about one
    figure: then "it" is that figure's topic ("where was it from?" after 626 kg of cocaine)."""
    readers, pronoun = f.readers, f.pronoun
    if (
        pronoun is None
        or not f.alone
        or not f.previous.intents
        or not _WH.match(f.fragment)
        or f.same_message
    ):
        return False  # "where was it from?", asked after the answer, not in the same message
    if not all(
        i in readers.intents.intents and readers.intents[i].figure and readers.intents[i].kind == "fact"
        for i in f.previous.intents
    ):
        return False
    word = re.search(r"\b(?:it|that|this)\b", pronoun.group(0))
    if word is None:
        return False
    start = pronoun.start() + word.start()
    text = f"{f.fragment[:start]}the operation{f.fragment[start + len(word.group(0)) :]}"
    as_operation = readers.read(readers.clause(text))
    return bool(as_operation) and {a.intent for a in as_operation} == {a.intent for a in f.alone}


_REDONE = ("share", "ratio")  # calculations a bare "and vehicles?" asks again with its part changed
_COUNTING_ONLY = re.compile(
    r"^(?:(?:and|so|ok|but) )*(?:what )?(?:if (?:you|we|i|u|one) (?:only |just )?(?:count|counted|take|took|"
    r"look at|looked at|consider|considered|use|used|include|included)(?: only| just)?|(?:only|just) counting) "
)
_KEPT = (*_REDONE, "difference", "sum")  # "and between entries and documents?" asks any of them again


def _redone(f: FollowUp) -> Resolution | None:
    """ "What share of the checks were people?" then "and vehicles?": the same share, of vehicles;
    "the difference between people and vehicles?" then "and between entries and documents?"."""
    clause, previous, readers, cued = f.clause, f.previous, f.readers, f.cued
    norm = f.fragment if f.correction else f.norm
    operation = previous.operation if previous.operation in _KEPT else ""  # not a complement's
    whole = previous.intents[-1] if len(previous.intents) >= 2 else None
    if (
        not operation
    ):  # "what share of the checks were people?" answered with every share: a share all the same
        declared = (
            readers.calculator.declared_operands(i, "share")
            for i in previous.intents
            if i in readers.intents.intents
        )
        shares = next((d for d in declared if d), None)
        operation, whole = ("share", shares[-1]) if shares else ("", None)
        if not operation and readers.calculator.declared_operation(previous.intents) == "ratio":
            operation, whole = "ratio", previous.intents[-1]  # "people only?" after the checks per officer
    if not operation or len(norm.split()) > 8:
        return None
    counted = _COUNTING_ONLY.sub("", norm)  # "and if you only count people checked?": "people checked"
    words = len(counted.split())
    alone = readers.read(readers.clause(f.fragment)) if f.correction else f.alone
    if counted != norm and not alone:
        alone = readers.read(readers.clause(counted))  # "and if we only count vehicles?": read as "vehicles"
    pair = [a.intent for a in alone if a.op == "lookup" and a.intent and readers.calculator.operand(a.intent)]
    named = [readers.figure_intent(p) for p in arithmetic.operand_phrases(norm)]
    # "and like how many officers from each country": one detail not given, not two figures
    unreported = len(f.alone) == 1 and _kind(readers, f.alone[0]) == "not_reported"
    if cued and len(named) == 2 and all(named) and named[0] != named[1] and not unreported:
        alone, pair = [*alone, *alone][:2], named  # "sorry, I meant vehicles to parcels": both, in order
    if len(alone) == 2 and len(pair) == 2 and cued:
        score = min(a.score for a in alone)
        op = arithmetic.operation(norm) or operation  # "and vehicles plus parcels?" after a difference
        ask = Ask(op, clause.text, None, tuple(pair), score=score, analysis=clause.analysis)
        return [ask], f"{op}: " + " / ".join(readers.intents[i].title for i in pair)
    if operation not in _REDONE or words > 6 or len(alone) != 1 or alone[0].op != "lookup":
        return None
    part = alone[0].intent or ""
    if whole is None or part in previous.intents or readers.calculator.operand(part) is None:
        return None
    if operation == "share" and readers.calculator.whole_of(part) not in (whole, None):
        return None  # "and cocaine?" after a share of the checks: not a part of the checks
    operands = (part, whole)
    within = readers.calculator.whole_of(part)
    if operation == "ratio" and within is not None and within in (whole, readers.calculator.whole_of(whole)):
        # "and if you only count the EU ones?" after officers per country: the EU countries in the countries' place
        operands = (previous.intents[0], part)
    ask = Ask(operation, clause.text, None, operands, score=alone[0].score, analysis=clause.analysis)
    return [ask], f"{operation}: " + " / ".join(readers.intents[i].title for i in operands)


_ABOUT_WORDS = re.compile(
    r"\b(?:quot\w*|word\w*|phras\w*|exact\w*|verbatim|cit\w+|attribut\w*|source|said|says)\b"
)
_WORDING_STEMS = frozenset(
    Analyzer.stem(w) for w in ("sentence", "line", "words", "wording", "quote", "exact", "exactly")
)
_QUOTING = frozenset(
    Analyzer.stem(w)
    for w in ("per", "each", "percent", "share", "exactly", "roughly", "about", "around", "approximately", "right",
              "correct", "true", "yes", "so", "like", "what", "or", "not", "only", "just", "really", "fr", "seriously",
              "actually", "real", "wait", "lol", "wow", "omg", "something", "odd", "overall", "number", "figure",
              "total", "if", "you", "we", "come", "comes", "does", "do", "give", "gives", "ton", "kg", "thousand",
              "million", "write", "put", "print", "will", "ll", "gonna", "draft", "story", "piece", "article",
              "headline", "hold", "up", "anywhere", "close", "near", "nearly", "almost", "ballpark", "order",
              "magnitude")
)  # fmt: skip
_WHOLE_STEM = Analyzer.stem("whole")  # "and across the whole operation?" after a country
_WORDING_VERBS = frozenset(Analyzer.stem(w) for w in ("use", "used", "say", "said", "call", "called", "put"))


def _figures_told(previous: Context, readers: Readers) -> list[str]:
    """The figure intents whose figures the previous answer stated in passing (the services' answer gives
    the officers' count)."""
    told = {
        ref
        for i in previous.intents
        if i in readers.intents.intents
        for ref in references(readers.intents[i].answer or "")
    }
    return [
        i
        for i, it in readers.intents.intents.items()
        if it.figure in told and readers.calculator.operand(i) is not None
    ]


def _rechecked(f: FollowUp) -> Resolution | None:
    """ "So about 184,000?", "was it exactly 22,400?", "so roughly 9 per officer, yes?": a figure
    quoted about the answer just given, naming nothing that answer is not about, is checked
    against it."""
    clause, topics, previous, readers = f.clause, f.topics, f.previous, f.readers
    analysis = clause.analysis
    if not analysis.claims or analysis.countries or analysis.agencies:
        return None
    if open_question(analysis) and re.search(r"\b(?:the|those|these) \d", clause.norm):
        return None  # "and what exactly is in the 300 kilos?": asked of a figure taken as given
    if _OVERALL.search(clause.norm) and f.known:
        return None  # "So 27 countries overall?" after the non-EU ones: the whole checked, not that part
    known, reported = f.known, bool(REPORTED.match(clause.norm))
    if reported:  # "my cousin said 300": what was said, not who said it
        told = readers.clause(REPORTED.sub("", clause.norm, count=1))
        # (but a unit named before the saying is what it is about: "weapons: they wrote 301 pieces")
        topics = list(dict.fromkeys([*told.topics, *(t for t in f.topics if readers.unit_intents(t))]))
        known = [t for t in topics if t in readers.matcher.weight]
    if arithmetic.operation(clause.text) in ("share", "ratio") and (
        open_question(analysis) or not any(c.percent for c in analysis.claims)
    ):
        # "and what share of the 120 is that?", "cocaine share of that 926?": the figure is the whole, not
        # one to check ("so about 23 percent?" checks the share just given)
        return None
    said_so = len(clause.norm.split()) <= 10 and not open_question(analysis)  # "so like 2,200 and something"
    if not (
        polar(analysis) or tagged(clause.text) is not None or clause.text.rstrip().endswith("?") or said_so
    ):
        return None
    figures = [i for i in previous.intents if readers.calculator.operand(i) is not None]
    if not figures:  # "and that 22,400 - exact?" after the services "… more than 22,400 of them in all"
        figures = _figures_told(previous, readers)
    if not figures or _TWO.search(clause.norm) or _GAP.search(clause.norm):
        return None  # "total of the 2??", "is this together more than 2,300?": an operation asked
    if _WEIGHT.search(clause.norm) and not any(
        _WEIGHT.search(readers.calculator.operand(i).text)
        for i in figures  # type: ignore[union-attr]
    ):
        return None  # "nearly a ton or almost a tonne?" after the 120 targets is not about the targets
    stated = {v for v, i in readers.figures if i not in figures}
    bare = not [t for t in known if t not in _QUOTING and t not in _OPERATION_WORDS]
    pointing = bare and (f.pronoun is not None or (reported and not topics))
    if any(c.value in stated for c in analysis.claims) and not pointing:
        return None  # "and the 22,400 officers, is that right?" quotes another figure ("is that like a ton?" does not)
    said = frozenset().union(*(readers.said.get(i, frozenset()) for i in previous.intents))
    if any(t not in said and t not in _OPERATION_WORDS and t not in _QUOTING and t[0] != "@" for t in topics):
        return None  # "so 310 weapons were seized?" after cocaine asks about weapons
    if any((units := readers.unit_intents(t)) and not set(units) & set(figures) for t in topics):
        return None  # "more than 200,000 people checked?" after the parcels: the people's own figure
    kept = previous.operation if previous.operation in _KEPT else ""
    operation = kept or readers.calculator.declared_operation(previous.intents) or ""
    operation = operation if len(figures) >= 2 else ""
    if operation:
        operands = tuple(figures[-2:])
        ask = Ask(operation, clause.text, None, operands, score=1.0, polar=True, analysis=analysis)
        titles = " / ".join(readers.intents[i].title for i in operands)
        return [ask], f"{operation} of {titles}, checked"
    if len(figures) != 1:
        return None  # two figures given: which one is meant is not clear
    intent = figures[-1]
    ask = Ask("lookup", clause.text, intent, score=1.0, polar=True, analysis=analysis)
    return [ask], f"{readers.intents[intent].title}, checked"


def _part_of_claim_fine(f: FollowUp) -> Resolution | None:
    """ "So the weapons number itself is fine?" after "310 weapons and 2,000 rounds of ammo. Check?":
    the one figure of the claim just checked that the question names, checked on its own."""
    asked = _PART_FINE.match(f.fragment)
    if asked is None or f.same_message or not f.previous.clauses or f.clause.analysis.claims:
        return None
    named = set(f.readers.analyzer.analyze(asked.group(1)).stems)
    claim = " ; ".join(normalize(c) for c in f.previous.clauses)
    for number in re.finditer(r"\b\d[\d,.]*\b((?: [a-z]+){1,3})", claim):
        if named & set(f.readers.analyzer.analyze(number.group(1)).stems):
            text = f"{number.group(0)}, right?"
            asks = [replace(a, clause=f.clause.text) for a in f.readers.read(f.readers.clause(text))]
            if asks and all(a.op == "lookup" and a.polar for a in asks):
                return asks, text
    return None


_PART_FINE = re.compile(
    r"(?:(?:so|and|but|ok|okay) )*(?:is |was )?(?:the |that )?(\w+(?: \w+)?) (?:number|figure|count|total|part|bit)"
    r"(?: itself| at least| then| though| tho| alone)? (?:is |was )?(?:fine|right|correct|ok|okay|accurate|true|good)"
    r"(?: then| though| tho| at least)?\W*$"
)


def _claims_go_on(f: FollowUp) -> Resolution | None:
    """ "A post says 130 weapons were seized. Right?" then "and the 20k ammo part?": the next figure
    quoted from the same source, checked too, not only looked up."""
    analysis, readers = f.clause.analysis, f.readers
    if (
        f.same_message
        or not f.cued
        or not analysis.claims
        or open_question(analysis)
        or not f.previous.clauses
    ):
        return None
    before = readers.clause(f.previous.clauses[-1])
    if not before.analysis.claims or not (polar(before.analysis) or tagged(before.text) is not None):
        return None
    asks = [a for a in f.alone if a.op == "lookup" and a.intent and readers.calculator.operand(a.intent)]
    if (
        len(asks) != 1
        or asks[0].intent in f.previous.intents
        or re.search(r"\b(?:all|only|just|alone)\b", f.clause.norm)
    ):
        return None  # "and the 300 kilos was all cannabis?" claims "all", not the figure
    quoted = replace(analysis, claims=[replace(c, given=False) for c in analysis.claims])  # "the 20k": quoted
    ask = replace(asks[0], polar=True, analysis=quoted)
    return [ask], f"{readers.intents[asks[0].intent or ''].title}, checked"


def _exactness(f: FollowUp) -> Resolution | None:
    """ "Is that an exact number?" after "more than 20,000 pieces of ammunition": No, more than that;
    after the 114 forged documents: Yes. The figure just given, checked as if quoted exactly."""
    if (
        not EXACT.search(f.fragment)
        or _WHO.match(f.fragment)  # "who exactly do I attribute them to?" asks the source
        or _DONE_ASKED.match(f.fragment)  # "and what exactly did they check?": what was done, asked anew
        or f.readers.quote_words.search(f.norm)  # "what's the exact phrase then?" asks the words
        or f.same_message
        or len(f.fragment.split()) > 8
    ):
        return None
    figures = [i for i in f.previous.intents if f.readers.calculator.operand(i) is not None]
    if len(figures) != 1 or [t for t in f.known if t not in _QUOTING and t not in _OPERATION_WORDS]:
        return None
    operand = f.readers.calculator.operand(figures[0])
    assert operand is not None
    if any(c.value != operand.value for c in f.clause.analysis.claims):
        return None  # "is 22,000 exact?" quotes a figure of its own; "and that 22,400 - exact?" the one given
    analysis = f.readers.exactly("is it", operand.value)
    ask = Ask("lookup", analysis.text, figures[0], score=1.0, polar=True, analysis=analysis)
    return [ask], f"{f.readers.intents[figures[0]].title}, exactly?"


_DONE_ASKED = re.compile(
    r"^(?:(?:and|so|but|ok|okay)\s+)*(?:what|which|where|how)\b(?:\s+exactly)?\s+(?:did|do|does|have|had)\s+"
    r"(?:they|police|officers|the police|the officers|europol|investigators)\b"
)
_THERE = re.compile(r"(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bout )\bthere\s*[?!.]*$")
_ON_THERE = re.compile(r"\bon there\s*[?!.]*$")
_PLURAL = re.compile(r"\b(?:they|those|these|them|both of them|both)\b")
_SINGULAR = {"are": "is", "were": "was", "r": "is"}


def _each_name(f: FollowUp) -> Resolution | None:
    """ "Are those in the EU?" after Moldova and Montenegro: the question asked of each of them."""
    fragment, pronoun, previous, readers = f.fragment, f.pronoun, f.previous, f.readers
    if pronoun is None or len(previous.names) < 2 or not _PLURAL.search(pronoun.group(0)):
        return None
    if len(f.countries) + len(f.agencies) >= 2:
        return None  # "Poland and Portugal both on the list?": "both" are the names it gives
    asks: list[Ask] = []
    texts: list[str] = []
    for name in previous.names[:4]:
        text = _PLURAL.sub(name, fragment, count=1)
        text = " ".join(_SINGULAR.get(w, w) for w in text.split())
        read = readers.read(readers.clause(text))
        if len(read) != 1 or _kind(readers, read[0]) in _QUIET or not read[0].analysis:
            return None
        if read[0].analysis.countries + read[0].analysis.agencies == []:
            return None  # the name was not read as a name: the question is not about each of them
        asks.append(read[0])
        texts.append(text)
    if len({a.intent for a in asks}) != 1:
        return None
    return asks, " | ".join(texts)


_LETTER_ONLY = re.compile(
    r"(?:and |or |what about |how about )?(?:which |what |those |the ones |ones )?(?:ones )?"
    r"(?:(?:with|starting with|beginning with|begin with|start with|for) )?([a-z])"
    r"( (?:across|in|from|on|for|of) (?:both|all)(?: (?:the )?(?:lists|groups|sides|of them|countries))?"
    r"| overall| in total| altogether| in all)?"
)  # "and with H?", "and S?" after a letter question; "how about S, across both lists": among all
_OF_THOSE = re.compile(r"\b(?:of (?:those|them|these)|which of)\b")
_WHICH_BARE = re.compile(
    r"^(?:(?:and|so|ok|okay|now|then)\s+)*(?:which|any|what|who)\s+(?:(?:ones?|of)\s+)?"
    r"(?:start|starts|starting|begin|begins|beginning)\b"
)
_LETTER_ASKED = re.compile(r"\b((?:with|starting with|beginning with) (?:the letter )?|w/ ?)([a-z])\b", re.I)


def _other_letter(f: FollowUp) -> Resolution | None:
    """ "Which EU countries begin with L, and which with H?": the same question, another letter."""
    fragment, previous, readers = f.fragment, f.previous, f.readers
    match = _LETTER_ONLY.fullmatch(fragment.strip())
    if match is None or not previous.clauses:
        return None
    if not any(
        i in readers.intents.intents and readers.intents[i].slot == "letter" for i in previous.intents
    ):
        return None
    text = _LETTER_ASKED.sub(lambda m: m.group(1) + match.group(1).upper(), previous.clauses[-1], count=1)
    if text == previous.clauses[-1]:
        return None
    asks = [] if match.group(2) else readers.read(readers.clause(text))
    if not asks:  # "which of them start with B?" reads nothing alone: the letter among all of them
        text = f"which participating countries start with {match.group(1).upper()}"
        asks = readers.read(readers.clause(text))
    return (asks, text) if asks else None


def _narrowed(f: FollowUp) -> Resolution | None:
    """ "Which of them begin with S?" after a list of countries: the letter, within that list."""
    alone, previous, readers = f.alone, f.previous, f.readers
    pronoun = f.pronoun is not None or bool(_ONES.search(f.fragment))  # "which ones start with S"
    pronoun = pronoun or bool(_WHICH_BARE.match(f.fragment))  # "which start w S" right after the list
    letter = next(
        (
            a
            for a in alone
            if a.intent and readers.intents[a.intent].slot == "letter" and a.analysis and a.analysis.letter
        ),
        None,
    )
    if letter is None or not pronoun:
        return None
    groups = [i for i in previous.intents if readers.lists_countries(i)]
    if not groups:
        return None
    assert letter.analysis is not None and letter.analysis.letter is not None
    if len(set(groups)) > 1:  # after the EU and the non-EU lists, "them" is every country of both
        return [
            letter
        ], f"{readers.intents[letter.intent or ''].title}, starting with {letter.analysis.letter.upper()}"
    group = groups[-1]
    text = f"{readers.intents[group].title}, starting with {letter.analysis.letter.upper()}"
    return [replace(letter, within=group)], text


_IN_THEM = re.compile(r"\b(in|inside|from|on|within) (?:them|those|these|it|there|those ones)\b")
_ONES = re.compile(r"\b(?:which|what) ones\b")


def _member_of_last_list(f: FollowUp) -> bool:
    """ "And is Ukraine one of them?" right after the EU countries: whether it is in that group."""
    if (f.pronoun is None and not _LIST_POINTED.search(f.fragment)) or not f.countries:
        return False  # "is Poland on that list?", "among those?", "in there too?": the list just given
    if any(t not in _MEMBERSHIP for t in f.known if t[0] != "@"):
        return False
    readers = f.readers
    return any(
        readers.lists_countries(i) and readers.country_group(i) is not None
        for i in f.previous.intents
        if i in readers.intents.intents
    )


_WH_VERB = re.compile(
    r"^(?:(?:so|and|ok|okay|well)\s+)?(?:what|which|who)\s+(?:got|was|were|did they|have they|has been|have been)\s+\w+"
)
_LIST_POINTED = re.compile(
    r"\b(?:that|this|the|those|these|your) (?:list|group|lot|bunch|ones)\b|\bamong (?:them|those|these)\b"
)
_MEMBERSHIP = frozenset(Analyzer.stem(w) for w in ("participate", "list", "group", "among", "one", "listed"))


def _in_the_list(f: FollowUp) -> Resolution | None:
    """ "And Switzerland?" after the non-EU countries, "and OLAF?" after the partner agencies: whether
    the name is in the list just given (a Yes or a No), not the list again."""
    if (
        f.same_message
        or not (f.country_only or _member_of_last_list(f))
        or len(f.countries) + len(f.agencies) != 1
    ):
        return None
    readers = f.readers
    entity = next((i for i, it in readers.intents.intents.items() if it.slot == "entity"), None)
    if entity is None:
        return None
    if _FIGURES_ASKED.search(f.fragment) and any(
        a.intent == readers.intents[entity].when_quantity for a in f.alone
    ):
        return None  # "any numbers for Greece specifically?": its own figures asked, not whether it is listed
    listed = [i for i in f.previous.intents if i in readers.intents.intents]
    analysis = f.clause.analysis
    if f.countries:
        lists = [i for i in listed if readers.lists_countries(i)]
        if not lists or len(lists) < len(listed):
            return None  # only right after a list: "and Kosovo also?" after a yes/no asks that again
        group = readers.country_group(lists[-1])
        intent = readers.intents[entity].when_non_eu if group == "eu" else entity
        analysis = replace(analysis, non_eu=group == "non_eu")
    else:
        refs = {r for i in listed for r in references(readers.intents[i].answer or "")}
        if not refs & {"operation.partners", "operation.agencies"}:
            return None
        intent = entity
    if intent is None:
        return None
    ask = Ask("lookup", f.clause.text, intent, score=1.0, polar=True, analysis=analysis)
    return [ask], f"{readers.intents[intent].title}: {f.fragment}"


_FIGURES_ASKED = re.compile(
    r"\b(?:numbers?|figures?|stats|statistics|data|results|totals?|breakdown|how (?:many|much))\b"
)


def _after_unreported(f: FollowUp) -> Resolution | None:
    """ "What was the cocaine worth?" (not reported) then "how much was seized though": the figure of
    what the unreported detail was about, the last figure asked when that question named none."""
    readers, previous = f.readers, f.previous
    if f.same_message or not previous.intents or not previous.clauses:
        return None
    if any(
        i not in readers.intents.intents or readers.intents[i].kind != "not_reported"
        for i in previous.intents
    ):
        return None
    # "and how much in total, all countries?" after the weapons in Serbia: the countries are the scope
    per_country = all(readers.intents[i].slot == "country" for i in previous.intents)
    own = [
        t
        for t in f.topics
        if t not in _OPERATION_WORDS and t not in _QUOTING and not (per_country and t == _COUNTRY_STEM)
    ]
    if not (_HOW_MUCH.search(f.fragment) or (per_country and _TOTAL_ASKED.fullmatch(f.norm))) or own:
        return None  # "how many were arrested then?", "how many of those were handguns?": their own topic
    asked = readers.clause(readers.without_source(previous.clauses[-1]))
    # (a figure the question itself read close to what it asked: not the marketplaces' weak match on "on"
    # after "which app were the targets on?")
    floor = max(readers.settings.threshold, asked.ranked[0].score - _NAMED_BEHIND) if asked.ranked else 1.0
    named = [
        r.intent
        for r in asked.ranked
        if readers.calculator.operand(r.intent) is not None and r.score >= floor
    ]
    if per_country:  # "how many officers came from each country?": the officers, by the noun counted
        named = [*readers.unit_intents(readers.head(asked.analysis) or ""), *named]
    recent = [i for i in previous.history if readers.calculator.operand(i) is not None]
    # "what kind of weapons? - not given - how many were there": the related figure the question named
    # (not the entities after "any arrests?": arrests are no detail of them)
    topics = set(asked.analysis.stems) - readers.frame
    related = [
        r
        for i in previous.intents
        for r in readers.intents[i].related
        if r in readers.intents.intents
        and readers.calculator.operand(r) is not None
        and topics & readers.said.get(r, frozenset())
    ]
    # "ok and how many were checked?" after the arrests: a figure that was checked, not the officers
    fits = [i for i in (*named, *reversed(recent), *related) if readers.relation_fits(i, f.clause.analysis)]
    fits = fits or [i for i in _named_thing(f, asked) if readers.relation_fits(i, f.clause.analysis)]
    figure = fits[0] if fits else None
    if figure is None or (per_country and readers.lists_countries(figure)):
        return None  # "how many officers came from each country?" then "in total?": not the countries
    if per_country and not f.topics:
        # "ok but the total?": read as the figure's own question, so "how many of them…" next knows "them"
        said = readers.intents[figure].examples[0]
        ask = Ask("lookup", said, figure, score=1.0, analysis=readers.analyzer.analyze(said))
        return [ask], readers.intents[figure].title
    ask = Ask("lookup", f.clause.text, figure, score=1.0, analysis=f.clause.analysis)
    return [ask], readers.intents[figure].title


def _named_thing(f: FollowUp, asked: Clause) -> list[str]:
    """After a detail not given, when nothing else fits: "which app were the gun sellers on?" then "how
    many were on it" is the figure the detail is of (a part: not the entities after "any arrests?");
    "how pure was the coke?" then "how much of it was there?" the figure of the thing the question named."""
    readers, previous = f.readers, f.previous
    detail = [
        r
        for i in previous.intents
        for r in readers.intents[i].related
        if r in readers.intents.intents
        and readers.calculator.operand(r) is not None
        and readers.calculator.whole_of(r) is not None
    ]
    if detail:
        return detail[:1]
    thing = " ".join(
        t for t in asked.analysis.stems if t not in readers.frame and t not in readers.unanswered
    )
    named = readers.figure_intent(thing) if thing else None
    return [named] if named else []


def _every_country(f: FollowUp) -> Resolution | None:
    """ "and in all countries together?" after the illegal entries in Albania (no per-country figures): the
    figure asked, for the whole operation."""
    readers = f.readers
    if (
        f.same_message
        or f.countries
        or not _ALL_COUNTRIES.search(f.norm)
        or not _TOTAL_ASKED.fullmatch(f.norm)
    ):
        return None
    figures = [
        i
        for i in f.previous.intents
        if i in readers.intents.intents and readers.calculator.operand(i) is not None
    ]
    if not figures or not any(readers.clause(c).analysis.countries for c in f.previous.clauses):
        return None  # the figure was asked of a country
    asks = [Ask("lookup", f.clause.text, i, score=1.0, analysis=f.clause.analysis) for i in figures]
    return asks, " | ".join(readers.intents[i].title for i in figures)


_ALL_COUNTRIES = re.compile(r"\ball (?:the )?(?:participating )?countries\b")


def _names_of_the_list(f: FollowUp) -> Resolution | None:
    """ "… every agency that sat in the Skopje centre alongside Europol. Names?": the names of the list
    just asked for, which its answer gives (not the names of suspects, which the statement withholds)."""
    if not _NAMES_ONLY.fullmatch(f.fragment):
        return None
    intents = f.readers.intents
    known = [i for i in f.previous.intents if i in intents.intents]
    lists = [i for i in known if intents[i].kind == "list"]
    if not lists:  # "name them" after "how many agencies?" (an answer that names them): its related list
        facts = f.readers.store.facts
        naming = [
            i
            for i in known
            if any(isinstance(facts.get(r), Items) for r in references(intents[i].answer or ""))
        ]
        lists = list(
            dict.fromkeys(r for i in naming for r in intents[i].related if intents[r].kind == "list")
        )
    if len(lists) != 1:
        return None
    named = lists[0]
    if not f.readers.lists_countries(named):
        # "Spain appears twice – does that make 17?" then "Name them, once each.": the list it is about
        named = next((r for r in f.readers.intents[named].related if f.readers.lists_countries(r)), named)
    ask = Ask("lookup", f.clause.text, named, score=1.0, analysis=f.clause.analysis)
    return [ask], f.readers.intents[named].title


_NAMES_ONLY = re.compile(
    # "please write me the names of them", "can you give me their names": the names asked, however requested
    r"(?:(?:please|pls|can you|could you|would you|now) )*(?:(?:write|give|tell|send|list|show) (?:me |us )?)?"
    r"(?:(?:and|so|ok|their|the|with|all) )*(?:names?|name them|names please|the names please|which ones|"
    r"which are (?:they|them|those)|what are (?:they|them|those)|"
    r"who are they|who were they|name them all|full names|what are their names|what are the names)"
    r"(?: of (?:them|those|these|them all|all of them|those countries|these countries|the countries))?"
    r"(?: (?:once each|each once|once|please|pls|real quick|really quick|quick|quickly|asap|rn|again|for me"
    r"|(?:write|tell|give|send|show|list) (?:me|us|them)))*"
)


def _asked_again(f: FollowUp) -> Resolution | None:
    """ "How many then?", "so what's the real number?" after a figure checked ("a million people?"
    — No): the figure just given, asked plainly; the words of the claim checked are not its topic."""
    if f.same_message or not _AGAIN.fullmatch(f.fragment):
        return None
    figures = _figures_of(f.readers, f.previous.intents)
    if len(figures) != 1:
        return None
    ask = Ask("lookup", f.clause.text, figures[0], score=1.0, analysis=f.clause.analysis)
    return [ask], f.readers.intents[figures[0]].title


def _what_else_in_it(f: FollowUp) -> Resolution | None:
    """ "What else was in it?" after the cocaine (the largest part of the drugs): the whole's other parts."""
    if f.same_message or not _ELSE_IN_IT.match(f.fragment):
        return None
    calculator = f.readers.calculator
    wholes = {calculator.whole_of(i) for i in f.previous.intents}
    if len(wholes) != 1 or None in wholes:
        return None
    whole = wholes.pop()
    others = [m for m in calculator.members.get(whole or "", ()) if m not in f.previous.intents]
    if not others:
        return None
    asks = [Ask("lookup", f.clause.text, m, score=1.0, analysis=f.clause.analysis) for m in others]
    return asks, f"the rest of {f.readers.intents[whole or ''].title}"


_ELSE_IN_IT = re.compile(
    r"(?:what|who) else(?: (?:was|were|is|are)(?: (?:in|among|part of|inside|in there|there) ?"
    r"(?:it|them|that|this|the haul|the total)?)?)?\W*$"  # (not "what else did they seize": all the rest seized)
)


def _split_of_last(f: FollowUp) -> Resolution | None:
    """ "Is it broken down per drug?" after the 300 kg: whether the figure just given is split, asked of
    it (No when the statement gives it as one figure), not of the words around it."""
    if f.same_message or not f.pronoun or not polar(f.clause.analysis) or f.countries:
        return None
    if not BREAKDOWN_ASKED.search(f.norm) or [t for t in f.content if t not in _SPLIT_WORDS]:
        return None
    figures = _figures_of(f.readers, f.previous.intents)
    if len(figures) != 1 or figures[0] in f.readers.calculator.members:
        return None  # (a whole with parts is broken down: the reading of its own says how)
    ask = Ask("lookup", f.clause.text, figures[0], score=1.0, polar=True, analysis=f.clause.analysis)
    return [ask], f"{f.readers.intents[figures[0]].title}, split?"


_SPLIT_WORDS = frozenset(
    Analyzer.stem(w) for w in ("broken", "break", "breakdown", "split", "separate", "separately", "itemised", "per",
                               "drug", "type", "kind", "category", "by", "down", "further", "individual")
)  # fmt: skip


def _in_another_unit(f: FollowUp) -> Resolution | None:
    """ "Whats that in tons total?", "how many pounds is it?" after a weight: the weight just given,
    asked in another unit (the engine converts it); naming a weight of its own, it reads alone."""
    asked = f.readers.unit_asked.search(f.norm)
    if asked is None or f.same_message or f.countries:
        return None
    units = set(f.readers.analyzer.analyze(asked.group(0)).stems)
    own = [t for t in f.content if t not in units and t not in _UNIT_FRAME]
    weights = [i for i in _figures_of(f.readers, f.previous.intents) if f.readers.calculator.unit(i) == "kg"]
    if own or len(weights) != 1:
        return None
    whole = f.readers.calculator.whole_of(weights[0])
    if whole is not None and _OVERALL.search(f.norm):
        weights = [whole]  # "whats that in tons total" after the 300 kg: all the drugs
    ask = Ask("lookup", f.clause.text, weights[0], score=1.0, analysis=f.clause.analysis)
    return (
        [ask],
        f"{f.readers.intents[weights[0]].title}, in {f.readers.unit_of_word[next(g for g in asked.groups() if g)]}",
    )


_UNIT_FRAME = frozenset(
    Analyzer.stem(w)
    for w in ("total", "overall", "altogether", "together", "like", "roughly", "about", "convert", "metric")
)


def _count_elided(f: FollowUp) -> Resolution | None:
    """ "How many did they find?" after the cyber patrol: "how many" with nothing counted after it
    counts what was just answered (its targets), whatever the verb."""
    readers, previous = f.readers, f.previous
    elided = _COUNT_ELIDED.match(f.fragment)
    if f.same_message or elided is None or f.countries or f.agencies or not previous.intents:
        return None
    if f.operates or _TWO.search(f.norm):
        return None  # "so how much was it all together then": the two just answered, added up
    rest = readers.analyzer.analyze(f.fragment[elided.end() :]).stems
    if any(s not in readers.frame and s not in _FOUND and s not in CONTENTLESS for s in rest):
        return None  # "how many were on the dark web?", "how many were pistols?": a part named, read as asked
    that = re.search(r"\b(?:is|s) that\s*$", f.fragment) is not None  # "how many is that?": a list's count
    if that and not any(
        readers.intents[i].slot == "letter" for i in previous.intents if i in readers.intents.intents
    ):
        return None
    for intent in reversed(previous.intents):
        if intent not in readers.intents.intents:
            continue
        if readers.intents[intent].slot == "letter" and previous.clauses:
            # "how many is that?" after the EU countries starting with S: that list again, which counts them
            asked = previous.clauses[-1]
            return [Ask("lookup", asked, intent, score=1.0, analysis=readers.analyzer.analyze(asked))], asked
        figure = readers.intents[intent].figure
        counted = next(
            (
                i.intent
                for i in (readers.intents[intent], *readers.intents.intents.values())
                if figure and i.figure == figure and readers.calculator.operand(i.intent) is not None
            ),
            None,
        )
        if counted is not None:
            ask = Ask("lookup", f.clause.text, counted, score=1.0, analysis=f.clause.analysis)
            return [ask], f"{f.fragment} ({readers.intents[counted].title})"
    last = previous.intents[-1]
    if (
        len(previous.intents) == 1
        and last in readers.intents.intents
        and readers.intents[last].kind == "list"
    ):
        # "how many did they find?" after where the patrol looked: the count its answer leans on (the targets)
        counted = next(
            (r for r in readers.intents[last].related if readers.calculator.operand(r) is not None), None
        )
        if counted is not None:
            ask = Ask("lookup", f.clause.text, counted, score=1.0, analysis=f.clause.analysis)
            return [ask], f"{f.fragment} ({readers.intents[counted].title})"
    return None


def _part_of_whole(f: FollowUp) -> Resolution | None:
    """ "And how many of those were people?" after the entities checked and the officers: a part of a
    whole just answered, read on its own (not with every word the turn before used)."""
    readers, alone = f.readers, f.alone
    if f.pronoun is None or len(alone) > 1 or any(a.op != "lookup" or a.polar for a in alone):
        return None
    part = alone[0].intent or "" if alone else ""
    whole = readers.calculator.whole_of(part) if part in readers.intents.intents else None
    if whole is None or whole not in f.previous.intents:
        # "from these, how many persons?" after the entities: of the whole's parts, the one it names,
        # however "how many persons" reads alone (the officers)
        wholes = [i for i in f.previous.intents if readers.calculator.members.get(i)]
        if len(wholes) != 1 or not _OF_THOSE_PARTS.search(f.fragment):
            return None  # only with "of those" said
        whole = wholes[0]
        members = readers.calculator.members[whole]
        named = [r for r in readers.rank(f.clause.analysis, limit=8) if r.intent in members]
        if not named or named[0].score < _NEAR_PART * readers.settings.threshold:
            return None
        part = named[0].intent
        alone = [Ask("lookup", f.clause.text, part, score=named[0].score, analysis=f.clause.analysis)]
    if part in f.previous.intents:
        return None
    if alone[0].score < _NEAR_PART * readers.settings.threshold:
        return None
    return alone, f.clause.text


def _nth_part(f: FollowUp) -> Resolution | None:
    """ "how many of the first one?" after the things checked: the part in that place of the answer's
    breakdown (people, vehicles, parcels, premises, in the statement's order)."""
    match = _NTH.search(f.norm)
    if match is None or f.countries or f.same_message:
        return None
    wholes = [i for i in f.previous.intents if f.readers.calculator.members.get(i)]
    listed = [
        i
        for i in f.previous.intents
        if i in f.readers.intents.intents and f.readers.intents[i].kind == "list"
    ]
    if len(wholes) == 1:
        members = f.readers.calculator.members[wholes[0]]
    elif not wholes and len(listed) == 1:
        # "how much of the first one?" after the drugs named: the figures the list's answer gives, in its order
        # (the parts of one whole: not the seizures' drugs, weapons and ammunition, each of them a whole)
        members = [i for i in f.readers.intents[listed[0]].related if f.readers.intents[i].figure]
        if len({f.readers.calculator.whole_of(i) for i in members}) != 1 or None in {
            f.readers.calculator.whole_of(i) for i in members
        }:
            return None
    else:
        return None
    if not members:
        return None
    if any(a.intent in members for a in f.alone) and f.best_alone >= f.readers.settings.threshold:
        return ALONE  # "and the second one, how many on the messaging thing?": the part it names itself
    place = _ORDINALS[match.group(1)]
    if place >= len(members):
        return None
    part = members[place]
    ask = Ask("lookup", f.clause.text, part, score=1.0, analysis=f.clause.analysis)
    return [ask], f.readers.intents[part].title


_ORDINALS = {
    "first": 0,
    "1st": 0,
    "second": 1,
    "2nd": 1,
    "third": 2,
    "3rd": 2,
    "fourth": 3,
    "4th": 3,
    "last": -1,
}
_NTH = re.compile(
    r"\b(?:the|that) (first|1st|second|2nd|third|3rd|fourth|4th|last) (?:one|ones|item|category|thing|figure|number|of them)\b"
)


def _whole_there(f: FollowUp) -> Resolution | None:
    """ "how many targets there" after the dark web: the whole counted where the last answer was, which is
    the part just named (5 on the dark web), not the whole (120)."""
    alone = f.alone
    if (
        not _THERE_POINTING.search(f.norm)
        or len(alone) != 1
        or alone[0].op != "lookup"
        or alone[0].polar
        or f.countries
    ):
        return None
    members = f.readers.calculator.members.get(alone[0].intent or "", ())
    parts = [i for i in f.previous.intents if i in members]
    if len(parts) != 1:
        return None
    ask = Ask("lookup", f.clause.text, parts[0], score=1.0, analysis=f.clause.analysis)
    return [ask], f.readers.intents[parts[0]].title


_THERE_POINTING = re.compile(  # "how many targets there", not "how many in total there"
    r"^(?!.*\b(?:total|overall|altogether|all|whole|entire)\b).*\b(?:there|in there|on there|over there)\W*$"
)


def _sibling_of_last(f: FollowUp) -> Resolution | None:
    """ "n how many ppl" after the premises checked: of two close readings, the one beside the last
    answer (the people checked, a part of the same whole), not the officers."""
    readers, alone = f.readers, f.alone
    if (
        not f.cued
        or f.pronoun
        or f.countries
        or f.operates
        or arithmetic.operation(f.fragment) is not None  # "and adding the EU ones?" adds them up
        or len(alone) != 1
        or alone[0].op != "lookup"
        or alone[0].polar
    ):
        return None
    wholes = {readers.calculator.whole_of(i) for i in f.previous.intents if i in readers.intents.intents}
    if len(wholes) != 1 or None in wholes:
        return None
    whole = wholes.pop()
    assert whole is not None
    members = readers.calculator.members[whole]
    if alone[0].intent in members or alone[0].intent == whole:
        return None
    sibling = next(
        (
            r
            for r in readers.rank(f.clause.analysis, limit=6)
            if r.intent in members and r.intent not in f.previous.intents
        ),
        None,
    )
    if sibling is None or sibling.score < max(readers.settings.threshold, alone[0].score - _SIBLING_MARGIN):
        return None
    return [
        Ask("lookup", f.clause.text, sibling.intent, score=sibling.score, analysis=f.clause.analysis)
    ], f.clause.text


_SIBLING_MARGIN = 0.05  # how much better the reading alone may be than the last answer's sibling


_OF_THOSE_PARTS = re.compile(
    r"\b(?:of|from|among) (?:those|them|these)\b|\b(?:from|among|out of) (?:this|that)(?= (?:how|what|which)\b)"
)
_NEAR_PART = 0.8  # a part named after "of those" need not read as well as a question alone


def _everything_given(f: FollowUp) -> Resolution | None:
    """ "Is that everything they checked?" after the people and the vehicles: No, and the whole with
    every part, as for "did they only check people and vehicles?"."""
    readers = f.readers
    if not _EVERYTHING_GIVEN.match(f.fragment):
        return None
    parts = [i for i in f.previous.intents if i in readers.intents.intents]
    whole = _one_whole(readers, parts)
    if whole is None:
        return None
    members = readers.calculator.members.get(whole, [])
    if not parts or set(parts) >= set(members):
        return None  # every part given: the whole indeed
    ask = Ask(
        "lookup",
        f.clause.text,
        parts[-1],
        score=1.0,
        polar=True,
        analysis=readers.analyzer.analyze(_ONLY_THOSE),
    )
    return [ask], _ONLY_THOSE


def _whole_of_everything(f: FollowUp) -> Resolution | None:
    """ "and the total of everything checked" after the people and the vehicles: the whole they are
    parts of (288,774 entities), not the two just given added up."""
    if (
        not _EVERYTHING_TOTAL.search(f.norm)
        or f.countries
        or arithmetic.operation(f.fragment) not in (None, "sum")
    ):
        return None  # "and parcels as a share of everything checked?": the whole is the share's, not asked
    whole = _one_whole(f.readers, [i for i in f.previous.intents if i in f.readers.intents.intents])
    if whole is None:
        return None
    if any(a.intent == whole for a in f.alone):
        return ALONE  # it reads the whole itself, and whatever else it asks ("… and how many were vehicles")
    ask = Ask("lookup", f.clause.text, whole, score=1.0, analysis=f.clause.analysis)
    return [ask], f.readers.intents[whole].title


_EVERYTHING_TOTAL = re.compile(
    r"\b(?:total|sum|number|count) of (?:everything|all of it|it all)\b|\beverything (?:checked|together|in total)\b"
    r"|\ball (?:of )?the (?:checks|things checked)\b"
)


def _the_others(f: FollowUp) -> Resolution | None:
    """ "And the other ones with them?" after Frontex: the others of the list the name is on, which
    the list answers (the agencies, the countries)."""
    if not _OTHERS.match(f.fragment) or not f.previous.clauses:
        return None
    named = f.readers.analyzer.analyze(f.previous.clauses[-1])
    if named.agencies:
        text = "which agencies were involved"
    elif named.countries:
        text = "which countries took part"
    else:
        return None
    asks = f.readers.read(f.readers.clause(text))
    return (asks, text) if asks else None


def _share_of_rest(f: FollowUp) -> Resolution | None:
    """ "And as a % of all targets?" after the targets not on the app: the share of what was left."""
    if f.previous.operation != "complement" or f.same_message or not PERCENT.search(f.norm):
        return None
    calculator = f.readers.calculator
    whole = next((calculator.whole_of(i) for i in f.previous.intents if calculator.whole_of(i)), None)
    if whole is None:
        return None
    excluded = f.previous.intents
    titles = " and ".join(f.readers.intents[i].title for i in excluded)
    if _names_own_part(f, whole):
        # "and what share were vehicles?" names a part of its own: of the whole, unless "of those"
        # points at what was left ("of those, what fraction are vehicles?" after all but the people)
        part = f.readers.part_named(f.clause.analysis, whole)
        if part is None or part in excluded or not _OF_WHAT_LEFT.search(f.norm):
            return None
        ask = Ask("complement", f.clause.text, whole, excluded, 1.0, within=part, analysis=f.clause.analysis)
        return [
            ask
        ], f"share of {f.readers.intents[part].title} in {f.readers.intents[whole].title} other than {titles}"
    ask = Ask("complement", f.clause.text, whole, excluded, score=1.0, analysis=f.clause.analysis)
    return [ask], f"share of {f.readers.intents[whole].title} other than {titles}"


def _share_of_sum(f: FollowUp) -> Resolution | None:
    """ "As a share of all targets?" after "marketplaces plus dark web?": the share the two parts added
    make of their whole (what the whole leaves once its other parts are left out)."""
    if f.previous.operation != "sum" or not PERCENT.search(f.norm) or _REST.search(f.norm):
        return None  # not "the remaining two as a share of the total": what the sum left
    if f.same_message and not _POINTING_WORD.search(f.fragment):
        return None  # (in one message only when it points back: "…add up to, and what share of all is that?")
    parts = f.previous.intents
    whole = _one_whole(f.readers, parts)
    if whole is None:
        return None
    ask = _kept_to(f, whole, parts)
    if not ask.operands or _names_own_part(f, whole):
        return None  # "and what share were vehicles?" names a part of its own
    titles = " and ".join(f.readers.intents[i].title for i in parts)
    return [ask], f"share of {titles} in {f.readers.intents[whole].title}"


def _part_of_sum(f: FollowUp) -> Resolution | None:
    """ "And the cocaine is how many percent of this?" after the drugs added up: the share one of the
    figures just added makes of their sum (the reading of its own when it says as much)."""
    # (or of a pair just compared, added now: "cocaine as a share of those two figures combined?")
    added = f.previous.operation == "sum" or (f.previous.operation in _KEPT and _SUM_CUE.search(f.norm))
    if not added or f.same_message or not PERCENT.search(f.norm):
        return None
    if not (f.pronoun or _POINTING_WORD.search(f.fragment)):
        return None
    parts = f.previous.intents
    whole = _one_whole(f.readers, parts)
    if whole is None:
        return None
    for a in f.alone:  # "cocaine's share" reads alone, and is of the same figures
        intent = f.readers.intents.intents.get(a.intent or "")
        if intent is not None and intent.kind == "derived" and set(parts) & set(intent.related):
            return ALONE if a.score >= f.readers.settings.threshold else None
    part = f.readers.part_named(f.clause.analysis, whole)
    if part is None or part not in parts:
        return None
    return [_kept_to(f, whole, parts, within=part)], f"share of {f.readers.intents[part].title} in the sum"


def _kept_to(f: FollowUp, whole: str, parts: list[str] | tuple[str, ...], within: str | None = None) -> Ask:
    """The whole less its parts not kept ("the bottom two", "marketplaces plus dark web"), as the
    complement renders it, with its share when asked; `within`: one kept part's share of them."""
    excluded = tuple(m for m in f.readers.calculator.members.get(whole, ()) if m not in parts)
    return Ask(
        "complement", f.clause.text, whole, excluded, score=1.0, within=within, analysis=f.clause.analysis
    )


def _one_whole(readers: Readers, parts: list[str] | tuple[str, ...]) -> str | None:
    """The one whole every part belongs to (the targets for the app and the dark web), or None."""
    wholes = {readers.calculator.whole_of(p) for p in parts}
    return wholes.pop() if len(wholes) == 1 else None


def _names_own_part(f: FollowUp, whole: str) -> bool:
    """Whether the clause names a topic besides the whole's own words and an operation's ("and what share
    were vehicles?" after a share of the checks)."""
    unit = set(f.readers.analyzer.analyze(f.readers.intents[whole].title).stems)
    return any(t not in _OPERATION_WORDS and t not in _QUOTING and t not in unit for t in f.topics)


def _which_bigger(norm: str) -> bool:
    """ "Which one is bigger?", not "which of those two is bigger?" (the two are read by `_TWO`)."""
    # ("whats bigger lol": the arithmetic's own "which of the two", with "what" and a trailing laugh)
    return (
        bool(_WHICH_BIGGER.search(norm) or arithmetic.WHICH_OF_TWO.search(norm)) and "two" not in norm.split()
    )


def _bigger_of_two(f: FollowUp, last_figures: list[str]) -> Resolution | None:
    """ "Which one is bigger, and by how much?" after two figures (or two answers in turn): the larger
    first and the gap, unless the question names its own figures."""
    readers = f.readers
    operand = readers.calculator.operand
    given = [i for i in f.previous.history if operand(i) is not None][-2:]
    compared = last_figures if len(last_figures) == 2 else given if last_figures == given[-1:] else []
    named = [n for n in (readers.figure_intent(p) for p in arithmetic.operand_phrases(f.fragment)) if n]
    if len(compared) != 2 or named:
        return None
    pair = tuple(sorted(compared, key=lambda i: -operand(i).value))  # type: ignore[union-attr]
    ask = Ask("difference", f.clause.text, None, pair, score=1.0, analysis=f.clause.analysis)
    return [ask], f"difference of {readers.intents[pair[0]].title} / {readers.intents[pair[1]].title}"


def _on_previous(f: FollowUp) -> Resolution | None:
    """Operations on what was just answered: "and the rest?", "the total of the two?", "which was
    the most?"."""
    clause, norm, topics, previous, readers = f.clause, f.norm, f.topics, f.previous, f.readers
    same_message = f.same_message
    if _RANKING.search(norm) and not [t for t in topics if t not in _OPERATION_WORDS and t not in _AGREEING]:
        given = _whole_given(f)  # "which of those had the most?" after where the targets were: the platforms
        for intent in (*reversed(previous.intents), *((given,) if given else ())):
            whole = readers.calculator.whole_with_parts(intent)
            if whole is not None:
                # "and the fewest?": the one part named, so "what share is that?" next means it
                calculator = readers.calculator
                members = sorted(calculator.members[whole], key=lambda m: -calculator.operand(m).value)  # type: ignore[union-attr]
                least = _FEWEST.search(norm) and not _MOST.search(norm)
                picked = (members[-1],) if least else (members[0],) if _MOST.search(norm) else ()
                claimed = [
                    m
                    for m in members
                    if any(abs(c.value - calculator.operand(m).value) < 0.5 for c in clause.analysis.claims)  # type: ignore[union-attr]
                ]
                if len(claimed) == 1 and polar(clause.analysis):
                    # "is the 626 most of it?" after the drugs: whether the part quoted is the largest
                    ask = Ask(
                        "rank",
                        clause.text,
                        whole,
                        (claimed[0],),
                        score=1.0,
                        polar=True,
                        analysis=clause.analysis,
                    )
                    return [ask], f"{readers.intents[whole].title}, largest first"
                if _THATS.search(norm) and intent in members and intent == previous.intents[-1]:
                    # "so thats most of them yeah" after the app's 94: whether the part just given is it
                    ask = Ask(
                        "rank", clause.text, whole, (intent,), score=1.0, polar=True, analysis=clause.analysis
                    )
                    return [ask], f"{readers.intents[whole].title}, largest first"
                ask = Ask("rank", clause.text, whole, picked, score=1.0, analysis=clause.analysis)
                return [ask], f"{readers.intents[whole].title}, largest first"
    exact = set(readers.calculator.whole.values())  # wholes their parts add up to
    calculator = readers.calculator
    wholes = {  # the whole the parts just given belong to (a share's whole given beside them is no part)
        calculator.whole_of(i) for i in previous.intents if i not in exact
    }
    figures = {calculator.operand(w) for w in wholes if w is not None}
    if None in wholes and figures:  # nor the same whole under another name (the cyber patrol's 120)
        wholes = {
            calculator.whole_of(i)
            for i in previous.intents
            if i not in exact and (i in wholes or calculator.operand(i) not in figures)
        }
    if None in wholes and all(
        i in wholes for i in previous.intents if calculator.whole_of(i) is None and i not in exact
    ):
        wholes.discard(None)  # "nearly a ton, 626 kg of it cocaine. and the rest?": the whole and its part
    stated = _parts_stated(f) if _REST.search(norm) and wholes <= {None} else []
    if stated:  # "and the rest?" after "the app isn't named; 94 of the 120 targets were on one"
        wholes = {calculator.whole_of(stated[0])}
    # "how many more on the app than all the others": a comparison of its own, not the rest of the last answer
    # (nor "so parcels + premises is whats left.. how many is that combined": a sum named)
    summed = [p for p in arithmetic.operand_phrases(f.fragment) if readers.figure_intent(p)]
    compared = any(a.op == "difference" or (a.op == "sum" and len(summed) >= 2) for a in f.alone)
    # "difference between the cocaine and the other drug figure": two named, compared (a declared comparison)
    compared = compared or arithmetic.operation(f.fragment) in ("difference", "ratio")
    if _REST.search(norm) and len(wholes) == 1 and None not in wholes and not compared:
        # "and the rest?" after the people checked, or after the people and vehicles added up; after
        # the people's share and then the vehicles', the two remaining are parcels and premises
        whole = wholes.pop()
        assert whole is not None
        whole = readers.whole_by_relation(clause.analysis, whole)  # "the rest of the stuff they checked"
        members = readers.calculator.members.get(whole, [])
        # (in one message, what its own clause before gave: "where were the 94, and the remaining ones?")
        earlier = () if same_message else previous.history
        given = tuple(dict.fromkeys(i for i in (*earlier, *previous.intents, *stated) if i in members))
        left = [m for m in members if m not in given]
        if len(left) == 1:  # "and the other stuff?" after the cocaine: the one figure left, as itself
            ask = Ask("lookup", clause.text, left[0], score=1.0, analysis=clause.analysis)
            return [ask], readers.intents[left[0]].title
        if len(given) < len(members):
            ask = Ask("complement", clause.text, whole, given, score=1.0, analysis=clause.analysis)
            titles = " and ".join(readers.intents[i].title for i in given)
            return [ask], f"{readers.intents[whole].title} other than {titles}"
    last_figures = [i for i in previous.intents if readers.calculator.operand(i) is not None]
    bare = not [t for t in topics if t not in _OPERATION_WORDS and t not in _QUOTING]
    # (in one message too when it points back: "which channel had most of them, and what share was that?")
    if PERCENT.search(norm) and bare and last_figures and (not same_message or f.pronoun):
        declared = calculator.declared_operands(last_figures[0], "sum") if len(last_figures) == 1 else None
        added = list(declared) if declared else last_figures  # "vehicles, parcels and premises": one figure
        summed = {calculator.whole_of(i) for i in added}
        whole = summed.pop() if len(summed) == 1 else None
        added_up = (
            previous.operation == "sum"
            or bool(declared)
            or bool(previous.clauses and _SUM_CUE.search(previous.clauses[-1].lower()))
        )  # "subset total: parcels + premises + vehicles", then "and that as a share of everything checked"
        if added_up and len(added) > 1 and whole is not None:
            last_figures = added
            # "and as a share of the overall total?" after parcels plus premises: the sum's share, which is
            # the whole less the parts left out of the sum
            left = tuple(m for m in calculator.members[whole] if m not in last_figures)
            if left:
                ask = Ask("complement", clause.text, whole, left, score=1.0, analysis=clause.analysis)
                titles = " and ".join(readers.intents[i].title for i in left)
                return [ask], f"share of {readers.intents[whole].title} other than {titles}"
        # "as a percentage?": the part just given, of its whole (or of the other figure given with it)
        part = last_figures[0]
        if previous.operation == "rank" and part in calculator.members and f.pronoun:
            # "… and what share of the 120 was that?" after which channel had the most: the first of the ranking
            fewest = bool(previous.clauses and _FEWEST.search(normalize(previous.clauses[-1])))
            ranked = sorted(calculator.members[part], key=lambda m: calculator.operand(m).value)  # type: ignore[union-attr]
            part = ranked[0] if fewest else ranked[-1]
        whole = next((i for i in last_figures[1:] if readers.calculator.whole_of(part) == i), None)
        whole = whole or readers.calculator.whole_of(part)
        if whole is not None and whole != part:
            ask = Ask("share", clause.text, None, (part, whole), score=1.0, analysis=clause.analysis)
            return [ask], f"share of {readers.intents[part].title} in {readers.intents[whole].title}"
    whole_only = not [
        t for t in topics if t not in _OPERATION_WORDS and t not in _QUOTING and t != _WHOLE_STEM
    ]
    if _WHOLE.search(norm) and whole_only and not last_figures and previous.clauses:
        # "ok what's the overall number then?" after the weapons Serbia seized: the figure for all of them
        asked = readers.clause(previous.clauses[-1])
        figure = next(
            (
                r.intent
                for r in asked.ranked
                if readers.calculator.operand(r.intent) and not readers.lists_countries(r.intent)
            ),
            None,
        )  # the officers of "how many officers came from each country?", not the 26 countries
        per_country = readers.per_country_intent in previous.intents
        if (asked.analysis.countries or per_country) and figure is not None:
            # read as the figure's own question, so "how many of them…" next knows what "them" were
            said = readers.intents[figure].examples[0]
            ask = Ask("lookup", said, figure, score=1.0, analysis=readers.analyzer.analyze(said))
            return [ask], readers.intents[figure].title
    history = previous.history
    if (
        _WHOLE.search(norm)
        and bare
        and len(last_figures) == 1
        # not "and how many is that in total?" after a list: that list counted
        and not (_THAT_COUNTED.search(norm) and readers.intents[last_figures[0]].kind == "list")
        and (_every_one_of_a_whole(norm, last_figures[0], previous, calculator) or not _BOTH.search(norm))
        # not "so how much altogether" after the cocaine, then the weed: the two asked in turn, added up
        and not (
            len(history) >= 2
            and _siblings(readers, history[-2], history[-1])
            # the parts do not add up to their whole ("nearly a ton"): the two asked, added up
            and readers.calculator.whole_of(history[-1]) not in exact
            and not re.search(r"\b(?:overall|total)\b", norm)  # "and the overall total was 130?": the whole
        )
    ):
        # "and how many in total?" after the dark web's 5; "what's the overall figure then?" after a
        # figure the statement gives for no country: that figure, the whole it has
        whole = readers.calculator.whole_of(last_figures[0]) or last_figures[0]
        if whole is not None:
            # read as the whole's own question, so "where were most of em?" next knows what they were (a
            # claim keeps its own words: "and the overall total was 130?")
            asked = clause.analysis.claims or polar(clause.analysis)
            said = clause.text if asked else readers.intents[whole].examples[0]
            analysis = clause.analysis if asked else readers.analyzer.analyze(said)
            ask = Ask("lookup", said, whole, score=1.0, analysis=analysis)
            return [ask], readers.intents[whole].title
    each = _EACH_OF_THEM.search(norm) and last_figures and not same_message
    agent = readers.figure_intent("officers") if each else None  # who "each" is when no one else is named
    if each and (len(last_figures) == 1 or agent in previous.history):
        # "how many entities did each of them check?" after the officers: that figure per officer
        # each of the officers when they were asked about since ("how much people per one officer?" after
        # the officers, then the entities they checked), else each of the one figure just given
        divisor = last_figures[0] if len(last_figures) == 1 or agent not in previous.history else agent
        spoken = [n for n in (readers.figure_intent(p) for p in arithmetic.operand_phrases(f.fragment)) if n]
        per_one = _PER.search(norm)  # "per officer, how many entities did each handle?": the divisor named
        if agent in spoken and len(set(spoken)) > 1 and per_one is not None and per_one.group(1):
            divisor = agent
        # "how many rounds per one weapon is this?" after the weapons, then the rounds: what "per" names divides
        per_named = _PER_ONE_NAMED.search(norm)
        named_divisor = readers.figure_intent(per_named.group(1)) if per_named else None
        if named_divisor in spoken and len(set(spoken)) > 1:
            divisor = named_divisor
        named = [n for n in spoken if n != divisor]
        counted = re.search(r"\bhow (?:many|much) (\w+)", f.fragment)
        if not named and agent and agent in previous.history and agent != last_figures[0]:
            named, divisor = (
                [last_figures[0]],
                agent,
            )  # "so like how many each" after the officers, then the checks
        if len(set(named)) > 1 and counted:  # "so they each screened how many persons": the persons counted
            named = [n for n in [readers.figure_intent(counted.group(1))] if n and n != divisor]
        if len(set(named)) == 1:
            pair = (named[0], divisor)
            ask = Ask("ratio", clause.text, None, pair, score=1.0, analysis=clause.analysis)
            return [ask], f"ratio of {readers.intents[pair[0]].title} / {readers.intents[pair[1]].title}"
    per = _PER.search(norm)
    if (
        per
        and (REFERS.search(norm) or _THATS.search(norm) or len(norm.split()) <= 6)
        and len(last_figures) == 1
    ):
        divisor = readers.figure_intent(per.group(1) or per.group(2))
        if divisor and readers.lists_countries(divisor):
            divisor = None  # "per country?": a breakdown the statement does not give, not an average
        pair = (last_figures[0], divisor or "")
        own = [  # "how many entities were checked per officer in this operation?": its own figure, named
            n
            for n in (readers.figure_intent(p) for p in arithmetic.operand_phrases(f.fragment))
            if n and n not in (divisor, last_figures[0])
        ]
        if (
            divisor
            and not own
            and divisor != pair[0]
            and readers.calculator.declared_operation(pair) != "ratio"
        ):
            # "so how many is that per officer?" after the people checked: people / officers; "so thats
            # like three per officer, is that right": the guess checked
            checked = polar(clause.analysis) or tagged(clause.text) is not None
            ask = Ask("ratio", clause.text, None, pair, score=1.0, polar=checked, analysis=clause.analysis)
            return [ask], f"ratio of {readers.intents[pair[0]].title} / {readers.intents[divisor].title}"
    if _which_bigger(norm) and not same_message:
        if previous.operation == "complement":  # "which of them was larger?" after what was left: of those
            whole = next((calculator.whole_of(i) for i in previous.intents if calculator.whole_of(i)), None)
            left = [m for m in calculator.members.get(whole or "", ()) if m not in previous.intents]
            last_figures = left if len(left) == 2 else last_figures
        bigger = _bigger_of_two(f, last_figures)
        if bigger is not None:
            return bigger
    figures = [i for i in previous.history if readers.calculator.operand(i) is not None]
    if len(last_figures) == 2 and _GAP.search(norm):
        figures = last_figures  # "by how much" after "were there more parcels than premises?": those two
    if len(figures) >= 2 and not [t for t in topics if t not in _OPERATION_WORDS and t not in _QUOTING]:
        first, second = figures[-2], figures[-1]
        if _FIRST_TWO.search(norm) and len(figures) >= 3:  # "which of the first two figures is bigger?"
            first, second = figures[0], figures[1]
        if _GAP.search(norm):
            op = "difference"
        elif _TWO.search(norm) and not _PRONOUN_ONE.search(norm):
            op = "sum"
        else:
            return None
        operands = (first, second)
        last = [i for i in previous.intents if readers.calculator.operand(i) is not None]
        if op == "sum" and len(last) > 2 and not re.search(r"\b(?:two|both)\b", norm):
            operands = tuple(dict.fromkeys(last))  # "vehicles + parcels + premises, how much is that total?"
        if op == "sum" and _EVERYTHING.search(norm) and not _PAIRED.search(norm) and last:
            # "everything combined?" after the people and vehicles, then the parcels and premises:
            # every part of that whole asked in the conversation, not just the last answer's
            whole = readers.calculator.whole_of(last[-1])
            siblings = tuple(
                dict.fromkeys(i for i in (*figures, *last) if readers.calculator.whole_of(i) == whole)
            )
            if whole is not None and len(siblings) > len(operands):
                operands = siblings
        if not readers.calculator.combines(op, operands):
            return None  # "what's the grand total?" after the officers and the entities: no sum of those
        titles = " and ".join(readers.intents[i].title for i in operands)
        asked_yes_no = (
            polar(clause.analysis)
            or tagged(clause.text) is not None  # "is that more than 2,300?"
            or (
                bool(clause.analysis.claims) and not open_question(clause.analysis)
            )  # "so like 926 together?"
        )
        ask = Ask(op, clause.text, None, operands, score=1.0, polar=asked_yes_no, analysis=clause.analysis)
        return [ask], f"{op} of {titles}"
    return None


_PLACED = re.compile(r"\b(?:in|on|at|from|of|by|with)\b")


def _every_one_of_a_whole(norm: str, last: str, previous: Context, calculator: Calculator) -> bool:
    """ "So total like all of them together" after the EU's 16: the whole the part is of; not after
    "and vehicles?" following the people, where it adds the two parts up."""
    return bool(_EVERY_ONE.search(norm)) and not any(
        i != last
        and calculator.operand(i) is not None
        and calculator.whole_of(i) == calculator.whole_of(last)
        for i in previous.history
    )


def _last_unit(previous: Context, readers: Readers) -> str | None:
    """What the last figure answered counts ("targets"), when the answer was one figure."""
    figures = [readers.intents[i].figure for i in previous.intents if i in readers.intents.intents]
    facts = [readers.store.facts.get(f or "") for f in figures]
    units = {f.unit for f in facts if isinstance(f, Figure)}
    return units.pop() if len(units) == 1 and len(facts) == 1 else None


def _candidates(f: FollowUp, readers: Readers) -> list[list[str]]:
    """Rewritings of a follow-up in groups, most likely group first: a later group is tried only
    when no rewriting of an earlier one reads ("no, I meant ammunition" replaces the topic before
    it is ever added to the old question)."""
    fragment, pronoun, topics, previous, correction = f.fragment, f.pronoun, f.known, f.previous, f.correction
    countries, agencies = f.countries, f.agencies
    last = previous.clauses[-1]
    # "how many of them were from customs?" after "how many officers, and from what services": the count
    counted_before = [c for c in previous.clauses if _HOW_MUCH.search(normalize(c))]
    clauses = (
        counted_before
        if _HOW_MUCH.search(fragment) and 0 < len(counted_before) < len(previous.clauses)
        else previous.clauses
    )
    topic = (
        " and ".join(_topic(c, readers) for c in clauses)
        if len(clauses) > 1
        else _topic(clauses[-1], readers)
    )
    first: list[str] = []
    if pronoun:
        word = re.search(r"(?:it|that|this|they|those|these|them|the two|both|there)\b", pronoun.group(0))
        start = pronoun.start() + (word.start() if word else 0)
        end = pronoun.start() + (word.end() if word else len(pronoun.group(0)))
        before, after = fragment[:start], fragment[end:]
        place = "in " if word and word.group(0) == "there" else ""
        # "they" is not the one country just named ("how many weapons are they taking?" after Turkey)
        one = (
            word is not None
            and word.group(0) in ("they", "them")
            # "how many officers were they coordinating?" after Skopje, Interpol…; not "how many of them came
            # from Germany?", a country of its own
            and (len(previous.names) == 1 or (len(previous.names) > 1 and not countries))
            and bool(_HOW_MUCH.search(fragment))
        )
        # "give me the full breakdown of those" after who said 120 targets: the targets, not Europol
        plural_of_one = word is not None and word.group(0) in ("those", "these") and len(previous.names) == 1
        tag = _TAG_END.search(fragment)  # "…, is that true?": the claim's "that", no name just given
        in_tag = tag is not None and pronoun.start() >= tag.start()
        # "Eurojust deals with courts, yes?" answered with Europol too: "it" is the one the question named
        asked = [n for n in previous.names if n.lower() in " ".join(previous.clauses).lower()]
        names = [*asked, *(n for n in previous.names if n not in asked)]
        # "and how many is that altogether?" after "Yes — Kosovo took part": a count of them all, not of Kosovo
        counted = (
            bool(_HOW_MUCH.search(fragment))
            and bool(_OVERALL.search(fragment))
            and not [
                t
                for t in f.topics
                if t not in _OPERATION_WORDS and t not in readers.frame and t != _COUNTRY_STEM
            ]
        )
        named = (
            []
            if one or in_tag or counted or plural_of_one
            else [[f"{before}{place}{name}{after}" for name in names[:3]]]
        )
        if named and word is not None and word.group(0) in ("the two", "both") and len(names) >= 2:
            # "which of the two is listed as EU?" after Moldova and Portugal: both names, each answered
            named[0].insert(0, f"{before}{place}{' and '.join(names[:3])}{after}")
        # "where online were most of them?" after the targets: the units the last figure counts compete
        # with the names its answer gave
        unit = (
            _last_unit(previous, readers)
            if pronoun.group(0).startswith("of ")
            and not f.same_message
            and word is not None
            and word.group(0) != "it"
            and re.match(r"(?:\w+ )?(?:where|which|what)\b", fragment)
            else None
        )
        if named and unit:
            named[0].insert(0, f"{before}the {unit}{after}")
        if counted and names and all(readers.store.countries.lookup(n) for n in names):
            first.append("how many countries took part altogether")  # the group the named country is in
        elif not one and not (counted and names):
            first.append(f"{before}{topic}{after}")
    if (
        countries or agencies
    ):  # "Greece was participating?" + "And Cyprus?": the name changes, the question stays
        swaps = [s for s in (_swap_names(c, fragment, readers) for c in reversed(previous.clauses)) if s]
        swapped = max(
            swaps, key=len, default=None
        )  # "...with Eurojust, Frontex | Interpol?": the whole question
        if swapped:
            first.append(swapped)
    sided: list[str] = []
    if not pronoun and not countries and _EU_ASKED.search(fragment.lower()):
        # "in the EU or not?", "as a non-EU country?" after Turkey: the side of the country just named,
        # tried before the fragment as a topic of its own
        named_countries = [n for n in previous.names if readers.store.countries.lookup(n)]
        sided = [f"is {name} {fragment}" for name in named_countries] if len(named_countries) == 1 else []
    if topics and _KIND_OF.fullmatch(fragment) and not (countries or agencies or pronoun):
        first.append(f"{fragment} of {topic}")  # "what types?" after the weapons: the weapons' types
    elif _KIND_OF_NOUN.fullmatch(fragment) and not (countries or agencies or pronoun):
        first.append(f"{fragment} {topic}")  # "on which kind of sites?" after what the patrol found
    if topics and not ((countries or agencies) and len(topics) <= 1):
        first.append(_replace_topic(last, fragment, readers, correction))
    # The old question plus the new words, only when the new words name no topic of their own:
    # "drugs seized" after "how much cocaine" must not read as cocaine again.
    # "and who actually seized it, Europol itself?" after a wording check: a question of its own that
    # reads alone is not glued to the last one
    asks_alone = (  # the last asked about quoted words: they are not read again with a new question
        bool(_WH_FIRST.match(fragment))
        and f.best_alone >= readers.settings.threshold
        and bool(_QUOTES.search(last))
    )
    then = [] if (topics and not pronoun and not countries) or asks_alone else [f"{last} {fragment}"]
    if not pronoun and not correction and not topics:
        then.append(f"{fragment} {topic}")
    if pronoun and countries and _IT_IN.match(fragment):
        groups = [first, *named, then]  # "was it in Greece?" after the centre: the centre, not a name it gave
    elif (
        pronoun
        and first
        and not (countries or agencies or _PLACED.search(fragment))
        and ((len(f.content) == 1 and polar(f.clause.analysis)) or _reads_confidently(readers, first[0]))
    ):
        # What the pronoun points at, tried first: "and they were all cops?" after the officers (still a
        # yes/no), "what nationalities were they?" after the migrants (not "how many nationalities were
        # caught"); not "one of them" or "seized in one country", where the pronoun is not what is asked
        groups = [*named, first[:1], first[1:], then]
    else:
        groups = [*named, first, then] if pronoun else ([first, then] if first else [then])
    groups = [sided, *groups] if sided else groups
    return [[" ".join(t.split()) for t in dict.fromkeys(g) if t.strip()] for g in groups]


def _reads_confidently(readers: Readers, text: str) -> bool:
    """Whether a rewriting reads as the statement's facts with confidence (no smalltalk, no fallback)."""
    asks = readers.read(readers.clause(text))
    return bool(asks) and all(
        a.score >= readers.settings.confident and _kind(readers, a) not in _QUIET for a in asks
    )


def _same_topic(f: FollowUp) -> bool:
    """Whether every topic the follow-up names is one the last question was about."""
    said = frozenset().union(*(f.readers.said.get(i, frozenset()) for i in f.previous.intents))
    return bool(f.content) and all(t in said for t in f.content)


def _uses(asks: list[Ask], intents: tuple[str, ...]) -> bool:
    """Whether a reading asks about one of the intents (as its topic or an operand)."""
    return any(a.intent in intents or set(a.operands) & set(intents) for a in asks)


def _kind(readers: Readers, ask: Ask) -> str:
    """The kind of intent a lookup answers ("smalltalk"...); calculations have none."""
    return readers.intents[ask.intent].kind if ask.op == "lookup" and ask.intent else ""


def _swap_names(previous: str, fragment: str, readers: Readers) -> str | None:
    """The previous clause with its country (or agency) names replaced by the fragment's: "was the
    operation coordinated with Eurojust, Frontex and Interpol?" + "and with OLAF?"."""
    countries = readers.analyzer.countries.phrases
    agencies = readers.analyzer.agency_phrases
    words = normalize(previous).split()
    longest = max(readers.analyzer.countries.longest, *(len(k) for k in agencies))
    for index in (countries, agencies):
        asked = fragment.split()
        new = [
            " ".join(asked[i : i + n])
            for i in range(len(asked))
            for n in range(min(longest, len(asked) - i), 0, -1)
            if index.get(tuple(asked[i : i + n]))
        ]
        if not new:
            continue
        out: list[str] = []
        i, swapped = 0, False
        while i < len(words):
            for n in range(min(longest, len(words) - i), 0, -1):
                if index.get(tuple(words[i : i + n])):
                    if " ".join(words[i : i + n]) in new:
                        return None  # "It also says Europol did it all by itself?": the same name, a new question
                    if not swapped:
                        out.append(" and ".join(dict.fromkeys(new)))
                    swapped = True
                    i += n
                    break
            else:
                out.append(words[i])
                i += 1
        if swapped:
            return " ".join(out)
    return None


def _topic(text: str, readers: Readers) -> str:
    """The words of a clause that name what it is about ("cocaine" in "how much cocaine was seized")."""
    frame = readers.frame
    norm = _AT_LEAST.sub(" ", normalize(text))  # "how much cocaine was there at least": cocaine, no "least"
    unquoted = readers.quote_words.sub(" ", norm)  # "Europol's exact sentence on the targets": the targets
    words = [
        w
        for w in unquoted.split()
        if Analyzer.stem(w) not in frame
        and Analyzer.stem(w) not in _WORDING_STEMS
        and not w[0].isdigit()
        and not readers.laughs.fullmatch(w)  # "how many ppl did they check lol": the people, not "ppl lol"
    ]
    return " ".join(words) or norm


def _replace_topic(previous: str, fragment: str, readers: Readers, correction: bool = False) -> str:
    """The previous clause with its topic words replaced by the fragment's ("how much cocaine was
    seized" + "cannabis" -> "how much cannabis was seized")."""
    frame = readers.frame
    words = fragment.split()
    own = [Analyzer.stem(w) not in frame or w.isdigit() for w in words]
    # "no wait i meant parcels and premises": the "and" between two topic words corrected stays
    kept = " ".join(
        w
        for i, w in enumerate(words)
        if own[i] or (correction and w in ("and", "or", "plus") and any(own[:i]) and any(own[i + 1 :]))
    )
    swapped = None if correction else _swap_kind(normalize(readers.without_source(previous)), kept, readers)
    if swapped is not None:
        return swapped  # "and on social media?" after the targets on the dark web: the place alone swapped
    out: list[str] = []
    placed = False
    for word in normalize(
        readers.without_source(previous)
    ).split():  # "how does Europol describe...": not a topic
        if correction and word in _WHOLE_WORDS:
            continue  # "…check in total, everything?" then "no, just the humans": a part, not the whole
        if Analyzer.stem(word) in frame:
            out.append(word)
        elif not placed:
            out.append(kept or fragment)
            placed = True
    if not placed:
        out.append(kept or fragment)
    return " ".join(out)


_SWAPPED_KIND = "platform"  # where a count was found, beside what it counts (targets on the dark web)


def _swap_kind(previous: str, kept: str, readers: Readers) -> str | None:
    """The previous clause with the one name of the kind the fragment names replaced by it ("how many
    targets were on the dark web" + "social media": the platform swapped, the targets kept); None when
    the fragment is not one name of a kind, or the clause names none of that kind."""
    entities = readers.names_by_kind
    kinds = [kind for kind, names in entities.items() if kept in names]
    if kinds != [_SWAPPED_KIND]:
        return None  # a place counts nothing ("ok so Skopje."), a drug is its own figure ("and cocaine?")
    found = [
        m for n in entities[kinds[0]] if n != kept for m in re.finditer(rf"\b{re.escape(n)}\b", previous)
    ]
    if not found:
        return None
    first = min(found, key=lambda m: (m.start(), -len(m.group(0))))
    # every mention of it ("on the dark web i mean actually on the dark web")
    return re.sub(rf"\b{re.escape(first.group(0))}\b", kept, previous)


_WHICH_ONES = re.compile(
    r"(?:(?:ok|okay|so|well|alright|right),? )?"  # "ok, what's the breakdown then"
    r"(?:(?:can|could|would|will) (?:you|u) (?:please |pls )?|please |pls |just )?"  # "can you list them?"
    r"(?:(?:which|what) (?:ones|are they|were they|are those|were those|were these|are these|ones were they)"
    r"|(?:name|list|write|give|show|tell) (?:me |us )?(?:them|(?:those|these)(?: ones)?|the ones|em|the rest|the others)"
    r"(?: all| out| down)?"
    r"|(?:write|give|show|tell) (?:me |us )?(?:all of them|them all|all of those)"
    r"|break (?:it|that|this|them|those|these)(?: remainder| rest| total| figure| number| numbers| figures)? down"
    r"|(?:which|what) (?:\w+ )?(?:make|makes|made) (?:it|that|this|them|those|these) up"  # "which categories make that up?"
    r"|(?:whats|what s|what is|what was|what) (?:it|that|this) (?:made of|made up of|composed of|consisting of)"
    r"|(?:whats|what s|what is|what was|what were|what) in (?:it|that|there|those)"
    r"|(?:(?:whats|what is|what s|what|give me|show me|and) )?(?:the |a |that |its )?breakdown"
    r"|(?:rank|sort|order|list) (?:them|those|these|it|em)\b.*)"
    r"(?: (?:exactly|then|please|pls|again|precisely|by platform|by type|by category|for me|"
    r"(?:behind|of|for) (?:it|that|this|them)))*"
    r"(?: (?:please |pls )?(?:can|could) (?:you|u) (?:write|list|name|give) (?:them|those|these|em)(?: all| down| out)?)?"
)
_AS_GIVEN = re.compile(
    r"\b(?:in (?:the )?order (?:given|listed|stated|they (?:are|were) (?:given|listed))|as (?:given|listed|stated))\b"
)
_ORDERED = re.compile(r"\b(?:rank|sort|order|ordered|sorted|largest|biggest|smallest|most|least)\b")
_WH = re.compile(r"(?:how|what|which|who|whom|where|when|why)\b")
_OF_THOSE_NOUN = re.compile(r"\bof (?:those|these|the) [a-z]+ (?:were|was|are|is|involved|had|came)\b")
_TOTAL_ASKED = re.compile(
    r"(?:(?:ok|okay|so|and|but|then|well|just) )*(?:the )?(?:total|overall|in total|altogether"
    r"|(?:in |across |for |from )?all (?:the )?(?:countries|of them)(?: together| combined| put together)?)"
    r"(?: then| please| pls| though| tho)?"
)
_SPOKEN_FILLERS = frozenset(
    {"like", "um", "uh", "erm", "lol", "tho"}
)  # "those two plus the dark web ones like all together"
_POLICE_THEY = re.compile(r"\b(?:did|do|have|had|were|are|will|would|could) they\b")
_OF_THEM = re.compile(r"\bof (?:them|those|these|em|it|that)\b")
_POINTING_WORD = re.compile(r"\b(?:it|that|this|they|those|these|them|there)\b")
_AS_SHARE_OF = re.compile(r"(?:as an?|in) (?:share|percentage|percent|proportion|fraction) of\b")
_JOINED = re.compile(
    r"\b(?:together with|with the|plus|added to|combined with|on top of|adding|add|adding in|add in)\b"
)
_AS = re.compile(
    r"(?:as an?|in|by) (?:share|percentage|percent|proportion|ratio|fraction|%)"
)  # "as a share of all?"
_WHOLE_WORDS = frozenset(
    ("total", "overall", "altogether", "everything", "things", "stuff", "combined", "all")
)
_SIGN_OFF = re.compile(r"[\s,.;:!-]*\b(?:my bad|sorry|soz|lol|haha|pls|please|thanks|thx|oops|sry)\W*$", re.I)
_OVERALL = re.compile(r"\b(?:overall|in total|total|altogether|all together|in all)\b")
_WHOLE = re.compile(
    r"\b(?:in total|overall|in all|all in all|across everything|across the board|all told|"
    r"(?:across|in|for|over) the (?:whole|entire) (?:operation|op|thing|action|region))\b"
    # "what's the total?", "how many total then", "how many altogether?" after a part: its whole
    r"|^(?:(?:and|so|ok|what about|the|how many|how much|whats|what|s|is|was)\s+)*"
    r"(?:total|altogether|all together)(?:\s+then)?\W*$"
    r"|\ball of (?:them|those|these|em) (?:together|combined|in total)\b"  # "so total like all of them together"
)
_EU_ASKED = re.compile(
    r"^(?:(?:and|so|but|ok|like|then)\s+)*(?:as\s+)?(?:an?\s+)?(?:in the eu|outside the eu|(?:non ?)?eu (?:country|member|state)|eu member|(?:non ?)?eu)\b"
)
_AGREEING = frozenset(
    {"yeah", "yes", "yep", "right", "correct", "true", "no", "eh", "huh", "innit", "ok", "okay"}
)
_MORE_THAN_THAT = re.compile(
    r"\b(?:more|fewer|less|bigger|larger|smaller)\s+(?:\w+\s+){1,3}?than\s+(?:that|this|it|those|them|these)\b"
)
_EVERY_ONE = re.compile(r"\ball of (?:them|those|these|em)\b")
_WHICH_KIND = re.compile(r"^(?:and |so |but )?(?:what|which) (?:kinds?|sorts?|types?|categories)\b")
KIND_STEMS = frozenset({"type", "categori"})  # "kinds", "sorts", "types" and "categories" as stemmed
_THEIR = re.compile(r"\b(?:their|the two of them|both of them)\b|\bbetween(?: (?:them|those|the two))?\W*$")
_BOTH = re.compile(
    r"\b(?:two|both|them|those|these|combined|sum|add|plus|together|[2-4])\b"
)  # not a claimed 125
_WEIGHT = re.compile(r"\b(?:tons?|tonnes?|kg|kgs|kilos?|kilograms?)\b")
_THATS = re.compile(r"\b(?:thats|that s|its)\b")  # "so thats like nine per officer?": the figure just given
_REACTION = (  # what precedes a reaction word (intents.yaml reading.reaction)
    r"^(?:(?:wow|omg|damn|oh|ok|okay|haha|jeez|huh|hmm|well|so|yeah|yes|no way|no|nah|nope|bro|lol|man|dang) )*"
    r"(?:that s|thats|that is|that was|those are|it s|its|it is|it was|that) (?:(?:not|so|really|pretty|quite|very|"
    r"just|such|a|kind of|kinda|actually|honestly|still|lowkey|highkey|fr|lowk|deadass|literally|like|super|damn) )*"
)


@lru_cache(maxsize=4)
def reacts(readers: Readers, text: str) -> bool:
    """ "thats lowkey tiny.", "wow that's a lot": said of the last answer, asking nothing."""
    return "?" not in text and bool(_reaction(readers.intents.vocabulary.reaction).match(normalize(text)))


@lru_cache(maxsize=8)  # one grammar per vocabulary: built once, not on every follow-up
def _reaction(words: tuple[str, ...]) -> re.Pattern[str]:
    """The reaction grammar around the reaction words: "wow that's a lot", "thats nothing lmao"."""
    return re.compile(_REACTION + phrases(words).pattern)


_EACH_OF_THEM = re.compile(
    r"\beach of (?:them|those|these|em)\b|\b(?:per|each) (?:one|head)\b|\bon average\b"
    r"|(?<!\bof )(?<!say for )(?<!says for )(?<!said for )\b(?:each|apiece)(?: (?:lol|lmao|then|roughly|approx|approximately|on avg))?$"  # "… how many ppl each lol"
    r"|\b(?:they|those|these) each\b"  # "so they each screened how many persons"
)
_PER_ONE_NAMED = re.compile(
    r"\b(?:per|for each|for every|on each|on every)\s+(?:one\s+|single\s+|a\s+)?([a-z]+)"
)
_PER = re.compile(
    r"\b(?:per|for each|for every|for one|for a|each|a)\s+(officer|cop|policeman|police officer)\b"
    rf"|{arithmetic.NOT_BROKEN_DOWN}\b(?:per|for each|for every|for one|for a)\s+([a-z]+(?: [a-z]+)?)"
)
_OPERATION_WORDS = frozenset(
    Analyzer.stem(w)
    for w in (
        "two", "both", "together", "combined", "sum", "difference", "diff", "gap", "put", "add", "whats", "more", "less",
        "most", "least", "fewest", "largest", "biggest", "smallest", "highest", "lowest", "top", "bottom",
        "up", "them", "those", "these", "all", "altogether", "plus", "figures", "numbers", "of",
        "than", "over", "under", "above", "below", "exceed", "this", "that", "it", "is", "was", "were", "are",
        "thousand", "million", "ton", "tons", "tonne", "between", "first", "second", "bigger", "smaller", "larger",
        "higher", "lower", "fewer", "remaining", "absolute", "instead", "rather", "times", "category", "categories", "count", "figure", "number", "everything", "overall", "now", "entire", "across",
    )
)  # fmt: skip
_RANKING = re.compile(
    r"\b(?:most|(?<!at )least|fewest|largest|biggest|smallest|highest|lowest|rank|ranking)\b"
)
_FEWEST = re.compile(r"\b(?:(?<!at )least|fewest|smallest|lowest)\b")
_MOST = re.compile(r"\b(?:most|largest|biggest|highest)\b")
_WHICH_BIGGER = re.compile(
    r"\bwhich (?:one |ones |figure |number |of (?:the|those|these|them) (?:two )?)?(?:(?:is|was|s) )?"
    r"(?:bigger|larger|higher|greater|smaller|lower|more)\b"
)
_QUIET = ("smalltalk", "out_of_scope")
_PROPERTY_STEMS = frozenset(Analyzer.stem(w) for w in ("type", "types", "kind", "kinds", "sort", "sorts"))
_KIND_OF = re.compile(r"(?:what|which) (?:kinds?|types?|sorts?|brands?|models?|calibers?|calibres?|sizes?)")
_KIND_OF_NOUN = re.compile(r"(?:(?:on|in|at|from) )?(?:what|which) (?:kinds?|types?|sorts?) of \w+(?: \w+)?")
_ASKING_LEAD = re.compile(
    r"^(?:(?:ok|okay|so|well|just|then|please|pls|now|and|tell me|can you tell me|could you tell me)\s+)+"
)
_BREAKDOWN = Analyzer.stem("breakdown")
_NAME_ORDER = re.compile(
    r"\bthe (first|second|third|last) one\b|\bthe (?=(former|latter)\b)(?:former|latter)\b", re.I
)
_FIRST_TWO = re.compile(r"\b(?:first|earlier|original) (?:two|2)\b")
_DANGLING = re.compile(r"(?:\s+(?:and|or|plus|,))+\s*(?=[?!.]*$)")
_DOUBLED_JOIN = re.compile(r"(?:\s+(?:and|or))(?:\s+(?:and|or))+(?=\s)")
_THAT_MAKES = re.compile(r"\b(?:does |do )?(?:that|this|it) (?:makes?|comes? to)\b(?! up\b)")
_IT_ALSO_SAYS = re.compile(
    r"^(?:(?:and|but|so) )?(?:it|they|the (?:post|article|piece|story|report|tweet|thread|video)) (?:also|further|then) "
    r"(?:says?|said|claims?|claimed|reports?|reported|writes|wrote|mentions?|mentioned|states?|stated)(?: that)? (?=\w)"
)
_AS_ATTRIBUTED = re.compile(
    r"\s(?:as|like) (?:europol|the statement|the release|they|it) (?:has|had|lists?|listed|puts?|put|gives?|gave|says?|said) (?:it|them)\W*$"
)
_OF_THE_FIGURE = re.compile(r"\bof (?:all |the |those |these |all the )?\d")
# "how many did they find?": nothing counted between "how many" and the verb
_COUNT_ELIDED = re.compile(
    r"^(?:so |and |ok |okay |but |then |right )*how (?:many|much)\s+(?:did|do|does|were|was|have|had|has)\s+"
    r"(?:they|the police|police|officers|investigators|the patrol|you)?\b(?!\s*(?:it|that|this|those|these)\b)"
    # "how many are they?", "how much they are?" after a list: its count
    r"|^(?:so |and |ok |okay |but |then |right )*how (?:many|much)\s+"
    r"(?:(?:are|were) (?:they|there|those|these|them)|(?:they|there|those|these) (?:are|were)|(?:is|s) that)\s*$"
)
_FOUND = frozenset(
    Analyzer.stem(w)
    for w in (
        "find",
        "found",
        "get",
        "got",
        "catch",
        "caught",
        "identify",
        "identified",
        "spot",
        "flag",
        "uncover",
        "discover",
        "come",
        "up",
        "with",
        "total",
        "end",
        "manage",
        "actually",
        "in",
        "all",
    )
)
_CLEARLY_BETTER = 0.15  # a rewriting this much better than a weak reading alone is what was meant
_WEAK_ALONE = 0.5
_EXPLETIVE_IT = re.compile(
    r"^(?:(?:and|so|but|ok|wait) )?(?:is|was|isnt|isn t) it (?:really |actually |also )?"
    r"(?:true|correct|right|accurate|the case|so) (?:that )?(?=\w+ \w+)"
)
_PRONOUN_ONE = re.compile(r"\b(?:per|each|every)\b")
_AT_LEAST = re.compile(r"\bat least\b")
_EXISTENTIAL = re.compile(r"(?:was|were|is|are) there\b(?! (?:at least|also|in|on|at)\b)")
_COUNTRY_ALONE = re.compile(r"\b(?:alone|by itself|on its own)$")  # "and from Germany alone?"
_JUST = re.compile(r"\b(?:only|just|solely)\b")
_ON_IT = re.compile(
    r"\b(?:on|in|at|from) (?:it|that|this|that one|this one)\b|\b(?:on|in|at) (?:those|these|them)\W*$"
)
_PLACE_THERE = re.compile(r"(?<!\bwere )(?<!\bwas )(?<!\bare )(?<!\bis )\bthere\b")  # not "were there"

_SOURCE_WORD = re.compile(r"\bsources?\b")
_FOR_A_QUOTE = re.compile(r"\bfor (?:the|my|a|our|an) (?:quote|citation|story|article|piece)\b")
_TAG_END = re.compile(
    r"[\s,]*\b(?:is|isnt|isn t|was) (?:that|this|it) (?:true|right|correct|accurate|so)\W*$"
)
_WH_FIRST = re.compile(r"(which|who|where|when|whose)\b")
_ONE_PART = re.compile(
    r"\b(?:on|in|from) (?:one|a single|the same)\b(?! (?:country|nation|state|place|region))"
)
_ELLIPTIC = re.compile(r"^(?:(?:and|or|also|plus)\s+)?(?:of|for)\s+\w+")

_STAGES = (
    _whole_named,
    _named_in_order,
    _part_as_whole,
    _each_group,
    _total_after_per_country,
    _whole_question,
    _names_of_the_list,
    _in_another_unit,
    _split_of_last,
    _what_else_in_it,
    _asked_again,
    _listed,
    _smalltalk,
    _beyond_given,
    _parts_added_given,
    _rechecked,
    _part_of_claim_fine,
    _exactness,
    _place_checked,
    _only_kind,
    _figure_there,
    _there_named,
    _same_group,
    _eu_of_named,
    _guessed,
    _claims_go_on,
    _same_as_last,
    _names_its_own,
    _whole_less_the_two,
    _group_swapped,
    _other_side,
    _excluding_more,
    _part_of_whole,
    _whole_there,
    _nth_part,
    _sibling_of_last,
    _the_others,
    _everything_given,
    _whole_of_everything,
    _count_elided,
    _tied_to_last,
    _sourced,  # "how many vehicles? quote it": the object "it" leans back too
    _count_of_list,
    _linked_back,
    _leans_back,
    _redone,
    _in_the_list,
    _after_unreported,
    _every_country,
    _share_of_rest,
    _share_of_sum,
    _part_of_sum,
    _share_that_of,
    _total_of_rest,
    _out_of,
    _what_that_was,
    _rank_all,
    _other_extreme,
    _ranked_pick,
    _added_up,
    _with_last,
    _there_after_calculation,
    _all_of,
    _says_what_it_asks,
    _about_the_source,
    _other_letter,
    _narrowed,
    _on_previous,
    _each_name,
    _rewritten,
)
