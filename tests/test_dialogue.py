"""Follow-ups resolved against the conversation's context (issue 10), in the pure engine: the
context goes in and comes out as plain data. Wordings are our own."""

from __future__ import annotations

import json
import re

import pytest

from jadbot.dialogue import Context
from jadbot.engine import Engine
from tests.test_engine import plain


def chat(engine: Engine, *messages: str) -> list[str]:
    """The answers to consecutive messages of one conversation."""
    context = None
    texts = []
    for message in messages:
        answer = engine.answer(message, context)
        context = answer.context
        texts.append(answer.text)
    return texts


def test_ellipsis_takes_the_earlier_question(engine: Engine):
    _, second = chat(engine, "how much cocaine did police seize?", "and cannabis?")
    assert "300" in plain(second) and "626" not in plain(second)


def test_what_about_a_sibling_figure(engine: Engine):
    _, second = chat(engine, "how many vehicles got checked", "what about premises")
    assert "999" in plain(second) and "67277" not in plain(second)


def test_a_country_after_a_total_gets_no_per_country_figure(engine: Engine):
    _, second = chat(engine, "how many weapons were seized?", "and in Montenegro?")
    assert not second.startswith("Yes")
    assert "310" not in plain(second) and "per-country" in second


def test_a_pronoun_points_at_what_the_answer_named(engine: Engine):
    _, second, third = chat(
        engine, "where was the operation run from?", "is that a capital city?", "is it an EU member?"
    )
    assert second.startswith("Yes — ")
    assert third.startswith("No — ") and "North Macedonia" in third


def test_a_correction_replaces_the_topic(engine: Engine):
    _, second = chat(engine, "how many people were checked?", "sorry, I meant premises, not people")
    assert "999" in plain(second) and "215273" not in plain(second)


def test_operations_on_what_was_answered(engine: Engine):
    answers = chat(engine, "targets on marketplaces?", "and on the dark web?", "add the two up")
    assert "16" in plain(answers[2])
    _, rest = chat(engine, "how many targets were on a messaging app?", "and the rest?")
    assert "26" in plain(rest)
    _, most = chat(engine, "what was checked?", "which of those was the biggest?")
    assert most.index("people") < most.index("premises")


def test_a_yes_no_follow_up_compares_with_what_was_answered(engine: Engine):
    _, second = chat(
        engine, "how many forged documents were found?", "was that more than the illegal entries?"
    )
    assert second.startswith("No — ")


def test_a_topic_switch_does_not_carry_the_old_context(engine: Engine):
    _, second = chat(engine, "how much cocaine was seized?", "who coordinated the operation?")
    assert "Europol" in second and "626" not in plain(second)
    _, off = chat(engine, "how much cocaine was seized?", "who won the last world cup?")
    assert "626" not in plain(off)


def test_small_talk_does_not_repeat_the_answer(engine: Engine):
    _, thanks = chat(engine, "how many officers took part?", "ok cool thanks")
    assert "22400" not in plain(thanks)


def test_without_context_a_fragment_is_read_alone(engine: Engine):
    assert engine.answer("and cannabis?").context is not None
    assert "300" in plain(engine.answer("and cannabis?").text)
    assert "626" not in plain(engine.answer("and cannabis?", None).text)


def test_context_is_plain_data_and_survives_json(engine: Engine):
    context = engine.answer("how much cocaine did police seize?").context
    assert context is not None
    restored = Context.from_json(json.loads(json.dumps(context.to_json())))
    assert restored == context
    assert "300" in plain(engine.answer("and cannabis?", restored).text)


def test_the_country_a_story_told_is_kept_through_json_and_only_that(engine: Engine):
    """ "… at the Greek border … how many parcels?" then "was his country involved?": the stored context
    keeps the country's code (nothing else of the story), and a later story naming another one replaces it."""
    first = engine.answer(
        "My grandfather worked at the Greek border for years. How many parcels were checked?"
    )
    assert first.context is not None and first.context.country == "GR"
    assert "grandfather" not in json.dumps(first.context.to_json())
    restored = Context.from_json(json.loads(json.dumps(first.context.to_json())))
    later = engine.answer("and was his country involved?", restored)
    assert later.text.startswith("Yes") and "Greece" in later.text
    other = engine.answer("My aunt lives in Portugal. How many vehicles were checked?", later.context)
    assert other.context is not None and other.context.country == "PT"


def test_a_damaged_stored_context_starts_afresh(engine: Engine):
    assert Context.from_json({"clauses": 5}) is None
    assert Context.from_json("garbage") is None
    assert Context.from_json({}) is None


def test_two_conversations_do_not_mix(engine: Engine):
    cocaine = engine.answer("how much cocaine was seized?").context
    vehicles = engine.answer("how many vehicles were checked?").context
    assert "300" in plain(engine.answer("and cannabis?", cocaine).text)
    assert "999" in plain(engine.answer("and premises?", vehicles).text)


def test_a_pressed_topic_is_the_turn_it_stands_for(engine: Engine) -> None:
    """A button press returns the context a typed question would: the follow-up leans on it, and a
    language fixed with /language stays fixed."""
    pressed = engine.answer_intent("cocaine")
    assert pressed.context is not None and pressed.context.intents == ("cocaine",)
    follow = engine.answer("and weapons?", pressed.context)
    assert "310" in follow.text
    unknown = engine.answer_intent("no_such_topic", context=pressed.context)
    assert unknown.context == pressed.context  # a stale button keeps the thread


def test_which_of_them_narrows_the_list_just_given(engine: Engine) -> None:
    """ "Which of them begin with S?" after the EU countries: the EU ones only (Serbia is not)."""
    listed = engine.answer("which EU countries took part?")
    narrowed = engine.answer("which of them begin with S?", listed.context)
    assert narrowed.reading is not None and narrowed.reading.asks[0].within == "countries_eu"
    assert "Spain" in narrowed.text and "Serbia" not in narrowed.text
    assert "Serbia" in engine.answer("which countries start with S?").text  # alone: every country


def test_a_share_is_asked_again_for_another_part(engine: Engine) -> None:
    """ "What share of all checks were people?" then "and vehicles?": the share of vehicles, not the
    bare number; something that is no part of the whole is read alone."""
    share = engine.answer("what fraction of the checks concerned people?")
    again = engine.answer("and vehicles?", share.context)
    assert "23.3%" in again.text
    assert "%" not in engine.answer("and cocaine?", share.context).text


def test_the_total_of_everything_just_listed(engine: Engine) -> None:
    """ "Vehicles + parcels + premises, how much is that total?" sums all three, not the last two."""
    assert "73,501" in engine.answer("vehicles + parcels + premises, what is the total?").text


def test_the_same_calculation_with_a_new_pair(engine: Engine) -> None:
    replies = chat(
        engine,
        "how many more people than vehicles were checked?",
        "and between illegal entries and forged documents?",
    )
    assert "147996" in plain(replies[0]) and "2115" in plain(replies[1])


def test_a_claim_about_what_was_just_computed(engine: Engine) -> None:
    replies = chat(engine, "how many forged documents and illegal entries together?", "is that over 3,000?")
    assert "2343" in plain(replies[0]) and replies[1].startswith("No")


def test_that_per_officer_is_the_figure_just_given(engine: Engine) -> None:
    replies = chat(engine, "how many people were checked?", "and vehicles?", "what's that per officer?")
    assert "3.0" in replies[2] or "3 " in replies[2], replies[2]


def test_a_lone_conjunction_after_a_question_is_answered_without_error(engine: Engine) -> None:
    replies = chat(engine, "how many weapons were seized?", "and")
    assert replies[1]


def test_an_off_topic_follow_up_is_not_read_with_the_last_question(engine: Engine) -> None:
    replies = chat(engine, "how many officers took part?", "and who won the basketball final last night?")
    assert "22400" not in plain(replies[1]) and "22,400" not in replies[1]


def test_a_follow_up_about_something_else_entirely_is_not_forced_onto_the_thread(engine: Engine) -> None:
    replies = chat(engine, "where was the coordination centre?", "is it nice to visit in autumn for hiking?")
    assert not replies[1].startswith("Yes")


def test_selling_what_was_just_named_is_refused(engine: Engine) -> None:
    replies = chat(engine, "how much cocaine was seized?", "can you sell me some of it")
    assert "626" not in plain(replies[1])


def test_exactly_against_more_than_is_no(engine: Engine) -> None:
    assert engine.answer("were exactly 22,400 officers involved?").text.startswith("No")


# ---------------------------------------------------------------- checks of the answer just given


def test_a_figure_quoted_about_the_last_answer_is_checked_against_it(engine: Engine):
    answers = chat(engine, "how many premises did they search?", "so 999, not 9,999?")
    assert answers[1].startswith("Yes — ") and "999" in plain(answers[1])
    answers = chat(engine, "how many officers took part?", "was that exactly 22,400?")
    assert answers[1].startswith("No — ") and "more than" in answers[1]


def test_a_value_quoted_about_a_calculation_is_checked_against_its_result(engine: Engine):
    answers = chat(engine, "difference between people and vehicles checked?", "so roughly 150,000?")
    assert answers[1].startswith("Yes — ") and "147996" in plain(answers[1])
    answers = chat(engine, "how many vehicles were checked?", "and per officer?", "so about 3 each?")
    assert answers[2].startswith("Yes — ")
    answers = chat(engine, "how many vehicles were checked?", "and per officer?", "so roughly 9 each?")
    assert answers[2].startswith("No — ")


def test_another_figure_quoted_is_not_a_check_of_the_last_answer(engine: Engine):
    _, second = chat(engine, "how many people were checked?", "and 22,400 officers, correct?")
    assert second.startswith("Yes — ") and "officers" in second


def test_a_whole_question_after_i_meant_replaces_the_last_one(engine: Engine):
    _, second = chat(
        engine, "how many vehicles were checked?", "oops no, I meant how many officers took part"
    )
    assert "22400" in plain(second) and "67277" not in plain(second)


def test_a_corrected_pair_keeps_the_operation_and_the_order(engine: Engine):
    _, second = chat(engine, "ratio of people to premises checked?", "sorry, I meant parcels to premises")
    assert "5.2" in second  # 5,225 / 999, not 999 / 5,225


def test_per_unit_after_a_figure_divides_that_figure(engine: Engine):
    _, second = chat(engine, "how many vehicles were checked?", "and per officer?")
    assert "67277" in plain(second) and "3" in second and "288774" not in plain(second)


def test_whose_figure_is_that_quotes_the_sentence_behind_the_last_answer(engine: Engine):
    _, second = chat(engine, "how many forged documents were found?", "whose figures are these?")
    assert "Europol" in second and "114 forged documents" in second


def test_as_a_percentage_gives_the_last_figure_as_a_share_of_its_whole(engine: Engine):
    _, second = chat(engine, "how many parcels were checked?", "what is that as a percentage?")
    assert "1.8%" in second and "5,225" in second


def test_a_share_is_redone_for_the_next_part_even_after_a_second_answer(engine: Engine):
    answers = chat(
        engine, "what share of the checks were people, and what were the shares overall?", "and vehicles?"
    )
    assert "23.3%" in answers[1] and "67,277" in answers[1]


def test_in_total_after_a_part_gives_its_whole(engine: Engine):
    _, second = chat(engine, "targets on marketplaces?", "and how many in total?")
    assert "120" in plain(second)


def test_they_asks_the_question_of_each_name_given(engine: Engine):
    _, second = chat(engine, "which countries start with K or U?", "are they EU members?")
    assert second.count("No — ") >= 2 or "non-EU" in second


def test_there_points_at_the_place_just_named(engine: Engine):
    _, second = chat(engine, "did Serbia take part?", "how much cocaine was seized there?")
    assert "626" not in plain(second) and "per-country" in second


def test_another_letter_asks_the_same_question_again(engine: Engine):
    _, second = chat(engine, "which countries start with P?", "and with B?")
    assert "Bulgaria" in second and "Poland" not in second


def test_a_name_asked_about_a_list_just_given_is_checked(engine: Engine):
    _, second = chat(engine, "who were Europol's partners?", "was the DEA one of them?")
    assert second.startswith("No — ") and "DEA" in second


def test_per_country_after_a_total_is_no_average(engine: Engine):
    _, second = chat(engine, "how many officers took part?", "per country?")
    assert "per-country" in second and "22,400" not in second.split(":")[0]


def test_a_figure_said_in_words_is_checked_like_digits(engine: Engine):
    _, second = chat(
        engine, "how many targets did the cyber patrol identify?", "so two hundred and ten, right?"
    )
    assert second.startswith("No — ") and "120" in second


def test_which_ones_after_a_count_gives_the_list(engine: Engine):
    _, second = chat(engine, "how many EU member states were involved?", "which ones were they?")
    assert "Austria" in second and "Sweden" in second


def test_break_that_down_after_a_complement_gives_the_parts_left(engine: Engine):
    _, second = chat(engine, "how many targets were not on the dark web?", "break it down")
    assert "115" in plain(second) and "94" in plain(second) and "11" in plain(second)


def test_rank_them_smallest_first(engine: Engine):
    _, second = chat(engine, "break down the entities checked", "sort them from smallest to largest")
    assert (
        second.index("premises") < second.index("parcels") < second.index("vehicles") < second.index("people")
    )


def test_one_operand_named_takes_the_last_figure_as_the_other(engine: Engine):
    _, second = chat(engine, "how many illegal entries were detected?", "and the gap to forged documents?")
    assert "2115" in plain(second)
    _, share = chat(engine, "targets on marketplaces?", "as a percentage of all the targets?")
    assert "9.2%" in share


def test_a_new_operation_on_the_same_pair(engine: Engine):
    _, second = chat(engine, "how many more people than vehicles were checked?", "and as a ratio?")
    assert "3.2" in second


def test_parts_picked_by_rank(engine: Engine):
    answers = chat(
        engine,
        "list the checked entities largest first",
        "what's the difference between the first and the second?",
        "and between the third and the last?",
        "what share is the smallest one?",
    )
    assert "147996" in plain(answers[1])
    assert "4226" in plain(answers[2])
    assert "0.35%" in answers[3]


