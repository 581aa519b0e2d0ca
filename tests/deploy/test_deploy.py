"""Every deploy file parses and points at things that exist: the console script, `jadbot run` and its
flags, the webhook port and /healthz, and real settings. Renaming a setting, a flag or the health
path breaks a test here instead of a deployment.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
import shlex
import shutil
import socket
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
import yaml
from aiohttp import web

from jadbot.cli import build_parser
from jadbot.settings import Settings, SettingsError, load_settings

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
K8S = DEPLOY / "k8s"
SETTING_NAMES = {str(field.validation_alias) for field in Settings.model_fields.values()}
ENV_NAME = re.compile(r"\b(?:JADBOT|TELEGRAM)_[A-Z0-9_]+\b")
# Variables the code reads itself, outside Settings (facts.py: JADBOT_CACHE_DIR, the load cache).
READ_DIRECTLY = {
    name
    for path in (ROOT / "src").rglob("*.py")
    for name in re.findall(r"environ(?:\.get)?[(\[]\s*\"((?:JADBOT|TELEGRAM)_[A-Z0-9_]+)\"", path.read_text())
}
CACHE_DIR = "JADBOT_CACHE_DIR"
CONSOLE_SCRIPT = next(iter(tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]))
DEFAULT_PORT = Settings.model_fields["port"].default


def deploy_files() -> list[Path]:
    return sorted(p for p in DEPLOY.rglob("*") if p.is_file() and "__pycache__" not in p.parts)


def check_cli(argv: list[str]) -> Any:
    """The arguments after the console script must be a valid `jadbot run` command line."""
    assert argv[0] == "run", argv
    try:
        return build_parser().parse_args(argv)
    except SystemExit:
        pytest.fail(f"`{CONSOLE_SCRIPT} {' '.join(argv)}` is not a valid command line")


# ---------------------------------------------------------------- settings named anywhere


def test_every_env_var_named_in_deploy_files_is_a_setting() -> None:
    for path in deploy_files():
        unknown = set(ENV_NAME.findall(path.read_text(encoding="utf-8"))) - SETTING_NAMES - READ_DIRECTLY
        assert not unknown, f"{path.relative_to(ROOT)} names settings that do not exist: {sorted(unknown)}"


def env_example() -> dict[str, str]:
    """`NAME=value` lines, commented out or not."""
    found = {}
    for line in (DEPLOY / ".env.example").read_text(encoding="utf-8").splitlines():
        match = re.match(r"^#?\s*([A-Z][A-Z0-9_]*)=(.*)$", line.strip())
        if match:
            found[match[1]] = match[2]
    return found


def test_env_example_documents_every_setting_with_valid_defaults() -> None:
    documented = env_example()
    assert set(documented) == SETTING_NAMES
    shown = {k: v for k, v in documented.items() if v}  # the values shown must be accepted
    load_settings(env_file=None, **{k: v for k, v in shown.items()})
    for name, value in shown.items():
        field = next(f for f in Settings.model_fields.values() if f.validation_alias == name)
        if field.default not in (None, frozenset()) and name != "JADBOT_WEBHOOK_URL":
            assert str(field.default).lower() == value.lower(), f"{name}: default is {field.default}"


# ---------------------------------------------------------------- Dockerfile


def dockerfile() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) pairs, continuation lines joined, comments dropped."""
    instructions: list[tuple[str, str]] = []
    pending = ""
    for raw in (DEPLOY / "Dockerfile").read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not pending and (not line or line.startswith("#")):
            continue
        if line.endswith("\\"):
            pending += line[:-1] + " "
            continue
        full = (pending + line).strip()
        pending = ""
        keyword, _, rest = full.partition(" ")
        instructions.append((keyword.upper(), rest.strip()))
    return instructions


def final_stage() -> list[tuple[str, str]]:
    steps = dockerfile()
    last_from = max(i for i, (k, _) in enumerate(steps) if k == "FROM")
    return steps[last_from:]


def exec_form(arguments: str) -> list[str]:
    value = json.loads(arguments)
    assert isinstance(value, list), f"use the exec (JSON) form: {arguments}"
    return value


def env_pairs(arguments: str) -> dict[str, str]:
    return dict(item.split("=", 1) for item in shlex.split(arguments))


