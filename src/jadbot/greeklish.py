"""Greek typed in Latin letters ("poses sfaires vrikan?", "efxaristw poly"), read as Greek.

Greeklish has no one spelling: η, ι, υ, ει and οι are all "i" (or "h", "y"), ω is "w" or "o", θ is
"th" or "8". So words are compared by how they sound: each Greek word the Greek file knows and each
Latin word of a message are keyed alike, and a Latin word whose key a Greek word has becomes that
word. What no Greek word sounds like stays as typed (names, numbers, "lol")."""

from __future__ import annotations

import re
from collections.abc import Iterable

# Greek (folded: lowercase, no accents, final sigma as σ) to how it sounds, digraphs first
_GREEK = [
    ("ου", "u"), ("ει", "i"), ("οι", "i"), ("υι", "i"), ("αι", "e"), ("μπ", "b"), ("ντ", "d"), ("γκ", "g"),
    ("γγ", "g"), ("αυ", "av"), ("ευ", "ev"), ("α", "a"), ("β", "v"), ("γ", "g"), ("δ", "d"), ("ε", "e"),
    ("ζ", "z"), ("η", "i"), ("θ", "th"), ("ι", "i"), ("κ", "k"), ("λ", "l"), ("μ", "m"), ("ν", "n"),
    ("ξ", "ks"), ("ο", "o"), ("π", "p"), ("ρ", "r"), ("σ", "s"), ("τ", "t"), ("υ", "i"), ("φ", "f"),
    ("χ", "x"), ("ψ", "ps"), ("ω", "o"),
]  # fmt: skip
# the same sounds as Greeklish writes them
_LATIN = [
    ("8", "th"),
    ("ou", "u"),
    ("ei", "i"),
    ("oi", "i"),
    ("ui", "i"),
    ("ai", "e"),
    ("mp", "b"),
    ("nt", "d"),
    ("gk", "g"),
    ("gg", "g"),
    ("ch", "x"),
    ("ph", "f"),
    ("th", "th"),
    ("eu", "ev"),
    ("ey", "ev"),
    ("ay", "av"),
    ("au", "av"),
    ("w", "o"),
    ("y", "i"),
    ("h", "i"),
    ("c", "k"),
    ("j", "g"),
    ("q", "k"),
]  # fmt: skip ("th" stays "th": its "h" is no "i")
_GREEK_RE = re.compile("|".join(re.escape(g) for g, _ in _GREEK))
_GREEK_SOUND = dict(_GREEK)
_LATIN_RE = re.compile("|".join(re.escape(g) for g, _ in _LATIN))
_LATIN_SOUND = dict(_LATIN)
# a sound back to a Greek spelling, for the rest of a word only its start was found for
_SPELLING = [
    ("th", "θ"), ("ks", "ξ"), ("ps", "ψ"), ("u", "ου"), ("b", "μπ"), ("a", "α"), ("v", "β"), ("g", "γ"),
    ("d", "δ"), ("e", "ε"), ("z", "ζ"), ("i", "ι"), ("k", "κ"), ("l", "λ"), ("m", "μ"), ("n", "ν"),
    ("o", "ο"), ("p", "π"), ("r", "ρ"), ("s", "σ"), ("t", "τ"), ("f", "φ"), ("x", "χ"),
]  # fmt: skip
_SPELLING_RE = re.compile("|".join(re.escape(s) for s, _ in _SPELLING))
_SPELLING_OF = dict(_SPELLING)
_WORD = re.compile(r"[a-z8]+")


_LETTER_WORDS = {"k": "κ"}  # "poso ammo k poso oplismo": "k" is how "και" is typed, one letter


def _sound(key: str) -> str:
    key = key.replace("ef", "ev").replace("af", "av")  # "ευχαριστω" is said "efxaristo"
    return re.sub(r"(.)\1", r"\1", key)  # "λλ", "ll": one sound


def greek_key(word: str) -> str:
    """How a folded Greek word sounds: "σφαιρεσ" -> "sferes"."""
    return _sound(_GREEK_RE.sub(lambda m: _GREEK_SOUND[m.group(0)], word))


def latin_key(word: str) -> str:
    """How a Greeklish word sounds: "sfaires" -> "sferes", "efxaristw" -> "evxaristo"."""
    return _sound(_LATIN_RE.sub(lambda m: _LATIN_SOUND[m.group(0)], word.lower()))


class Greeklish:
    """The Greek words of one vocabulary by sound; `starts`: the `*` keys (word starts)."""

    def __init__(self, words: Iterable[str], starts: Iterable[str] = ()):
        self.words: dict[str, str] = {}
        for word in sorted(words, key=len):  # the shortest spelling of a sound first
            self.words.setdefault(greek_key(word), word)
        self.starts: dict[str, str] = {}
        for start in sorted(starts, key=len):
            self.starts.setdefault(greek_key(start), start)
        self._longest = max(map(len, self.starts), default=0)

    def word(self, latin: str) -> str | None:
        """The Greek word a Latin one sounds like, or None."""
        key = latin_key(latin)
        found = self.words.get(key)
        if found is not None:
            return found
        for k in range(min(len(key), self._longest), 2, -1):  # "sfaires" by the start "σφαιρ*"
            start = self.starts.get(key[:k])
            if start is not None:
                return start + _SPELLING_RE.sub(lambda m: _SPELLING_OF[m.group(0)], key[k:])
        return None

    def to_greek(self, text: str) -> tuple[str, int]:
        """The text with each Latin word a Greek word sounds like in Greek, and how many there were."""
        found = 0

        def swap(match: re.Match[str]) -> str:
            nonlocal found
            word = match.group(0)
            greek = self.word(word) if len(word) > 1 else _LETTER_WORDS.get(word)
            found += greek is not None and len(word) > 1  # "k thx" is no Greek for one letter
            return greek or match.group(0)

        return _WORD.sub(swap, text.lower()), found


__all__ = ["Greeklish", "greek_key", "latin_key"]
