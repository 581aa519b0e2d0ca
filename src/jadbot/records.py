"""Read-only records for what is loaded from the data files: facts, intents, the reading's settings.

What a frozen dataclass gives them (keyword construction with defaults, equality and hashing by
value, a readable repr, no assignment) without the methods @dataclass writes and compiles for each
class when its module is imported: about half a millisecond a class on the machine the cold start
is measured on, for a dozen classes every `jadbot ask` imports. These methods are written once.

A record's fields are its annotations, in order (a subclass's follow its base's); a class attribute
of the same name is the field's default (shared by every record: defaults are never changed in
place). Records are built by keyword or by position, in the fields' order; `replace` makes a changed
copy.
"""

from __future__ import annotations

import inspect
from typing import Any, ClassVar, TypeVar

R = TypeVar("R", bound="Record")


class Record:
    _fields: ClassVar[tuple[str, ...]] = ()
    _defaults: ClassVar[dict[str, Any]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        own = [name for name in inspect.get_annotations(cls) if name not in cls._fields]
        cls._fields = (*cls._fields, *own)
        cls._defaults = {**cls._defaults, **{n: v for n, v in vars(cls).items() if n in cls._fields}}

    def __init__(self, *args: Any, **values: Any) -> None:
        kind = type(self)
        if len(args) > len(kind._fields):
            raise TypeError(f"{kind.__name__}() takes {len(kind._fields)} values, not {len(args)}")
        for name, value in zip(kind._fields, args, strict=False):
            if name in values:
                raise TypeError(f"{kind.__name__}() got two values for {name!r}")
            values[name] = value
        for name in kind._fields:
            if name in values:
                value = values.pop(name)
            elif name in kind._defaults:
                value = kind._defaults[name]
            else:
                raise TypeError(f"{kind.__name__}() needs a value for {name!r}")
            object.__setattr__(self, name, value)
        if values:
            raise TypeError(f"{kind.__name__}() has no field {', '.join(map(repr, sorted(values)))}")

    def replace(self: R, **changes: Any) -> R:
        """A copy with some fields changed (as dataclasses.replace)."""
        return type(self)(**{**{name: getattr(self, name) for name in self._fields}, **changes})

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self._fields)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._values() == other._values()  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields)
        return f"{type(self).__name__}({shown})"

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__name__} is read-only: cannot assign to {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is read-only: cannot delete {name!r}")
