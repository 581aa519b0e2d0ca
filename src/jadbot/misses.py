"""The misses log: questions the bot could not answer confidently, and `jadbot misses` to read it.

The bot appends one JSON line per miss (text, UTC time, best guesses; never who asked), and
the command groups similar questions so a maintainer sees which examples or intents to add.

People type their e-mail address or phone number into chats. The log is a file on disk that
outlives the chat, so what it stores is redacted first, it is readable by its owner only
(0600), and it is rotated by size so it cannot fill the disk. Writing it is best effort: no
failure of the log (disk full, an unencodable lone surrogate) may cost the user an answer.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
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
MAX_BYTES = 5_000_000  # rotate past this: the current file becomes `<name>.1` (one kept)
SHOWN_GROUPS = 40  # `jadbot misses` prints the largest groups; --top changes it

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# 8+ digits with phone punctuation between them: "+389 2 3112 345", "(02) 3112-3456"
_PHONE = re.compile(r"(?<![\w])\+?\(?\d(?:[\d\s().-]*\d){7,}(?![\w])")
_LONG_DIGITS = re.compile(r"\d{7,}")  # account, card or ID numbers; the statement's figures are shorter


def redact(text: str) -> str:
    """Text safe to keep on disk: e-mails, phone numbers and long digit runs replaced, and any
    lone surrogate (from a broken client) replaced so the line can be written as UTF-8.

    Figures people quote ("288,774", "22 400", "20k") have at most six digits and stay."""
    text = text.encode("utf-8", "replace").decode("utf-8")
    text = _EMAIL.sub("<email>", text)
    text = _LONG_DIGITS.sub("<number>", text)
    return _PHONE.sub(lambda m: "<phone>" if sum(c.isdigit() for c in m[0]) >= 8 else m[0], text)


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

    def __init__(self, path: Path, enabled: bool = True, max_bytes: int = MAX_BYTES) -> None:
        self.path = path
        self.enabled = enabled
        self.max_bytes = max_bytes
        self._failed = False

    def record(self, engine: Engine, answer: Answer) -> bool:
        if not self.enabled or not answer.question.strip() or not is_miss(engine, answer):
            return False
        guesses = [
            {"intent": s.intent, "score": round(s.score, 3)} for s in engine.explain(answer.question)[:3]
        ]
        entry = {
            "time": datetime.now(UTC).isoformat(timespec="seconds"),
            "text": redact(answer.question.strip()[:MAX_TEXT]),
            "answered": answer.intent,
            "score": answer.score,
            "matched": answer.matched,
            "guesses": guesses,
        }
        try:
            self._append(json.dumps(entry, ensure_ascii=False) + "\n")
        except Exception as exc:  # best effort: a log failure must never cost the answer
            if not self._failed:
                log.warning(
                    "cannot write the misses log %s: %s", self.path, getattr(exc, "strerror", None) or exc
                )
            self._failed = True
            return False
        return True

    def _append(self, line: str) -> None:
        """Append one line to a 0600 file, rotating it first when it passed max_bytes."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = line.encode("utf-8")
        try:
            if self.path.stat().st_size + len(data) > self.max_bytes:
                os.replace(self.path, rotated(self.path))
        except FileNotFoundError:
            pass
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o600)
        try:
            os.fchmod(fd, 0o600)  # also tightens a log an older version left at 0644
            os.write(fd, data)
        finally:
            os.close(fd)


def rotated(path: Path) -> Path:
    return path.with_name(path.name + ".1")