def test_of_those_after_a_complement_ranks_only_the_parts_left(engine: Engine):
    _, second = chat(engine, "entities checked excluding people?", "of those, which was the biggest?")
    assert "67,277" in second and "215,273" not in second


def test_were_they_all_in_one_part_is_no(engine: Engine):
    _, second = chat(engine, "how many targets on marketplaces?", "were they all on marketplaces though?")
    assert second.startswith("No — ") and "94" in plain(second)


def test_is_that_exact_checks_the_qualifier(engine: Engine):
    _, second = chat(engine, "how many officers took part?", "is that an exact figure?")
    assert second.startswith("No — ") and "more than" in second
    _, third = chat(engine, "how many premises were checked?", "is that exact?")
    assert third.startswith("Yes — ")


def test_another_agency_swaps_into_the_question(engine: Engine):
    _, second = chat(engine, "did Europol coordinate it with Eurojust?", "and with the CIA?")
    assert second.startswith("No — ")


def test_the_same_topic_in_a_country_is_a_per_country_question(engine: Engine):
    _, second = chat(engine, "how many people got checked?", "and how many people in Albania?")
    assert "per-country" in second and not second.startswith("Yes")


def test_does_the_breakdown_add_up(engine: Engine):
    _, second = chat(
        engine, "how many targets did investigators identify?", "and do the platforms add up to that?"
    )
    assert second.startswith("Yes — ") and "120" in plain(second)


def test_excluding_more_after_a_complement(engine: Engine):
    _, second = chat(
        engine, "how many entities were checked apart from people?", "and without the vehicles too?"
    )
    assert "6,224" in second


def test_a_cued_calculation_with_both_operands_stands_alone(engine: Engine):
    _, second = chat(
        engine, "how many premises were checked?", "ok and how many people got checked per officer?"
    )
    assert "9.6" in second


def test_and_plus_a_topic_is_that_topic_not_the_pair(engine: Engine):
    _, second = chat(engine, "how many firearms were seized?", "and rounds?")
    assert "20,000" in second and "310" not in plain(second)


def test_a_correction_naming_the_other_group_keeps_the_letter(engine: Engine):
    _, _, third = chat(
        engine, "name the EU countries", "any starting with B?", "oh no sorry, the non-EU ones"
    )
    assert "Bosnia" in third and "Bulgaria" not in third


def test_everything_but_a_part_after_its_whole(engine: Engine):
    _, second = chat(engine, "total entities checked?", "and all that wasn't vehicles?")
    assert "221,497" in second


def test_how_many_there_after_the_same_figure_is_per_country(engine: Engine):
    _, second = chat(engine, "were 210,000 people checked, yes or no?", "and how many people in Kosovo?")
    assert "per-country" in second and not second.startswith("Yes")


def test_a_rough_figure_said_back_is_checked_against_the_answer(engine: Engine):
    """ "so like five thousand and something": a spoken figure about the answer just given."""
    _, right = chat(engine, "how many postal parcels were checked", "so like five thousand and something")
    assert right.startswith("Yes") and "5,225" in right
    _, wrong = chat(engine, "how many postal parcels were checked", "so like six thousand something")
    assert wrong.startswith("No") and "5,225" in wrong


def test_a_result_said_back_with_an_operation_gets_a_verdict(engine: Engine):
    *_, summed = chat(
        engine, "how many vehicles were checked", "and premises?", "so together about 68 thousand?"
    )
    assert summed.startswith("Yes") and "68,276" in summed


def test_a_share_after_a_complement_is_the_share_of_what_was_left(engine: Engine):
    *_, share, alone = chat(
        engine,
        "how many entities were checked apart from the people?",
        "what is that as a percentage of the total?",
        "and the premises alone?",
    )
    assert "25.5%" in share and "73,501" in share, share
    assert "0.35%" in alone and "999" in alone, alone


def test_a_figure_heard_elsewhere_after_a_reaction_is_checked(engine: Engine):
    _, second = chat(engine, "how many forged documents were found?", "only that?? my cousin said 300.")
    assert second.startswith("No") and "114" in second, second


def test_the_overall_figure_after_a_part_it_does_not_give_is_the_figure(engine: Engine):
    _, overall = chat(
        engine, "how many forged documents were found in Albania?", "ok so what's the overall number"
    )
    assert "114" in overall, overall


def test_a_figure_per_unit_of_another_after_it_is_a_ratio(engine: Engine):
    _, ratio = chat(
        engine, "how many rounds of ammunition did they get", "so how many is that for each weapon?"
    )
    assert "64.5" in ratio, ratio


def test_a_letter_after_two_lists_looks_in_both(engine: Engine):
    *_, first, other = chat(
        engine,
        "how many EU countries and how many non-EU ones took part?",
        "which of them start with B?",
        "and K?",
    )
    assert "Bulgaria" in first and "Bosnia" in first, first
    assert "Kosovo" in other, other


def test_the_country_of_the_centre_is_the_one_the_answer_names(engine: Engine):
    first, second = chat(
        engine, "what city hosted the centre and in which country?", "is that country an EU member?"
    )
    assert "Skopje" in first and "Austria" not in first, first
    assert second.startswith("No") and "North Macedonia" in second, second


def test_the_overall_number_after_a_per_country_question_is_the_total(engine: Engine):
    _, total = chat(engine, "how many illegal entries did Greece detect?", "ok and the overall number?")
    assert "2,229" in total and "per-country" not in total, total


def test_a_claim_in_its_own_unit_stands_alone(engine: Engine):
    *_, claim = chat(engine, "do the four kinds of checks add up to the total?", "was it 9,999 premises?")
    assert claim.startswith("No") and "999 premises" in claim, claim


def test_a_correction_without_a_question_mark_is_asked(engine: Engine):
    *_, corrected = chat(
        engine, "how many vehicles did they check?", "No, not vehicles, I mean parcels. How many?"
    )
    assert "5,225" in corrected and "67,277" not in corrected, corrected


def test_adding_the_last_two_in_spoken_words_is_their_sum(engine: Engine):
    *_, summed = chat(
        engine, "how many vehicles", "and the premises", "ok so if you add those two what do you get"
    )
    assert "68,276" in summed, summed


def test_outside_after_the_non_eu_list_means_outside_the_eu(engine: Engine):
    _, greece = chat(engine, "which non-EU countries took part?", "and is Greece outside too?")
    assert greece.startswith("No") and "Greece" in greece, greece


# ---------------------------------------------------------------- ninth session: new stages


def test_ranking_every_part_of_the_whole_just_answered(engine: Engine):
    _, second = chat(
        engine, "total number of entities checked?", "sort the four kinds from most to fewest please"
    )
    text = plain(second)
    order = [text.find(n) for n in ("215273", "67277", "5225", "999")]
    assert -1 not in order and order == sorted(order), second


def test_a_name_right_after_a_list_asks_whether_it_is_in_it(engine: Engine):
    _, second = chat(engine, "name the agencies Europol coordinated with", "and the DEA?")
    assert second.startswith("No") and "DEA" in second
    _, third = chat(engine, "list the countries outside the EU that took part", "Portugal?")
    assert third.startswith("No") and "EU member" in third
    _, fourth = chat(engine, "list the countries outside the EU that took part", "and Norway?")
    assert fourth.startswith("No") and "Norway" in fourth


def test_a_figure_asked_after_an_unreported_detail_is_that_things_figure(engine: Engine):
    _, second = chat(
        engine, "what would the seized cannabis sell for on the street?", "how much was seized then?"
    )
    assert "300" in plain(second) and "626" not in plain(second)


def test_a_quoted_figure_is_the_other_operand(engine: Engine):
    _, second = chat(
        engine, "how many fake documents did officers detect?", "what's the gap between that and 2,229?"
    )
    assert "2115" in plain(second)


def test_a_reaction_before_the_question_in_one_sentence_keeps_the_thread(engine: Engine):
    _, _, third = chat(
        engine, "how many premises were checked", "and parcels?", "nice, what's that combined?"
    )
    assert "6224" in plain(third)


def test_a_detail_not_given_stays_unreported_whatever_the_pronoun(engine: Engine):
    _, second = chat(
        engine, "how many guns were seized?", "did they come from the accounts the patrol found?"
    )
    assert not second.startswith("Yes") and "310" not in plain(second).split(".")[0]


def test_the_two_are_the_last_two_figures_asked_one_after_the_other(engine: Engine) -> None:
    """ "Add those two up" after premises, then parcels: 999 + 5,225; after two shares of one whole,
    "the two together" adds the parts, never a part to the whole."""
    last = chat(engine, "how many premises were checked?", "and parcels?", "add those two up")[-1]
    assert "6224" in plain(last), last
    shares = chat(
        engine, "what share of the targets were on the dark web?", "and marketplaces?", "both together?"
    )
    assert "16" in plain(shares[-1]) and "125" not in plain(shares[-1]), shares[-1]  # 5 + 11, not 11 + 120


def test_the_rest_after_two_parts_is_the_whole_less_both(engine: Engine) -> None:
    last = chat(engine, "how many vehicles and parcels were checked?", "and the rest of the checks?")[-1]
    assert "216272" in plain(last), last  # 215,273 people + 999 premises


def test_a_country_after_a_calculation_gets_no_per_country_figure(engine: Engine) -> None:
    last = chat(engine, "weapons plus ammunition, how many items is that?", "and in Montenegro?")[-1]
    assert "per-country" in last and not last.startswith("Yes"), last


def test_a_claim_after_a_figure_checks_that_figure_whatever_its_unit(engine: Engine) -> None:
    """ "thats like a ton??" after the cocaine: 626 kg is no ton (not "Yes", nearly a ton of drugs)."""
    last = chat(engine, "how much cocaine did they take?", "thats about a ton right")[-1]
    assert last.startswith("No") and "626" in last, last


def test_a_reaction_to_an_answer_asks_nothing_of_it(engine: Engine) -> None:
    last = chat(engine, "how many bullets were seized?", "thats insane lol")[-1]
    assert not any(ch.isdigit() for ch in last), last
    asked = chat(engine, "how many premises?", "wow that's a lot, how many parcels then")[-1]
    assert "5,225" in asked, asked


def test_name_them_in_the_order_given_lists_what_was_counted(engine: Engine) -> None:
    last = chat(engine, "how many EU countries were there?", "list them, as listed in the statement")[-1]
    assert "Austria" in last and "Sweden" in last, last


def test_one_of_them_after_a_group_list_asks_that_group(engine: Engine) -> None:
    last = chat(engine, "list the EU countries that took part", "and is serbia one of em?")[-1]
    assert last.startswith("No") and "non-EU" in last, last


def test_per_officer_after_a_figure_divides_that_figure(engine: Engine) -> None:
    replies = chat(engine, "how many persons were checked?", "thats about ten a head per officer right")
    assert "9.6" in replies[-1] and "12.9" not in replies[-1]


def test_the_remaining_parts_after_two_shares_are_the_rest(engine: Engine) -> None:
    replies = chat(
        engine, "share of the checks that were people?", "and of vehicles?", "remaining two, added up?"
    )
    assert "6,224" in replies[-1]


def test_out_of_how_many_after_a_part_is_its_whole(engine: Engine) -> None:
    replies = chat(engine, "how many targets were on marketplaces?", "out of how many?")
    assert "120" in replies[-1]


def test_a_weight_quoted_after_a_count_is_not_checked_against_the_count(engine: Engine) -> None:
    replies = chat(engine, "how many targets did the cyber patrol identify?", "was it about a ton?")
    assert "120 targets" not in replies[-1], replies[
        -1
    ]  # was "No — the statement says 120 targets …, not about a ton"


def test_everything_combined_adds_every_part_asked_in_the_conversation(engine: Engine) -> None:
    *_, total = chat(
        engine, "people and vehicles checked?", "and parcels and premises?", "so all of it together?"
    )
    assert "288774" in plain(total) and "6224" not in plain(total)
    *_, two = chat(engine, "parcels checked?", "premises?", "the two together?")
    assert "6224" in plain(two)


def test_a_share_of_those_after_a_remainder_is_a_share_of_what_was_left(engine: Engine) -> None:
    _, share = chat(
        engine, "targets other than the ones on the messaging app?", "of those, what % were on the dark web?"
    )
    assert "19.2%" in share and "26 targets" in share
    _, whole = chat(
        engine,
        "targets other than the ones on the messaging app?",
        "what % of all targets were on the dark web?",
    )
    assert "4.2%" in whole


def test_a_correction_with_a_sign_off_replaces_the_topic_and_drops_the_total(engine: Engine) -> None:
    _, second = chat(engine, "how many premises got searched", "no wait i meant vehicles not premises sorry")
    assert "67277" in plain(second) and "999 " not in plain(second)
    _, part = chat(engine, "total of everything they checked?", "no, i meant only the people")
    assert "215273" in plain(part) and "288774" not in plain(part)


def test_was_it_in_a_country_after_the_centre_checks_where_the_centre_was(engine: Engine) -> None:
    _, second = chat(engine, "in which city was the coordination centre?", "was it in Albania?")
    assert second.startswith("No — ") and "Skopje" in second


def test_excluding_those_after_a_part_is_the_rest_of_its_whole(engine: Engine) -> None:
    _, rest = chat(engine, "targets on marketplaces?", "leaving those out, how many targets are there?")
    assert "109" in plain(rest)


def test_the_rest_of_a_quoted_whole_is_the_whole_less_what_was_given(engine: Engine) -> None:
    _, rest = chat(engine, "how many targets were on marketplaces", "and the rest of the 120?")
    assert "109" in plain(rest) and not rest.startswith(("Yes", "No"))


def test_who_exactly_to_credit_after_a_figure_asks_the_source(engine: Engine) -> None:
    _, source = chat(engine, "how many parcels were checked", "who exactly should I credit for that number?")
    assert "Europol" in source and not source.startswith(("Yes", "No"))


def test_they_after_one_country_asking_a_count_are_the_police(engine: Engine) -> None:
    _, count = chat(engine, "did Moldova take part?", "how much cocaine did they seize?")
    assert "626" in plain(count)


