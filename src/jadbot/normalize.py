"""Text normalisation shared by questions, examples and names, so both sides compare alike.

Case, accents, quotes, zero-width and control characters, number formats ("22,400",
"22.400", "22 400", "22k"), symbols and whitespace all collapse to lowercase ASCII-ish
tokens. `normalize(normalize(x)) == normalize(x)` holds (tested).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

MAX_CHARS = 2000  # questions longer than this are cut: nobody types more into a chat box

_NUM_GROUPS = re.compile(r"(?<![\d])(\d{1,3})(?:[,. \u00a0\u202f\u2009'](\d{3}))+(?![\d])")
_THOUSANDS_K = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s?(?:k|thousand)\b")  # "50k", "50 thousand"
_WITHOUT_SLASH = re.compile(r"(?<![\w/])w/o\b")
_WITH_SLASH = re.compile(r"(?<![\w/])w/(?=\s|\w)")
_W_LETTER = re.compile(
    r"\b((?:start|starts|starting|begin|begins|beginning|ones|countries|eu|noneu|non eu)\s+)w\s+(?=\w\b)",
    re.I,
)  # "start w S", "n non EU w S?"
_SYMBOLS = {
    "+": " plus ",
    "%": " percent ",
    "=": " equals ",
    "&": " and ",
    "@": " at ",
    "€": " euro ",
    "$": " dollar ",
    "£": " pound ",
}
_APOSTROPHES = "'\u2018\u2019\u02bc`\u00b4"
_TOKEN = re.compile(r"[a-z0-9]+(?:\.[0-9]+)?")
_NOT = re.compile(r"n't\b")
_AINT = re.compile(r"\bain'?t\b")
_POSSESSIVE = re.compile(r"'s\b")
_CONTRACTED = re.compile(r"'(ll|re|ve|m|d)\b")  # "she'll" is not "shell", "we're" not "were"
_EXPANDED = {"ll": " will", "re": " are", "ve": " have", "m": " am", "d": " would"}
_NOT_BARE = re.compile(r"\b(were|was|is|are|did|do|does|has|have|had|could|would|should)nt\b")  # "werent"
_REPEATED = re.compile(r"([a-z])\1{2,}")
_NON_DIGIT = re.compile(r"[^\d]")
_ANY_DIGIT = re.compile(r"\d")
_ASCII_DIGIT = re.compile(r"[0-9]")  # the output of a pass is lowercase ASCII letters, digits, dots


# ASCII has no accents or decompositions, and its only "C" category characters are the controls
_ASCII_CONTROLS = {i: " " for i in (*range(32), 127)}


_FLAG = re.compile("([\U0001f1e6-\U0001f1ff])([\U0001f1e6-\U0001f1ff])")


def flag_word(code: str) -> str:
    """The word a flag emoji becomes ("🇧🇦" -> "baflag"), which the country index knows as a name."""
    return f"{code.lower()}flag"


def _flag(match: re.Match[str]) -> str:
    code = "".join(chr(ord(ch) - 0x1F1E6 + ord("A")) for ch in match.groups())
    return f" {flag_word(code)} "


def name_flags(text: str) -> str:
    """Flag emoji as the words the country index knows ("🇧🇦" -> "baflag")."""
    return _FLAG.sub(_flag, text)


def _fold(text: str) -> str:
    if text.isascii():  # most messages: the same result as below, without a Python loop per character
        return text.translate(_ASCII_CONTROLS).lower()
    text = name_flags(text)  # "was 🇧🇦 in it?": the flag names its country
    text = unicodedata.normalize("NFKD", text)
    out = []
    for ch in text:
        cat = unicodedata.category(ch)
        if cat == "Mn":  # accents
            continue
        if cat[0] == "C" or cat == "Zl" or cat == "Zp":  # control, format (zero-width), private, unassigned
            out.append(" ")
            continue
        out.append(ch)
    return "".join(out).casefold()


def _join_groups(match: re.Match[str]) -> str:
    return _NON_DIGIT.sub("", match.group(0))


def _thousands(match: re.Match[str]) -> str:
    value = float(match.group(1)) * 1000
    return str(int(value))


def than_slips(text: str) -> str:
    """ "more then 600?", "more cars as parcels", "plus on the app than": the common slips, mended.
    (Each rule runs only where its word is: a regex scan costs microseconds on every clause.)"""
    if "plus" in text:
        text = _PLUS_FOR_MORE.sub(r"more\1 than", text)
    if "then" in text or "as" in text:
        text = _THEN_FOR_THAN.sub(lambda m: f"{m.group(1) or m.group(2)} than", text)
    if " than " in text:
        text = _SHARE_THAN.sub(r"\1 of", text)  # "more than half than the drugs": a gloss's "од", of
    if "x" in text:
        text = _X_TIMES.sub(r"\1 times ", text)  # "how many x more ppl", "3x bigger": times
    return text


@lru_cache(maxsize=4096)
def normalize(text: str) -> str:
    """Lowercase, accent-free, symbol-free text with numbers written as plain digits.

    Applied until nothing changes, so that it is idempotent even where one rule's output
    feeds another (tokens "22" "400" become "22 400", which groups into 22400).
    Cached: a message's clauses, and an example's text while loading, are normalised more than once.
    """
    out = _normalize_once(text[:MAX_CHARS])
    if not _ASCII_DIGIT.search(out):
        return out  # without digits no rule can fire again on the output: a second pass changes nothing
    for _ in range(4):
        again = _normalize_once(out)
        if again == out:
            break
        out = again
    return out


def _normalize_once(text: str) -> str:
    # each rule runs only where the words or signs it needs are: a regex scan costs microseconds, and
    # every clause of every message is normalised
    if not text.islower():
        text = _SPELLED_OUT.sub(lambda m: re.sub(r"[ .]", "", m.group(0)), text)  # "E M P A C T": one word
    text = _fold(text)
    for apostrophe in _APOSTROPHES:
        text = text.replace(apostrophe, "'")
    if "ain" in text:
        text = _AINT.sub("is not", text)  # "uk aint eu anymore": a negation, whatever the verb
    if "'" in text:
        text = _NOT.sub(" not", text)
        text = _POSSESSIVE.sub("", text)  # possessive or "is": neither carries meaning here
        text = _CONTRACTED.sub(lambda m: _EXPANDED[m.group(1)], text)
        text = text.replace("'", "")
    if "nt" in text:
        text = _NOT_BARE.sub(r"\1 not", text)
    if "w/" in text:
        text = _WITHOUT_SLASH.sub(" without ", text)  # "w/o filters"
        text = _WITH_SLASH.sub(" with ", text)  # "start w/ P"
    if "w" in text and (
        "start" in text or "begin" in text or "ones" in text or "countries" in text or "eu" in text
    ):
        text = _W_LETTER.sub(r"\1with ", text)  # "which ones start w S"
    text = _REPEATED.sub(r"\1", text)  # "heyyy", "sooo"
    if ")" in text:
        text = _LIST_MARK.sub(" ", text)  # "(1) 67,277 vehicles; (2) ...": a list's numbering is no figure
    if _ANY_DIGIT.search(text):
        text = _NUM_GROUPS.sub(_join_groups, text)
        if "+" in text:
            text = PLUS_AFTER.sub(r"more than \1 ", text)  # "1000+ guns": more than 1000
        text = _THOUSANDS_K.sub(_thousands, text)
    for symbol, word in _SYMBOLS.items():
        text = text.replace(symbol, word)
    text = than_slips(text)
    words = _TOKEN.findall(text)
    out = " ".join(_spelled_numbers(words) if _NUMBER_WORD.search(text) else words)
    if " on " in out or " to " in out or " for " in out:
        out = COMES_ON_ONE.sub("per ", out)  # "how many persons come on one officer": per officer
    if "break" in out and " down" in out:
        out = _BROKEN_APART.sub(r"\1 down \2", out)  # "break the checks down": break down the checks
    return out


_SPELLED_OUT = re.compile(r"\b[A-Z](?:[ .][A-Z]){2,}\b\.?")  # capitals one by one, as a voice note spells
COMES_ON_ONE = re.compile(
    r"(?i)\b(?:come|comes|came|fall|falls|fell) (?:on|to|for) (?:one|1|each|every|a single) (?=[a-z]{3,})"
)
# "combien de cibles plus sur l'application que sur …": French "plus … que" word for word is "more … than"
_PLUS_FOR_MORE = re.compile(
    r"\bplus((?: (?!than\b|more\b|less\b|fewer\b|over\b|above\b|under\b|below\b)[a-z]+){1,6}) than\b"
)
# "break the checks down": a noun between the verb and its particle (not "break it down", read as it is)
_BROKEN_APART = re.compile(
    r"\b(break|breaking) ((?:the |those |these )?(?!(?:it|them|that|this|those|these|everything|all|me)\b)"
    r"(?:[a-z]+ ){0,2}?[a-z]+) down\b"
)
_X_TIMES = re.compile(
    r"\b(many|much|\d+(?:\.\d+)?)\s*x\s+(?=(?:more|less|fewer|bigger|larger|smaller|higher|lower|greater|as)\b)"
)
_SHARE_THAN = re.compile(r"\b((?:more|less|fewer) than (?:a |one )?(?:half|third|quarter|fifth)) than\b")
_THEN_FOR_THAN = re.compile(
    r"\b(more|less|fewer|bigger|larger|smaller|higher|lower|greater|rather) then\b"
    # "is this more as the half?", "more cars as parcels": German "mehr als", Serbian "više nego" word for word
    r"|\b((?:more|less|fewer|bigger|larger|smaller|higher|lower|greater)(?: (?!such\b|so\b|just\b|twice\b|or\b)[a-z]+){0,2})"
    r" as\b(?! (?:well|much|many|long|if|though|such|usual|before|expected|a whole|part|one)\b)"
)


_SMALL = {
    w: n
    for n, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
        ]
    )
}
_TENS = {
    w: 10 * n
    for n, w in enumerate(["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"], 2)
}


def _quarter_of(words: list[str], at: int) -> int:
    """Where the scale is in "quarter (of) (a) million" after `at`, else 0."""
    for between in (["of", "a"], ["a"], ["of"], []):
        k = at + 1 + len(between)
        if words[at + 1 : k] == between and words[k : k + 1] in _HALF_OF:
            return k
    return 0


_FRACTION_AFTER = (["quarter"], ["quarters"], ["third"], ["thirds"], ["fifth"], ["fifths"], ["half"])
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000}
_HALF_OF = (["thousand"], ["million"])
_LIST_MARK = re.compile(r"(?:^|(?<=[\s:;]))\(\d{1,2}\)(?=\s)|(?:^|(?<=[;:]\s))\d{1,2}\)(?=\s)")
PLUS_AFTER = re.compile(r"(?<![\d.,])(\d[\d,.]*)\+(?!\s*\d)")
_UNITS = frozenset(
    {"ton", "tons", "tonne", "tonnes", "kg", "kilo", "kilos", "kilograms", "kilogrammes", "targets", "officers",
     "countries", "weapons", "guns", "documents", "parcels", "premises", "vehicles", "people", "entries", "agencies",
     "accounts", "cops", "persons", "times", "cars", "trucks", "bullets", "rounds", "packages", "entities",
     "checks", "ppl", "docs", "ids", "pieces"}
)  # fmt: skip
# "ten were on the dark web", "seven of them": a count (five and up; "one of", "the two were" stay words)
_COUNTED_AFTER = frozenset({"were", "was", "are", "of", "on", "in"})
_NUMBER_WORD = re.compile(
    r"\b(?:hundred|thousand|million|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b"
    r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:"
    + "|".join(sorted(_UNITS))
    + r")\b"
    r"|\bfactor (?:of )?(?:two|three|four|five|six|seven|eight|nine|ten)\b"
    r"|\b(?:more|less|fewer) than (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\b"  # "were they more than ten?": the compared run
    r"|\b(?:five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen) "
    r"(?:were|was|are|of|on|in)\b"
)


def _spelled_numbers(words: list[str]) -> list[str]:
    """ "two hundred and ten" -> "210", "twenty two thousand" -> "22000": a number said in words, as
    a voice transcript writes it. Only runs with a tens or a scale word: "two" and "one" alone stay
    words ("the two", "one of them")."""
    out: list[str] = []
    i = 0
    while i < len(words):
        j, total, current, spelled = i, 0, 0, False
        while j < len(words):
            word = words[j].replace("-", " ")
            parts = word.split()
            if all(p in _SMALL or p in _TENS for p in parts) and parts:
                current += sum(_SMALL.get(p, 0) + _TENS.get(p, 0) for p in parts)
                spelled = spelled or any(p in _TENS for p in parts)
            elif word in _SCALES and (
                current
                or total
                or j > i
                or (word == "hundred" and words[j + 1 : j + 2] in (["thousand"], ["million"]))
            ):  # "over hundred thousand vehicles", as a gloss leaves "над сто илјади"
                scale = _SCALES[word]
                if scale == 100:
                    current = (current or 1) * 100
                else:
                    total, current = total + (current or 1) * scale, 0
                spelled = True
            elif (
                word == "half"
                and j == i
                and words[j + 1 : j + 2] == ["a"]
                and words[j + 2 : j + 3] in _HALF_OF
            ):
                total, j = _SCALES[words[j + 2]] // 2, j + 2  # "half a million": 500000
                spelled = True
            elif word == "quarter" and j == i and (k := _quarter_of(words, j)):
                total, j = _SCALES[words[k]] // 4, k  # "a quarter of a million": 250000
                spelled = True
            elif word == "a" and j == i and j + 1 < len(words) and words[j + 1] in _SCALES:
                current = 1  # "over a hundred targets": one hundred
            elif word == "and" and j > i and j + 1 < len(words) and words[j + 1] in {*_SMALL, *_TENS}:
                pass  # "two hundred and ten"
            else:
                break
            j += 1
        measured = (
            j > i
            and j < len(words)
            and (words[j] in _UNITS or (current >= 5 and words[j] in _COUNTED_AFTER))
            and words[j - 1] != "and"
            and not (words[j] == "times" and total + current < 3)  # "two times" is twice, no figure
        )
        # "more than ten controlled persons": a number compared is a quantity, whatever follows it
        compared = (
            (
                i >= 2
                and words[i - 2 : i] in (["more", "than"], ["less", "than"], ["fewer", "than"])
                and words[j : j + 1]
                not in _FRACTION_AFTER  # "more than three quarters": a share, said in words
            )
            or (words[i - 1 : i] == ["factor"] or words[i - 2 : i] == ["factor", "of"])
        )  # "by a factor of five": a ratio quoted
        if (spelled or measured or compared) and j > i:  # "two tons": a number before a unit is a quantity
            out.append(str(total + current))
            i = j
        else:
            out.append(words[i])
            i += 1
    return out


def tokens(text: str) -> list[str]:
    """Normalised tokens of `text`."""
    return normalize(text).split()
