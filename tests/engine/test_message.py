"""Every kind of message, parsed back with the email package: headers, encodings, parts, tracking."""

from __future__ import annotations

from email import message_from_bytes, policy

import pytest

from campaign_desktop.engine.mail_headers import HeaderProblem

from campaign_desktop.domain.enums import TrackingKind
from campaign_desktop.engine.message import MessageBuilder, SenderFacts
from campaign_desktop.engine.personalization import CompiledContent
from campaign_desktop.engine.tracking import BadToken, Tracker, instrument

FACTS = SenderFacts(7, "Maison Lumière", "news@maison-lumiere.example.com", "care@maison-lumiere.example.com",
                    "bounces@maison-lumiere.example.com", "archive@maison-lumiere.example.com")
HTML = ('<html><body><p>Bonjour {{ recipient.first_name }}</p><a href="https://shop.example.com/a?x=1&amp;y=2">Shop</a>'
        '<a href="{{ unsubscribe_url }}">Se désabonner</a></body></html>')
TRACKER = Tracker("https://t.example.com", b"s" * 32)


def _parse(data: bytes):
    return message_from_bytes(data, policy=policy.default)


def _build(first_name: str, to: str, tracker=TRACKER, instrumented=True):
    marked = instrument(HTML) if instrumented else None
    content = CompiledContent("{{ recipient.first_name }}, l'automne est là — 秋", marked.source if marked else HTML,
                              "Bonjour {{ recipient.first_name }}\n{{ unsubscribe_url }}")
    builder = MessageBuilder(FACTS, tracker, instrumented_targets=marked.targets if marked else None)
    links = builder.links(42)
    return builder.build(42, to, content.render({"first_name": first_name, "custom": {}}, **links), links)


