"""A language file's schema (languages/<code>.yaml): pydantic models of what it may hold.

Only reading the file needs this module (and pydantic): a start-up served by the load cache never
imports it. Problems are reported as `file:line: what is wrong` (DataError).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from jadbot import languages as runtime
from jadbot.errors import DataError


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class FactWords(_Strict):
    unit: str | None = None
    detail: str | None = None
    text: str | None = None
    items: tuple[str, ...] | None = None


class IntentWords(_Strict):
    title: str | None = Field(default=None, max_length=40)
    examples: tuple[str, ...] = ()
    answer: str | None = None
    answers: dict[str, str] | None = None

    @field_validator("examples", mode="before")
    @classmethod
    def _block(cls, value: object) -> object:
        if isinstance(value, str):
            lines = [line.strip() for line in value.splitlines() if line.strip()]
            return tuple(line[2:].strip() if line.startswith("- ") else line for line in lines)
        return value or ()


class LanguageFile(_Strict):
    language: str = Field(pattern=r"^[a-z]{2}$")
    name: str = Field(min_length=1)
    locale: str | None = None
    inherit: str | None = None
    verdict: dict[str, str] = {}
    and_: str | None = Field(default=None, alias="and")
    or_: str | None = Field(default=None, alias="or")
    qualifiers: dict[str, str] = {}
    yes_no_markers: tuple[str, ...] = ()
    compounds: bool = False  # words join into one ("Polizeiaktion"): an unknown word is read by its parts
    words: dict[str, str] = {}
    countries: dict[str, str] = {}
    facts: dict[str, FactWords] = {}
    phrases: dict[str, Any] = {}
    responses: dict[str, str] = {}
    texts: dict[str, Any] = {}
    intents: dict[str, IntentWords] = {}
    cyrillic: dict[str, str] = {}  # names spelled otherwise in Cyrillic than letter by letter (Serbian)

    @field_validator("words", "countries", mode="before")
    @classmethod
    def _strings(cls, value: object) -> object:
        """`der: ""` drops a word; YAML's `null`, `no` or `yes` keys and values are taken as written."""
        if isinstance(value, dict):
            return {_yaml_word(k): _yaml_word(v) for k, v in value.items()}
        return value

    @field_validator("verdict", mode="before")
    @classmethod
    def _verdict(cls, value: object) -> object:
        if isinstance(value, dict):  # `yes:` and `no:` are booleans to YAML 1.1
            return {
                ("yes" if k is True else "no" if k is False else str(k)): str(v) for k, v in value.items()
            }
        return value


def _yaml_word(value: object) -> str:
    if value is None:
        return ""
    if value is True:
        return "yes"
    if value is False:
        return "no"
    return str(value)


def read_language_file(path: Path) -> tuple[LanguageFile, Any]:
    """The validated file and its located YAML (for line numbers); DataError with file:line."""
    from jadbot import yamlfile

    located = yamlfile.load(path)
    try:
        return LanguageFile.model_validate(located.data), located
    except ValidationError as exc:
        raise DataError(yamlfile.pydantic_problems(located, exc)) from None


def plain(data: LanguageFile) -> runtime.LanguageFile:
    """The validated file as the plain (frozen dataclass) data the engine uses and the cache keeps."""
    fields = _fields(data)
    fields["facts"] = {ref: runtime.FactWords(**_fields(w)) for ref, w in data.facts.items()}
    fields["intents"] = {i: runtime.IntentWords(**_fields(w)) for i, w in data.intents.items()}
    return runtime.LanguageFile(**fields)


def _fields(model: BaseModel) -> dict[str, Any]:
    return {name: getattr(model, name) for name in type(model).model_fields}
