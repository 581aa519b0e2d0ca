"""The misses log: questions the bot could not answer confidently, and `jadbot misses` to read it.

The bot appends one JSON line per miss (text, UTC time, best guesses; never who asked), and
the command groups similar questions so a maintainer sees which examples or intents to add.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process, utils

from jadbot.engine import Answer, Engine

log = logging.getLogger(__name__)

DEFAULT_LOG = Path("var/misses.jsonl")
MAX_TEXT = 500
SIMILAR = 80  # token_set_ratio at or above which two questions count as the same request
QUIET_KINDS = frozenset({"smalltalk"})


def is_miss(engine: Engine, answer: Answer) -> bool:
    """Unmatched, ambiguous, out of scope, or matched below the engine's confidence bar."""
    if not answer.matched:
        return True
    kind = engine.intents.intents[answer.intent].kind if answer.intent else None
    return kind not in QUIET_KINDS and answer.score < engine.settings.confident


class MissLog:
    """Appends misses to a JSONL file; a write failure is logged once and never reaches the user."""

    def __init__(self, path: Path, enabled: bool = True) -> None:
        self.path = path
        self.enabled = enabled
        self._failed = False

    def record(self, engine: Engine, answer: Answer) -> bool:
        if not self.enabled or not answer.question.strip() or not is_miss(engine, answer):
            return False
        guesses = [
            {"intent": s.intent, "score": round(s.score, 3)} for s in engine.explain(answer.question)[:3]
        ]
        entry = {
            "time": datetime.now(UTC).isoformat(timespec="seconds"),
            "text": answer.question.strip()[:MAX_TEXT],
            "answered": answer.intent,
            "score": answer.score,
            "matched": answer.matched,
            "guesses": guesses,
        }
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as out:
                out.write(json.dumps(entry, ensure_ascii=False) + "\n")
        except OSError as exc:
            if not self._failed:
                log.warning("cannot write the misses log %s: %s", self.path, exc.strerror)
            self._failed = True
            return False
        return True


def read_log(path: Path) -> tuple[list[dict[str, Any]], int]:
    """The entries with a text, and how many lines were unreadable."""
    entries: list[dict[str, Any]] = []
    bad = 0
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
        except ValueError:
            bad += 1
            continue
        if isinstance(entry, dict) and isinstance(entry.get("text"), str) and entry["text"].strip():
            entries.append(entry)
        else:
            bad += 1
    return entries, bad


@dataclass
class Group:
    representative: str
    texts: Counter[str] = field(default_factory=Counter)

    @property
    def count(self) -> int:
        return sum(self.texts.values())


def group_questions(texts: list[str], similar: int = SIMILAR) -> list[Group]:
    """Greedy clustering: most frequent wording first, each later one joins the closest group."""
    counts = Counter(t.strip() for t in texts if t.strip())
    groups: list[Group] = []
    keys: list[str] = []
    for text, n in counts.most_common():
        key = utils.default_process(text)
        hit = (
            process.extractOne(key, keys, scorer=fuzz.token_set_ratio, score_cutoff=similar) if keys else None
        )
        if hit is None:
            groups.append(Group(text))
            keys.append(key)
            hit = (key, 100, len(groups) - 1)
        groups[hit[2]].texts[text] += n
    return sorted(groups, key=lambda g: -g.count)


def default_log_path() -> Path:
    """JADBOT_MISSES_LOG (env or .env) when readable settings exist, else var/misses.jsonl."""
    from jadbot.settings import SettingsError, load_settings

    try:
        return load_settings().misses_log
    except SettingsError:
        return Path(os.environ.get("JADBOT_MISSES_LOG") or DEFAULT_LOG)


def cmd_misses(args: argparse.Namespace, engine: Engine) -> int:
    path: Path = getattr(args, "log", None) or default_log_path()
    if not path.exists():
        print(f"No misses log at {path} yet: the bot writes one when it cannot answer a question.")
        return 0
    entries, bad = read_log(path)
    if not entries:
        print(f"The misses log {path} is empty: nothing unanswered so far.")
        return 0
    groups = group_questions([e["text"] for e in entries])
    print(f"{len(entries)} missed question(s) in {len(groups)} group(s), from {path}:")
    for group in groups:
        ranked = engine.explain(group.representative)
        nearest = f"{ranked[0].intent} ({ranked[0].score:.2f})" if ranked else "none"
        print(f"\n{group.count:>4}×  {group.representative}")
        print(f"       nearest intent: {nearest}")
        others = [t for t, _ in group.texts.most_common() if t != group.representative][:3]
        if others:
            print("       also: " + "; ".join(others))
    print(
        "\nAdd a wording as an example of its intent in intents.yaml (or a new intent), "
        "then run `jadbot check`."
    )
    if bad:
        print(f"({bad} unreadable line(s) skipped)")
    return 0
