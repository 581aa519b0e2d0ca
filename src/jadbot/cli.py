"""The `jadbot` command. Only `run` imports Telegram, so `jadbot ask` starts fast.

Exit codes: 0 fine, 1 warnings under `check --strict` (or eval below its bar), 2 bad data or usage.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from jadbot.errors import DataError

if TYPE_CHECKING:
    import argparse

REPO_ROOT = Path(__file__).resolve().parents[2]


def default_facts_dir() -> Path:
    return _data_path("JADBOT_FACTS_DIR", "facts")


def default_intents() -> Path:
    return _data_path("JADBOT_INTENTS", "intents.yaml")


def _data_path(env: str, name: str) -> Path:
    """The env var if set, else ./name, else the copy beside the source tree."""
    if os.environ.get(env):
        return Path(os.environ[env])
    here = Path.cwd() / name
    return here if here.exists() else REPO_ROOT / name


def _add_data_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--facts", type=Path, default=None, help="facts directory (default: ./facts)")
    parser.add_argument("--intents", type=Path, default=None, help="intents file (default: ./intents.yaml)")


def load_engine(args: argparse.Namespace):  # -> Engine, imported lazily
    import gc

    from jadbot import regexcache

    # Importing and loading make objects that live as long as the process, thousands of them: no
    # collection while they are made (it would find nothing), then all to the oldest generation.
    collecting = gc.isenabled()
    gc.disable()
    try:
        regexcache.preload()  # before the modules that compile patterns are imported
        from jadbot.engine import Engine

        engine = Engine.load(args.facts or default_facts_dir(), args.intents or default_intents())
    finally:
        gc.freeze()
        gc.unfreeze()
        if collecting:
            gc.enable()
    _no_collection_at_exit()
    return engine


_exit_registered = False


def _no_collection_at_exit() -> None:
    """At exit the interpreter collects garbage over every object it holds, the whole engine
    included (~15 ms of a `jadbot ask`), though the process's memory goes back to the system whole.
    Frozen, they are skipped; files are closed and output flushed as always."""
    global _exit_registered
    if not _exit_registered:
        import atexit
        import gc

        atexit.register(gc.freeze)
        _exit_registered = True


def build_parser() -> argparse.ArgumentParser:
    import argparse

    parser = argparse.ArgumentParser(prog="jadbot", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)

    ask = sub.add_parser("ask", help="answer questions (arguments, or one per stdin line)")
    ask.add_argument("question", nargs="*")
    ask.add_argument("--json", action="store_true", help="one JSON object per question")
    ask.add_argument("--lang", default=None, help="answer in this language (default: the question's)")
    _add_data_args(ask)

    chat = sub.add_parser("chat", help="interactive chat in the terminal")
    chat.add_argument("--explain", action="store_true", help="show intent, score and runner-up")
    chat.add_argument("--lang", default=None, help="answer in this language (default: the question's)")
    _add_data_args(chat)

    check = sub.add_parser("check", help="validate facts and intents")
    check.add_argument("--strict", action="store_true", help="treat warnings as failures (exit 1)")
    _add_data_args(check)

    ev = sub.add_parser("eval", help="per-intent precision/recall/F1 on a labelled file")
    ev.add_argument("file", type=Path)
    ev.add_argument("--min", type=float, default=0.0, help="exit 1 below this accuracy (percent)")
    ev.add_argument(
        "--json",
        type=Path,
        default=None,
        metavar="FILE",
        help="also write a JSON report (per-intent metrics, averages, confusions, errors) to compare runs",
    )
    _add_data_args(ev)

    misses = sub.add_parser("misses", help="unanswered questions from the log, grouped")
    misses.add_argument(
        "--log",
        type=Path,
        default=None,
        help="the misses log to read (default: JADBOT_MISSES_LOG, else var/misses.jsonl; its rotated .1 too)",
    )
    misses.add_argument("--top", type=int, default=None, help="groups to show per kind (default 40)")
    misses.add_argument(
        "--export",
        type=Path,
        default=None,
        metavar="FILE",
        help="also write the shown groups' questions as labelled JSONL for `jadbot eval` (intent = nearest guess)",
    )
    _add_data_args(misses)

    run = sub.add_parser("run", help="run the Telegram bot (local chat when no token is set)")
    run.add_argument(
        "--local", action="store_true", help="start the local Bot API server and a terminal chat"
    )
    run.add_argument(
        "--web",
        action="store_true",
        help="in local mode: also serve the web test chat (ignored with a token)",
    )
    run.add_argument("--webhook", action="store_true", help="receive updates by webhook instead of polling")
    _add_data_args(run)
    return parser


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The command line. `jadbot ask QUESTION…` without an option, the form scripts and users type
    most, needs no parsing: its namespace is what argparse would return (tests/test_cli.py checks
    it), made without importing argparse, which with its help formatter and the locale's message
    catalogues costs about a tenth of that command's start-up. Anything else goes to argparse."""
    words = sys.argv[1:] if argv is None else argv
    if len(words) >= 2 and words[0] == "ask" and not any(w.startswith("-") for w in words[1:]):
        from types import SimpleNamespace

        plain = {"command": "ask", "question": list(words[1:]), "json": False, "lang": None, "facts": None}
        return SimpleNamespace(**plain, intents=None)  # type: ignore[return-value]
    return build_parser().parse_args(words)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        if args.command == "ask":
            return cmd_ask(args)
        if args.command == "chat":
            return cmd_chat(args)
        if args.command == "check":
            return cmd_check(args)
        if args.command == "eval":
            from jadbot.evaluate import cmd_eval

            return cmd_eval(args, load_engine(args))
        if args.command == "misses":
            from jadbot.misses import cmd_misses

            return cmd_misses(args, load_engine(args))
        if args.command == "run":
            from jadbot.telegram.run import cmd_run

            return cmd_run(args)
    except DataError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    return 2


