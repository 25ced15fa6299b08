"""The tracking endpoint for real sends: opens, clicks, unsubscriptions and the mirror page.

Run it where the tracking base URL points (``campaign-desktop tracking-server``), behind
the organisation's HTTPS proxy. Every URL carries a signed token; a token that is not
ours gets a 404 and records nothing.

* ``GET /o/<token>``: an open; answers a 1×1 transparent GIF.
* ``GET /c/<token>``: a click; redirects (302) to the link's target.
* ``GET /u/<token>``: an unsubscription; the address goes on the denylist; a short page.
* ``POST /u/<token>``: the same, one click from the mail client (RFC 8058).
* ``GET /m/<token>``: the mirror page: the message as that recipient received it.
"""

from __future__ import annotations

import base64
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from sqlalchemy import Engine, select

from campaign_desktop.db.models import Delivery, DeliveryLog, Profile
from campaign_desktop.domain.enums import TrackingKind
from campaign_desktop.engine.message import MessageBuilder, SenderFacts
from campaign_desktop.engine.personalization import CompiledContent, RenderProblem
from campaign_desktop.engine.recipients import RecipientReader, profile_columns
from campaign_desktop.engine.tracking import BadToken, Hit, Tracker, record_hit

PIXEL = base64.b64decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")
_UNSUBSCRIBED = "<!DOCTYPE html><meta charset='utf-8'><title>Unsubscribed</title><p>You will no longer receive these emails.</p>"


def mirror_page(engine: Engine, tracker: Tracker, hit: Hit) -> str | None:
    """The HTML of the message as the recipient of ``hit`` received it, or ``None``."""
    with engine.connect() as conn:
        d = conn.execute(select(Delivery.__table__).where(Delivery.id == hit.delivery_id)).one_or_none()
        row = conn.execute(
            select(DeliveryLog.id, DeliveryLog.address, *profile_columns())
            .join(Profile, Profile.id == DeliveryLog.profile_id)
            .where(DeliveryLog.id == hit.log_id, DeliveryLog.delivery_id == hit.delivery_id)
        ).first()
    if d is None or row is None:
        return None
    content = CompiledContent(d.subject, d.html, d.text)
    builder = MessageBuilder(SenderFacts(d.id, d.from_name, d.from_address, d.reply_to, d.error_address), tracker)
    try:
        rendered = content.render(RecipientReader(content, offset=2)(row), **builder.links(hit.log_id))
    except RenderProblem:
        return None
    return tracker.rewrite(rendered.html, d.id, hit.log_id)


def make_handler(engine: Engine, tracker: Tracker) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "CampaignDesktopTracking/1"

        def _hit(self) -> Hit | None:
            try:
                hit = tracker.read_url(self.path.split("?", 1)[0])
            except (BadToken, KeyError, ValueError):
                self.send_error(HTTPStatus.NOT_FOUND)
                return None
            return hit

        def do_GET(self) -> None:  # noqa: N802 - http.server's naming
            hit = self._hit()
            if hit is None:
                return
            if hit.kind is TrackingKind.MIRROR_VIEW:
                page = mirror_page(engine, tracker, hit)
                if page is None:
                    self.send_error(HTTPStatus.NOT_FOUND)
                    return
                record_hit(engine, hit)
                self._answer(HTTPStatus.OK, "text/html; charset=utf-8", page.encode())
                return
            if not record_hit(engine, hit):
                self.send_error(HTTPStatus.NOT_FOUND)
                return
            if hit.kind is TrackingKind.CLICK and hit.url:
                self.send_response(HTTPStatus.FOUND)
                self.send_header("Location", hit.url)
                self.send_header("Content-Length", "0")
                self.end_headers()
            elif hit.kind is TrackingKind.OPEN:
                self._answer(HTTPStatus.OK, "image/gif", PIXEL, cache=False)
            else:
                self._answer(HTTPStatus.OK, "text/html; charset=utf-8", _UNSUBSCRIBED.encode())

        def do_POST(self) -> None:  # noqa: N802
            hit = self._hit()
            if hit is None:
                return
            if hit.kind is not TrackingKind.UNSUBSCRIPTION or not record_hit(engine, hit):
                self.send_error(HTTPStatus.NOT_FOUND)
                return
            self._answer(HTTPStatus.OK, "text/plain; charset=utf-8", b"unsubscribed")

        def _answer(self, status: HTTPStatus, content_type: str, body: bytes, cache: bool = True) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            if not cache:
                self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
            pass  # hits are in the database; the access log would only repeat them

    return Handler


def serve(engine: Engine, tracker: Tracker, host: str, port: int) -> ThreadingHTTPServer:
    """A started-to-be server: call ``serve_forever()`` (and ``shutdown()`` from another thread)."""
    return ThreadingHTTPServer((host, port), make_handler(engine, tracker))


__all__ = ["mirror_page", "serve"]