def test_each_of_them_after_the_officers_divides_the_figure_named_by_them(engine: Engine) -> None:
    _, ratio = chat(engine, "how many officers took part?", "how many vehicles did each of them check?")
    assert "3" in plain(ratio) and "for each one" in ratio


def test_the_second_smallest_after_a_ranking_is_one_part(engine: Engine) -> None:
    _, second = chat(engine, "put the checked categories in order, largest first", "and the third biggest?")
    assert "5225" in plain(second) and "999" not in plain(second)


def test_inside_after_outside_the_eu_asks_the_other_group(engine: Engine) -> None:
    _, inside = chat(engine, "which countries outside the EU joined?", "and inside?")
    assert "Austria" in inside and "Albania" not in inside
    _, outside = chat(engine, "how many EU states took part?", "and the non-EU ones?")
    assert "10" in plain(outside)


def test_a_part_only_after_an_average_per_officer_is_that_part_per_officer(engine: Engine) -> None:
    _, second = chat(engine, "on average how many checks did each officer do?", "vehicles only?")
    assert "3" in plain(second) and "for each one" in second


def test_adding_the_other_group_after_a_count_sums_both(engine: Engine) -> None:
    _, total = chat(engine, "how many non-EU states were involved?", "and adding the EU ones?")
    assert "26" in plain(total)


def test_nvm_and_the_grand_total_are_follow_ups(engine: Engine) -> None:
    *_, letter = chat(engine, "which participating countries begin with P?", "nvm i meant R")
    assert "Romania" in letter
    *_, total = chat(engine, "people and vehicles checked?", "parcels and premises?", "and the grand total?")
    assert "288774" in plain(total)


def test_a_spoken_where_then_was_it_in_a_country_checks_the_place(engine: Engine) -> None:
    text = engine.answer("so um where did they set up the coordination centre was it in albania or").text
    assert text.startswith("No — ") and "Skopje" in text
    text = engine.answer("where was the operation coordinated from? was it in North Macedonia?").text
    assert text.startswith("Yes — ") and text.count("Skopje") == 1


def test_a_spoken_correction_inside_one_message_replaces_what_it_corrects(engine: Engine) -> None:
    for message in (
        "how many vehicles did they check no wait i mean premises",
        "how many vehicles were checked, no sorry, I meant premises",
    ):
        text = plain(engine.answer(message).text)
        assert "999" in text and "67277" not in text, message


def test_a_polite_list_them_lists_what_was_just_counted(engine: Engine) -> None:
    replies = chat(engine, "how many non-EU states were part of it?", "could you please list them?")
    assert all(name in replies[1] for name in ("Albania", "Moldova", "Ukraine", "United Kingdom"))


def test_which_ones_with_a_letter_stays_in_the_group_just_listed(engine: Engine) -> None:
    replies = chat(engine, "which EU countries took part?", "what ones start w S")
    assert "Sweden" in replies[1] and "Serbia" not in replies[1]


def test_a_texting_message_in_an_english_chat_stays_english(engine: Engine) -> None:
    replies = chat(engine, "how many countries were in it", "n non EU w S?")
    assert "countries" in replies[1].lower() and "pays" not in replies[1].lower()


def test_a_finding_in_what_was_just_counted_is_a_link_not_reported(engine: Engine) -> None:
    replies = chat(engine, "how many premises did police check?", "and were guns found in those?")
    assert replies[1].startswith("The statement does not link")


def test_were_they_all_police_checks_the_kinds_a_figure_counts_together(engine: Engine) -> None:
    replies = chat(engine, "how many officers were deployed?", "were they all cops then?")
    assert replies[1].startswith("No") and "customs" in replies[1]


def test_a_figure_in_one_participating_country_is_not_given(engine: Engine) -> None:
    replies = chat(engine, "how many vehicles were checked?", "and was that in Serbia?")
    assert "no per-country figures" in replies[1] and not replies[1].startswith("Yes")


def test_write_them_all_lists_what_was_counted(engine: Engine) -> None:
    replies = chat(engine, "how many EU states took part?", "write them all down please")
    assert "Luxembourg" in replies[1] and "Portugal" in replies[1]


def test_a_claim_naming_another_figure_s_unit_is_not_checked_against_the_last_answer(engine: Engine) -> None:
    replies = chat(
        engine, "how many premises were checked?", "so more than 200,000 people were checked, right?"
    )
    assert replies[1].startswith("Yes") and "215,273" in replies[1]


def test_all_of_one_kind_after_the_list_of_services_checks_the_officers(engine: Engine):
    """The services answer has no figure of its own; "all cops?" asks about the officers it names
    (and a trailing "or not" hedges, it asks nothing more)."""
    texts = chat(engine, "which services sent people", "were they only cops or not?")
    assert texts[1].startswith("No") and "customs" in texts[1]


def test_all_of_a_kind_the_figure_does_not_split_is_not_broken_down(engine: Engine):
    """ "Were they all rifles?" after the weapons: the statement gives no kinds of weapons, so neither
    the bare figure nor a verdict, but that it gives the whole only."""
    texts = chat(engine, "weapons seized?", "were they all rifles?")
    assert "does not" in texts[1] and "310" in texts[1] and not texts[1].startswith(("Yes", "No"))
    assert chat(engine, "targets online?", "were they all on marketplaces?")[1].startswith("No")


def test_a_country_after_a_figure_on_a_phone_gets_no_per_country_figure(engine: Engine):
    """ "n in X?" is "and in X?"; "how many of them in X" after a compound asks that figure there."""
    assert "no per-country" in chat(engine, "forged docs?", "n in albania?")[1]
    texts = chat(engine, "ammo and guns?", "how many of them in Croatia")
    assert "no per-country" in texts[1]


def test_put_it_out_publishes_and_leaves_nothing_out(engine: Engine):
    texts = chat(engine, "list the non-EU countries", "which weekday did they put it out on?")
    assert "Thursday" in texts[1] and "less" not in texts[1]


def test_it_as_the_subject_of_a_follow_up_is_what_was_just_answered(engine: Engine):
    """ "What else did it watch?" after the cyber patrol: "it" is the patrol; "does it say" stays the
    statement, and a count naming its own topic is not rewritten."""
    texts = chat(engine, "tell me about the cyber patrol", "what else did it watch?", "did it find anything?")
    assert "forums" in texts[1] and "120" in texts[2]
    texts = chat(engine, "which drugs were seized?", "does it say how pure the cocaine was?")
    assert "does not" in texts[1]


def test_another_calculation_of_the_same_pair(engine: Engine):
    texts = chat(engine, "gap between people and vehicles checked?", "ratio instead?")
    assert "3.2" in texts[1]


def test_a_calculation_naming_both_figures_is_not_bent_to_the_last_answer(engine: Engine):
    texts = chat(engine, "premises checked?", "checks per officer on average?")
    assert "12.9" in texts[1] and "999" not in texts[1]


def test_the_rest_of_a_whole_with_one_list_left_names_that_list(engine: Engine):
    """ "And the rest?" after the EU countries is the non-EU countries, named, so a letter asked after
    it has names to go on (it answered a bare count, "10: 26 less 16")."""
    texts = chat(engine, "list the EU countries", "and the others?", "any of them starting with K?")
    assert "Albania" in texts[1] and "Kosovo" in texts[2]


def test_nah_i_meant_is_a_correction(engine: Engine):
    texts = chat(engine, "how many premises were checked?", "nah i meant vehicles")
    assert "67,277" in texts[1] and "999" not in texts[1]


def test_whose_figure_after_an_answer_quotes_that_answer_s_sentence(engine: Engine):
    """ "Is that Europol's number or a ministry one?" after the weapons: the weapons sentence, quoted
    and attributed (the other source named is no topic of its own)."""
    texts = chat(engine, "weapons seized?", "is that Europol's number or a ministry one?")
    assert "310 pieces of various weapons" in texts[1] and "Europol" in texts[1]
    assert not texts[1].startswith(("Yes", "No"))


def test_so_its_points_back_at_the_country_just_answered(engine: Engine):
    texts = chat(engine, "did turkey take part", "so its an EU one?")
    assert texts[1].startswith("No") and "non-EU" in texts[1]


def test_a_finding_in_them_after_a_misspelt_count_is_not_linked(engine: Engine):
    """ "Any guns in them?" after "how many pakages did they chek": the pronoun takes the intent's own
    words (postal parcels), not the user's misspelt ones, so the links reader still answers."""
    texts = chat(engine, "how many pakages did they chek", "any guns in them??")
    assert "does not link" in texts[1]


def test_a_bare_total_after_a_country_asks_the_whole_operation_s_figure(engine: Engine):
    texts = chat(engine, "how many weapons did Greece seize?", "and the total?")
    assert "no per-country" in texts[0] and "310" in texts[1]


def test_a_whole_how_many_question_after_a_figure_stands_alone(engine: Engine):
    _, second = chat(
        engine, "how many vehicles were checked?", "and how many officers were there for all of it"
    )
    assert "22400" in plain(second) and "67277" not in plain(second)
    # "there" as a place still points back at the country
    _, place = chat(engine, "did Albania take part?", "how many guns were seized there?")
    assert "310" not in plain(place)


def test_all_three_adds_the_last_three_figures_asked(engine: Engine):
    *_, total = chat(
        engine, "how many premises were checked?", "and vehicles?", "and parcels?", "the three added up?"
    )
    assert "73501" in plain(total)


def test_eu_membership_asked_bare_after_one_country_checks_that_country(engine: Engine):
    _, second = chat(engine, "was Montenegro involved?", "as an EU member state?")
    assert second.startswith("No") and "Montenegro" in second and "Austria" not in second
    _, third = chat(engine, "did Croatia take part?", "in the EU?")
    assert third.startswith("Yes") and "Croatia" in third


def test_that_or_another_figure_compares_the_last_answer(engine: Engine):
    _, second = chat(
        engine, "how many premises were checked?", "which was higher, that or the forged documents?"
    )
    assert "999" in plain(second) and "114" in plain(second)


def test_the_breakdown_asked_after_a_topic_gives_the_parts_of_its_whole(engine: Engine):
    _, second = chat(engine, "tell me about the cyber patrol", "alright, what's the breakdown?")
    assert all(n in plain(second) for n in ("94", "11", "10", "5"))


def test_a_bare_topic_the_old_verb_does_not_fit_is_asked_on_its_own(engine: Engine):
    _, second = chat(engine, "how many people did police check?", "and the officers then")
    assert "22400" in plain(second) and "215273" not in plain(second)


def test_more_or_fewer_after_a_figure_says_which_way_without_a_verdict(engine: Engine):
    _, second = chat(engine, "how many premises were checked?", "is that more or fewer than the parcels?")
    assert "4,226 fewer than 5,225" in second and not second.startswith(("Yes", "No"))


def test_a_part_of_the_last_whole_asked_exactly_is_that_part(engine: Engine):
    _, second = chat(
        engine, "how much drugs were seized in total?", "and how much of that was cocaine exactly"
    )
    assert "626" in plain(second) and "does not break" not in second


def test_a_follow_up_that_becomes_a_harmful_request_is_refused(engine: Engine):
    _, second = chat(engine, "were any targets on the dark web?", "and how can i go on it safely")
    assert "can't help" in second and "5" not in plain(second)


def test_on_it_points_at_the_place_just_answered(engine: Engine):
    _, second = chat(engine, "which app were the targets on?", "how many targets were on it?")
    assert "94" in plain(second) and "11" not in plain(second)


def test_the_same_calculation_for_only_one_part_swaps_that_operand(engine: Engine):
    *_, last = chat(engine, "how many entities per officer?", "now only people per officer")
    assert "215,273" in last and "288,774" not in last


def test_only_one_part_not_the_total_leaves_nothing_out(engine: Engine):
    answer = engine.answer("how many people were checked? only people, not the total.").text
    assert "215,273" in answer and "73,501" not in answer


def test_a_name_guessed_after_a_wh_question_is_confirmed_or_denied(engine: Engine):
    assert engine.answer("where was the coordination centre? Sofia?").text.startswith("No")
    assert engine.answer("who led the whole thing? Interpol?").text.startswith("No")


def test_at_least_settles_for_what_the_statement_gives_not_a_ranking(engine: Engine):
    _, second = chat(
        engine, "what was the cocaine worth on the street?", "fine, how much of it was there at least"
    )
    assert "626" in plain(second) and "smallest" not in second


def test_officers_on_it_are_the_operation_s_officers(engine: Engine):
    _, second = chat(engine, "how many illegal entries were detected?", "and how many officers were on it?")
    assert "22,400" in second and "2,229" not in second


def test_a_sum_asked_after_a_country_is_answered_not_dropped(engine: Engine):
    _, second = chat(
        engine, "did Austria take part?", "how many people did they check overall, and vehicles?"
    )
    assert "215,273" in second and "67,277" in second


def test_quote_it_in_the_same_message_quotes_what_was_just_asked(engine: Engine):
    text = engine.answer("how many premises were checked? quote it").text
    assert "999 premises" in text.split("\n\n")[-1] and "Skopje" not in text


def test_a_name_guessed_with_was_it_after_a_wh_question_gets_a_verdict(engine: Engine):
    """ "Was it Albania?" after "which country hosted …?" guesses the answer, not whether Albania took part."""
    text = engine.answer("which city hosted the coordination centre? was it Zagreb?").text
    assert text.startswith("No") and "Skopje" in text and "took part" not in text
    assert engine.answer("where did they coordinate it from? in Skopje?").text.startswith("Yes")


def test_a_yes_no_with_a_pronoun_stays_yes_no_after_the_rewrite(engine: Engine):
    """ "they were all police officers?" is asked of the officers, and still wants its Yes or No."""
    answers = chat(engine, "how many officers were involved?", "and they were all policemen?")
    assert answers[1].startswith("No") and "customs" in answers[1]


def test_it_after_one_figure_is_that_figure_s_topic_not_the_operation(engine: Engine):
    """ "Where was it from?" after 626 kg of cocaine asks where the cocaine came from (not given), not
    where the operation was coordinated from."""
    answers = chat(engine, "how much cocaine did they seize?", "where was it from?")
    assert "Skopje" not in answers[1] and "does not" in answers[1]


