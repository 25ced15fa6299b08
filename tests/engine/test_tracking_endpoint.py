"""The tracking endpoint over real HTTP on 127.0.0.1: opens, clicks, unsubscribe, mirror, forgeries."""

from __future__ import annotations

import threading
import urllib.error
import urllib.request

import pytest
from sqlalchemy import select

from campaign_desktop.db.models import Address, TrackingEvent
from campaign_desktop.engine.control import Control
from campaign_desktop.domain.enums import AddressStatus, TrackingKind
from campaign_desktop.engine.settings import Settings, save_settings, tracking_secret
from campaign_desktop.engine.send_actions import confirm_send
from campaign_desktop.engine.sending import send
from campaign_desktop.engine.tracking import Tracker
from campaign_desktop.engine.tracking_endpoint import serve
from tests.engine.test_sending import _prepared, _transport
from tests.smtp_server import ScriptedServer, free_port


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


@pytest.fixture
def endpoint(engine):
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    save_settings(engine, tracking_base_url=base)
    server = serve(engine, Tracker(base, tracking_secret(engine)), "127.0.0.1", port)
    thread = threading.Thread(target=server.serve_forever)
    thread.start()
    yield base
    server.shutdown()
    server.server_close()
    thread.join(timeout=10)


def test_hits_through_the_endpoint(engine, endpoint):
    delivery = _prepared(engine, ["ann@example.com"])
    confirm_send(engine, delivery, "manager")
    with ScriptedServer() as server:
        send(engine, delivery, _transport(server), Control(), Settings(tracking_base_url=endpoint))
    from email import message_from_bytes, policy
    import re

    html = message_from_bytes(server.handler.messages[0], policy=policy.default).get_body(("html",)).get_content()
    urls = dict((kind, url) for url, kind in re.findall(r'(?:href|src)="(http://127\.0\.0\.1:\d+/([ocum])/[^"]+)"', html))
    opener = urllib.request.build_opener(_NoRedirect)
    assert urllib.request.urlopen(urls["o"]).read()[:6] == b"GIF89a"
    with pytest.raises(urllib.error.HTTPError) as redirect:
        opener.open(urls["c"])
    assert redirect.value.code == 302 and redirect.value.headers["Location"] == "https://shop.example.com/"
    mirror = urllib.request.urlopen(f"{endpoint}/m/" + _token_of(urls, "u", endpoint, engine)).read().decode()
    assert "Hello Ann" in mirror
    one_click = urllib.request.urlopen(urllib.request.Request(urls["u"], data=b"List-Unsubscribe=One-Click", method="POST"))
    assert one_click.status == 200
    forged = urls["c"][:-3] + ("AAA" if not urls["c"].endswith("AAA") else "BBB")
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(forged)
    assert refused.value.code == 404
    with engine.connect() as conn:
        kinds = sorted(TrackingKind(k) for k in conn.execute(select(TrackingEvent.kind)).scalars())
        standing = conn.execute(select(Address.status).where(Address.email_norm == "ann@example.com")).scalar_one()
    assert kinds == [TrackingKind.OPEN, TrackingKind.CLICK, TrackingKind.UNSUBSCRIPTION, TrackingKind.MIRROR_VIEW]
    assert standing is AddressStatus.DENYLISTED  # unsubscribed: on the denylist


def _token_of(urls, kind, endpoint, engine):
    """The mirror link for the same recipient (the template here has none of its own)."""
    tracker = Tracker(endpoint, tracking_secret(engine))
    hit = tracker.read_url(urls[kind])
    return tracker.token(TrackingKind.MIRROR_VIEW, hit.delivery_id, hit.log_id)