def test_dockerfile_is_multi_stage_slim_python_311() -> None:
    steps = dockerfile()
    args = {k: v for kind, rest in steps if kind == "ARG" for k, _, v in [rest.partition("=")]}
    froms = [rest for kind, rest in steps if kind == "FROM"]
    assert len(froms) >= 2
    images = {re.sub(r"\$\{(\w+)\}", lambda m: args[m[1]], f.split()[0]) for f in froms}
    assert all(re.fullmatch(r"python:3\.11(\.\d+)?-slim(-\w+)?", image) for image in images), images
    assert any(kind == "COPY" and rest.startswith("--from=") for kind, rest in final_stage())


def test_dockerfile_runtime_stage_is_non_root_with_healthcheck_and_the_real_entry_point() -> None:
    final = final_stage()
    kinds = [k for k, _ in final]
    user = next(rest for kind, rest in final if kind == "USER").split(":")[0]
    assert user not in ("root", "0")
    entrypoint = exec_form(next(rest for kind, rest in final if kind == "ENTRYPOINT"))
    command = exec_form(next(rest for kind, rest in final if kind == "CMD"))
    assert entrypoint == [CONSOLE_SCRIPT]
    check_cli(command)
    assert "HEALTHCHECK" in kinds
    healthcheck = next(rest for kind, rest in final if kind == "HEALTHCHECK")
    probe = exec_form(healthcheck.split(" CMD ", 1)[1])
    copies = {rest.split()[-1]: rest.split()[-2] for kind, rest in final if kind == "COPY"}
    assert copies[probe[-1]] == "deploy/healthcheck.py"
    exposed = [int(rest.split("/")[0]) for kind, rest in final if kind == "EXPOSE"]
    env = {k: v for kind, rest in final if kind == "ENV" for k, v in env_pairs(rest).items()}
    assert exposed == [int(env.get("JADBOT_PORT", DEFAULT_PORT))]


def test_dockerfile_bakes_in_the_data_where_the_settings_point() -> None:
    final = final_stage()
    env = {k: v for kind, rest in final if kind == "ENV" for k, v in env_pairs(rest).items()}
    copies = {rest.split()[-1]: rest.split()[-2] for kind, rest in final if kind == "COPY"}
    assert copies[env["JADBOT_FACTS_DIR"]] == "facts"
    assert copies[env["JADBOT_INTENTS"]] == "intents.yaml"
    volumes = [v for kind, rest in final if kind == "VOLUME" for v in exec_form(rest)]
    assert str(Path(env["JADBOT_MISSES_LOG"]).parent) in volumes  # writable, outside the image
    assert any(kind == "RUN" and f"{CONSOLE_SCRIPT} check" in rest for kind, rest in final)


def test_dockerfile_installs_no_dev_extras_and_copies_only_what_exists() -> None:
    steps = dockerfile()
    runs = " ".join(rest for kind, rest in steps if kind == "RUN")
    assert "[dev]" not in runs and "playwright" not in runs and "pytest" not in runs
    ignore = (DEPLOY / "Dockerfile.dockerignore").read_text(encoding="utf-8").splitlines()
    allowed = {line[1:].rstrip("/") for line in ignore if line.startswith("!")}
    for kind, rest in steps:
        if kind == "COPY" and not rest.startswith("--from="):
            for source in rest.split()[:-1]:
                assert (ROOT / source).exists(), f"COPY {source}: no such file in the build context"
                assert source.rstrip("/") in allowed, f"{source} is excluded by Dockerfile.dockerignore"


def test_dockerfile_installs_the_hashed_lock_and_jadbot_without_resolving() -> None:
    runs = [rest for kind, rest in dockerfile() if kind == "RUN"]
    install = next(run for run in runs if "requirements.lock" in run)
    assert re.search(r"pip install --require-hashes -r requirements\.lock", install), install
    assert re.search(r"pip install --no-deps \.", install), install
    copied = {src for kind, rest in dockerfile() if kind == "COPY" for src in rest.split()[:-1]}
    assert "requirements.lock" in copied


def test_dockerfile_ships_bytecode_for_the_library_and_the_venv() -> None:
    """The container never writes .pyc files (PYTHONDONTWRITEBYTECODE, read-only root): they are
    written at build time, for the interpreter's own library and for the venv, after the venv is
    copied in."""
    final = final_stage()
    env = {k: v for kind, rest in final if kind == "ENV" for k, v in env_pairs(rest).items()}
    assert env.get("PYTHONDONTWRITEBYTECODE") == "1"
    copied = max(i for i, (kind, rest) in enumerate(final) if kind == "COPY" and "/opt/jadbot" in rest)
    runs = [rest for kind, rest in final[copied:] if kind == "RUN"]
    compiles = [run for run in runs if "compileall" in run]
    assert compiles, "the runtime stage must byte-compile what it runs"
    assert any('get_path("stdlib")' in run and "/opt/jadbot/lib" in run for run in compiles)