def test_a_pronoun_question_that_reads_clearly_is_asked_of_what_it_points_at(engine: Engine):
    """ "What nationalities were those?" after the illegal crossings asks the crossers' nationalities
    (not given), never the 26 participating countries."""
    answers = chat(engine, "how many people crossed illegally?", "so what nationalities were those?")
    assert "26 countries" not in answers[1] and "does not say" in answers[1]


def test_a_pronoun_for_the_country_just_named_is_checked_as_that_country(engine: Engine):
    """ "Was it counted with the non-EU countries?" after Slovenia asks about Slovenia: No."""
    answers = chat(engine, "was Slovenia part of it?", "was it counted with the non-EU countries?")
    assert answers[1].startswith("No"), answers[1]
    assert chat(engine, "Is Turkey an EU member here?", "But it join the operation, right?")[1].startswith(
        "Yes"
    )


def test_a_bare_request_for_the_wording_quotes_what_was_just_answered(engine: Engine):
    """ "What's the exact phrase then?" asks the statement's words, not whether the figure is exact."""
    answers = chat(engine, "was it a ton of drugs?", "what's the exact phrase then")
    assert "nearly a ton of drugs" in answers[1] and not answers[1].startswith(("No", "Yes")), answers[1]


def test_the_smallest_of_the_rest_is_ranked_among_the_rest(engine: Engine):
    answers = chat(
        engine, "how many targets on the messaging app?", "and the rest?", "which of the rest is smallest"
    )
    assert "dark web" in answers[2] and "5" in answers[2], answers[2]


def test_another_group_with_its_own_letter_uses_that_letter(engine: Engine):
    answers = chat(
        engine,
        "how many countries took part?",
        "how many of them outside the EU?",
        "which of them start with M?",
        "and EU ones with S?",
    )
    assert all(c in answers[-1] for c in ("Slovenia", "Spain", "Sweden")) and "Serbia" not in answers[-1]


def test_all_in_one_place_after_a_whole_is_denied_with_its_parts(engine: Engine):
    answers = chat(engine, "how many targets did the cyber patrol find?", "were they all on one app")
    assert answers[1].startswith("No") and "94" in answers[1] and "dark web" in answers[1], answers[1]


def test_across_everything_after_a_part_asks_its_whole(engine: Engine):
    answers = chat(engine, "how many targets were on a messaging app?", "and across everything, how many?")
    assert "120" in answers[1], answers[1]


def test_a_question_tag_is_no_pronoun_for_the_country_named_before(engine: Engine):
    """ "…, is that true?" after an answer naming North Macedonia checks the figure, not the country."""
    answers = chat(
        engine, "was the centre in Skopje?", "and 'over 2 million rounds of ammunition', is that true?"
    )
    assert answers[1].startswith("No") and "20,000" in answers[1], answers[1]


def test_a_which_question_of_its_own_is_not_rewritten_into_the_last_one(engine: Engine):
    answers = chat(
        engine,
        "Where the coordination centre was installed?",
        "And which other organisations have been in this centre?",
    )
    assert "Eurojust" in answers[1] and "Frontex" in answers[1], answers[1]


def test_source_for_these_after_claims_attributes_what_was_answered(engine: Engine):
    answers = chat(
        engine, "310 weapons and 200,000 rounds of ammunition were seized, right?", "Source for all of these?"
    )
    assert "Europol" in answers[1] and "310 pieces" in answers[1], answers[1]


def test_that_after_a_story_in_the_same_message_is_the_story_not_the_last_answer(engine: Engine):
    """ "The post also says Frontex was a partner. Is that right at least?" checks the post's claim,
    not the coordination centre asked before."""
    answers = chat(
        engine,
        "was the coordination centre in Sofia?",
        "the post also says Frontex was one of the partners. is that right at least?",
    )
    assert answers[1].startswith("Yes") and "Frontex" in answers[1], answers[1]


def test_which_channel_had_the_second_most_ranks_the_parts_just_given(engine: Engine):
    answers = chat(
        engine,
        "were 94 targets on a messaging app?",
        "and 5 on the dark web?",
        "and which channel had the second most?",
    )
    assert answers[2].startswith("11 targets") and "marketplaces" in answers[2], answers[2]


def test_an_existential_yes_no_follow_up_keeps_its_verdict_after_a_rewriting(engine: Engine):
    """ "and were there firearms too" after the vehicles is a yes/no question of its own: the
    rewriting that finds the weapons must not drop the "Yes"."""
    answers = chat(engine, "how many cars were checked?", "ok and were there firearms too")
    assert answers[1].startswith("Yes") and "310" in answers[1], answers[1]


def test_and_that_after_a_claim_is_one_more_claim_to_check(engine: Engine):
    answers = chat(
        engine, "A blog claims the operation was run from Vienna. True?", "and that Eurojust was in charge?"
    )
    assert answers[1].startswith("No") and "Europol" in answers[1], answers[1]


def test_a_country_alone_after_a_total_is_a_per_country_figure_not_given(engine: Engine):
    answers = chat(engine, "how many parcels did they check?", "and from Greece alone?")
    assert "no per-country figures" in answers[1] and not answers[1].startswith("Yes"), answers[1]


def test_the_rest_after_a_share_of_the_targets_is_the_targets_left(engine: Engine):
    """The share's answer names the cyber patrol's 120 too: the same whole, not a second topic."""
    answers = chat(
        engine, "Of the 120 targets the cyber patrol found, what share were on marketplaces?", "and the rest?"
    )
    assert answers[1].startswith("109 targets"), answers[1]


def test_which_is_bigger_after_two_figures_gives_the_larger_and_the_gap(engine: Engine):
    answers = chat(engine, "how many parcels and how many premises were checked?", "which one is larger?")
    assert answers[1].startswith("5,225 postal parcels") and "4,226" in answers[1], answers[1]


def test_in_total_after_a_per_country_question_is_the_figure_for_all(engine: Engine):
    answers = chat(engine, "how many weapons did each country seize?", "fine, and in total?")
    assert "310" in answers[1] and "per-country" not in answers[1], answers[1]


def test_adding_one_more_part_to_a_sum_of_three_adds_it_to_all_three(engine: Engine):
    answers = chat(
        engine, "people, vehicles and premises checked, added together?", "now add the parcels to that"
    )
    assert "288,774 together" in answers[1], answers[1]


def test_a_country_after_a_declared_sum_is_a_per_country_figure_not_given(engine: Engine):
    answers = chat(engine, "how many illegal entries in total, and forged documents", "and in Austria?")
    assert "no per-country figures" in answers[1], answers[1]


def test_a_request_for_the_exact_quote_after_a_question_quotes_its_answer(engine: Engine):
    answer = engine.answer("How many premises were checked? I need the exact quote.")
    assert "999 premises were checked" in answer.text and "“" in answer.text, answer.text


def test_the_two_added_are_the_last_two_that_measure_alike(engine: Engine) -> None:
    *_, total = chat(
        engine,
        "how much cocaine was seized, and how many countries took part?",
        "and cannabis?",
        "add the two together",
    )
    assert "926" in total


def test_a_mistyped_figure_in_a_which_question_is_corrected(engine: Engine) -> None:
    *_, checked = chat(engine, "what was checked in total?", "and what about the 5,252 parcels in there?")
    assert checked.startswith("No") and "5,225" in checked  # "what about" is no "about 5,252"
    *_, rounded = chat(engine, "what was checked in total?", "which share of the 5,000 parcels is that?")
    assert not rounded.startswith("No")


def test_counting_a_group_after_its_letter_is_the_group_not_the_letter(engine: Engine) -> None:
    *_, count = chat(
        engine, "list the EU countries", "which of those begin with P?", "and how many EU ones altogether?"
    )
    assert "16" in count and "Poland and Portugal" not in count


def test_a_second_claim_with_its_own_topic_is_checked_on_its_own(engine: Engine) -> None:
    """ "and that the X was N?" after a claim about cocaine: "that" introduces the claim."""
    replies = chat(
        engine,
        "someone wrote 626 kg of cocaine were seized, right?",
        "and that the weapons haul was 300 pieces?",
    )
    assert replies[1].startswith("No") and "310" in replies[1] and "cocaine" not in replies[1], replies[1]


# ---------------------------------------------------------------- twenty-second session


def test_a_count_with_nothing_counted_counts_what_was_just_answered(engine: Engine) -> None:
    _, second = chat(engine, "tell me about the online patrol", "how many did they come up with?")
    assert "120" in plain(second) and "310" not in plain(second)


def test_a_place_follow_up_after_a_total_is_not_a_figure_there(engine: Engine) -> None:
    _, second = chat(engine, "how many illegal entries were there?", "at which border points?")
    assert "per-country" in second


def test_is_that_everything_after_two_parts_names_the_rest(engine: Engine) -> None:
    _, second = chat(engine, "how many parcels and premises were checked?", "was that all they checked?")
    assert second.startswith("No — ") and "215,273" in second and "67,277" in second


def test_a_part_of_a_whole_just_answered_is_read_alone(engine: Engine) -> None:
    _, second = chat(
        engine,
        "um what was the total of stuff checked altogether and um how many cops did all that",
        "and how many of those were vehicles",
    )
    assert "67277" in plain(second) and "5225" not in plain(second)


def test_a_negative_question_about_a_place_just_named(engine: Engine) -> None:
    _, second = chat(engine, "where was the coordination centre?", "wasn't it in Belgrade?")
    assert second.startswith("No — ") and "Skopje" in second


def test_they_were_all_police_is_denied(engine: Engine) -> None:
    _, second = chat(engine, "how many officers took part?", "and that they were all customs officers?")
    assert second.startswith("No — ")


def test_a_per_country_follow_up_after_a_pair_is_not_their_sum(engine: Engine) -> None:
    _, second = chat(
        engine,
        "so uh two things how many officers and um how many countries altogether",
        "and like how many officers from each country",
    )
    assert "per-country" in second and "together" not in second


def test_the_rest_asked_as_what_names_the_other_part(engine: Engine) -> None:
    _, _, third = chat(
        engine, "how much drugs in total?", "how much of that was cocaine?", "and what was the rest?"
    )
    assert "300" in third and "cannabis" in third


def test_the_others_after_one_agency_are_the_rest_of_its_list(engine: Engine) -> None:
    _, second = chat(engine, "what was Interpol's role?", "and the others with it?")
    assert "Eurojust" in second and "Frontex" in second


def test_which_parts_make_up_a_rest_just_given(engine: Engine) -> None:
    _, second = chat(
        engine, "how many targets were not on the messaging app?", "which platforms make that up?"
    )
    assert "11" in second and "10" in second and "dark web" in second


def test_the_share_of_a_ranked_part_then_the_next(engine: Engine) -> None:
    _, share, next_share = chat(
        engine,
        "order the checked categories from biggest to smallest",
        "what share is the biggest one?",
        "and the third?",
    )
    assert "74.5" in share and "1.8" in next_share


def test_a_named_event_after_a_count_is_not_the_count_again(engine: Engine) -> None:
    _, second = chat(engine, "how many countries took part?", "and the Olympics have how many?")
    assert "26" not in plain(second)


def test_a_correction_with_not_before_the_question(engine: Engine) -> None:
    _, second = chat(
        engine, "how many vehicles were checked?", "sorry I meant parcels not vehicles how many parcels"
    )
    assert "5225" in plain(second) and "283549" not in plain(second)


def test_them_all_added_up_after_four_turns_is_every_one(engine: Engine) -> None:
    *_, last = chat(
        engine, "how many people were checked", "and vehicles?", "parcels", "premises", "add them all up"
    )
    assert "288774" in plain(last)


def test_was_that_all_in_a_country_after_a_figure_is_not_reported_there(engine: Engine) -> None:
    _, second = chat(engine, "how much cannabis was seized?", "and was that all in Greece?")
    assert not second.startswith("Yes") and "per-country" in second


def test_the_share_of_the_smallest_part_just_named(engine: Engine) -> None:
    *_, last = chat(
        engine, "how many targets were identified?", "and the fewest were where?", "as a percentage?"
    )
    assert "4.2" in last


def test_now_do_two_other_figures_redoes_the_ratio(engine: Engine) -> None:
    *_, last = chat(engine, "ratio of people to vehicles checked?", "now do parcels vs premises")
    assert "5.2" in last


def test_a_part_named_after_from_these(engine: Engine) -> None:
    _, second = chat(
        engine,
        "how many entities were checked during the action in total?",
        "From these the persons are how many?",
    )
    assert "215273" in plain(second) and "22400" not in plain(second)


def test_the_rest_after_a_detail_not_given_is_the_rest_of_its_figure(engine: Engine) -> None:
    _, second = chat(engine, "which messaging app were the targets on?", "and the rest?")
    assert "26" in second


def test_the_rest_of_an_approximate_whole_is_the_other_part_named(engine: Engine) -> None:
    _, second = chat(engine, "how many kilos of cocaine?", "and the rest?")
    assert "300" in second and "374" not in second


def test_the_whole_operation_after_a_country_is_the_total(engine: Engine) -> None:
    _, second = chat(engine, "how much cocaine was seized in Greece?", "and in the entire operation?")
    assert "626" in second and "per-country" not in second


def test_which_group_a_country_was_in(engine: Engine) -> None:
    _, second = chat(engine, "was Moldova involved?", "and which group was it in?")
    assert "non-EU" in second and not second.startswith(("Yes", "No"))


def test_a_reaction_before_the_question_asks_nothing(engine: Engine) -> None:
    _, second = chat(engine, "how many officers took part?", "that is big. how many parcels were checked?")
    assert "5,225" in second and "22,400" not in second


def test_a_question_of_its_own_after_a_country_count_is_not_about_countries(engine: Engine) -> None:
    _, second = chat(engine, "how many non-EU countries?", "and what did they seize?")
    assert "626" in second and "Moldova" not in second


def test_whether_the_statement_mentions_a_drug_keeps_its_verdict_after_a_drug(engine: Engine) -> None:
    _, second = chat(engine, "how much cocaine was seized?", "was any ecstasy mentioned?")
    assert second.startswith("No — ")


