"""Sums, differences and ratios the user asks for on the spot ("people plus vehicles checked",
"how many more people than vehicles", "bullets per weapon").

facts/derived.yaml declares the combinations a maintainer names; this covers the rest without
a YAML entry for every pair. Here: which operation a question asks for, the phrases that name
its operands, and the arithmetic with the figures' qualifiers. The engine matches each phrase
to a figure; nothing here knows the facts.
"""

from __future__ import annotations

import re

from jadbot.normalize import PLUS_AFTER, normalize, than_slips
from jadbot.records import Record

# "which is bigger, parcels or premises?", "wait so more cars or ppl": which of the two is more
_WHICH_MORE = (
    r"\bwhich\b(?:\s+\S+){0,3}?\s+(?:bigger|larger|higher|greater|more|smaller|fewer|less|lower)\b(?=.*\bor\b)"
    r"|^(?:\S+\s+){0,4}?(?:more|fewer)\s+(?!than\b|or\b)\S+(?:\s+(?!than\b)\S+){0,4}?\s+or\s+(?:more\s+|fewer\s+)?"
    r"(?!not\b|less\b|fewer\b)\S+(?:\s+\S+){0,3}\W*$"
    # "how do X compare with Y?" (not in percent, nor with last year's)
    r"|\bhow (?:do|does|did) (?:\S+\s+){1,8}?compare (?:with|to|against)\b"
    r"(?!.*\b(?:percent|percentage|ratio|share|proportion|times|last|previous|earlier|other years?)\b)"
)
# "which ones bigger" after two figures: the two are the previous answer's (not a difference on its own)
WHICH_OF_TWO = re.compile(
    r"\b(?:which|what|whats) (?:one |ones |of (?:the|those|these|them) (?:two )?)?(?:(?:is|was|s) )?"
    r"(?:bigger|larger|higher|greater|more|smaller|fewer|less|lower)(?: (?:lol|lmao|haha|then|now|tho|though))*\W*$"
)
# "were as many officers as people checked?", "is that the same as the people checked?": equal or not
_SAME = (
    r"(?<!times )(?<!twice )(?<!half )\bas (?:many|much|big|large|high)\b(?:\s+\S+){1,6}?\s+as\b(?!\s*(?:\d|a ton|one ton))"
    r"|\b(?:the )?same (?:as|number as|figure as|amount as)\b(?!\s*(?:\d|a ton|one ton))"
    r"|\bsame (?:number|amount|figure|count|quantity|weight) of\b(?:\s+\S+){1,6}?\s+as\b(?!\s*(?:\d|a ton|one ton))"
    r"|\b(?:equal to|identical to)\b(?!\s*(?:\d|a ton|one ton))"  # not "=" ("parcels + premises = ?")
)
_SAME_RE = re.compile(_SAME)
_AS_MANY_AS = re.compile(
    r"(?<!times )\b(?:(?:twice|half) )?as (?:many|much|big|large|high) (.+?)\s+as\s"
    r"|\b(?:the )?same (?:number|amount|figure|count|quantity|weight) of (.+?)\s+as\s"
)
_SAME_AS = re.compile(r"\b(?:the )?same (?:number |figure |amount )?as\s|\b(?:equal to|identical to)\s")
_DIFFERENCE = re.compile(
    _SAME
    + r"|\b(?:more|fewer|less|bigger|larger|smaller|higher|lower|heavier|lighter)\b(?:\s+\S+){0,8}?\s+(?:than|compared (?:with|to))\s+"
    r"(?!\d|a\s+ton|one\s+ton|(?:a\s+|one\s+|two\s+|three\s+)?(?:half|thirds?|quarters?|fifths?|tenths?)\b|or\b"
    r"|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|fifty|a hundred)\b)"
    r"|\bdifference\b|\bdiff\b(?! topic| question| thing| subject)|\bdelta\b|\bminus\b|\bgap\b|\bsubtract|\boutweigh|\boutnumber|\bexceed(?:ed|s)?\b(?!(?: over| about| around)? \d| (?:a|one) ton)"
    r"|\b(?:more|fewer)\s+(?:\S+\s+){0,2}?or\s+.*\bby how (?:many|much)\b"  # "more EU or non-EU, and by how many?"
    r"|\bby how (?:many|much)\b(?:\s+\S+){0,6}?\s+(?:over|above|ahead of|beyond|under|below|beat|beats|outdid|outdo|outdoes|top|topped|tops|lead|led|leads|trail|trailed|trails)\s"  # "by how much was X over Y", "… did the app beat the marketplaces"
    r"|\bby how (?:many|much)\b(?:\s+\S+){0,3}?\s+(?:more|bigger|larger|heavier|higher|greater|smaller|fewer|less|lower)\b"
    r"|(?<=\S)\s+how (?:many|much) more\s*\W*$"  # "EU countries, non-EU countries: how many more?" (a gloss's order)
    # "illegal entries vs forged documents, how many more entries?": the two compared first
    r"|\b(?:vs|versus|against)(?:\s+\S+){1,10}?\s+how (?:many|much) (?:more|fewer|less)\b(?:\s+\S+){0,3}\s*\W*$"
    # "how many more people were checked compared with vehicles?": "compared with" for "than"
    r"|\bhow (?:many|much) (?:more|fewer|less)\b(?:\s+\S+){0,6}?\s+(?:compared (?:with|to)|against|relative to|versus|vs)\s"
    r"|" + _WHICH_MORE
)
# not "is that figure broken down per drug?": a breakdown asked for, no rate
NOT_BROKEN_DOWN = r"(?<!broken down )(?<!break down )(?<!breakdown )(?<!split )(?<!split up )"
_RATIO = re.compile(
    NOT_BROKEN_DOWN
    + r"\bper\s+(?!country|countries|nation|state|day|week|month|year|head\b|cent\b|europol\b|"
    r"(?:the |its |their |europol s )?(?:statement|release|press release|report|article|text|source|figures)\b)"
    r"|(?<!figure )(?<!figures )(?<!number )(?<!numbers )(?<!count )(?<!counts )(?<!say )(?<!says )(?<!give )(?<!state )"
    r"\b(?:for|to)\s+(?:each|every|one)\b(?!\s+decimal)(?!\s+of (?:them|those|these|the two|both)\b)|\b(?:on|in) average\b|\baverage\b.*\beach\b|\bratio\b|\b(?:divided|divide|dividing) by\b|\beach\s+\w+\s+\w+$"
    r"|\b(?:did|has|have|does) (?:each|every)\b|\btimes\b|\b(?:twice|half) as (?:many|much|big|large)\b|\bfactor\b|\b(?:two|three|four|five|six|many)fold\b"
    r"|\bas (?:a )?multiples? of\b"  # "people as a multiple of vehicles": how many times
    r"|\bhow (?:many|much) \w+ (?:\w+ )?(?:each|every|per) \w+\W*$"  # "how many people each officer"
    # "each cop checked how many ppl": what each one did, counted
    r"|\b(?:each|every) (?:single )?\w+ (?:\w+ )?(?:checked|checks|check|seized|detected|identified|did|handled|inspected|screened) how (?:many|much)\b",
)
_LISTED_TIMES = re.compile(
    r"\b(?:written|listed|named|mentioned|appears?|appeared|counted|occurs?|shows? up|comes? up)\s+(?:\w+\s+)?times\b"
)
_SHARE = re.compile(
    r"\b(?:share|percent|percentage|per cent|fraction|proportion|make up|makes up|made up|account for|"
    r"accounts for|accounted for|(?:more|less|fewer) than (?:a |one |two |three )?(?:half|thirds?|quarters?|fifths?|tenths?)|"
    r"(?:over|under) (?:a |one |two |three )?(?:half|thirds?|quarters?|fifths?|tenths?)|(?:what|which|how big a) part of|"
    r"(?:were|was|are|is|like|about|roughly|around|nearly|almost) (?:a |one |two |three )?(?:half|thirds?|quarters?) of|"
    r"^(?:were|was|are|is) [\w ]{1,30}? (?:a |one |two |three )?(?:half|thirds?|quarters?) of)\b"
    r"(?! (?:of )?an? (?:ton|tonne|million|thousand|kilo)\b)|%"  # not "more than half a ton": a weight
    # "is that a lot compared to the people checked?": how big a part of them
    r"|\b(?:a lot|lots|much|big|large|high|significant|small|little)\b(?: \w+){0,2} (?:compared (?:to|with)|relative to|out of)\b"
)
_SUM = re.compile(
    r"\b(?:together|combined|altogether|plus|added up|add up|adding|add|sum|in total|total|subtotal|sub total|all in all|overall)\b|\+"
    # "and with the forged documents added?", "… with the premises included": the figure put on the last one
    r"|\bwith (?:the )?\w+(?: \w+){0,3} (?:added|included|thrown in|counted in|on top)\W*$",
)
_SPLIT = re.compile(
    r"(?:^|\s+)(?:as an? (?:share|percentage|proportion|fraction|part|percent) of|as (?:a )?% of|out of)\s+"
    r"|\.\s+|\s+(?:but not|and not|nor|and|n|plus|than|per|when|once|if|for each|for every|for one|to each|to|vs|versus|minus|compared to|compared with|with|against|"
    r"outweighed|outweigh|outnumbered|outnumber|exceeded|exceed|exceeds|above|below|ahead of|times|or)\s+"
    r"|(?<!\bby)(?<!\bof)(?<!\bto)(?<!\bfrom)\s+(?=the number of\s)|\s*[+,&/;()]\s*|\s+-\s+|\bdid (?:each|every)\b|\beach\b|\bevery\b"
    # "how many people did a single officer check on average?", a gloss's "checked one officer": each one
    r"|\s+(?:did|does|has|have|had|checked|check|checks) (?:a single|one single|one|a|an)(?= (?:officer|cop|policeman|agent)s?\b)",
)
_WHOLE_WERE = re.compile(
    r"\b(?:checked |the )?(?:entities|things|items|checks)(?: checked)?\s+(?:were|was|are|is|fall on|fell on)\s+"
)
_SHARE_OF_WERE = re.compile(
    r"\b((?:share|percentage|percent|proportion|fraction|part) (?:of )?(?:the |all )?[^,?]+?) "
    r"(?:were|was|are|is|turned out to be)(?: (?:on|of|in|at|for))? "
)
_TAKEN = re.compile(
    r"^\s*(?:(?:so|and|if|you|we|i)\s+)*take\b"
)  # "so if you take the people and the vehicles"
_CUE_WORDS = re.compile(
    r"\b(?:how many|how much|what is|whats|what s|what|the number of|number of|numbers|number|figures|figure|"
    r"stats|amount of|more big|more large|more small|more high|more|fewer|less|bigger|how big|how large|"
    r"larger|smaller|higher|greater|lower|heavier|lighter|subtotals?|sub total|total|totals|together|combined|altogether|in all|in total|sum|the sum of|add|added|"
    r"adding|up|on average|in average|average|roughly|about|approximately|each|every|per|ratio|difference|between|"
    r"share|percent|percentage|per cent|fraction|proportion|what part|how big a|gap|by what factor|what factor|factor|"
    r"overall|give me|tell me|the|of|if you|if|you|i|we|should|would|did|do|does|has|have|had|was|were|is|are|they|police|"
    r"check|checked|checking|seize|seized|detect|detected|find|found|identified|got|get|gets|been|being|everything|anything|"
    r"come to|comes to|come|comes|that|this|it|make|makes|equal|equals|ok|okay|so|lol|lmao|tho|like|um+|uh+|"
    r"account for|accounts for|accounted for|make up|makes up|made up|half|thirds?|quarters?|two|three|a|all|by|"
    r"only|just|same|but|again|now|then|there|stated|reported|actually|really|itemi[sz]ed|"
    r"(?:big|large|huge|small|tiny|significant|sizeable|major)(?= (?:share|part|portion|chunk|fraction|proportion)))\b"
)


