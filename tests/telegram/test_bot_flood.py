"""The per-user token bucket."""

from __future__ import annotations

from jadbot.telegram.flood import FloodGuard, Verdict


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_burst_then_one_warning_then_silence() -> None:
    guard = FloodGuard(rate=1.0, burst=3, clock=Clock())
    verdicts = [guard.check(1) for _ in range(6)]
    assert verdicts == [Verdict.ALLOW] * 3 + [Verdict.WARN] + [Verdict.DROP] * 2


def test_users_are_independent() -> None:
    guard = FloodGuard(rate=1.0, burst=2, clock=Clock())
    for _ in range(5):
        guard.check(1)
    assert guard.check(2) is Verdict.ALLOW


def test_refill_allows_again_and_rearms_the_warning() -> None:
    clock = Clock()
    guard = FloodGuard(rate=0.5, burst=2, clock=clock)
    assert [guard.check(1) for _ in range(4)] == [Verdict.ALLOW, Verdict.ALLOW, Verdict.WARN, Verdict.DROP]
    clock.now = 1.0  # half a token: still over
    assert guard.check(1) is Verdict.DROP
    clock.now = 2.0
    assert guard.check(1) is Verdict.ALLOW
    assert guard.check(1) is Verdict.WARN  # a new flood gets a new warning


def test_idle_users_are_forgotten_when_many() -> None:
    clock = Clock()
    guard = FloodGuard(rate=1.0, burst=1, clock=clock)
    for user in range(10_002):
        guard.check(user)
    clock.now = 100.0
    guard.check(-1)
    assert len(guard._buckets) == 1