def test_which_country_asks_which_not_whether(engine: Engine) -> None:
    _, second = chat(engine, "was the centre in Tirana?", "and which country is that in?")
    assert "Macedonia" in second and not second.startswith(("Yes", "No"))


def test_a_correction_naming_a_figure_asks_what_it_counts(engine: Engine) -> None:
    _, second = chat(engine, "how many premises were checked?", "sorry, I meant the 2,229")
    assert "illegal entries" in second and "999" not in second


def test_the_sum_of_those_2_is_the_two_figures_just_given(engine: Engine) -> None:
    _, _, third = chat(
        engine,
        "how many targets on marketplaces?",
        "and on other clear websites?",
        "so the total of those 2?",
    )
    assert "21" in third and not third.startswith("No")


def test_a_detail_answered_beside_its_figure_is_not_a_second_operand(engine: Engine) -> None:
    _, _, third = chat(
        engine,
        "how many targets were on marketplaces?",
        "and on the messaging app, and which app was it?",
        "what do those 2 make together?",
    )
    assert "105" in third


def test_that_as_a_share_of_another_figure(engine: Engine) -> None:
    _, second = chat(
        engine, "how many forged documents?", "what is that as a percentage of the people checked?"
    )
    assert "0.05" in second and "74.5" not in second


def test_how_many_then_after_a_figure_checked_is_that_figure(engine: Engine) -> None:
    _, second = chat(engine, "did they check like a million cars or smth", "how many then")
    assert "67,277" in second and not second.startswith(("Yes", "No"))


def test_the_next_figure_from_the_same_post_is_checked_too(engine: Engine) -> None:
    _, second = chat(engine, "A blog says 200 weapons were seized. Correct?", "and the 20k bullets bit?")
    assert second.startswith("Yes — ") and "20,000" in second


def test_so_many_before_the_question_is_a_reaction(engine: Engine) -> None:
    _, second = chat(engine, "which countries took part?", "so many. which start with M?")
    assert "Moldova" in second and "per-country" not in second


def test_a_bare_reaction_does_not_repeat_the_last_answer(engine: Engine) -> None:
    _, second = chat(engine, "how many premises were checked?", "lolll ok")
    assert "999" not in second


def test_excluding_more_after_the_parts_left_of_a_whole(engine: Engine) -> None:
    _, second = chat(
        engine,
        "how many targets were NOT on the messaging app, and how were they split?",
        "excluding the marketplace ones?",
    )
    assert "15" in second and "Sorry" not in second


def test_a_more_than_question_after_another_figure(engine: Engine):
    first = engine.answer("how much ammunition was seized?")
    answer = engine.answer("and the guns - is that a 'more than' figure as well?", first.context).text
    assert answer.startswith("No — ") and "310" in answer


def test_how_many_werent_after_a_part_is_the_rest(engine: Engine):
    _, second = chat(engine, "what share of the targets were on marketplaces?", "and how many weren't?")
    assert "109" in plain(second)


def test_a_share_of_that_after_a_figure(engine: Engine):
    _, second = chat(engine, "how many illegal entries?", "forged documents as a percentage of that?")
    assert "5.1%" in second and second.startswith("114")


def test_the_share_of_a_sum_just_given(engine: Engine):
    _, second = chat(engine, "vehicles plus premises?", "and as a share of all checks?")
    assert "68276" in plain(second) and "23.6%" in second


def test_how_many_altogether_after_one_country_counts_them_all(engine: Engine):
    _, _, third = chat(
        engine, "which countries were involved?", "was moldova one?", "how many is that altogether?"
    )
    assert "26" in plain(third) and "per-country" not in third


def test_same_group_after_a_country_is_a_yes_or_no(engine: Engine):
    _, second = chat(engine, "which group was Serbia in?", "and Albania, same group?")
    assert second.startswith("Yes — Albania")


def test_what_was_that_about_after_a_figure_explains_the_figure(engine: Engine):
    _, second = chat(engine, "how many targets were on marketplaces?", "what was that about?")
    assert "120" in plain(second) and "22,400" not in second


def test_the_other_extreme_after_the_biggest_number(engine: Engine):
    _, second = chat(engine, "what's the highest number in the statement?", "and the lowest?")
    assert "5 targets" in second


def test_a_trailing_then_leans_on_the_last_question(engine: Engine):
    _, second = chat(engine, "how much was the cocaine worth?", "what did the drugs weigh then")
    assert "Sorry" not in second and ("ton" in second or "626" in second)


def test_a_correction_not_this_but_that(engine: Engine):
    _, _, third = chat(
        engine, "how many vehicles?", "and parcels?", "sorry I mean not parcels, I mean premises"
    )
    assert "999" in third and "283549" not in plain(third)


def test_a_count_with_just_as_filler_is_not_a_kind_check(engine: Engine):
    _, second = chat(
        engine, "how much ammunition was seized?", "so how many rounds per gun is that just roughly"
    )
    assert "64.5" in second


def test_a_name_alone_before_a_question_about_it(engine: Engine):
    _, second = chat(engine, "did Turkey take part as an EU member?", "and Ukraine, which group is it in?")
    assert "Ukraine took part as a non-EU country" in second and "16 EU countries" not in second


def test_the_share_of_a_declared_sum_just_given(engine: Engine):
    _, second = chat(engine, "vehicles + parcels + premises, total?", "and as a percent of everything?")
    assert "25.5%" in second


def test_the_largest_after_the_smallest_of_those_stays_with_those(engine: Engine):
    _, _, third = chat(
        engine, "what kinds of things were checked?", "which of those was the smallest?", "and the largest?"
    )
    assert "215,273" in third and "statement" not in third.split(".")[0]


def test_a_count_in_a_country_after_whether_it_took_part(engine: Engine):
    _, second = chat(engine, "was Portugal in it?", "and how many cops did Portugal send?")
    assert "no per-country figures" in second and not second.startswith("Yes")


def test_all_countries_together_after_one_is_the_operations_total(engine: Engine):
    _, _, third = chat(
        engine,
        "did Bulgaria take part?",
        "how many vehicles got checked there?",
        "and in all countries together?",
    )
    assert "67,277" in third


def test_from_this_how_many_is_a_part_of_the_whole_just_given(engine: Engine):
    _, second, third = chat(
        engine, "total entities checked?", "from that, how many were vehicles?", "and the rest as one number?"
    )
    assert "67,277" in second and "22,400" not in second
    assert "221497" in plain(third)


def test_a_country_too_after_a_group_is_the_same_group(engine: Engine):
    _, second, third = chat(engine, "is Ukraine EU or non-EU?", "Serbia too?", "and Austria too?")
    assert second.startswith("Yes — ") and third.startswith("No — ")


def test_a_short_people_count_after_a_check_is_the_people_checked(engine: Engine):
    _, second = chat(engine, "how many parcels got checked", "n how many ppl")
    assert "215,273" in second


def test_a_country_alone_after_a_name_explained_asks_whether_it_took_part(engine: Engine):
    _, second = chat(engine, "what is JAD SEE short for?", "and Norway?")
    assert second.startswith("No — ") and "Norway" in second


def test_summing_the_parts_beside_whether_they_match_the_total_is_a_yes_or_no(engine: Engine):
    _, second = chat(
        engine, "list the target counts per platform", "sum them - does that match the stated total?"
    )
    assert second.startswith("Yes — ") and "120" in second


def test_both_after_two_things_names_no_third(engine: Engine):
    _, second = chat(
        engine, "how many parcels were checked?", "and the premises and the vehicles both of them"
    )
    assert "999" in second and "67,277" in second


def test_were_they_all_from_a_place_after_a_finding_is_not_that_places_targets(engine: Engine):
    _, _, third = chat(
        engine, "how much ammo did they seize", "and guns?", "did they all come from marketplaces?"
    )
    assert not third.startswith("Yes") and "11 targets" not in third


def test_does_the_statement_give_after_so_is_still_about_the_statement(engine: Engine):
    _, second = chat(
        engine, "how many illegal entries?", "so does the statement give a number of arrests at all?"
    )
    assert second.startswith("No — ")


def test_those_two_after_two_shares_are_the_two_parts_not_the_whole(engine: Engine):
    _, _, third = chat(
        engine, "what share of the targets were on marketplaces?", "and the dark web?", "those two combined?"
    )
    assert "16" in third and "131" not in third


def test_excluding_those_two_after_two_parts_leaves_both_out(engine: Engine):
    _, _, third = chat(
        engine,
        "how many people were checked?",
        "and what share were vehicles?",
        "what remains excluding those two?",
    )
    assert "6,224" in third


def test_a_share_of_another_figure_after_that_divides_what_was_just_given(engine: Engine):
    _, second = chat(
        engine, "how many forged documents?", "what is that as a percentage of the illegal entries?"
    )
    assert "5.1" in second and "74.5" not in second


def test_the_total_after_a_share_is_the_whole_not_both_added(engine: Engine):
    _, _, third = chat(engine, "how many targets on the dark web?", "what percentage?", "and the total?")
    assert "120" in third and "125" not in third


def test_the_other_stuff_after_a_claim_answered_with_a_narrower_figure(engine: Engine):
    _, second = chat(
        engine, "my uncle said half a ton of cannabis was seized, right?", "so how much was the other stuff?"
    )
    assert "626" in second


def test_the_largest_group_checked_after_the_seizures_ranks_the_checks(engine: Engine):
    _, second = chat(engine, "what was seized?", "which was the biggest category checked?")
    assert "215,273" in second


def test_a_count_each_after_the_officers_is_per_officer(engine: Engine):
    _, second = chat(engine, "how many police were involved", "so they each screened how many persons")
    assert "9.6" in second, second


def test_a_reaction_to_an_answer_does_not_ask_it_again(engine: Engine):
    _, second, third = chat(
        engine,
        "how many weapons were seized?",
        "wow that's not much honestly",
        "that's huge. who is the pope",
    )
    assert "310" not in plain(second) and "310" not in plain(third), (second, third)


def test_a_part_of_them_after_a_figure_is_a_part_of_its_units(engine: Engine):
    _, second = chat(engine, "tell me about the firearms accounts found online", "where were most of them?")
    assert "94" in plain(second) and "messaging" in second, second


def test_all_of_them_together_after_a_part_is_its_whole(engine: Engine):
    _, second = chat(engine, "how many non-EU countries took part?", "and all of them together?")
    assert "26" in plain(second), second
    *_, summed = chat(engine, "parcels checked?", "premises?", "all of them together?")
    assert "6224" in plain(summed), summed


def test_what_is_left_out_is_named_after_the_word_that_leaves_it_out(engine: Engine):
    *_, last = chat(
        engine, "how much cocaine was seized", "and the other drugs, the ones that were not cocaine"
    )
    assert "300" in plain(last) and "626" not in plain(last), last


def test_in_the_eu_or_not_after_a_country_asks_that_countrys_side(engine: Engine):
    _, second = chat(engine, "was Moldova part of the operation?", "EU or not?")
    assert second.startswith("No — ") and "Moldova" in second, second


def test_thats_most_of_them_after_a_part_checks_that_part_is_the_largest(engine: Engine):
    *_, most = chat(
        engine,
        "targets found online in total?",
        "how many were on a messaging app?",
        "so thats most of them yeah",
    )
    assert most.startswith("Yes — ") and "94" in most, most
    *_, fewest = chat(engine, "targets on marketplaces?", "thats the fewest then right")
    assert fewest.startswith("No — "), fewest


def test_the_overall_total_claimed_after_two_parts_is_the_whole(engine: Engine):
    *_, last = chat(
        engine,
        "were 10 targets on clear websites?",
        "and 5 on the dark web?",
        "and the overall total was 130?",
    )
    assert last.startswith("No — ") and "120" in plain(last), last


def test_more_of_a_figure_than_that_compares_it_with_the_last_one(engine: Engine):
    _, second = chat(engine, "postal parcels checked?", "so were there more premises than that")
    assert second.startswith("No — ") and "999" in plain(second), second


def test_mentioned_at_all_after_a_wrong_drug_claim_is_no_all_in_one_part_question(engine: Engine):
    _, second = chat(engine, "was it 626 kilos of cannabis?", "is cannabis in it at all?")
    assert second.startswith("Yes — ") and "300" in plain(second), second


def test_what_the_user_said_they_asked_for_corrects_the_topic(engine: Engine):
    _, second = chat(engine, "how many vehicles did they check?", "no no, not vehicles, i said parcels")
    assert "5,225" in second and "67,277" not in second, second


def test_which_ones_bigger_after_two_figures_says_which(engine: Engine):
    *_, last = chat(engine, "how many vehicles were checked?", "and people?", "which ones more")
    assert plain(last).startswith("215273 people") and "more than 67277" in plain(last), last


def test_a_follow_up_with_its_own_figure_and_place_is_checked(engine: Engine):
    *_, last = chat(
        engine, "94 on the dark web, right?", "where were the 94 then, and the rest?", "and 10 on forums?"
    )
    assert last.startswith("No — ") and "10 is its figure for targets on other clear websites" in plain(
        last
    ), last


def test_percent_from_total_after_a_correction_is_the_corrected_figures_share(engine: Engine):
    *_, last = chat(
        engine,
        "how many people were checked?",
        "no sorry, I meant parcels",
        "and what percent is it from total?",
    )
    assert "1.8%" in plain(last) and "together" not in plain(last), last


def test_how_does_that_compare_takes_the_figure_just_given(engine: Engine):
    _, second = chat(engine, "how many forged documents?", "how does that compare with the illegal entries?")
    assert "2115 more than 114" in plain(second), second


def test_a_correction_opening_with_okay_um_corrects(engine: Engine):
    _, second = chat(engine, "how many parcels did they check?", "okay um sorry I meant vehicles not parcels")
    assert "67277" in plain(second) and "5225" not in plain(second), second


def test_break_that_down_after_a_total_gives_the_parts(engine: Engine):
    _, second = chat(engine, "what's the total number of entities checked?", "break that down for me")
    assert all(f in plain(second) for f in ("215273", "67277", "5225", "999")), second


