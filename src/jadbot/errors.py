"""One error type for broken data files, so every entry point can print `file:line: what` and exit 2."""

from __future__ import annotations

from collections.abc import Iterable

from jadbot.records import Record


class Problem(Record):
    """One thing wrong in a data file, located to a line (0 when the file as a whole is wrong)."""

    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


class DataError(Exception):
    """Raised by loaders with every problem found; nothing half-loaded escapes alongside it."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def did_you_mean(word: str, choices: Iterable[str], quote: str = "'{}'") -> str:
    """`; did you mean 'x'?` for the choice closest to a mistyped `word`, or "" when none is close.

    `quote` formats the suggestion (e.g. "{{{}}}" for a template reference).
    """
    from rapidfuzz import fuzz, process  # only on an error: start-up never pays for it

    best = process.extractOne(word, list(choices), scorer=fuzz.ratio, score_cutoff=75)
    return f"; did you mean {quote.format(best[0])}?" if best else ""