def test_dockerfile_cache_dir_is_writable_by_the_bot_and_not_shipped_full() -> None:
    final = final_stage()
    env = {k: v for kind, rest in final if kind == "ENV" for k, v in env_pairs(rest).items()}
    cache = env[CACHE_DIR]
    runs = [rest for kind, rest in final if kind == "RUN"]
    assert any("chown jadbot:jadbot" in run and cache in run for run in runs)
    assert cache in [v for kind, rest in final if kind == "VOLUME" for v in exec_form(rest)]
    check = next(run for run in runs if f"{CONSOLE_SCRIPT} check" in run)
    assert f"{CACHE_DIR}= " in check, "`jadbot check` as root at build time must not write a root-owned cache"


# ---------------------------------------------------------------- compose


def test_compose_runs_one_polling_bot_with_the_token_from_an_env_file() -> None:
    compose = yaml.safe_load((DEPLOY / "compose.yaml").read_text(encoding="utf-8"))
    service = compose["services"]["bot"]
    build = service["build"]
    assert (DEPLOY / build["context"] / build["dockerfile"]).resolve() == DEPLOY / "Dockerfile"
    args = check_cli(service["command"])
    assert not args.webhook and not args.local  # polling
    env_files = service["env_file"] if isinstance(service["env_file"], list) else [service["env_file"]]
    assert env_files == [".env"]
    assert "TELEGRAM_BOT_TOKEN" in env_example()
    assert "environment" not in service or "TELEGRAM_BOT_TOKEN" not in service["environment"]
    assert service.get("deploy", {}).get("replicas", 1) == 1  # one getUpdates consumer per token
    assert "ports" not in service  # polling opens no port
    volumes = dict(v.split(":")[:2][::-1] for v in service["volumes"])
    assert "/var/cache/jadbot" in volumes  # the image's JADBOT_CACHE_DIR, writable on a read-only root


def test_compose_bot_reaches_its_redis_service() -> None:
    compose = yaml.safe_load((DEPLOY / "compose.yaml").read_text(encoding="utf-8"))
    bot, redis = compose["services"]["bot"], compose["services"]["redis"]
    url = load_settings(env_file=None, **bot["environment"]).redis_url
    assert url is not None
    host, port = re.match(r"redis://([^:/]+):(\d+)/", url.get_secret_value()).groups()  # type: ignore[union-attr]
    assert host == "redis" and port == "6379" and "redis" in bot["depends_on"]
    assert "ports" not in redis  # no password: reachable from the compose network only
    assert redis["command"][0] == "redis-server" and "--save" in redis["command"]


# ---------------------------------------------------------------- systemd


def unit_file(path: Path) -> dict[str, dict[str, list[str]]]:
    """systemd's format: sections of `Key=value`, keys may repeat (configparser would refuse)."""
    sections: dict[str, dict[str, list[str]]] = {}
    current: dict[str, list[str]] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("["):
            current = sections.setdefault(line.strip("[]"), {})
            continue
        key, _, value = line.partition("=")
        current.setdefault(key.strip(), []).append(value.strip())
    return sections


def test_systemd_unit() -> None:
    unit = unit_file(DEPLOY / "jadbot.service")
    service = unit["Service"]
    assert service["DynamicUser"] == ["yes"]
    assert service["Restart"] == ["on-failure"]
    assert service["ExecReload"] == ["/bin/kill -HUP $MAINPID"]
    executable, *argv = shlex.split(service["ExecStart"][0])
    assert Path(executable).name == CONSOLE_SCRIPT
    assert not check_cli(argv).local
    environment = dict(item.split("=", 1) for item in service["Environment"])
    assert set(environment) - {"PYTHONUNBUFFERED"} <= SETTING_NAMES | READ_DIRECTLY
    state = Path("/var/lib") / service["StateDirectory"][0]
    assert Path(environment["JADBOT_MISSES_LOG"]).parent == state  # writable: StateDirectory=
    assert Path(environment[CACHE_DIR]) == Path("/var/cache") / service["CacheDirectory"][0]
    assert unit["Install"]["WantedBy"] == ["multi-user.target"]


