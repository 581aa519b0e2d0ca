"""Cold start: `jadbot ask QUESTION` as a whole process, as a user (or a shell script) runs it.

Timed from outside with the process's own wall clock (fork to exit), median of many runs. As on a
user's machine (and in the image, deploy/Dockerfile), Python's bytecode is there: the package is
byte-compiled first and every run may write .pyc files (PYTHONDONTWRITEBYTECODE, which some shells
and CI images set, is removed from the runs' environment). One warm-up run fills the load cache:
every start after it loads the facts, intents and built engine from it (jadbot.parts) and the
compiled patterns (jadbot.regexcache); a third as many runs with the cache off
(JADBOT_CACHE_DIR="") show the first start after the data changed. Two extra runs explain the
figure: an in-process split between imports, `Engine.load` and the first answer (as the command
line does them), and `-X importtime`'s slowest imports. A last run checks that answering never
imports Telegram, which only `jadbot run` needs.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from .timing import median

QUESTION = "how much cocaine was seized"
RUNS = 21

_SPLIT = """
import json, sys, time
t0 = time.perf_counter()
from jadbot import regexcache
from jadbot.cli import default_facts_dir, default_intents
regexcache.preload()  # as jadbot.cli.load_engine does, before the engine's modules
from jadbot.engine import Engine
t1 = time.perf_counter()
engine = Engine.load(default_facts_dir(), default_intents())
t2 = time.perf_counter()
engine.answer({question!r})
t3 = time.perf_counter()
print(json.dumps({{"imports": t1 - t0, "load": t2 - t1, "answer": t3 - t2}}))
"""

_TELEGRAM = """
import json, sys
from jadbot.cli import main
main(["ask", {question!r}])
print(json.dumps(sorted(m for m in sys.modules if "telegram" in m.split("."))))
"""


@dataclass(frozen=True)
class ColdStart:
    median_ms: float
    uncached_median_ms: float  # the first start after the data (or the code) changed
    min_ms: float
    max_ms: float
    interpreter_ms: float  # `python -c pass`: the floor no change to jadbot can go below
    imports_ms: float
    load_ms: float
    answer_ms: float
    slowest_imports: list[tuple[str, float]]  # (module, cumulative ms)
    telegram_modules: list[str]


def _environment(**changes: str) -> dict[str, str]:
    """The runs' environment: this one, with Python free to write bytecode."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {**env, **changes}


def _compile_bytecode() -> None:
    """The package's .pyc files, as pip (and the image) leave them; the stdlib's and the libraries'
    are written by the interpreter's install and by pip."""
    import compileall

    import jadbot

    compileall.compile_dir(Path(jadbot.__file__).parent, quiet=1)


def _time_process(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=cwd, env=env or _environment(), check=True, stdout=subprocess.DEVNULL)
    return (time.perf_counter() - start) * 1000


def _last_line(script: str, cwd: Path) -> str:
    """The last line a probe script prints (earlier lines may be the CLI's own answer)."""
    code = script.format(question=QUESTION)
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=cwd, env=_environment(), capture_output=True, text=True, check=True
    )
    return out.stdout.strip().splitlines()[-1]


def _jadbot() -> str:
    script = Path(sys.executable).with_name("jadbot")
    return str(script) if script.exists() else "jadbot"


def _slowest_imports(root: Path, top: int = 8) -> list[tuple[str, float]]:
    """Top-level packages by cumulative import time on the `ask` path (`python -X importtime`)."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "jadbot", "ask", QUESTION],
        cwd=root,
        env=_environment(),
        capture_output=True,
        text=True,
        check=True,
    )
    totals: dict[str, float] = {}
    for line in done.stderr.splitlines():
        parts = line.split("|")
        if len(parts) != 3 or not parts[1].strip().isdigit():
            continue
        name = parts[2].rstrip()
        depth = (len(name) - len(name.lstrip())) // 2
        if depth == 0 or (depth == 1 and name.strip().startswith("jadbot.")):
            totals[name.strip()] = int(parts[1]) / 1000
    return sorted(totals.items(), key=lambda item: -item[1])[:top]


def measure(root: Path, runs: int = RUNS) -> ColdStart:
    command = [_jadbot(), "ask", QUESTION]
    _compile_bytecode()
    _time_process(command, root)  # warm-up: any .pyc still missing, page cache, the load cache
    _time_process(command, root)  # what the first start stored (compiled patterns) is used from here
    uncached_env = _environment(JADBOT_CACHE_DIR="")
    # One block each: a start right after an uncached one (a second of building, and of memory
    # traffic) is slower than one after another start, as a script asking question after question
    # runs them; the floor is measured in between, under the same load as the cached starts.
    times, floor = [], []
    for _ in range(runs):
        times.append(_time_process(command, root))
        floor.append(_time_process([sys.executable, "-c", "pass"], root))
    uncached = [_time_process(command, root, uncached_env) for _ in range(max(3, runs // 3))]
    interpreter = median(floor)
    split = json.loads(_last_line(_SPLIT, root))
    telegram = _last_line(_TELEGRAM, root)
    return ColdStart(
        median_ms=median(times),
        uncached_median_ms=median(uncached),
        min_ms=min(times),
        max_ms=max(times),
        interpreter_ms=interpreter,
        imports_ms=split["imports"] * 1000,
        load_ms=split["load"] * 1000,
        answer_ms=split["answer"] * 1000,
        slowest_imports=_slowest_imports(root),
        telegram_modules=json.loads(telegram),
    )