def cmd_ask(args: argparse.Namespace) -> int:
    """Questions from the arguments or stdin, one per line. A line that is a JSON object
    {"chat": id, "text": message} belongs to that chat's conversation (follow-ups use its
    context, in input order); plain lines stand alone."""
    engine = load_engine(args)
    if not args.question and sys.stdin.isatty():
        print("Reading questions from standard input, one per line (Ctrl-D ends).", file=sys.stderr)
    lines = args.question or _stdin_lines()
    contexts: dict[str, object] = {}
    for n, line in enumerate(lines):
        chat, question = _chat_line(line) if args.json or not args.question else (None, line)
        context = contexts.get(chat) if chat is not None else None
        answer = engine.answer(question, context, language=args.lang)  # type: ignore[arg-type]
        if n == 0:  # what answering compiled too, for the next start-up (nothing new: nothing stored)
            from jadbot import regexcache

            regexcache.save()
        if chat is not None:
            contexts[chat] = answer.context
        if args.json:
            record = {
                "question": question,
                "answer": answer.text,
                "intent": answer.intent,
                "score": answer.score,
                "matched": answer.matched,
                "language": answer.language,
                "reading": answer.reading.as_dict() if answer.reading else None,
            }
            print(_json_line(record), flush=not args.question)
        else:
            print(answer.text)
            if answer.suggestions:
                print("  (try: " + "; ".join(s.title for s in answer.suggestions) + ")")
    return 0


def _stdin_lines():
    """stdin as text lines whatever its bytes: undecodable bytes become U+FFFD, not an exception."""
    stream = open(sys.stdin.fileno(), encoding="utf-8", errors="replace", closefd=False)  # noqa: SIM115
    for line in stream:
        yield line.rstrip("\n").rstrip("\r")


def _chat_line(line: str) -> tuple[str | None, str]:
    """(chat id, message) of a `{"chat": ..., "text": ...}` line; (None, line) for plain text."""
    if line.lstrip().startswith("{"):
        import json

        try:
            data = json.loads(line)
        except ValueError:
            return None, line
        if isinstance(data, dict) and isinstance(data.get("text"), str):
            chat = data.get("chat")
            return (str(chat) if chat is not None else None), data["text"]
    return None, line


def _json_line(record: dict) -> str:
    """One JSON line that is valid UTF-8 for any input (a lone surrogate is escaped, not raised)."""
    import json

    text = json.dumps(record, ensure_ascii=False)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = json.dumps(record, ensure_ascii=True)
    return text


def cmd_chat(args: argparse.Namespace) -> int:
    import json

    engine = load_engine(args)
    print("jadbot local chat — ask about the EMPACT JAD SEE operation. Empty line or Ctrl-D quits.")
    choices: list[str] = []
    context = None
    while True:
        try:
            line = input("you> ").strip()
        except EOFError:
            print()
            return 0
        if not line or line in ("/quit", "/exit"):
            return 0
        if line == "/start":
            context, choices = None, []
            print("bot> (conversation reset)")
            continue
        if line.isdigit() and len(line) <= 2:
            if not 0 < int(line) <= len(choices):
                shown = f"pick 1 to {len(choices)}" if choices else "none are shown now"
                print(f"bot> There is no option {line} ({shown}); type a question instead.")
                continue
            answer = engine.answer_intent(
                choices[int(line) - 1], context.language if context else None, context
            )
        else:
            answer = engine.answer(line, context, language=args.lang)
        context = answer.context
        print(f"bot> {answer.text}")
        if args.explain and answer.reading is not None:
            reading = answer.reading.as_dict()
            runner = reading.get("runner_up")
            print(f"     [outcome={reading['outcome']} intent={answer.intent} score={answer.score:.3f}]")
            if answer.language != "en":
                print(f"     [language={answer.language}, read as: {answer.reading.text}]")
            if "resolved" in reading:
                print(f"     [follow-up read as: {reading['resolved']}]")
            for ask in reading["asks"]:
                print(f"     [ask {json.dumps(ask, ensure_ascii=False)}]")
            for key in ("context", "ignored"):
                if key in reading:
                    print(f"     [{key}: {json.dumps(reading[key], ensure_ascii=False)}]")
            if runner:
                print(f"     [runner-up={runner['intent']} {runner['score']:.3f}]")
        options = list(answer.suggestions or answer.related)
        choices = [o.intent for o in options]
        for i, option in enumerate(options, 1):
            print(f"     {i}. {option.title}")


def cmd_check(args: argparse.Namespace) -> int:
    from jadbot.confusion import confusions
    from jadbot.languages import check_languages

    engine = load_engine(args)
    warnings = confusions(engine)
    if engine.languages is not None:
        problems, language_warnings = check_languages(engine.languages, engine.store, engine.intents)
        if problems:
            raise DataError(problems)
        warnings += language_warnings
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    n_intents = len(engine.intents.intents)
    n_examples = sum(len(i.examples) for i in engine.intents.intents.values())
    print(
        f"ok: {len(engine.store.facts)} facts, {len(engine.store.derived)} derived, "
        f"{n_intents} intents, {n_examples} examples, {len(engine.speaks())} language(s), "
        f"{len(warnings)} warning(s)"
    )
    return 1 if args.strict and warnings else 0


if __name__ == "__main__":
    raise SystemExit(main())
