"""`/topics` in two levels: a few subjects (topics.yaml), then the topics of the one pressed.

A topic's subject is derived from the data, not listed by hand: the first facts group its answer
template quotes (`{seizures.cocaine}` → seizures), `derived` aside.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from jadbot.engine import Engine, Suggestion
from jadbot.telegram.render import keyboard

MENU = Path(__file__).with_name("topics.yaml")
CALLBACK = "topics:"  # callback data of a subject button: "topics:<key>"; "topics:" = all subjects
_REFERENCE = re.compile(r"\{(\w+)\.\w+")


@dataclass(frozen=True)
class Subject:
    key: str
    title: str
    groups: tuple[str, ...]


@functools.cache
def subjects(path: Path = MENU) -> tuple[Subject, ...]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return tuple(Subject(s["key"], s["title"], tuple(s["groups"])) for s in data["subjects"])


def group_of(engine: Engine, intent_id: str) -> str | None:
    """The first facts group the intent's answer quotes, `derived` aside."""
    intent: Any = engine.intents[intent_id]
    templates = [intent.answer or "", *(getattr(intent, "answers", None) or {}).values()]
    groups = [g for t in templates for g in _REFERENCE.findall(t) if g != "derived"]
    return groups[0] if groups else None


def grouped(engine: Engine, language: str = "en") -> dict[Subject, list[Suggestion]]:
    """Every topic under its subject, in the engine's order; a topic of no subject goes to the last."""
    menu = subjects()
    result: dict[Subject, list[Suggestion]] = {subject: [] for subject in menu}
    for topic in engine.in_language(language).topics():
        group = group_of(engine, topic.intent)
        subject = next((s for s in menu if group in s.groups), menu[-1])
        result[subject].append(topic)
    return result


def subject_title(engine: Engine, subject: Subject, language: str) -> str:
    """The subject's title in the language (intents.yaml and language files, `texts: subjects:`)."""
    titles = engine.text("subjects", language)
    return str(titles.get(subject.key, subject.title)) if isinstance(titles, dict) else subject.title


def subjects_markup(engine: Engine, language: str = "en") -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(subject_title(engine, s, language), callback_data=CALLBACK + s.key)]
            for s in subjects()
        ]
    )


def subject_markup(engine: Engine, key: str, language: str = "en") -> tuple[str, InlineKeyboardMarkup] | None:
    """The title and topic buttons of one subject, with a way back; None for an unknown key."""
    for subject, topics in grouped(engine, language).items():
        if subject.key == key:
            markup = keyboard(topics, 2)
            rows = list(markup.inline_keyboard) if markup else []
            rows.append((InlineKeyboardButton(engine.text("topics_back", language), callback_data=CALLBACK),))
            return subject_title(engine, subject, language), InlineKeyboardMarkup(rows)
    return None
