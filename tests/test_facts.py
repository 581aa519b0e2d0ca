"""Each validation rule of the facts store, with a broken copy of the real data and its message."""

from __future__ import annotations

import re

import pytest

from jadbot.errors import DataError
from jadbot.facts import Figure, load_facts
from tests.conftest import FACTS


def problems(facts_dir) -> list[str]:
    with pytest.raises(DataError) as info:
        load_facts(facts_dir)
    return [str(p) for p in info.value.problems]


def test_shipped_facts_hold_every_figure_of_the_statement():
    store = load_facts(FACTS)
    figures = {ref: f.value for ref, f in store.facts.items() if isinstance(f, Figure)}
    statement = " ".join(store.sentences.values())
    for value in figures.values():
        assert f"{value:,}" in statement or value in (1000, 5)  # "nearly a ton", "five"
    numbers_in_statement = {int(n.replace(",", "")) for n in re.findall(r"\d[\d,]*\d|\d", statement)}
    assert numbers_in_statement <= set(figures.values())
    assert store.facts["operation.officers"].qualifier == "more_than"
    assert len(store.eu) == 16 and len(store.non_eu) == 10
    assert store.eu.count("ES") == 1 and any("Spain twice" in n for n in store.notes)
    assert "XK" in store.non_eu


def test_derived_values_are_computed_from_facts():
    store = load_facts(FACTS)
    assert store.derived["derived.countries_all"].value == 26
    assert store.derived["derived.drugs_named"].value == 926
    assert store.derived["derived.targets_not_messaging"].value == 26
    assert round(store.derived["derived.cocaine_share"].value, 1) == 67.6


@pytest.mark.parametrize(
    ("file", "old", "new", "expected"),
    [
        (
            "facts/checks.yaml",
            "value: 215273",
            "value: 215274",
            "entities: parts add up to 288,775 (215,274 + 67,277 + 5,225 + 999), not 288,774",
        ),
        ("facts/cyber.yaml", "value: 94", "value: 95", "targets: parts add up to 121"),
        (
            "facts/seizures.yaml",
            "value: 626",
            "value: 826",
            "drugs: included figures add up to 1,126, more than 1,000",
        ),
        ("facts/participants.yaml", "Poland, Portugal", "Poland, Spain", "is listed twice"),
        ("facts/participants.yaml", "Luxembourg,", "Norway,", "eu: 'Norway' is not an EU member state"),
        ("facts/participants.yaml", "Albania,", "Belgium,", "non_eu: 'Belgium' is an EU member state"),
        ("facts/participants.yaml", "Albania,", "Atlantis,", "non_eu: 'Atlantis' is not a known country"),
        (
            "facts/checks.yaml",
            "  unit: vehicles\n",
            "  unit: vehicles\n  colour: red\n",
            "vehicles: unknown key 'colour'",
        ),
        (
            "facts/checks.yaml",
            '  source: detections\n  quote: "114',
            '  quote: "114',
            "missing required key 'source'",
        ),
        (
            "facts/checks.yaml",
            'source: checks\n  quote: "999',
            'source: nowhere\n  quote: "999',
            "source 'nowhere' is not a sentence id",
        ),
        (
            "facts/checks.yaml",
            'quote: "999 premises"',
            'quote: "998 premises"',
            "premises: quote does not occur in sentence",
        ),
        (
            "facts/operation.yaml",
            "value: 22400",
            "value: 24000",
            "officers: value 24,000 does not match its quote",
        ),
        (
            "facts/operation.yaml",
            "value: 22400",
            "value: many",
            "officers.value: Input should be a valid integer",
        ),
        (
            "facts/operation.yaml",
            "qualifier: more_than",
            "qualifier: lots",
            "officers.qualifier: Input should be 'exact'",
        ),
        (
            "facts/derived.yaml",
            "{count: participants.eu}",
            "{count: participants.eu, sum: [a]}",
            "give exactly one of",
        ),
        (
            "facts/derived.yaml",
            "derived.drugs_named]}",
            "derived.nothing]}",
            "operand 'derived.nothing' does not exist",
        ),
        (
            "facts/derived.yaml",
            "derived.drugs_named]}",
            "derived.drugs_name]}",
            "operand 'derived.drugs_name' does not exist; did you mean 'derived.drugs_named'?",
        ),
        (
            "facts/derived.yaml",
            "{count: participants.eu}",
            "{ratio: [checks.vehicle, checks.people]}",
            "operand 'checks.vehicle' does not exist; did you mean 'checks.vehicles'?",
        ),
        (
            "facts/derived.yaml",
            "{count: participants.eu}",
            "{count: participants.e}",
            "operand 'participants.e' does not exist; did you mean 'participants.eu'?",
        ),
        (
            "facts/reference.yaml",
            "[AT, BE,",
            "[AT, ZZ,",
            "eu_members: 'ZZ' is not an ISO 3166-1 alpha-2 code",
        ),
        (
            "facts/cyber.yaml",
            "items: [the dark web,",
            "items: [the deep web,",
            "item 'the deep web' does not occur",
        ),
        (
            "facts/seizures.yaml",
            "worded: drugs_amount",
            "worded: cocaine",
            "drugs: worded names 'cocaine', not a text in seizures",
        ),
    ],
)
def test_broken_facts_are_rejected_with_file_line_and_reason(data_copy, file, old, new, expected):
    facts, _ = data_copy(file, old, new)
    found = problems(facts)
    assert any(expected in p for p in found), found
    assert all(re.match(r"^.+\.yaml:\d+: ", p) for p in found), found


def test_line_numbers_point_at_the_broken_key(data_copy):
    facts, _ = data_copy("facts/checks.yaml", "  unit: vehicles\n", "  unit: vehicles\n  colour: red\n")
    (problem,) = problems(facts)
    lines = (facts / "checks.yaml").read_text().splitlines()
    line = int(problem.split(":")[1])
    assert lines[line - 1].strip() == "colour: red"


def test_missing_directory_and_required_files(tmp_path):
    assert "facts directory not found" in problems(tmp_path / "nope")[0]
    tmp_path.joinpath("facts").mkdir()
    found = problems(tmp_path / "facts")
    assert any("statement.yaml:0: required file is missing" in p for p in found)
