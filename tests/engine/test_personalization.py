"""Personalisation: escaping, header safety, defaults and conditions, errors with their line."""

from __future__ import annotations

from email import message_from_bytes, policy
from email.message import EmailMessage

import pytest

from campaign_desktop.engine.mail_headers import header_text
from campaign_desktop.engine.personalization import CompiledContent, RenderProblem, TemplateProblem


def test_html_in_a_profile_value_is_escaped_in_html_but_not_in_text():
    content = CompiledContent("{{ recipient.first_name }}", "<p>{{ recipient.first_name }}</p>", "{{ recipient.first_name }}")
    message = content.render({"first_name": "<script>alert(1)</script>", "custom": {}})
    assert "<script>" not in message.html and "&lt;script&gt;" in message.html
    assert message.text == "<script>alert(1)</script>"


def test_a_line_break_in_a_first_name_can_never_add_a_header():
    content = CompiledContent("Hello {{ recipient.first_name }}", "<p>x</p>", "x")
    subject = content.render({"first_name": "Bob\r\nBcc: x@evil.test", "custom": {}}).subject
    assert "\r" not in subject and "\n" not in subject
    mail = EmailMessage()
    mail["From"] = "news@shop.example.com"
    mail["To"] = "bob@example.com"
    mail["Subject"] = subject
    mail.set_content("x")
    parsed = message_from_bytes(mail.as_bytes(), policy=policy.default)
    assert parsed["Bcc"] is None
    assert sorted(parsed.keys()) == ["Content-Transfer-Encoding", "Content-Type", "From", "MIME-Version", "Subject", "To"]


@pytest.mark.parametrize("value", ["a\nb", "a\rb", "a\r\nb", "a\u2028b", "a\x0bb", "a\x00b"])
def test_header_text_replaces_every_line_break_and_control(value):
    assert header_text(value) == "a b"


def test_defaults_and_conditions():
    content = CompiledContent(
        "{{ recipient.first_name | default('there') }}",
        "{% if recipient.custom.tier %}{{ recipient.custom.tier }}{% else %}none{% endif %}",
        "{{ recipient.city | default('your town') }}",
    )
    message = content.render({"first_name": None, "city": "", "custom": {}})
    assert (message.subject, message.html, message.text) == ("there", "none", "your town")
    assert content.render({"first_name": "Léa", "city": "Lyon", "custom": {"tier": "Gold"}}).html == "Gold"


def test_a_missing_value_printed_without_default_is_an_error_with_its_line():
    content = CompiledContent("s", "<p>\n\n{{ recipient.custom.points }}</p>", "t")
    with pytest.raises(RenderProblem, match=r"HTML, line 3.*points"):
        content.render({"custom": {}})


def test_a_syntax_error_names_its_part_and_line():
    with pytest.raises(TemplateProblem) as caught:
        CompiledContent("ok", "ok", "line one\n{{ recipient.first_name ")
    assert caught.value.part == "text" and caught.value.line == 2


def test_the_sandbox_blocks_python_internals():
    content = CompiledContent("{{ recipient.__class__.__mro__ }}", "x", "x")
    with pytest.raises(RenderProblem):
        content.render({"custom": {}})
    unsafe = CompiledContent("{{ ''.__class__.__mro__[1].__subclasses__() }}", "x", "x")
    with pytest.raises(RenderProblem):
        unsafe.render({"custom": {}})


def test_unknown_fields_are_found_before_rendering():
    content = CompiledContent("{{ recipient.frist_name }}", "{{ recipient['cty'] }}", "{{ recipient.custom.anything }}")
    assert content.unknown_fields() == {"subject": {"frist_name"}, "HTML": {"cty"}}


def test_nothing_one_profile_sets_leaks_into_the_next_message():
    # Contexts are reused between messages: a value set for one profile must not survive.
    content = CompiledContent(
        "{% if recipient.custom.vip %}{% set greeting = 'Dear VIP' %}{% endif %}{{ greeting | default('Hello') }}",
        "{% if recipient.custom.vip %}{% set note = recipient.custom.vip %}{% endif %}<p>{{ note | default('-') }}</p>",
        "{{ unsubscribe_url | default('none') }}",
    )
    first = content.render({"custom": {"vip": "secret-code-1"}}, unsubscribe_url="https://u.example.com/1")
    second = content.render({"custom": {}})
    assert (first.subject, first.html, first.text) == ("Dear VIP", "<p>secret-code-1</p>", "https://u.example.com/1")
    assert (second.subject, second.html, second.text) == ("Hello", "<p>-</p>", "none")


def test_rendering_from_several_threads_keeps_each_message_its_own():
    import concurrent.futures

    content = CompiledContent("{{ recipient.first_name }}", "<p>{{ recipient.first_name }}</p>", "{{ recipient.first_name }}")

    def render(n):
        message = content.render({"first_name": f"name{n}", "custom": {}})
        return message.subject == f"name{n}" and message.html == f"<p>name{n}</p>"

    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        assert all(pool.map(render, range(2000)))
