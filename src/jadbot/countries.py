"""Every country in the world by any name a user might type, from pycountry plus our aliases.

pycountry keeps the ISO 3166-1 list current; Kosovo (XK) is not in it and comes from
reference.yaml, as do informal names (Britain, Holland, BiH, Türkiye ...).
"""

from __future__ import annotations

import re

from jadbot.normalize import flag_word, normalize

_REPUBLIC_OF = re.compile(
    r",\s*(?:the\s+)?(?:.*\s)?(?:republic|state|kingdom|province|federation)\s+of.*$", re.I
)


class CountryIndex:
    """Country names (normalised, as token tuples) to ISO alpha-2 codes, and codes to display names."""

    def __init__(
        self,
        names: dict[str, str],  # code -> display name
        phrases: dict[tuple[str, ...], str] | None = None,  # normalised tokens -> code
        longest: int = 1,
    ):
        self.names = names
        self.phrases = {} if phrases is None else phrases
        self.longest = longest

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CountryIndex):
            return NotImplemented
        return (self.names, self.phrases, self.longest) == (other.names, other.phrases, other.longest)

    __hash__ = None  # type: ignore[assignment]  # changes while it is built

    def add(self, name: str, code: str) -> None:
        key = tuple(normalize(name).split())
        if key and key not in self.phrases:
            self.phrases[key] = code
            self.longest = max(self.longest, len(key))

    def lookup(self, name: str) -> str | None:
        """The code of an exact (normalised) name, alias included."""
        return self.phrases.get(tuple(normalize(name).split()))

    def name(self, code: str) -> str:
        return self.names[code]


def _short_name(country: object) -> str:
    common = getattr(country, "common_name", None)
    if common:
        return str(common)
    name = str(country.name)  # type: ignore[attr-defined]
    return _REPUBLIC_OF.sub("", name) if "," in name else name


def build_country_index(extra: dict[str, str], aliases: dict[str, tuple[str, ...]]) -> CountryIndex:
    """Index every ISO country, the extra ones, and the aliases (aliases win for display)."""
    import pycountry  # here, not at the top: a start-up served by the load cache never needs it

    index = CountryIndex(names={})
    for country in pycountry.countries:
        code = country.alpha_2
        index.names[code] = _short_name(country)
    for code, name in extra.items():
        index.names[code] = name
    for code, names in aliases.items():
        if code in index.names:
            index.add(index.names[code], code)
            for alias in names:
                index.add(alias, code)
    for country in pycountry.countries:
        code = country.alpha_2
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                index.add(str(value), code)
                if "," in str(value):
                    index.add(_REPUBLIC_OF.sub("", str(value)), code)
        index.add(index.names[code], code)
        index.add(flag_word(code), code)  # "🇧🇦", as normalize writes a flag
    for code, name in extra.items():
        index.add(name, code)
        index.add(flag_word(code), code)
    return index