@pytest.mark.parametrize("instrumented", [True, False])
def test_a_utf8_message_parses_back_with_every_header_and_part(instrumented):
    message = _build("Zoé", "zoe@example.fr", instrumented=instrumented)
    parsed = _parse(message.data)
    assert parsed["From"].addresses[0].display_name == "Maison Lumière"
    assert parsed["From"].addresses[0].addr_spec == "news@maison-lumiere.example.com"
    assert parsed["Reply-To"] == "care@maison-lumiere.example.com"
    assert parsed["To"] == "zoe@example.fr"
    assert parsed["Subject"] == "Zoé, l'automne est là — 秋"
    assert parsed["Message-ID"] == message.message_id and message.message_id.startswith("<7.42.")
    assert parsed["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    unsubscribe = parsed["List-Unsubscribe"].split(",")[0].strip("<> ")
    assert TRACKER.read_url(unsubscribe).kind is TrackingKind.UNSUBSCRIPTION
    assert parsed.get_content_type() == "multipart/alternative"
    text, html = parsed.get_body(("plain",)), parsed.get_body(("html",))
    assert text.get_content_charset() == "utf-8" and text.get_content().startswith("Bonjour Zoé\r\n")
    html_text = html.get_content()
    assert "Bonjour Zoé" in html_text
    assert message.envelope_from == "bounces@maison-lumiere.example.com"
    assert message.envelope_to == ["zoe@example.fr", "archive@maison-lumiere.example.com"]
    assert parsed["Bcc"] is None  # the archive copy is an envelope recipient only
    # the shop link goes through the tracking base and comes back to its target, the pixel is there
    tracked = [TRACKER.read_url(u) for u in _hrefs(html_text) if u.startswith("https://t.example.com/c/")]
    assert [(h.kind, h.delivery_id, h.log_id, h.url) for h in tracked] == [(TrackingKind.CLICK, 7, 42, "https://shop.example.com/a?x=1&y=2")]
    assert "https://t.example.com/o/" in html_text


def _hrefs(html: str) -> list[str]:
    import re
    from html import unescape

    return [unescape(u) for u in re.findall(r'(?:href|src)="([^"]+)"', html)]


def test_a_japanese_mobile_carrier_gets_iso_2022_jp_and_utf8_when_it_cannot():
    content = CompiledContent("{{ recipient.first_name }}さん、秋の新作", "<p>こんにちは {{ recipient.first_name }}さん</p>", "こんにちは")
    builder = MessageBuilder(FACTS, None)
    message = builder.build(5, "haruto@docomo.ne.jp", content.render({"first_name": "陽翔", "custom": {}}))
    parsed = _parse(message.data)
    assert message.charset == "iso-2022-jp"
    assert parsed["Subject"] == "陽翔さん、秋の新作"
    assert parsed["From"].addresses[0].display_name == "Maison Lumière" or "Maison" in str(parsed["From"])
    for part, expected in ((parsed.get_body(("plain",)), "こんにちは"), (parsed.get_body(("html",)), "陽翔さん")):
        assert part.get_content_charset() == "iso-2022-jp" and expected in part.get_content()
    # a character ISO-2022-JP cannot carry (é) falls back to UTF-8 rather than losing it
    other = builder.build(6, "haruto@docomo.ne.jp", content.render({"first_name": "Zoé", "custom": {}}))
    assert other.charset == "utf-8" and _parse(other.data)["Subject"] == "Zoéさん、秋の新作"


def test_header_injection_through_every_personalised_header_adds_nothing():
    evil = "Bob\r\nBcc: x@evil.test\r\nX-Injected: yes"
    message = _build(evil, "bob@example.com")
    parsed = _parse(message.data)
    assert parsed["Bcc"] is None and parsed["X-Injected"] is None
    assert "\r" not in parsed["Subject"] and "\n" not in parsed["Subject"]
    assert len(parsed.get_all("To")) == 1
    # an address that would add a header or an address is not written at all: that recipient fails
    with pytest.raises(HeaderProblem):
        _build("Bob", "bob@example.com\r\nBcc: y@evil.test")


def test_a_tampered_tracking_token_is_refused():
    url = TRACKER.url(TrackingKind.CLICK, 7, 42, "https://shop.example.com/")
    hit = TRACKER.read_url(url)
    assert (hit.delivery_id, hit.log_id, hit.url) == (7, 42, "https://shop.example.com/")
    payload, signature = url.rsplit("/", 1)[1].split(".")
    forged = TRACKER.token(TrackingKind.CLICK, 7, 43, "https://evil.example.com/").split(".")[0] + "." + signature
    with pytest.raises(BadToken):
        TRACKER.read(forged)
    with pytest.raises(BadToken):
        Tracker("https://t.example.com", b"other" * 8).read(url.rsplit("/", 1)[1])


def test_a_personalised_link_is_tracked_after_rendering():
    assert instrument('<a href="https://x.example.com/?id={{ recipient.id }}">x</a>') is None
    html = TRACKER.rewrite('<a href="https://x.example.com/?id=5">x</a></body>', 7, 42)
    assert TRACKER.read_url(_hrefs(html)[0]).url == "https://x.example.com/?id=5"


def test_the_delivery_s_character_set_is_the_one_its_messages_are_written_in():
    """The editor's Character set: ISO-2022-JP for every recipient (not only the Japanese carriers);
    a message whose text ISO-2022-JP cannot carry (an accent) goes out in UTF-8 rather than garbled."""
    from dataclasses import replace

    japanese = MessageBuilder(replace(FACTS, from_name="メゾン", charset="iso-2022-jp"))
    content = CompiledContent("{{ recipient.first_name }}さん、秋のお知らせ", "<p>こんにちは</p>",
                              "{{ recipient.first_name }}さん、こんにちは")
    message = japanese.build(1, "taro@example.com", content.render({"first_name": "太郎", "custom": {}}))
    parsed = _parse(message.data)
    assert message.charset == "iso-2022-jp"
    assert parsed["Subject"] == "太郎さん、秋のお知らせ"
    assert parsed.get_body(("plain",)).get_content_charset() == "iso-2022-jp"
    assert parsed.get_body(("plain",)).get_content().strip() == "太郎さん、こんにちは"
    accented = japanese.build(2, "zoe@example.fr", content.render({"first_name": "Zoé", "custom": {}}))
    assert accented.charset == "utf-8" and _parse(accented.data)["Subject"] == "Zoéさん、秋のお知らせ"
    default = MessageBuilder(FACTS).build(3, "taro@example.com", content.render({"first_name": "太郎", "custom": {}}))
    assert default.charset == "utf-8"  # the default: UTF-8 outside the Japanese carriers
