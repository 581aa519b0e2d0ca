"""Telegram HTML and Markdown parsing, entity offsets and rendering back to HTML."""

from __future__ import annotations

import html

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jadbot.localapi.entities import detect_entities, strip_text, utf16_len
from jadbot.localapi.errors import ApiError
from jadbot.localapi.formatting import format_text
from jadbot.localapi.html import HtmlParseError, parse_html, render_html
from jadbot.localapi.markdown import MarkdownParseError, parse_markdown, parse_markdown_v2


def test_parse_html_entities_and_offsets() -> None:
    text, entities = parse_html("😀 <b>bold <i>both</i></b> &lt;tag&gt; &amp; a & b &#x41;")
    assert text == "😀 bold both <tag> & a & b A"
    assert entities == [
        {"offset": 3, "length": 9, "type": "bold"},
        {"offset": 8, "length": 4, "type": "italic"},
    ]


def test_parse_html_links_pre_and_blockquote() -> None:
    source = (
        '<a href="https://e.com/?a=1&amp;b=2">site</a>\n'
        '<pre><code class="language-python">print(1)</code></pre>\n'
        "<blockquote expandable>quote</blockquote>"
    )
    text, entities = parse_html(source)
    assert text == "site\nprint(1)\nquote"
    assert entities == [
        {"offset": 0, "length": 4, "type": "text_link", "url": "https://e.com/?a=1&b=2"},
        {"offset": 5, "length": 8, "type": "pre", "language": "python"},
        {"offset": 14, "length": 5, "type": "expandable_blockquote"},
    ]


@pytest.mark.parametrize(
    ("source", "error"),
    [
        ("<b>x", 'Can\'t find end tag corresponding to start tag "b"'),
        ("ä<br/>", 'Unsupported start tag "br/" at byte offset 2'),
        ("<b>x</i>", 'Unmatched end tag at byte offset 4, expected "</b>", found "</i>"'),
        (
            "<a href=x y>z</a>",
            'Expected equal sign in declaration of an attribute of the tag "a" at byte offset 0',
        ),
        ("<b", "Unclosed start tag at byte offset 0"),
        ("<b>x</b", "Unclosed end tag at byte offset 4"),
    ],
)
def test_parse_html_errors(source: str, error: str) -> None:
    with pytest.raises(HtmlParseError) as caught:
        parse_html(source)
    assert str(caught.value) == error


def test_render_html_nests_and_escapes() -> None:
    text, entities = parse_html("<b>a <i>b</i></b> <a href='https://x.io?q=\"1\"'>&lt;c&gt;</a>")
    rendered = render_html(text, entities)
    assert rendered == '<b>a <i>b</i></b> <a href="https://x.io?q=&quot;1&quot;">&lt;c&gt;</a>'
    assert parse_html(rendered) == (text, entities)


def test_render_html_splits_overlapping_entities() -> None:
    entities = [{"offset": 0, "length": 4, "type": "bold"}, {"offset": 2, "length": 4, "type": "italic"}]
    assert render_html("abcdef", entities) == "<b>ab<i>cd</i></b><i>ef</i>"


@given(st.text(max_size=200))
def test_escaped_plain_text_round_trips(text: str) -> None:
    parsed, entities = parse_html(html.escape(text, quote=False))
    assert parsed == text and entities == []
    assert render_html(text, []) == html.escape(text, quote=False)


def test_markdown_v2() -> None:
    text, entities = parse_markdown_v2("*bold* _it_ __under__ ~s~ ||sp|| `c` [l](https://e.com) 1\\.5")
    assert text == "bold it under s sp c l 1.5"
    assert [e["type"] for e in entities] == [
        "bold",
        "italic",
        "underline",
        "strikethrough",
        "spoiler",
        "code",
        "text_link",
    ]
    text, entities = parse_markdown_v2("```python\nx = 1\n```")
    assert text == "x = 1\n" and entities == [{"offset": 0, "length": 6, "type": "pre", "language": "python"}]
    with pytest.raises(MarkdownParseError, match="Character '!' is reserved"):
        parse_markdown_v2("Hi!")
    with pytest.raises(MarkdownParseError, match="Can't find end of Bold entity at byte offset 0"):
        parse_markdown_v2("*open")


def test_legacy_markdown() -> None:
    text, entities = parse_markdown("*b* _i_ `c` [x](https://e.com) 1.5!")
    assert text == "b i c x 1.5!"
    assert [e["type"] for e in entities] == ["bold", "italic", "code", "text_link"]
    with pytest.raises(MarkdownParseError, match="Can't find end of the entity starting at byte offset 0"):
        parse_markdown("*open")


def test_detect_entities_uses_utf16_offsets() -> None:
    entities = detect_entities("😀 /start @someone #tag")
    assert [(e["type"], e["offset"], e["length"]) for e in entities] == [
        ("bot_command", 3, 6),
        ("mention", 10, 8),
        ("hashtag", 19, 4),
    ]
    assert utf16_len("😀a") == 3


def test_strip_text_clips_entities() -> None:
    text, entities = strip_text("  hi there \n", [{"offset": 0, "length": 4, "type": "bold"}])
    assert text == "hi there" and entities == [{"offset": 0, "length": 2, "type": "bold"}]


def test_format_text_errors() -> None:
    with pytest.raises(ApiError, match="unsupported parse_mode"):
        format_text("x", "BBCode")
    with pytest.raises(ApiError, match="message text is empty"):
        format_text(" ", None)
    formatted = format_text("  <b>x</b>  ", "html")
    assert formatted.text == "x" and formatted.raw_text == "  <b>x</b>  " and formatted.parse_mode == "html"
