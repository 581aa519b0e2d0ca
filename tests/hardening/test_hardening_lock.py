"""requirements.lock (what `make audit` checks and the image installs with --require-hashes) pins
every runtime dependency of pyproject.toml at a version its specifier allows, each with hashes;
requirements-dev.lock adds the dev tools at the same versions. Regenerate both with `make lock`."""

from __future__ import annotations

import re
import tomllib

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests.conftest import ROOT


def locked(file: str = "requirements.lock") -> dict[str, str]:
    """name -> version; every pin must be exact and carry at least one sha256 hash."""
    pins: dict[str, str] = {}
    text = (ROOT / file).read_text(encoding="utf-8").replace("\\\n", " ")
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        requirement, *options = line.split()
        name, sep, version = requirement.partition("==")
        assert sep and version, f"not an exact pin: {line!r}"
        assert any(re.fullmatch(r"--hash=sha256:[0-9a-f]{64}", o) for o in options), f"no hash: {name}"
        assert canonicalize_name(name) not in pins, f"pinned twice: {name}"
        pins[canonicalize_name(name)] = version
    return pins


def test_lock_pins_every_runtime_dependency_within_its_range() -> None:
    pins = locked()
    assert "jadbot" not in pins
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    for spec in project["dependencies"]:
        requirement = Requirement(spec)
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{requirement.name} is not in requirements.lock: run `make lock`"
        assert requirement.specifier.contains(pins[name], prereleases=True), (spec, pins[name])
    assert "aiolimiter" in pins  # python-telegram-bot[rate-limiter]
    assert "tornado" not in pins  # PTB's [webhooks] server is unused: ours is aiohttp


def test_dev_lock_adds_the_dev_tools_at_the_runtime_versions() -> None:
    runtime, dev = locked(), locked("requirements-dev.lock")
    assert {name: dev.get(name) for name in runtime} == runtime
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    for spec in project["optional-dependencies"]["dev"]:
        requirement = Requirement(spec)
        version = dev.get(canonicalize_name(requirement.name))
        assert version is not None, f"{requirement.name} is not in requirements-dev.lock: run `make lock`"
        assert requirement.specifier.contains(version, prereleases=True), (spec, version)
