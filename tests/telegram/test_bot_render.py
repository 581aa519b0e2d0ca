"""Rendering answers for Telegram: escaping, splitting under the limit, keyboards, inline results."""

from __future__ import annotations

from dataclasses import replace

from jadbot.engine import Answer, Engine, Suggestion
from jadbot.telegram.render import (
    MESSAGE_LIMIT,
    answer_replies,
    html_text,
    inline_answers,
    inline_result,
    keyboard,
    source_html,
    split_text,
    telegram_length,
)


def test_user_and_fact_text_is_escaped(engine: Engine) -> None:
    answer = engine.answer("<b>x</b> & how much coke")
    fake = replace(answer, text="Seized <b>x</b> & <script>1</script>")
    (reply,) = answer_replies(fake)
    assert reply.html == "Seized &lt;b&gt;x&lt;/b&gt; &amp; &lt;script&gt;1&lt;/script&gt;"
    assert html_text("a < b > c & d") == "a &lt; b &gt; c &amp; d"


def test_long_answers_split_under_the_limit_at_paragraphs() -> None:
    paragraph = "Cocaine & cannabis <seized>. " * 60
    text = "\n\n".join([paragraph] * 10)
    pieces = split_text(text)
    assert len(pieces) > 1
    assert all(telegram_length(html_text(p)) <= MESSAGE_LIMIT for p in pieces)
    assert "".join(pieces).replace("\n", "").replace(" ", "") == text.replace("\n", "").replace(" ", "")


def test_unbreakable_text_and_emoji_still_fit() -> None:
    pieces = split_text("&" * 5000 + "🚓" * 3000)
    assert all(telegram_length(html_text(p)) <= MESSAGE_LIMIT for p in pieces)
    assert "".join(pieces) == "&" * 5000 + "🚓" * 3000


def test_buttons_on_the_last_chunk_only(engine: Engine) -> None:
    answer = engine.answer("how much coke")
    long = replace(answer, text="\n\n".join(["x" * 3000] * 3))
    replies = answer_replies(long)
    assert len(replies) == 3
    assert [r.markup is None for r in replies] == [True, True, False]
    datas = [b.callback_data for row in replies[-1].markup.inline_keyboard for b in row]
    assert datas == [s.intent for s in answer.related]


def test_unmatched_answer_offers_suggestions(engine: Engine) -> None:
    answer = engine.answer("blorp the zindle")
    assert not answer.matched
    (reply,) = answer_replies(answer)
    datas = [b.callback_data for row in reply.markup.inline_keyboard for b in row]
    assert datas == [s.intent for s in answer.suggestions]


def test_keyboard_columns_and_limits() -> None:
    options = [Suggestion(f"intent_{i}", f"Title {i}" + "!" * (70 if i == 0 else 0)) for i in range(5)]
    markup = keyboard(options, columns=2)
    assert [len(row) for row in markup.inline_keyboard] == [2, 2, 1]
    assert len(markup.inline_keyboard[0][0].text) <= 60
    assert keyboard([]) is None
    assert all(len(s.intent.encode()) <= 64 for s in options)


def test_source_quotes_the_sentence_behind_the_last_answer(engine: Engine) -> None:
    assert "Ask a question first" in source_html(engine, None)
    text = source_html(engine, engine.answer("how much coke").sources)
    assert "Europol" in text and html_text(engine.store.title) in text
    assert "626 kilos of cocaine" in text


def test_inline_answers(engine: Engine) -> None:
    answers = inline_answers(engine, "cocaine")
    assert answers[0].intent == "cocaine" and "626" in answers[0].text
    assert len({a.intent for a in answers}) == len(answers)
    featured = inline_answers(engine, "  ")
    assert [a.intent for a in featured] == [s.intent for s in engine.featured()[: len(featured)]]
    results = [inline_result(engine, a) for a in answers]
    assert len({r.id for r in results}) == len(results)
    assert results[0].title == engine.intents.intents["cocaine"].title


def test_answer_dataclass_is_what_the_engine_returns(engine: Engine) -> None:
    assert isinstance(engine.answer("hi"), Answer)
