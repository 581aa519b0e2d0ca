"""Small timing helpers shared by every benchmark, so all report percentiles the same way."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass


@dataclass(frozen=True)
class Latency:
    """Percentiles of one series of timings, in milliseconds."""

    n: int
    p50: float
    p95: float
    p99: float
    mean: float
    max: float

    @classmethod
    def of(cls, samples_ns: list[int]) -> Latency:
        """Nearest-rank percentiles: no interpolation, so p99 is a latency that really happened."""
        if not samples_ns:
            return cls(0, 0.0, 0.0, 0.0, 0.0, 0.0)
        ordered = sorted(samples_ns)

        def rank(p: float) -> float:
            index = min(len(ordered) - 1, max(0, round(p / 100 * len(ordered) + 0.5) - 1))
            return ordered[index] / 1e6

        return cls(
            n=len(ordered),
            p50=rank(50),
            p95=rank(95),
            p99=rank(99),
            mean=sum(ordered) / len(ordered) / 1e6,
            max=ordered[-1] / 1e6,
        )

    def cells(self) -> list[str]:
        return [ms(self.p50), ms(self.p95), ms(self.p99), ms(self.mean)]


def ms(value: float) -> str:
    """Milliseconds with enough digits for sub-millisecond figures."""
    if value < 10:
        return f"{value:.3f}"
    if value < 100:
        return f"{value:.1f}"
    return f"{value:.0f}"


def time_each(
    items: Iterable[str], call: Callable[[str], object], before: Callable[[], None] | None = None
) -> Latency:
    """Time `call(item)` for every item; `before` (e.g. clearing a cache) runs outside the timed span."""
    samples: list[int] = []
    clock = time.perf_counter_ns
    for item in items:
        if before is not None:
            before()
        start = clock()
        call(item)
        samples.append(clock() - start)
    return Latency.of(samples)


@contextmanager
def stopwatch() -> Iterator[list[float]]:
    """`with stopwatch() as took:` leaves the elapsed seconds in `took[0]`."""
    took = [0.0]
    gc.collect()
    start = time.perf_counter()
    try:
        yield took
    finally:
        took[0] = time.perf_counter() - start


def median(values: list[float]) -> float:
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def peak_rss_mb() -> float:
    """This process's peak resident memory since it started (exec), in MB: /proc's VmHWM.

    Not getrusage's ru_maxrss: Linux carries that over from before exec, so a process started by
    a bigger one (fork, then exec) reports at least its parent's size at the fork."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kB; macOS: bytes