def test_systemd_install_notes_create_the_directories_they_write_to() -> None:
    """`install -m 600 x /etc/jadbot/jadbot.env` fails when /etc/jadbot does not exist yet."""
    notes = [
        line.lstrip("# ").strip()
        for line in (DEPLOY / "jadbot.service").read_text(encoding="utf-8").splitlines()
        if line.startswith("#   ")
    ]
    installs = [line for line in notes if line.startswith("install ")]
    assert installs and all(" -D " in f" {line} " for line in installs), installs
    assert not [line for line in notes if line.startswith("cp ") and "/etc/" in line]
    assert any("--require-hashes -r requirements.lock" in line for line in notes)
    unit = unit_file(DEPLOY / "jadbot.service")["Service"]
    env_file = unit["EnvironmentFile"][0].lstrip("-")
    assert any(line.split("#")[0].split()[-1] == env_file for line in installs)


def test_systemd_analyze_verify(tmp_path: Path) -> None:
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze is not installed here; the unit is still parsed by test_systemd_unit")
    # verify insists that ExecStart exists; point it at a real executable, keep everything else.
    text = (DEPLOY / "jadbot.service").read_text(encoding="utf-8")
    text = re.sub(r"(?m)^ExecStart=\S+", f"ExecStart={sys.executable}", text)
    unit = tmp_path / "jadbot.service"
    unit.write_text(text, encoding="utf-8")
    result = subprocess.run(
        [analyze, "verify", "--man=no", str(unit)], capture_output=True, text=True, timeout=60
    )
    complaints = [line for line in (result.stdout + result.stderr).splitlines() if "jadbot.service" in line]
    assert result.returncode == 0 and not complaints, result.stdout + result.stderr


# ---------------------------------------------------------------- Kubernetes


def k8s_objects() -> Iterator[tuple[Path, dict[str, Any]]]:
    for path in sorted(K8S.glob("*.yaml")):
        for document in yaml.safe_load_all(path.read_text(encoding="utf-8")):
            if document:
                yield path, document


def k8s(kind: str, name: str = "jadbot") -> dict[str, Any]:
    """The object of that kind and name (Redis's have the name jadbot-redis)."""
    (found,) = [
        doc
        for _, doc in k8s_objects()
        if doc["kind"] == kind and doc.get("metadata", {}).get("name", name) == name
    ]
    return found


def test_k8s_has_the_needed_objects_and_kustomization_lists_them() -> None:
    kinds = {doc["kind"] for _, doc in k8s_objects()}
    assert {"Deployment", "Service", "PodDisruptionBudget"} <= kinds
    listed = set(k8s("Kustomization")["resources"])
    assert listed == {p.name for p in K8S.glob("*.yaml")} - {"kustomization.yaml"}


def secret_example() -> dict[str, str]:
    lines = (K8S / "secret.env.example").read_text(encoding="utf-8").splitlines()
    return dict(line.split("=", 1) for line in lines if line and not line.startswith("#"))


def test_k8s_secret_comes_from_a_git_ignored_file_never_a_committed_placeholder() -> None:
    """`kubectl apply -k` must not replace the real Secret: no Secret object is committed, and
    the generator reads secret.env, which git ignores (apply fails while it is missing)."""
    assert "Secret" not in {doc["kind"] for _, doc in k8s_objects()}
    (generator,) = k8s("Kustomization")["secretGenerator"]
    (env_file,) = generator["envs"]
    ignored = subprocess.run(["git", "check-ignore", "-q", f"deploy/k8s/{env_file}"], cwd=ROOT, check=False)
    assert ignored.returncode == 0, f"deploy/k8s/{env_file} must be git-ignored"
    tracked = subprocess.run(
        ["git", "ls-files", "--error-unmatch", f"deploy/k8s/{env_file}"], cwd=ROOT, capture_output=True
    )
    assert tracked.returncode != 0, f"deploy/k8s/{env_file} is committed"
    (container,) = k8s("Deployment")["spec"]["template"]["spec"]["containers"]
    assert [ref["secretRef"]["name"] for ref in container["envFrom"]] == [generator["name"]]
    example = secret_example()
    assert set(example) == {"TELEGRAM_BOT_TOKEN", "JADBOT_WEBHOOK_SECRET"}
    env = {item["name"]: item["value"] for item in container["env"]}
    with pytest.raises(SettingsError):  # the example as it stands cannot start a pod
        load_settings(env_file=None, **env, **example).require_webhook()
    with pytest.raises(SettingsError):  # nor can a typed-in placeholder token
        load_settings(env_file=None, TELEGRAM_BOT_TOKEN="123456789:REPLACE-with-the-token-from-BotFather")


