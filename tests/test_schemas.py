"""The YAML schemas (pydantic, imported only when a file is read) and the records the engine runs
on (imported by every start-up) describe the same data twice, to keep pydantic off a cached start.
A field added to one and not the other would load and then fail, or be dropped: this keeps them one."""

from __future__ import annotations

import pytest

from jadbot import facts, factschema, intents, intentschema, languages, languageschema

PAIRS = [
    (factschema.Figure, facts.Figure),
    (factschema.Text, facts.Text),
    (factschema.Items, facts.Items),
    (factschema.Countries, facts.Countries),
    (intentschema.MatcherSettings, intents.MatcherSettings),
    (intentschema.Intent, intents.Intent),
    (intentschema.ReadingVocabulary, intents.ReadingVocabulary),
    (languageschema.FactWords, languages.FactWords),
    (languageschema.IntentWords, languages.IntentWords),
]


@pytest.mark.parametrize(
    ("schema", "record"), PAIRS, ids=lambda c: c.__module__.rsplit(".", 1)[-1] + "." + c.__name__
)
def test_a_schema_and_its_record_have_the_same_fields(schema, record) -> None:
    assert set(schema.model_fields) == set(record._fields)


@pytest.mark.parametrize(("schema", "record"), PAIRS[4:5], ids=["MatcherSettings"])
def test_a_setting_left_out_of_the_file_gets_the_schema_s_default(schema, record) -> None:
    """intents.yaml may omit any `matcher:` setting; the record the engine reads has the same default."""
    validated = schema()
    for name in record._fields:
        assert getattr(validated, name) == record._defaults.get(name, getattr(validated, name)), name