class Operand(Record):
    """A figure taking part in a calculation, with its qualifier and how the answer shows it."""

    value: float
    qualifier: str  # exact | more_than | nearly
    text: str  # as the answer shows it: "5,225 postal parcels"


_SECOND_QUESTION = re.compile(r"(?:\band|,)\s+(?:what|which|how|who|where|when|did|was|were|is|are)\b")


_PER_COUNTRY = re.compile(
    r"\b(?:per|each|every|by|for each|for every)\s+(?:single\s+)?(?:country|countries|nation|state|member)"
    r"(?!\s+(?:once|only once|one time))"  # "counting each country once, how many more …": how to count
    r"|\b(?:by|for each|for every)\s+participating\s+(?:country|countries|nation|state|member)"  # "broken down by …"
    # "how many officers did each participating country send?": each one's share, not an average
    r"|\b(?:did|does|has|have)\s+(?:each|every)\s+(?:participating\s+|single\s+)?(?:country|nation|state|member)"
    # "how many officers did each of the non-EU countries contribute?": each one's, not an average
    r"|\b(?:did|does|has|have)\s+(?:each|every one|everyone)\s+of\s+(?:the|those|these)\s+(?:[\w-]+\s+){0,2}"
    r"(?:countries|nations|states|members)"
    # "does it say which countries those parcels were checked in?": where each figure was, by country
    r"|\bwhich countr(?:y|ies)\b(?: \w+){0,4} (?:checked|seized|found|detected|identified|searched|confiscated) in\b"
    r"|\bin which countr(?:y|ies)\b(?: \w+){0,4} (?:were|was) (?:checked|seized|found|detected|identified|searched|confiscated)\b"
)