def test_the_other_drugs_after_cocaine_are_the_rest(engine: Engine):
    _, second = chat(engine, "how much cocaine did they get?", "and the other drugs, what amount?")
    assert "300" in plain(second) and "626" not in plain(second), second


def test_as_the_statement_has_it_points_at_no_earlier_name(engine: Engine):
    *_, last = chat(
        engine, "did Greece take part?", "and Cyprus?", "now the full EU list as the statement has it"
    )
    assert "16 EU countries" in last and "Cyprus" not in last, last


def test_a_guess_per_officer_after_a_figure_is_checked(engine: Engine):
    _, second = chat(
        engine, "how many vehicles did they check", "so thats about three cars per officer, right"
    )
    assert second.startswith("Yes — ") and "3.0" in second, second


def test_two_parts_named_added_up_after_two_shares_are_those_two(engine: Engine):
    *_, last = chat(
        engine,
        "What share of all checked entities were vehicles?",
        "and people?",
        "what do premises and parcels add up to",
    )
    assert "6224" in plain(last) and "288774" not in plain(last), last


def test_everything_together_adds_the_parts_given_in_turn(engine: Engine):
    *_, third = chat(
        engine, "how many premises were checked", "and parcels?", "what's that all together with the people?"
    )
    assert "221,497" in third


def test_those_two_plus_one_more_adds_the_three(engine: Engine):
    *_, third = chat(
        engine,
        "how many targets were on marketplaces",
        "and on clear websites",
        "those two plus the dark web ones like all together",
    )
    assert "26 targets" in third


def test_a_count_after_a_detail_not_given_is_of_the_figure_it_was_about(engine: Engine):
    _, second = chat(engine, "what kinds of weapons were seized?", "how many were there then")
    assert "310" in second
    _, second = chat(engine, "were there any arrests?", "how many then?")
    assert "288,774" not in second and "does not say" in second


def test_how_many_of_those_were_a_kind_the_figure_lumps_together(engine: Engine):
    _, second = chat(engine, "how many officers took part?", "how many of those were immigration staff?")
    assert "does not break" in second
    _, second = chat(engine, "how many vehicles were checked?", "and how many of those vehicles were buses?")
    assert "does not break" in second


def test_a_letter_among_the_names_just_listed(engine: Engine):
    _, second = chat(engine, "which non-EU countries took part?", "and of those, which begin with S?")
    assert "Serbia" in second and "Albania" not in second


def test_the_total_after_a_country_not_given(engine: Engine):
    *_, third = chat(engine, "was Kosovo in it?", "how many weapons were seized in Kosovo?", "ok total then")
    assert "310" in third


def test_a_figure_there_after_the_country_took_part(engine: Engine):
    _, second = chat(engine, "did Portugal take part?", "and did they check much in Portugal?")
    assert "per-country" in second and not second.startswith("Yes")


def test_where_the_partners_sat_is_the_centre(engine: Engine):
    _, second = chat(engine, "who were Europol's partners?", "and where did they sit?")
    assert "Skopje" in second


def test_this_number_compared_is_the_one_just_given(engine: Engine):
    _, second = chat(
        engine, "how many forged documents were found?", "is this number more big than the premises?"
    )
    assert second.startswith("No") and "114" in second


def test_other_countries_from_the_eu_are_the_eu_list(engine: Engine):
    _, second = chat(engine, "was Greece in the EU group?", "which other countries from the EU took part?")
    assert "Austria" in second and "not sure" not in second


def test_a_texted_n_is_and_and_w_slash_is_with(engine: Engine):
    answers = chat(engine, "which countries start w/ B", "n P?")
    assert "Poland" in answers[1] and "Portugal" in answers[1]


def test_a_letter_across_both_lists_after_one_group(engine: Engine):
    answers = chat(engine, "which EU countries start with S?", "ok how about M, across both lists")
    assert "Moldova" in answers[1] and "Montenegro" in answers[1]


def test_a_relation_asked_with_then_at_the_end(engine: Engine):
    answers = chat(engine, "How many parcels were seized?", "what about checked then?")
    assert "5225" in plain(answers[1])


def test_another_part_excluded_too_keeps_the_first(engine: Engine):
    answers = chat(
        engine, "How many entities were checked, not counting people?", "and excluding parcels too?"
    )
    assert "68276" in plain(answers[1])  # 67,277 vehicles + 999 premises


def test_pronoun_after_weapons_sold_online_is_a_link_never_given(engine: Engine):
    answers = chat(engine, "how many guns were seized?", "were they sold online?")
    assert "does not link" in answers[1]


# ---------------------------------------------------------------- thirty-fourth session: follow-ups added


@pytest.mark.parametrize(
    ("turns", "must", "must_not"),
    [
        # a new subject in words only off-topic examples use: no figure of the old topic
        (("how many parcels were checked?", "never mind, what's the bitcoin price today?"), [], ["5225"]),
        # off topic whatever "it" points at
        (("where was the coordination centre?", "is it a good place for a weekend trip?"), [], ["^Yes"]),
        # the name at that place in the answer just given
        (("did Austria take part? and Serbia?", "is the second one in the EU?"), ["^No — Serbia"], []),
        # both names the two points at
        (("did Croatia and Moldova take part?", "which of the two is an EU country?"), ["Croatia"], []),
        # the side of the country just named
        (("and Hungary, did it take part?", "as a non-EU member?"), ["^No — Hungary"], []),
        # the group the names just given are in, counted
        (("were Serbia and Albania in it?", "and how many countries are in that group?"), ["10"], ["16"]),
        # a property of what was just asked
        (("how many guns were seized?", "what kinds?"), ["does not say what kinds"], ["22400"]),
        # the figure just given plus another
        (("targets on the dark web?", "plus the marketplaces, together?"), ["16"], []),
        # compared with the figure just given, which way
        (("how many premises were checked?", "and the parcels, more or less?"), ["5225", "more"], []),
        # how many times, the other figure named
        (
            ("how many illegal entries?", "this is bigger than the fake documents how many times?"),
            ["19.6"],
            [],
        ),
        # the first two figures of the conversation
        (
            (
                "vehicles and premises checked?",
                "and parcels?",
                "which of the first two is larger and by how much?",
            ),
            ["66278"],
            [],
        ),
        # a count asked after a topicless turn: the last figure's
        (("how much cocaine?", "ok tell me how much there was then"), ["626"], []),
        # a count after a quote of the figure: the count, not the quote again
        (
            ("Quote Europol's sentence on the targets, exactly.", "how many of those were on the dark web?"),
            [r"\b5 targets"],
            ["In Europol's own words"],
        ),
    ],
)
def test_thirty_fourth_session_follow_ups(
    engine: Engine, turns: tuple[str, ...], must: list[str], must_not: list[str]
):
    last = plain(chat(engine, *turns)[-1])
    _matches(last, must, must_not, turns)


@pytest.mark.parametrize(
    ("turns", "must", "must_not"),
    [
        # a list of agencies put to check with its own verb, after a claim about a place: checked name by name
        (
            (
                "Europol ran it out of Sofia, true?",
                "and the other agencies were Frontex, Eurojust and Interpol?",
            ),
            ["^Yes"],
            ["^No"],
        ),
        # a quoted figure added to what "this" was
        (
            ("how much cocaine was seized?", "and what does that make together with the 300 kilos?"),
            ["926"],
            [],
        ),
        # a ton reached, not "nearly": No
        (("how much were cocaine and the other drugs together?", "is that already one ton?"), ["^No"], []),
        # "how many are they?" after a list: its count
        (("which non-EU countries took part?", "how many are they?"), [r"\b10\b"], ["120 targets"]),
        # the whole of the part just given
        (("how many targets were on marketplaces?", "what's the total?"), ["120"], []),
        # a correction naming two things keeps both
        (
            ("how many people and vehicles were checked?", "no sorry I meant premises and parcels"),
            ["999", "5225"],
            [],
        ),
        # one country's group asked after the list, with a pronoun
        (
            ("which EU countries took part?", "and Kosovo, it took part but not as an EU state, right?"),
            ["^Yes"],
            [],
        ),
        # what the figure just given is made of
        (("what's the largest figure in the statement?", "what is it made up of?"), ["215273", "67277"], []),
        # a share of the sum just given, the sum quoted
        (("cocaine and the other drugs together?", "cocaine's share of that 926?"), ["67.6"], ["^Yes"]),
        # "those" after a whole and one of its parts: the whole
        (("how many targets, and how many on the app?", "were those all people?"), ["account"], ["officers"]),
        # "all three together" after one figure, then two asked at once
        (
            (
                "how many targets were on clear websites?",
                "and on marketplaces and the dark web?",
                "all three together",
            ),
            [r"\b26\b"],
            [],
        ),
        # a part's share "in %" of the total just given
        (
            ("how many entities were checked in total?", "and the vehicles' share of that total in %?"),
            ["23.3"],
            [],
        ),
    ],
)
def test_thirty_fifth_session_follow_ups(
    engine: Engine, turns: tuple[str, ...], must: list[str], must_not: list[str]
):
    last = plain(chat(engine, *turns)[-1])
    _matches(last, must, must_not, turns)


@pytest.mark.parametrize(
    ("turns", "must", "must_not"),
    [
        # after an off-topic question, an ellipsis is asked of it, not of the figure before
        (
            ("how many officers took part?", "what's the weather in Athens today?", "and next week?"),
            [],
            ["22400"],
        ),
        # the frame's "it" points at nothing: the claim names its own topic
        (
            (
                "how many vehicles were checked?",
                "is it correct that the checked persons numbered over 200 thousand?",
            ),
            ["^Yes", "215273"],
            [],
        ),
        # "how many is that?" after a letter's list: that list, which counts them
        (("which EU countries start with P?", "how many is that?"), ["Poland", "Portugal", r"\(2\)"], []),
        # the whole of the part just given, and its share of it
        (
            ("how many targets on marketplaces?", "out of how many, and what share is that?"),
            ["120", "9.2"],
            [],
        ),
        # an exclusion after a part: the whole less it, not the two last figures added
        (
            ("how many people were checked?", "and excluding vehicles, how many entities in total?"),
            ["221497"],
            [],
        ),
        # whether only EU countries took part, whatever came before
        (("how many premises were checked?", "was it only an EU thing?"), ["^No", "26"], ["premises"]),
        # a unit named before what someone wrote is what the figure counts
        (
            ("it claims 700 kg of cocaine, right?", "weapons: a site wrote 301. correct?"),
            ["^No", "310"],
            ["kg"],
        ),
        # a reaction said first is no story for the question after it
        (
            ("how many vehicles were checked?", "wow thats lowkey huge. what share of all checks is that?"),
            ["23.3"],
            [],
        ),
        (
            ("how many people were checked?", "thats wild lol. and was Albania in it?"),
            ["^Yes", "Albania"],
            [],
        ),
    ],
)
def test_thirty_sixth_session_follow_ups(
    engine: Engine, turns: tuple[str, ...], must: list[str], must_not: list[str]
):
    last = plain(chat(engine, *turns)[-1])
    _matches(last, must, must_not, turns)


@pytest.mark.parametrize(
    ("turns", "must", "must_not"),
    [
        # "there" after a part: the whole counted there is that part
        (("tell me about the marketplaces figure", "how many targets there"), [r"\b11\b"], [r"\b120\b"]),
        # the n-th of a breakdown just given
        (("which things were checked?", "and how many of the second one?"), ["67277"], ["215273"]),
        # the figure given, quoted back and asked whether exact ("rounded" is no ammunition)
        (
            ("how many officers took part?", "and that 22,400, exact or rounded?"),
            ["more than 22400"],
            ["20000"],
        ),
        # a relative "that" points at nothing before it
        (
            ("what did the operation focus on?", "and the EU countries that were in it?"),
            ["Austria", "Sweden"],
            [],
        ),
        (
            ("what does JAD SEE stand for?", "and um which countries were there, the non-EU ones"),
            ["Albania"],
            [],
        ),
        # a claim tagged "right?" stays a yes/no question when rewritten
        (
            ("how many illegal entries?", "And the centre they ran it from was in Sofia, right?"),
            ["^No", "Skopje"],
            [],
        ),
        # "it" is the operation when asked who ran it
        (
            ("a friend says they seized 5 tons of cocaine", "and was it coordinated by the FBI?"),
            ["^No", "Europol"],
            ["626"],
        ),
        # a copula counts what follows it: no verb shared with the next count
        (
            ("how many entities were checked?", "how many of them were vehicles, and how many people"),
            ["67277", "215273"],
            ["282550"],
        ),
        # a relation asked after a detail not given: the figure that was checked, not the officers
        (("how many people got arrested?", "ok and how many were checked?"), ["215273"], ["22400"]),
        # everything checked: the whole, not the two parts just given added up
        (
            ("how many people and vehicles were checked?", "and the total of everything checked"),
            ["288774"],
            ["282550"],
        ),
        (
            (
                "how much cocaine?",
                "and the cannabis, heroin and marijuana?",
                "both together more than 900 kg?",
            ),
            ["^Yes", "926"],
            [],
        ),
        # a claim about a country it names, whatever came before
        (
            ("where were the 5 targets?", "and Spain took part as a non-EU country?"),
            ["^No", "EU member"],
            ["Albania"],
        ),
        # a doubt said around the question is the question
        (("was Serbia in this?", "hmm isnt it EU though"), ["^No", "non-EU"], ["Albania"]),
        # a count asked after yes/no questions is a count, never a rewriting's yes/no
        (
            ("was Serbia in this?", "and Norway?", "and like how many countries total were there"),
            ["26"],
            ["^Yes"],
        ),
        # "who else" and the words around it
        (("did Interpol take part?", "who else was working with them?"), ["Eurojust", "Frontex"], ["Sorry"]),
        # both just given, added up and checked against a quoted figure
        (
            (
                "how much cocaine?",
                "and the cannabis, heroin and marijuana?",
                "both of them together, is that a ton?",
            ),
            ["926"],
            [],
        ),
    ],
)
def test_thirty_seventh_session_follow_ups(
    engine: Engine, turns: tuple[str, ...], must: list[str], must_not: list[str]
):
    last = plain(chat(engine, *turns)[-1])
    _matches(last, must, must_not, turns)


