"""Which Chromium the browser tests drive, and what happens when there is none.

Order: a browser Playwright installed itself (`playwright install chromium`), else Debian's
(`/usr/bin/chromium`). `JADBOT_TEST_CHROMIUM` changes that:

- unset or `auto`: missing browser → the browser tests are skipped, with one loud summary line;
- `require` (set by `.ci/run`): missing browser → the browser tests fail, so CI cannot pass by skipping;
- a path: use that executable; missing → fail (it was asked for explicitly).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

DEBIAN_CHROMIUM = Path("/usr/bin/chromium")
SETTING = "JADBOT_TEST_CHROMIUM"
HOW_TO_GET_THEM = (
    "install a browser with `.venv/bin/playwright install chromium` (any OS) or "
    "`apt-get install chromium` (Debian/Ubuntu), then `make test` again"
)


@dataclass(frozen=True)
class Choice:
    """The browser to launch (None: there is none) and whether a missing one fails or skips."""

    executable: Path | None
    required: bool
    looked_at: tuple[Path, ...]

    def missing_message(self) -> str:
        where = ", ".join(str(p) for p in self.looked_at) or "nowhere"
        return f"no Chromium for the browser tests (looked at {where}): {HOW_TO_GET_THEM}"


def choose(setting: str | None, candidates: Sequence[Path]) -> Choice:
    """Pick the first existing candidate (Playwright's own first, then Debian's), or the set path."""
    value = (setting or "auto").strip()
    if value not in ("auto", "require"):
        path = Path(value)
        return Choice(path if path.is_file() else None, True, (path,))
    found = next((path for path in candidates if path.is_file()), None)
    return Choice(found, value == "require", tuple(candidates))


def choose_from_environment(playwright_chromium: str | None) -> Choice:
    """`choose` with this process's setting; `playwright_chromium` is Playwright's executable_path."""
    candidates = [Path(playwright_chromium)] if playwright_chromium else []
    return choose(os.environ.get(SETTING), [*candidates, DEBIAN_CHROMIUM])