# "on average", "split evenly": an average over the countries, which the statement's totals give
_EVENLY = re.compile(r"\b(?:average|evenly|equally|split|divided|spread)\b")


def per_country(norm: str) -> bool:
    """ "How many officers did each participating country send?": a figure per country, which the
    statement does not give (an average over the countries it does: "on average", "split evenly")."""
    return bool(_PER_COUNTRY.search(norm)) and not _EVENLY.search(norm)


def operation(text: str) -> str | None:
    """The arithmetic a question asks for: difference, ratio, share, sum, or None (also when a second
    question follows: "total drugs seized and what share was cocaine" asks two things)."""
    text = PLUS_AFTER.sub(r"more than \1 ", text)  # "1000+ guns" quotes a figure, adds nothing
    text = _NOT_THIS_OPERATION.sub(" ", text)  # "parcels + premises combined, count not share"
    norm = _LEADING.sub("", normalize(text.replace("+", " plus ")))  # "ok and how many ...": one question
    if _SECOND_QUESTION.search(norm) or per_country(norm):
        return None  # two questions; or figures per country, which the statement does not give (an average it does)
    if _SUM_COMPARED.search(text.lower()):
        return "sum"
    if _DIFFERENCE.search(norm) and not re.search(
        r"\b(?:times|factor|\w+fold)\b", norm
    ):  # "3 times more" is a ratio
        return "difference"
    if _EITHER_WAY.search(norm):  # "and on marketplaces, is it more or less?": compared with the last
        return "difference"
    if _SIDE_BIGGER.match(norm) and not re.search(r"\b(?:than|compared|versus|vs|or)\b", norm):
        return "difference"  # "is the non-EU side bigger?": against the other side
    if _RATIO.search(norm) and not _LISTED_TIMES.search(norm):  # "written two times in the list" counts names
        return "ratio"
    if _MAKE_UP_TOTAL.search(norm):
        return (
            "sum"  # "do people, vehicles and parcels alone make up the 288,774 total?": added, then checked
        )
    if _SHARE.search(text.lower()) or _SHARE.search(norm):
        return "share"
    if _SUM.search(norm) or (_UNION.search(norm) and not _WHICH_WORDS.search(norm)):
        return "sum"
    return None