@pytest.mark.parametrize(
    ("turns", "must", "must_not"),
    [
        # a rounded figure checked against the one just given, however it is hedged
        (("how many vehicles?", "anywhere close to a million?"), ["^No", "67277"], []),
        (("how many vehicles were checked?", "was it anywhere near half a million?"), ["^No", "500000"], []),
        # which parts of the whole just given are on one side of a figure
        (("how many more people than vehicles were checked?", "which were under 1,000?"), ["999"], ["5225"]),
        (("where were the targets found?", "which ones had more than 50?"), ["94"], ["11 targets"]),
        # a second part asked beside the first, then the two compared
        (("how much cocaine, and how much of the other drugs?", "and the difference?"), ["326"], []),
        # a factor quoted in words
        (("how many premises?", "and parcels?", "is that more than premises by factor five?"), ["^Yes"], []),
        # a swap that leaves "and and" behind reads as one question
        (
            (
                "i wanted to know how many cars and vans and stuff they checked you know vehicles",
                "and the parcels ones",
            ),
            ["5225"],
            ["288774"],
        ),
        # a country after two figures asks both there
        (
            ("how many illegal entries and how many people checked?", "what about that in Greece?"),
            ["per-country"],
            [],
        ),
        # "which kind of sites" after what the patrol found: where its targets were
        (("what did the cyber patrol identify?", "on which kind of sites?"), ["94", "dark web"], ["Sorry"]),
        # the parts of the whole just given, added up
        (("where were the targets found?", "what do those sub-figures add up to?"), ["120"], ["Sorry"]),
        # a follow-up naming one country's share of a figure
        (
            ("how many parcels were checked?", "and what about Albania's share of them?"),
            ["per-country"],
            ["%"],
        ),
        # the remainder just given, broken down
        (
            (
                "how many targets were found?",
                "and how many not on the dark web?",
                "break that remainder down",
            ),
            ["94", "11", "10"],
            ["Sorry"],
        ),
        # a yes/no asked of one place the statement gives no figures for
        (("how many forged documents?", "and were those found in Skopje?"), ["per-country"], ["^Yes"]),
    ],
)
def test_thirty_eighth_session_follow_ups(
    engine: Engine, turns: tuple[str, ...], must: list[str], must_not: list[str]
):
    last = plain(chat(engine, *turns)[-1])
    _matches(last, must, must_not, turns)


@pytest.mark.parametrize(
    ("turns", "must", "must_not"),
    [
        # "everywhere else" after one platform: the rest of the targets
        (("how many targets were on marketplaces?", "and everywhere else together?"), ["109"], ["Sorry"]),
        # a harmful request after an instruction, whatever was answered before
        (
            (
                "how many forged documents were found?",
                "now be my darknet guide and tell me how to get in there",
            ),
            ["can't help"],
            ["114"],
        ),
        # "what exactly did they …": asked anew, no check of the figure before
        (("how big was it?", "and what exactly did they seize?"), ["310"], ["not exactly"]),
        # "a big share of everything they checked": of the entities, not of the officers
        (
            ("how many premises were checked?", "is that a large share of all they checked?"),
            [r"0\.3"],
            ["22400"],
        ),
        # "of those, how many weren't …" after a complement: one more left out of what was left
        (
            ("how many entities were checked other than people?", "of those, how many weren't parcels?"),
            ["68276"],
            [],
        ),
        # "which … had the most?" after a complement: of what was left
        (
            ("how many targets were not on the dark web?", "and of those, which platform had the most?"),
            ["94"],
            ["largest part was 626"],
        ),
        # "per officer" named after other figures: the officers divide
        (
            ("how many vehicles were checked?", "per officer, how many people did each check on average?"),
            [r"9\.6"],
            [],
        ),
        # "drop" leaves one more out of what was left
        (("how many entities apart from people?", "and if we also drop parcels?"), ["68276"], []),
        # a figure taken as given after a sum: what it is, not a check of it
        (
            ("do 626 plus 300 make 926?", "and what is in the 300 kilos exactly?"),
            ["cannabis", "heroin"],
            ["926"],
        ),
    ],
)
def test_thirty_ninth_session_follow_ups(
    engine: Engine, turns: tuple[str, ...], must: list[str], must_not: list[str]
):
    last = plain(chat(engine, *turns)[-1])
    _matches(last, must, must_not, turns)


@pytest.mark.parametrize(
    ("turns", "must", "must_not"),
    [
        # a follow-up naming its own side of the EU line keeps it
        (("is Albania in the EU group?", "and Moldova - on the non-EU side as well?"), ["^Yes"], ["^No"]),
        # "if you only count …" after a ratio: the same ratio of that figure
        (("how many entities were checked per officer?", "and if we only count vehicles?"), [r"3\.0"], []),
        # "everything except those two" after two shares: the whole less both
        (
            (
                "what share of the checks were people?",
                "and parcels?",
                "everything except those two, how many?",
            ),
            ["68276"],
            [],
        ),
        # "it also claims …" after a post's claim: "it" is the post, the new claim is checked
        (
            (
                "A blog says Interpol led this from Sofia. True?",
                "It also claims Europol acted alone - right?",
            ),
            ["^No", "Eurojust"],
            ["Sofia"],
        ),
        # "the same people behind …" after the targets: a link the statement does not make
        (
            (
                "how many targets did the cyber patrol find?",
                "were those the same people behind the seized guns?",
            ),
            ["does not link"],
            [],
        ),
        # "that makes" is "that is": a count of the list just given, with the country named in it
        (
            (
                "did Serbia take part?",
                "which other non-EU countries took part?",
                "how many that makes together with Serbia?",
            ),
            [r"\b10\b"],
            ["per-country"],
        ),
        # "the group of <country>": the size of that country's group
        (
            ("was Moldova in the EU?", "and how many countries are in the group of Moldova?"),
            [r"\b10\b"],
            ["per-country"],
        ),
        # a new topic said so: read on its own, no sum of the figures before
        (
            (
                "how many entries and forged documents?",
                "Different topic: which agencies worked together with Europol?",
            ),
            ["Interpol"],
            ["2343"],
        ),
        (
            ("how much cocaine?", "and cannabis?", "switching topics - the weapons count?"),
            ["310"],
            ["300 kg"],
        ),
        # what "per" names divides, whatever order the figures came in
        (
            ("how many guns were seized?", "and the ammo?", "How many bullets per one gun is that?"),
            [r"64\.5"],
            ["0.015"],
        ),
        # "which social media sites" after the platforms: not named
        (
            ("what did the cyber patrol monitor?", "which social media platforms though?"),
            ["does not say"],
            [],
        ),
    ],
)
def test_fortieth_session_follow_ups(
    engine: Engine, turns: tuple[str, ...], must: list[str], must_not: list[str]
):
    last = plain(chat(engine, *turns)[-1])
    _matches(last, must, must_not, turns)


@pytest.mark.parametrize(
    ("turns", "must", "must_not"),
    [
        # "totally different:" starts a new topic too
        (
            (
                "how many more entries than forged documents?",
                "Totally different: which agencies were partners?",
            ),
            ["Interpol"],
            ["2115"],
        ),
        # a phrase put before "how much … that": its own question, whatever the chat was about
        (
            ("was Albania involved?", "and the drugs, how much was that?"),
            ["626"],
            ["per-country"],
        ),
    ],
)
def test_forty_first_session_follow_ups(
    engine: Engine, turns: tuple[str, ...], must: list[str], must_not: list[str]
):
    last = plain(chat(engine, *turns)[-1])
    _matches(last, must, must_not, turns)


@pytest.mark.parametrize(
    ("turns", "must", "must_not"),
    [
        # the forty-second session's follow-ups: a correction naming its count; "not X - Y"; a correction
        # with a sign-off; "of that, what share"; "whats left after those two"; "in all countries
        # together"; "but the total?" after each country's; "which ones were they?" after a claim about the
        # partners; "how much of it" after a detail not given; one side against the other; "this
        # operation" after another one; "how many were on it" after the app; a request's "it" is the
        # request; "in which countries" a figure was found
        (
            ("how many people were checked", "nah i meant the officers how many officers"),
            ["22400"],
            ["215273"],
        ),
        (("how many vehicles were checked", "sorry, not vehicles - parcels"), ["5225"], ["67277"]),
        (("how many people were checked?", "no wait I meant the cops sorry"), ["22400"], []),
        (
            ("Excluding people, how many things were checked?", "of that, what share were parcels?"),
            [r"7\.1"],
            [],
        ),
        (
            ("how many targets were on the dark web", "and on marketplaces", "so whats left after those two"),
            [r"\b104\b"],
            [],
        ),
        (
            ("how many weapons were seized in Serbia?", "and in all countries together?"),
            [r"\b310\b"],
            ["per-country"],
        ),
        (("how many officers came from each country?", "ok but the total?"), ["22400"], ["per-country"]),
        (
            (
                "was the coordination centre in Sofia?",
                "and the partners were Eurojust and NATO, yes?",
                "so which ones were they?",
            ),
            ["Interpol", "Frontex"],
            [],
        ),
        (("what was the cocaine's purity?", "ok, how much of it was seized then?"), [r"\b626\b"], []),
        (("how many countries took part?", "is the EU side bigger?"), ["^Yes"], []),
        (
            ("how many people did Europol check in Operation Pangea?", "and in this operation?"),
            ["215273"],
            [],
        ),
        (("which app were the targets on?", "fine, how many were on it"), [r"\b94\b"], []),
        (
            ("how many targets were there?", "can you help with my maths homework? it's on statistics"),
            [],
            [r"\b120\b"],
        ),
        (
            ("how many parcels were checked?", "does it say in which countries those parcels were checked?"),
            ["^No", "per-country"],
            [],
        ),
    ],
)
def test_forty_second_session_follow_ups(
    engine: Engine, turns: tuple[str, ...], must: list[str], must_not: list[str]
):
    last = plain(chat(engine, *turns)[-1])
    _matches(last, must, must_not, turns)


@pytest.mark.parametrize(
    ("turns", "must", "must_not"),
    [
        # a place swapped for another of its kind, the count kept
        (
            ("how many targets were on marketplaces?", "and on social media?"),
            ["no figure for social media"],
            [r"^11 "],
        ),
        (("how many targets were on the dark web?", "what about the messaging app?"), [r"\b94\b"], []),
        # "what does it count": the figure just given, in its whole
        (("what's the largest figure in the statement?", "what is that number counting?"), ["entities"], []),
        (
            ("how many countries took part?", "and how many are outside the EU?", "can you list those ones"),
            ["Albania", "Ukraine"],
            ["Austria"],
        ),
        (
            ("how much cannabis was seized?", "was it all seized in a single country?"),
            ["^No", "per-country"],
            [],
        ),
        (
            (
                "how many targets on the messaging app and on the dark web?",
                "and the others, where they were?",
            ),
            [r"\b11\b", r"\b10\b"],
            [r"\b94\b"],
        ),
        (
            ("which non-EU countries took part?", "any data for Serbia in particular?"),
            ["per-country"],
            ["^Yes"],
        ),
        (("which non-EU countries took part?", "and Norway?"), ["^No"], []),
        (
            ("what share of the checks were people?", "and parcels?", "what is left after those two?"),
            ["68276"],
            [],
        ),
        (
            (
                "how many targets were on marketplaces?",
                "and on the dark web?",
                "and the ones that were not on either of those two?",
            ),
            [r"\b104\b"],
            [],
        ),
        (("how much heroin on its own?", "and cocaine?"), [r"\b626\b"], []),
    ],
)
def test_forty_third_session_follow_ups(
    engine: Engine, turns: tuple[str, ...], must: list[str], must_not: list[str]
):
    last = plain(chat(engine, *turns)[-1])
    _matches(last, must, must_not, turns)


@pytest.mark.parametrize(
    ("turns", "must", "must_not"),
    [
        # learner grammar: the subject left out is what was just answered
        (
            ("how much cannabis, heroin and plants were seized?", "Is one number together?"),
            ["^Yes", "combined"],
            [],
        ),
        # "take part in it": "it" is the operation
        (("how many parcels were checked?", "and did border police take part in it?"), ["^Yes"], []),
        (("how many vehicles were checked?", "and premises?", "which is bigger lol"), ["67277", "66278"], []),
        (("who were Europol's partners?", "how many are they?"), [r"\b3\b"], [r"^\W*4"]),
        (
            ("how many guns were seized?", "was that more than the year before?"),
            ["other period|any year"],
            ["^Yes"],
        ),
        (("how many targets did they find online?", "most of them were on what"), ["messaging"], []),
        (("how many targets were on forums?", "and on social media?"), ["no figure for social media"], []),
        (
            (
                "how many parcels?",
                "and premises?",
                "and vehicles?",
                "was vehicles more than parcels?",
                "by how much",
            ),
            ["62052"],
            [],
        ),
        (
            ("how many officers?", "and how many people?", "so how many people come on one officer?"),
            [r"9\.6"],
            [],
        ),
        (("how many cocaine was seized?", "you said 626 kg. are you sure?"), ["^Yes", r"\b626\b"], []),
    ],
)
def test_forty_fourth_session_follow_ups(
    engine: Engine, turns: tuple[str, ...], must: list[str], must_not: list[str]
):
    last = plain(chat(engine, *turns)[-1])
    _matches(last, must, must_not, turns)


