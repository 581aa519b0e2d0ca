"""Per language: the engine's answer latency on that language's own examples (detection, gloss and
answer, text caches cleared), and the memory of a process that has loaded every language.

The questions are each language file's examples (languages/<code>.yaml), asked without naming the
language, so the detection of the language is part of what is timed.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from jadbot.engine import Engine
from jadbot.languages import Languages

from .engine_latency import text_cache_clearer
from .report import table, verdict
from .timing import Latency, time_each

TARGET_P99_MS = 2.0
TARGET_RSS_MB = 100.0


@dataclass(frozen=True)
class LanguageRow:
    code: str
    name: str
    latency: Latency
    answered_in_it: float  # share of its own examples answered in the language


def measure(root: Path, quick: bool = False) -> tuple[list[LanguageRow], float]:
    engine = Engine.load(root / "facts", root / "intents.yaml")
    languages = Languages(root / "languages")
    rows = []
    for code in languages.available:
        texts = [e for words in languages.get(code).intents.values() for e in words.examples]
        texts = texts[:100] if quick else texts
        for text in texts:  # loads the language and what detection loads on first need (lingua, the
            engine.answer(text)  # word index by initial): the steady state a running bot is in
        clear = text_cache_clearer(engine.in_language(code))
        latency = time_each(texts, engine.answer, before=clear)
        kin = {"sr", "hr", "bs"} if code in {"sr", "hr", "bs"} else {code}
        same = sum(engine.answer(t).language in kin for t in texts) / max(len(texts), 1)
        rows.append(LanguageRow(code, languages.get(code).name, latency, 100 * same))
    return rows, rss_with_every_language(root)


_EVERY_LANGUAGE = """
import json, sys
from pathlib import Path
from jadbot.engine import Engine
from benchmarks.timing import peak_rss_mb
root = Path(sys.argv[1])
e = Engine.load(root / 'facts', root / 'intents.yaml')
for code in e.speaks():
    e.answer('?', language=code); e.in_language(code).answer_intent('vehicles')
e.answer('Wie viele Waffen wurden beschlagnahmt?')
e.answer('¿Cuántas armas se incautaron en la operación?')  # not a language it speaks: lingua tells
assert 'lingua' in sys.modules
print(json.dumps(peak_rss_mb()))
"""


def rss_with_every_language(root: Path) -> float:
    """Peak RSS (MB, VmHWM) of a fresh process that loaded the engine, answered once in every
    language (each language's engine built) and detected a language with lingua, from the load
    cache as every start but the first after a change (one run before fills it)."""
    command = [sys.executable, "-c", _EVERY_LANGUAGE, str(root)]
    subprocess.run(command, cwd=root, capture_output=True, check=True)
    out = subprocess.run(command, cwd=root, capture_output=True, text=True, check=True)
    return float(json.loads(out.stdout.strip().splitlines()[-1]))


def section(result: tuple[list[LanguageRow], float]) -> str:
    rows, rss = result
    body = [
        [f"{r.name} ({r.code})", str(r.latency.n), *r.latency.cells(), f"{r.answered_in_it:.1f}"]
        for r in rows
    ]
    worst = max((r.latency.p99 for r in rows), default=0.0)
    return (
        "## Languages\n\nEach language file's own examples, asked without naming the language (detection, "
        "gloss and answer; text caches cleared before each). 'in it' is the share answered in that language "
        "(Serbian, Croatian and Bosnian share one vocabulary, so they count each other's).\n\n"
        + table(["language", "n", "p50 ms", "p95 ms", "p99 ms", "mean ms", "in it %"], body)
        + f"\n\nTarget p99 ≤ {TARGET_P99_MS:g} ms in every language: {verdict(worst <= TARGET_P99_MS)} "
        f"(worst {worst:.2f} ms). Peak RSS of a process that loaded every language and lingua: {rss:.0f} MB "
        f"(target ≤ {TARGET_RSS_MB:g} MB: {verdict(rss <= TARGET_RSS_MB)})."
    )