# "how many targets were on either marketplaces or the dark web?": those on one or the other, added
_UNION = re.compile(
    r"\bhow many\b[^?]*?\b(?:either\b[^?]*\bor\b|(?:on|in) (?:the )?[a-z]+(?: [a-z]+)? or (?:on |in )?(?:the )?[a-z]+)"
)
_WHICH_WORDS = re.compile(r"\b(?:which|more|fewer|less|bigger|larger|smaller|than)\b")
_MAKE_UP_TOTAL = re.compile(
    r"\b(?:make|makes|made) up (?:the |all (?:the )?)?(?:\d+ )?(?:total|whole|sum|overall figure)\b"
)
_SIDE_BIGGER = re.compile(
    r"^(?:(?:so|and|but|ok|okay|wait) )*(?:is|was|are|were) (?:the )?[\w ]{2,30}? (?:side|group|part|half|list|one|ones) "
    r"(?:bigger|larger|smaller|longer|shorter|the bigger one|the larger one|the smaller one)\W*$"
)
_NOT_THIS_OPERATION = re.compile(
    r"\b(?:not|no|rather than|instead of)\s+(?:a |the |as a |an? )?"
    r"(?:share|percentage|percent|proportion|ratio|rate|average|difference|sum|total)s?\b(?!\s+(?:of|was|is))",
    re.I,
)
_MORE = re.compile(
    r"\b(?:more|bigger|larger|higher|greater|heavier)\b(?:\s+\S+){0,8}?\s+than\b|\b(?:outnumber|outweigh|exceed)(?:s|ed)?\b"
)
_LESS = re.compile(r"\b(?:fewer|less|smaller|lower|lighter)\b(?:\s+\S+){0,8}?\s+than\b")