def test_k8s_deployment_runs_several_webhook_replicas_with_valid_settings() -> None:
    deployment = k8s("Deployment")
    assert deployment["spec"]["replicas"] >= 2
    (container,) = deployment["spec"]["template"]["spec"]["containers"]
    assert check_cli(container["args"]).webhook
    env = {item["name"]: item["value"] for item in container["env"]}
    assert env[CACHE_DIR] in mounted_emptydirs(deployment)
    env.pop(CACHE_DIR)  # read by facts.py itself, not a setting
    secret = {  # what an operator puts in secret.env: a token and a secret of the right shape
        "TELEGRAM_BOT_TOKEN": "123456789:AAH" + "x" * 32,
        "JADBOT_WEBHOOK_SECRET": "s" * 48,
    }
    assert set(secret) == set(secret_example())
    assert set(env) | set(secret) <= SETTING_NAMES
    settings = load_settings(env_file=None, **env, **secret)  # the settings the pod will start with
    settings.require_webhook()  # webhook mode would refuse to start without URL and secret
    ports = {p["name"]: p["containerPort"] for p in container["ports"]}
    assert ports == {"webhook": settings.port}


def mounted_emptydirs(deployment: dict[str, Any]) -> set[str]:
    """Mount paths of the pod's emptyDir volumes: writable under readOnlyRootFilesystem."""
    spec = deployment["spec"]["template"]["spec"]
    empty = {v["name"] for v in spec["volumes"] if "emptyDir" in v}
    (container,) = spec["containers"]
    return {m["mountPath"] for m in container["volumeMounts"] if m["name"] in empty}


def test_k8s_probes_hit_healthz_on_the_webhook_port() -> None:
    (container,) = k8s("Deployment")["spec"]["template"]["spec"]["containers"]
    for probe in ("readinessProbe", "livenessProbe"):
        assert container[probe]["httpGet"] == {"path": "/healthz", "port": "webhook"}, probe


def test_the_webhook_server_really_serves_healthz() -> None:
    from jadbot.telegram.webhook import webhook_app

    app = webhook_app(SimpleNamespace(running=True), "/jadbot/webhook", "secret")  # type: ignore[arg-type]
    routes = {(r.method, r.resource.canonical) for r in app.router.routes() if r.resource is not None}
    assert ("GET", "/healthz") in routes


def test_k8s_service_pdb_and_ingress_select_the_pods() -> None:
    deployment = k8s("Deployment")
    labels = deployment["spec"]["template"]["metadata"]["labels"]
    assert deployment["spec"]["selector"]["matchLabels"].items() <= labels.items()
    service = k8s("Service")
    assert service["spec"]["selector"].items() <= labels.items()
    assert [p["targetPort"] for p in service["spec"]["ports"]] == ["webhook"]
    pdb = k8s("PodDisruptionBudget")
    assert pdb["spec"]["selector"]["matchLabels"].items() <= labels.items()
    assert pdb["spec"].get("maxUnavailable", 0) < deployment["spec"]["replicas"]
    ingress = k8s("Ingress")
    (container,) = deployment["spec"]["template"]["spec"]["containers"]
    url = next(item["value"] for item in container["env"] if item["name"] == "JADBOT_WEBHOOK_URL")
    host, path = re.match(r"https://([^/]+)(/.*)", url).groups()  # type: ignore[union-attr]
    (rule,) = ingress["spec"]["rules"]
    assert rule["host"] == host
    (route,) = rule["http"]["paths"]
    assert route["path"] == path  # forwarded unchanged: the bot listens on the URL's path
    assert route["backend"]["service"]["name"] == service["metadata"]["name"]