def read_log(path: Path) -> tuple[list[dict[str, Any]], int]:
    """The entries with a text (the rotated `<name>.1` first, then the current file), and how
    many lines were unreadable."""
    entries: list[dict[str, Any]] = []
    bad = 0
    for part in (rotated(path), path):
        if not part.exists():
            continue
        for line in part.read_text(encoding="utf-8", errors="replace").splitlines():
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
    """Greedy clustering: most frequent wording first, each later one joins the closest group.

    A wording is compared only with groups sharing a word's first three letters ("cop" finds
    "cops"): two questions with nothing of the sort in common never reach the similarity bar.
    That keeps 20,000 distinct questions to seconds (comparing with every group took minutes).
    """
    counts = Counter(t.strip() for t in texts if t.strip())
    groups: list[Group] = []
    keys: list[str] = []
    index: dict[str, list[int]] = {}
    for text, n in counts.most_common():
        key = utils.default_process(text)
        stems = {word[:3] for word in key.split()}
        candidates = sorted({g for stem in stems for g in index.get(stem, ())})
        hit = (
            process.extractOne(
                key, {g: keys[g] for g in candidates}, scorer=fuzz.token_set_ratio, score_cutoff=similar
            )
            if candidates
            else None
        )
        if hit is None:
            groups.append(Group(text))
            keys.append(key)
            number = len(groups) - 1
            for stem in stems:
                index.setdefault(stem, []).append(number)
        else:
            number = hit[2]
        groups[number].texts[text] += n
    return sorted(groups, key=lambda g: -g.count)


def default_log_path() -> Path:
    """JADBOT_MISSES_LOG (env or .env) when readable settings exist, else var/misses.jsonl."""
    from jadbot.settings import SettingsError, load_settings

    try:
        return load_settings().misses_log
    except SettingsError:
        return Path(os.environ.get("JADBOT_MISSES_LOG") or DEFAULT_LOG)


def _kind(entry: dict[str, Any]) -> str:
    """ "fallback": the bot said it could not answer; "low score": it answered, unsure."""
    return "low score" if entry.get("matched") else "fallback"


def cmd_misses(args: argparse.Namespace, engine: Engine) -> int:
    path: Path = getattr(args, "log", None) or default_log_path()
    top: int = getattr(args, "top", None) or SHOWN_GROUPS
    if not path.exists() and not rotated(path).exists():
        print(f"No misses log at {path} yet: the bot writes one when it cannot answer a question.")
        return 0
    entries, bad = read_log(path)
    if not entries:
        print(f"The misses log {path} is empty: nothing unanswered so far.")
        return 0
    export: list[dict[str, Any]] = []
    print(f"{len(entries)} missed question(s) from {path}.")
    for kind, title in (
        ("fallback", "Not answered (fallback)"),
        ("low score", "Answered, but with a low score (check the answer was right)"),
    ):
        texts = [e["text"] for e in entries if _kind(e) == kind]
        if not texts:
            continue
        groups = group_questions(texts)
        shown = groups[:top]
        print(
            f"\n== {title}: {len(texts)} in {len(groups)} group(s)"
            + (f", the {top} largest:" if len(groups) > top else ":")
        )
        for group in shown:
            ranked = engine.explain(group.representative)
            nearest = f"{ranked[0].intent} ({ranked[0].score:.2f})" if ranked else "none"
            print(f"\n{group.count:>4}×  {group.representative}")
            print(f"       nearest intent: {nearest}")
            others = [t for t, _ in group.texts.most_common() if t != group.representative][:3]
            if others:
                print("       also: " + "; ".join(others))
            for text, count in group.texts.most_common():
                export.append(
                    {
                        "q": text,
                        "intent": ranked[0].intent if ranked else "fallback",
                        "kind": kind,
                        "count": count,
                        "group": group.representative,
                        "label": "guess: nearest intent; correct it, or write fallback",
                    }
                )
    print(
        "\nAdd a wording as an example of its intent in intents.yaml (or a new intent), "
        "then run `jadbot check`."
    )
    if bad:
        print(f"({bad} unreadable line(s) skipped)")
    out_file: Path | None = getattr(args, "export", None)
    if out_file is not None:
        with out_file.open("w", encoding="utf-8") as out:
            for record in export:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        print(
            f"wrote {len(export)} labelled question(s) to {out_file}: fix each 'intent', then `jadbot eval {out_file}`"
        )
    return 0