def asks_which(text: str) -> str | None:
    """ "more" or "less" when a comparison asks which of two figures is the larger ("more cars or
    ppl?") or the smaller ("which is smaller, parcels or premises?")."""
    match = re.search(_WHICH_MORE, normalize(text)) or WHICH_OF_TWO.search(normalize(text))
    if match is None:
        return None
    return "less" if re.search(r"\b(?:smaller|fewer|less|lower)\b", match.group(0)) else "more"


def compared(text: str) -> str | None:
    """ "more" or "less" when a question compares two figures ("were more people than vehicles
    checked?"), for a Yes or No in front of the difference."""
    norm = normalize(text)
    if _MORE.search(norm):
        return "more"
    if _LESS.search(norm):
        return "less"
    if _SAME_RE.search(norm):
        return "same"
    side = _SIDE_BIGGER.match(norm)  # "is the non-EU side bigger?"
    if side:
        return "less" if re.search(r"\b(?:smaller|shorter)\b", side.group(0)) else "more"
    return None


_EITHER_WAY = re.compile(
    r"\b(?:more|bigger|larger|higher|greater) or (?:less|fewer|smaller|lower)\b"
    r"|\b(?:less|fewer|smaller|lower) or (?:more|bigger|larger|higher|greater)\b"
)


def either_way(text: str) -> bool:
    """Whether a comparison asks which way it goes ("more or fewer than the premises?")."""
    return bool(_EITHER_WAY.search(normalize(text)))


_FRACTION_OF = re.compile(
    r"\b(?:more|less|fewer|over|under|above|below|at least|at most|like|"
    r"about|roughly|around|nearly|almost|approximately|were|was|are|is)(?:\s+than)?\s+(?:a|one|two|three)?\s*"
    r"(?:half|thirds?|quarters?|fifths?|tenths?)\s+of\b"
)
_TIMES_IS = re.compile(
    r"^(how many times (?:is |are |was |were )?(?:the |that |this )?[\w ]{2,40}?)\s+(?:is|are|was|were)\s+(?=the\b)"
)
_COMPARED_TO = re.compile(
    r"\b(?:more|less|fewer|over|under|above|below)\s+than\s+(?:a|one|\d[\d,.]*)\s*(?:ton|tonne|kg|kilos?)?\b"
)


