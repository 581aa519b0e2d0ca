"""intents.yaml loading: every mistake a maintainer can make is named with its line."""

from __future__ import annotations

import pytest

from jadbot.errors import DataError
from jadbot.facts import load_facts
from jadbot.intents import load_intents
from tests.conftest import FACTS, INTENTS


def test_shipped_intents_load_and_reference_real_facts():
    intents = load_intents(INTENTS, load_facts(FACTS))
    assert len(intents.intents) > 50
    assert intents.intents["participation"].slot == "entity"


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "{seizures.cocaine} of cocaine were seized.",
            "{seizures.kokain} of cocaine were seized.",
            "unknown fact reference {seizures.kokain}",
        ),
        (
            "{seizures.cocaine} of cocaine were seized.",
            "{seizures.cocain} of cocaine were seized.",
            "unknown fact reference {seizures.cocain}; did you mean {seizures.cocaine}?",
        ),
        (
            "    figure: seizures.cocaine\n",
            "    figure: seizures.cocain\n",
            "cocaine: figure 'seizures.cocain' does not exist; did you mean 'seizures.cocaine'?",
        ),
        (
            "  - intent: agencies_count\n    title: Number of agencies\n    kind: derived\n",
            "  - intent: agencies_count\n    title: Number of agencies\n    kind: derivd\n",
            "agencies_count.kind: Input should be 'fact', 'list', 'yesno', 'derived', 'not_reported', "
            "'smalltalk' or 'out_of_scope', not 'derivd'; did you mean 'derived'?",
        ),
        ("{seizures.cocaine} of cocaine were seized.", "626 kg of cocaine were seized.", "typed-in figure"),
        ("{checks.vehicles} were checked.", "{checks.vehicles:wide} were checked.", "unknown format 'wide'"),
        ("  - intent: parcels\n", "  - intent: vehicles\n", "duplicate intent id 'vehicles'"),
        (
            "    related: [ammunition, cyber_patrol, weapon_types]",
            "    related: [ammo_typo]",
            "weapons: related intent 'ammo_typo' does not exist",
        ),
        (
            "    related: [ammunition, cyber_patrol, weapon_types]",
            "    related: [ammunitio, cyber_patrol, weapon_types]",
            "weapons: related intent 'ammunitio' does not exist; did you mean 'ammunition'?",
        ),
        (
            '      absent: "No — {name} is not among the participating',
            '      gone: "No — {name} is not among the participating',
            "needs answers for: absent",
        ),
        (
            "  - intent: vehicles\n    title:",
            "  - intent: vehicles\n    colour: red\n    title:",
            "vehicles: unknown key 'colour'",
        ),
        (
            "  - intent: vehicles\n    title: Vehicles checked\n",
            "  - intent: vehicles\n",
            "vehicles: missing required key 'title'",
        ),
        (
            "  - intent: vehicles\n    title: Vehicles checked\n",
            "  - intent: vehicles\n    title: [Vehicles checked]\n",
            "vehicles.title: Input should be a valid string",
        ),
        (
            "    figure: seizures.cocaine\n",
            "    figure: seizures.drug_types\n",
            "figure 'seizures.drug_types' is not a figure",
        ),
        (
            "    when_quantity: per_country",
            "    when_quantity: per_nation",
            "when_quantity 'per_nation' does not exist",
        ),
        ('  sum: "{operands}: {result} together."\n', "", "responses: missing 'sum'"),
        ("version: 1", "version: 2", "version: Input should be 1"),
        ("      - how much cocaine was seized\n", "      how much cocaine was seized\n", "starts with '- '"),
        ('  verify_yes: "Yes — the statement says {stated}."\n', "", "responses: missing 'verify_yes'"),
        (
            "{cyber.dark_web:n} targets were on the dark web",
            "{where} targets were on the dark web",
            "unknown slot {where}",
        ),
    ],
)
def test_broken_intents_are_rejected(data_copy, old, new, expected):
    facts, intents = data_copy("intents.yaml", old, new)
    with pytest.raises(DataError) as info:
        load_intents(intents, load_facts(facts))
    found = [str(p) for p in info.value.problems]
    assert any(expected in p for p in found), found
    assert all(p.startswith(f"{intents}:") and p.split(":")[1].isdigit() for p in found), found


@pytest.mark.parametrize(
    ("template", "ref"),
    [
        ("Police seized nearly a ton of drugs.", "seizures.drugs_amount"),
        ("It was run from Skopje.", "operation.city"),
        ("Europol coordinated it.", "operation.coordinator"),
    ],
)
def test_a_facts_words_typed_into_a_template_are_an_error(template, ref):
    from jadbot.facts import load_facts
    from jadbot.render import check_template

    problems = check_template(load_facts(FACTS), template, set())
    assert any(ref in p and "typed in" in p for p in problems), problems
    assert not check_template(load_facts(FACTS), f"Police seized {{{ref}}}.", set())


def test_the_lead_role_words_come_from_the_yaml(data_copy):
    """The reading's words are the maintainers', in intents.yaml, not in Python."""
    from jadbot.engine import Engine

    question = "was Frontex the boss?"
    assert Engine.load(FACTS, INTENTS).answer(question).text.startswith("No — ")  # Europol led it
    facts, intents = data_copy("intents.yaml", "        boss, main,", "        main,")
    assert not Engine.load(facts, intents).answer(question).text.startswith("No — ")  # the word is the YAML's


def test_a_reaction_word_added_in_the_yaml_reads_as_a_reaction(data_copy):
    from jadbot.engine import Engine

    shipped = Engine.load(FACTS, INTENTS)
    first = shipped.answer("how many weapons were seized?")
    assert "310" in shipped.answer("thats puny lol", first.context).text  # an unknown word: asked again
    facts, intents = data_copy("intents.yaml", "  reaction: [nothing,", "  reaction: [puny, nothing,")
    engine = Engine.load(facts, intents)
    first = engine.answer("how many weapons were seized?")
    assert "310" not in engine.answer("thats puny lol", first.context).text  # said of the answer