def test_k8s_pods_share_the_redis_of_redis_yaml_and_only_they_reach_it() -> None:
    """Several replicas need one Redis (issue 10): the URL names redis.yaml's Service, which
    selects the Redis pods (not the bot's: its PDB and Service select those), and the
    NetworkPolicy admits only the bot's pods."""
    (container,) = k8s("Deployment")["spec"]["template"]["spec"]["containers"]
    env = {item["name"]: item["value"] for item in container["env"]}
    host, port = re.match(r"redis://([^:/]+):(\d+)/\d+$", env["JADBOT_REDIS_URL"]).groups()  # type: ignore[union-attr]
    service = k8s("Service", host)
    redis = k8s("Deployment", "jadbot-redis")
    pod_labels = redis["spec"]["template"]["metadata"]["labels"]
    assert service["spec"]["selector"].items() <= pod_labels.items()
    bot_labels = k8s("Deployment")["spec"]["template"]["metadata"]["labels"]
    assert not k8s("Service")["spec"]["selector"].items() <= pod_labels.items()
    assert not k8s("PodDisruptionBudget")["spec"]["selector"]["matchLabels"].items() <= pod_labels.items()
    (redis_port,) = service["spec"]["ports"]
    assert str(redis_port["port"]) == port
    (redis_container,) = redis["spec"]["template"]["spec"]["containers"]
    assert redis_port["targetPort"] in {p["name"] for p in redis_container["ports"]}
    assert redis["spec"]["replicas"] == 1  # one shared store, not one per pod
    policy = k8s("NetworkPolicy", "jadbot-redis")
    assert policy["spec"]["podSelector"]["matchLabels"].items() <= pod_labels.items()
    (rule,) = policy["spec"]["ingress"]
    (source,) = rule["from"]
    assert source["podSelector"]["matchLabels"].items() <= bot_labels.items()


# ---------------------------------------------------------------- the container health check


def load_healthcheck() -> Any:
    import importlib.util

    spec = importlib.util.spec_from_file_location("jadbot_healthcheck", DEPLOY / "healthcheck.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


async def test_healthcheck_probes_healthz_in_webhook_mode_only() -> None:
    from jadbot.telegram.webhook import webhook_app

    check = load_healthcheck().main
    application = SimpleNamespace(running=False)
    runner = web.AppRunner(webhook_app(application, "/hook", "secret"))  # type: ignore[arg-type]
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    port = str(runner.addresses[0][1])
    env = {"JADBOT_LISTEN": "0.0.0.0", "JADBOT_PORT": port}
    webhook = ["/opt/jadbot/bin/python", "/opt/jadbot/bin/jadbot", "run", "--webhook"]
    try:
        assert await asyncio.to_thread(check, webhook, env) == 1  # 503 while starting
        application.running = True
        assert await asyncio.to_thread(check, webhook, env) == 0
        assert await asyncio.to_thread(check, ["jadbot", "run"], {"JADBOT_PORT": "1"}) == 0  # polling
    finally:
        await runner.cleanup()
    assert check(webhook, {"JADBOT_PORT": port}) == 1  # nothing listens any more


def test_grace_periods_agree_and_outlast_the_stop_timeout() -> None:
    """Issue 13: compose gave 15 s, systemd and k8s 20 s, and the bot needed 31 s. Every deploy now
    gives the same grace, and it leaves room for the bot's bounded stop (JADBOT_STOP_TIMEOUT)."""
    from jadbot.settings import DEFAULT_STOP_TIMEOUT

    compose = yaml.safe_load((DEPLOY / "compose.yaml").read_text())["services"]["bot"]["stop_grace_period"]
    unit = re.search(r"^TimeoutStopSec=(\d+)s$", (DEPLOY / "jadbot.service").read_text(), re.M)
    pod = next(
        d
        for d in yaml.safe_load_all((K8S / "deployment.yaml").read_text())
        if d and d["kind"] == "Deployment"
    )["spec"]["template"]["spec"]["terminationGracePeriodSeconds"]
    assert unit is not None
    graces = {int(compose.removesuffix("s")), int(unit.group(1)), int(pod)}
    assert len(graces) == 1, graces
    assert graces.pop() >= DEFAULT_STOP_TIMEOUT + 5


def test_healthcheck_probes_the_health_port_in_polling_mode() -> None:
    check = load_healthcheck().main
    with socket_listening_nowhere() as port:
        assert check(["jadbot", "run"], {"JADBOT_HEALTH_PORT": str(port)}) == 1
    assert check(["jadbot", "run"], {}) == 0


@contextlib.contextmanager
def socket_listening_nowhere() -> Iterator[int]:
    """A port nothing listens on (bound, never listening)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        yield sock.getsockname()[1]