_LEADING = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|so|and|but|well|then|also|um+|uh+|right|alright|wait|oh|ah|hmm+|hey|yo|actually|btw"
    r"|in (?:this|the|that) (?:operation|op|one))\b[\s,]*)+"  # "In this operation, were more vehicles …": no operand
)


_PER_FIRST = re.compile(
    r"^\s*(per|for each|for every|for one|for a single)\s+(\w+(?:\s+\w+){0,2}?),?\s+((?:how|what)\b.*)$"
)


_PER_MANY = re.compile(
    r"\b(?:per|for every|every|for each|out of every)\s+(?P<n>\d{1,3}(?:[,.\u202f\u00a0 ]?\d{3})*|hundred|thousand|"
    r"a hundred|a thousand|one hundred|one thousand|ten thousand|100k|1k|10k)\b"
)
_SCALES = {"hundred": 100, "a hundred": 100, "one hundred": 100, "thousand": 1000, "a thousand": 1000,
           "one thousand": 1000, "ten thousand": 10000, "1k": 1000, "10k": 10000, "100k": 100000}  # fmt: skip


def per_many(text: str) -> int | None:
    """ "Illegal entries per 1,000 officers": the ratio for every 1,000 of the second figure."""
    found = _PER_MANY.search(text.lower())
    if found is None:
        return None
    n = found["n"]
    scale = _SCALES.get(n) or int(re.sub(r"\D", "", n))
    return scale if scale > 1 else None


_TOTAL_CLAIMED = re.compile(
    r"(?<=\d)\s+(?:equal|equals|come to|comes to|add up to|adds up to|sum to|sums to|make|makes|total|totals)\s+"
    r"(?:(?:more than|less than|fewer than|over|under|exactly|about|roughly|the|reported|stated|official)\s+)*\d+\b"
    r"(?:\s+[a-z]+)?"
)
# "does 94+11+10+5 come to more than 120?": the parts added up, then compared
_SUM_COMPARED = re.compile(
    r"\d\s*(?:\+|plus)\s*\d.*\b(?:come|comes|add up|adds up|sum|sums|total|totals) to (?:more|less|fewer) than\b"
)
_OR_NOT_END = re.compile(r"\s+or(?:\s+(?:not|what|no))?\W*$")
_EVERY_THEN_COUNT = re.compile(r"(\b(?:every|each)\b[^.?!,]*?)\s+(?=how (?:many|much)\b)")