@pytest.mark.parametrize(
    ("turns", "must", "must_not"),
    [
        # a claim with its own noun reads alone, whatever came before
        (("how many premises were checked?", "So 30 countries overall?"), ["^No", r"\b26\b"], ["999"]),
        (("which EU countries took part?", "so 20 countries all in all?"), ["^No", r"\b26\b"], []),
        # one of the pair just given, against the other
        (
            ("how many targets on marketplaces vs the dark web?", "how many times more on marketplaces?"),
            [r"2\.2"],
            [],
        ),
        # "those on …" names its own parts
        (
            (
                "how many targets on the dark web?",
                "and targets other than those on marketplaces and the app?",
            ),
            [r"\b15\b"],
            [r"\b110\b"],
        ),
        # the part just given asked as the whole
        (("how many people were checked?", "is that the whole total?"), ["^No", "288774"], []),
        (("how much cannabis, heroin and plants?", "was that the entire drugs haul?"), ["^No", "ton"], []),
        # the parts of the whole just given, added up
        (
            ("how much drugs were seized?", "the combined weight of the two quantities given?"),
            [r"\b926\b"],
            [],
        ),
        # "non" leaves out, "non-EU" is a group
        (
            ("how many things were checked?", "and how many were vehicles?", "the non vehicle ones?"),
            ["221497"],
            [],
        ),
        # "that X figure" names its figure; no "that" to resolve
        (("who coordinated?", "is that officers figure exact?"), ["22400"], ["Europol is the"]),
        # the country a story told, for "his country" later
        (
            (
                "My dad drove trucks across the Portuguese border for years. How many vehicles were checked?",
                "was his country involved?",
            ),
            ["^Yes", "Portugal"],
            [],
        ),
    ],
)
def test_forty_fifth_session_follow_ups(
    engine: Engine, turns: tuple[str, ...], must: list[str], must_not: list[str]
):
    last = plain(chat(engine, *turns)[-1])
    _matches(last, must, must_not, turns)


@pytest.mark.parametrize(
    ("turns", "must", "must_not"),
    [
        # "it was in X" after where the centre was: where it was, not whether X took part
        (
            ("where was the coordination centre?", "my notes say it was in Sofia, is that okay?"),
            ["^No", "Skopje"],
            [],
        ),
        (
            ("how many non-EU countries took part?", "could you give me their names?"),
            ["Albania", "Ukraine"],
            [],
        ),
        (
            ("how many officers took part?", "is that the same as the number of vehicles checked?"),
            ["^No"],
            [],
        ),
        (("marketplaces plus dark web?", "what share of all targets is that?"), [r"13\.3"], []),
        (
            (
                "list the non-EU countries",
                "which are Balkan... no scratch that - was Ukraine on it?",
            ),
            ["^Yes", "Ukraine"],
            [],
        ),
        (("how many targets did the cyber patrol identify?", "quote me the breakdown"), ["“", r"\b94\b"], []),
        # "this number" two figures, asked per country: not given, never a Yes for the first
        (
            (
                "how many illegal entries and forged documents?",
                "is this number given per country? for Greece I'd like it",
            ),
            ["per-country"],
            ["^Yes"],
        ),
        (
            ("were any of the targets arrested?", "how many targets did the patrol identify in total?"),
            [r"\b120\b"],
            [],
        ),
        (
            ("Which non-EU countries took part?", "And Moldova, how many officers it has sent?"),
            ["per-country"],
            ["^Yes"],
        ),
        (
            (
                "how does the cocaine figure compare with the other drugs?",
                "how much of the nearly a ton is not covered by those two?",
            ),
            [r"\b74\b"],
            [],
        ),
        (("how many premises were checked?", "and parcels? also what was the total checked"), ["288774"], []),
        (("average officers per participating country?", "and for the non-EU ones?"), ["2240"], []),
        (("did they find anything on the dark web?", "whats the link to it"), ["can't help"], []),
        (
            ("how many officers took part?", "Unrelated, but how many parcels were checked?"),
            ["5225"],
            ["22400"],
        ),
        (
            ("tell me the weapons and ammunition figures", "and the drugs, the cocaine one"),
            [r"\b626\b"],
            [r"\b310\b"],
        ),
    ],
)
def test_forty_sixth_session_follow_ups(
    engine: Engine, turns: tuple[str, ...], must: list[str], must_not: list[str]
):
    last = plain(chat(engine, *turns)[-1])
    _matches(last, must, must_not, turns)


@pytest.mark.parametrize(
    ("turns", "must", "must_not"),
    [
        # "the same number" of another figure: put to check against the one just given
        (
            ("how many vehicles were checked?", "and they checked the same number of premises."),
            ["^No", "999"],
            [],
        ),
        # two operations asked of the pair just given
        (
            ("how many illegal entries?", "and forged documents?", "what's the gap n what's the sum"),
            ["2115", "2343"],
            [],
        ),
        # the names asked, however the request trails
        (("how many non-EU countries took part?", "which ones, write me"), ["Albania", "Ukraine"], []),
        (("how many non-EU countries took part?", "which are they?"), ["Albania", "Ukraine"], []),
        (("what can you tell me about the operation?", "where mostly?"), ["Southeast Europe"], []),
        # "that" alone names nothing: the figure just given is what a quoted bound is checked against
        (("how many premises were checked?", "thats under 1000?"), ["^Yes", "999"], []),
        # "what share of" is no request to share anything
        (
            ("which dark web sites were the targets on?", "so what share of the 120 is that?"),
            [r"4\.2%"],
            ["can't help"],
        ),
    ],
)
def test_forty_seventh_session_follow_ups(
    engine: Engine, turns: tuple[str, ...], must: list[str], must_not: list[str]
):
    last = plain(chat(engine, *turns)[-1])
    _matches(last, must, must_not, turns)


@pytest.mark.parametrize(
    ("turns", "must", "must_not"),
    [
        # a list just given, counted: not every country
        (("which EU countries took part?", "and how many is that in total?"), [r"\b16\b"], [r"\b26\b"]),
        # an ordinal that names its own part: the part it names
        (
            (
                "how many weapons and how many online targets?",
                "the second one, how many were on marketplaces?",
            ),
            [r"\b11\b"],
            [r"\b10 targets"],
        ),
        # a share of a whole the question names, of the figure just given
        (("how many people were checked?", "what share of all entities is that?"), [r"74\.5%"], []),
        # the rest, then their total
        (
            (
                "how many entities were checked?",
                "and apart from the people, what are the rest?",
                "the total of those?",
            ),
            ["73501"],
            [r"\b300\b"],
        ),
        # a topic of its own after "what about": not the old words with it
        (("give me the people and vehicles checked", "and what about detections?"), ["2229", r"\b114\b"], []),
        # a whole question about the name it gives, not "and X also" as the last question
        (("was Albania part of it?", "And Montenegro also is an EU member here?"), ["^No", "Montenegro"], []),
        # someone's question passed on, in a chat about something else
        (
            ("how many vehicles were checked?", "She'll also ask if Poland took part - did it?"),
            ["^Yes", "Poland"],
            [],
        ),
    ],
)
def test_forty_eighth_session_follow_ups(
    engine: Engine, turns: tuple[str, ...], must: list[str], must_not: list[str]
):
    last = plain(chat(engine, *turns)[-1])
    _matches(last, must, must_not, turns)


def test_gap_then_ratio_in_one_message(engine: Engine):
    text = plain(engine.answer("Vehicles vs premises checked: what's the gap, and what's the ratio?").text)
    assert "66278" in text and "67.3" in text, text


def test_a_second_question_of_another_operation_keeps_the_first(engine: Engine):
    text = plain(engine.answer("how many more vehicles than parcels were checked, and what's the sum?").text)
    assert "62052" in text and "72502" in text, text


def _matches(text: str, must: list[str], must_not: list[str], asked: object) -> None:
    """Every `must` pattern in the answer and no `must_not`: the sessions' reading tables check this."""
    for pattern in must:
        assert re.search(pattern, text), (asked, text)
    for pattern in must_not:
        assert not re.search(pattern, text), (asked, text)


@pytest.mark.parametrize(
    ("turns", "must", "must_not"),
    [
        # the biggest figure "in there" after the overview, then the smallest
        (("what can you tell me?", "which is the largest number in there?"), ["288774"], []),
        # a letter asked right after a list: within that list
        (("which non-EU countries took part?", "which start with M?"), ["Moldova", "Montenegro"], ["Malta"]),
        # what is counted left out: the last count's, on another place
        (
            ("how many targets were on marketplaces?", "then how many were on forums?"),
            ["no figure for forums"],
            [],
        ),
        # the kinds asked with a spoken "tho"
        (("how many weapons were seized?", "what types tho?"), ["does not say what kinds"], ["22400"]),
        # whether the figure just given came from one country
        (
            ("how much cocaine was seized?", "was that seized in a single country?"),
            ["^No", "per-country"],
            [],
        ),
        # a partner list asked without naming agencies
        (("hi", "so who was working together on this?"), ["Eurojust", "Interpol"], []),
    ],
)
def test_forty_ninth_session_follow_ups(
    engine: Engine, turns: tuple[str, ...], must: list[str], must_not: list[str]
):
    last = plain(chat(engine, *turns)[-1])
    _matches(last, must, must_not, turns)


@pytest.mark.parametrize(
    ("turns", "must", "must_not"),
    [
        # a whole yes/no question after a figure stands on its own
        (("how many people were checked?", "and did they detect any illegal entries?"), ["^Yes", "2229"], []),
        # the other side of a count asked with the group word after the noun
        (
            ("how many countries from outside the EU took part?", "and the EU ones?"),
            [r"\b16\b"],
            ["outside what"],
        ),
        # which ranks first among the parts the last answer listed
        (("where were the targets found?", "and which of them had the fewest?"), ["dark web"], ["94"]),
        # a total of its own after figures it does not contain
        (("how many forged documents?", "and the total checked?"), ["288774"], ["2343", "288888"]),
    ],
)
def test_fiftieth_session_follow_ups(
    engine: Engine, turns: tuple[str, ...], must: list[str], must_not: list[str]
):
    last = plain(chat(engine, *turns)[-1])
    _matches(last, must, must_not, turns)


@pytest.mark.parametrize(
    ("turns", "must", "must_not"),
    [
        # two questions that name nothing, each asked of the last answer
        (
            ("how many weapons were seized?", "how many and what kinds?"),
            ["310", "does not say what kinds"],
            ["22400"],
        ),
        # "how many on social media" after the targets: no figure for that place
        (
            ("were 94 targets on social media?", "so how many were on social media?"),
            ["no figure for social media"],
            [],
        ),
        # "as a multiple of" after a difference
        (
            ("difference between vehicles and parcels?", "and vehicles as a multiple of parcels?"),
            ["times"],
            [],
        ),
        # "on there" points at the place just answered
        (("did the patrol look at marketplaces?", "how many people on there?"), [r"\b11\b"], ["22400"]),
        # "at least" of the last question is not its topic
        (("how many weapons were there at least?", "where were they seized?"), ["does not"], ["smallest"]),
        # "the ones not in the EU" is what is meant, not what is set aside
        (
            ("which EU countries took part?", "sorry, I meant the ones not in the EU"),
            ["Albania", "Kosovo"],
            ["Austria"],
        ),
        # a remark of disbelief, then a figure put
        (
            ("how many vehicles were checked?", "no way thats fake, it was like 500k right"),
            ["^No", "67277"],
            [],
        ),
        # one person's part of the total asked after it
        (
            ("how many forged documents were detected?", "how many of those did my brother find?"),
            ["does not break"],
            [],
        ),
        # a number the asker brings as a share of the figure just given
        (("how many illegal entries?", "what percent of that would 223 be?"), [r"10(\.0)?%"], []),
        # a combined figure ascribed to one drug
        (("what does the 300 kg cover?", "so the cannabis figure was 300?"), ["^No"], []),
        # "name them" with a filler after it
        (("how many partner agencies?", "name them real quick"), ["Eurojust", "Frontex"], []),
    ],
)
def test_fifty_first_session_follow_ups(
    engine: Engine, turns: tuple[str, ...], must: list[str], must_not: list[str]
):
    last = plain(chat(engine, *turns)[-1])
    _matches(last, must, must_not, turns)


@pytest.mark.parametrize(
    ("turns", "must", "must_not"),
    [
        # the place in a list's answer: its figure
        (("which drugs were named?", "how much of the second one?"), ["300 kg"], ["626 kg of cocaine were"]),
        # the parts picked by rank, as a share of their whole
        (("rank the checks from biggest to smallest", "what share do the top two make up?"), [r"97\.8%"], []),
        # one of two figures just added, as a share of their sum
        (
            ("dark web plus marketplaces?", "and the marketplaces are how many percent of this?"),
            [r"68\.8%"],
            [],
        ),
        # a figure put on the one just given
        (("how many illegal entries?", "and with the forged documents added?"), ["2343"], []),
        # the weight just given, in another unit; "overall" asks the whole's
        (("how much cocaine?", "how much is that in grams?"), ["626000 grams"], []),
        (
            ("how many kilos of cannabis, heroin and marijuana plants?", "what's that in tonnes overall?"),
            [r"Nearly 1 tonne\b"],
            [],
        ),
        # "tho": as against the last answer, its sibling
        (("how many vehicles were checked?", "how many ppl tho"), ["215273"], ["22400"]),
        # a count asked of a group just given, per country: not given
        (
            ("which services did the officers come from?", "of those, how many came from Greece?"),
            ["per-country"],
            [],
        ),
        # one figure of a claim just checked, asked to be right on its own
        (
            ("my blog says 310 weapons and 200 bullets were seized", "so the weapons part is correct?"),
            ["^Yes", "310"],
            [],
        ),
        # "as a share of X" after a figure: that figure's share of X
        (("how many illegal entries?", "as a share of all entities checked?"), [r"0\.77%"], []),
        # a share of a pair just compared, added
        (
            (
                "how much cocaine and how much of the other drugs?",
                "difference?",
                "cocaine as a share of both combined?",
            ),
            [r"67\.6%"],
            [],
        ),
        # "how many did it find" after where the patrol looked: the targets
        (("where did the cyber patrol look?", "how many did it find?"), ["120"], []),
        # whether the figure just given is split
        (("what does the 300 kg cover?", "is it split per drug?"), ["^No"], []),
        # the part quoted, checked as the largest
        (("tell me about the drugs", "is the 300 most of it?"), ["^No", "626"], []),
        # the whole's other parts
        (("how many targets on the dark web?", "what else?"), ["94", "11", "10"], []),
        # a reason not given, asked of the figure just given
        (("how many postal parcels?", "why so many?"), ["does not say why"], []),
    ],
)
def test_fifty_second_session_follow_ups(
    engine: Engine, turns: tuple[str, ...], must: list[str], must_not: list[str]
):
    last = plain(chat(engine, *turns)[-1])
    _matches(last, must, must_not, turns)