def operand_phrases(text: str) -> list[str]:
    """The phrases that name the operands, cue words removed ("people plus vehicles checked,
    total?" -> ["people", "vehicles checked"]); empty phrases are dropped."""
    lowered = than_slips(PLUS_AFTER.sub(r"more than \1 ", text).lower().replace("?", " ").replace("=", " "))
    lowered = re.sub(r"(?<=[^\W\d])-(to|vs|versus|per)-(?=[^\W\d])", r" \1 ", lowered)  # "people-to-vehicles"
    lowered = re.sub(r"(?<=\d)[,.\u202f\u00a0 ](?=\d{3}(?!\d))", "", lowered)  # "215,273" is one number
    lowered = _LEADING.sub("", lowered)  # "ok and how many people per officer": "and" joins nothing
    if re.search(r"\bby how (?:much|many)\b", lowered):  # "by how much were entries over documents": two
        lowered = re.sub(
            r"\s(?:over|above|beyond|ahead of|beat|beats|outdid|outdo|outdoes|top|topped|tops|led|leads|trailed|trails)\s"
            r"(?!(?:about |around )?\d)",
            " than ",
            lowered,
        )
    if not re.search(r"\bper\b", lowered):  # "the people number divided by the officers": per officer
        lowered = re.sub(r"\b(?:divided|divide|dividing) by\b", " per ", lowered)
    lowered = _PER_MANY.sub("per", lowered)  # "per 1000 officers": the 1,000 scales, it names no figure
    lowered = _PER_FIRST.sub(r"\3 \1 \2", lowered)  # "per weapon, how many bullets" asks bullets per weapon
    lowered = _FRACTION_OF.sub(", ", lowered)  # "vehicles more than a third of the people": two operands
    lowered = _TIMES_IS.sub(r"\1, ", lowered)  # "how many times the other group is the cocaine": two
    lowered = _COMPARED_TO.sub(" ", lowered)  # "more than a ton" is the claim, not an operand
    lowered = _TOTAL_CLAIMED.sub(" ", lowered)  # "does 94+11+10+5 equal 120?": the total put to check
    # "as many officers as people checked", "… the same as the people checked": two operands, as with "than"
    lowered = _AS_MANY_AS.sub(lambda m: f"{m.group(1) or m.group(2)} than ", lowered)
    lowered = _SAME_AS.sub(" than ", lowered)
    lowered = _OR_NOT_END.sub(" ", lowered)  # "more cars than people or": "or not?"
    lowered = _EVERY_THEN_COUNT.sub(r"\1, ", lowered)  # "every officer checked how many entities": two
    lowered = re.sub(r"\bin\s*(?=%(?!\s*of))", " ", lowered)  # "people's share of that total in %"
    if operation(text) == "sum":  # "how many checked entities were people and vehicles together": the parts
        lowered = _WHOLE_WERE.sub(" ", lowered)
        # "how many entities in total – persons, vehicles, parcels and premises together?": the whole, then its parts
        lowered = re.sub(r"\s+[–—]\s+|:\s+", ", ", lowered)
    if operation(text) == "share":  # "what share of the people checked were illegal entries": whole, part
        lowered = _SHARE_OF_WERE.sub(r"\1, ", lowered)
    if operation(text) != "sum":  # "the four (people, vehicles, …) add up to?" lists operands; elsewhere
        lowered = lowered.replace("(", " ").replace(")", " ")  # "the rest (cannabis, heroin)": one phrase
    phrases = []
    for part in _SPLIT.split(lowered):
        rest = _CUE_WORDS.sub(" ", _TAKEN.sub(" ", normalize(part)))
        rest = re.sub(r"^\s*(?:from|for)\s+", "", rest)  # "checked from persons …", "subtotal for people …"
        rest = re.sub(
            r"\s+for (?:me|us)\s*$", "", rest
        )  # "… and premises figures for me": for whom, no topic
        if rest.split():
            phrases.append(" ".join(rest.split()))
    return phrases


def combine(op: str, operands: list[Operand]) -> tuple[float, str]:
    """(value, qualifier) of the result; the qualifier is exact, more_than, nearly or about."""
    values = [o.value for o in operands]
    qualifiers = [o.qualifier for o in operands]
    if op == "sum":
        value = sum(values)
        inexact = {q for q in qualifiers if q != "exact"}
        return value, (inexact.pop() if len(inexact) == 1 else "about") if inexact else "exact"
    first, second = operands[0], operands[1]
    if op == "share":  # the part of the whole, in per cent
        part, whole = sorted((first, second), key=lambda o: o.value)
        value = 100 * part.value / whole.value if whole.value else 0.0
        exact = part.qualifier == whole.qualifier == "exact"
        return value, "exact" if exact else "about"
    if op == "difference":
        if first.value < second.value:
            first, second = second, first
        value = first.value - second.value
    else:
        value = first.value / second.value if second.value else 0.0
    if first.qualifier == second.qualifier == "exact":
        return value, "exact"
    if second.qualifier == "exact":
        return value, first.qualifier
    return value, "about"


__all__ = ["WHICH_OF_TWO", "Operand", "combine", "compared", "operand_phrases", "operation"]
