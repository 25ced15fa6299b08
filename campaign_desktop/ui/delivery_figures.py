"""The dashboard's figures: the preparation's and the deployment's tiles, every one with its parts.

The seed's tiles (To deliver, Sent, Delivered, Bounces + errors, Opens, Clicks) keep their
place; what closes the identities is written under them — Sent = Delivered + Bounces and
errors + Retries failed (or Pending), To deliver = Sent + Canceled + Unknown + still to
send — so that every figure on screen can be added up by the marketer, and each tooltip
gives its formula with its numbers.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QGridLayout, QWidget

from campaign_desktop.domain.enums import ReportingMode
from campaign_desktop.ui.kpi_tile import KpiTile, percent

#: The tiles' places: the preparation's row, then the deployment's.
ROWS = (("targeted", "to_exclude", "to_deliver"), ("sent", "delivered", "bounces_errors", "opens", "clicks"))


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


class FiguresPanel(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.tiles = {
            "targeted": KpiTile(self.tr("Targeted"), self.tr("Profiles selected by the audience")),
            "to_exclude": KpiTile(self.tr("To exclude"), self.tr("Profiles removed by a filtering rule ÷ Targeted")),
            "to_deliver": KpiTile(self.tr("To deliver"), self.tr("Targeted − To exclude")),
            "sent": KpiTile(self.tr("Sent"), self.tr("Messages processed (accepted or refused by the server) ÷ To deliver")),
            "delivered": KpiTile(self.tr("Delivered"), self.tr("Messages delivered ÷ Sent")),
            "bounces_errors": KpiTile(self.tr("Bounces + errors"), self.tr("Bounces and errors ÷ Sent")),
            "opens": KpiTile(self.tr("Opens"), self.tr("Unique recipients who opened ÷ Delivered")),
            "clicks": KpiTile(self.tr("Clicks"), self.tr("Unique recipients who clicked ÷ Delivered")),
        }
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for row, keys in enumerate(ROWS):
            for column, key in enumerate(keys):
                grid.addWidget(self.tiles[key], row, column)

    def _n(self, value: int) -> str:
        return QLocale().toString(value)

    def _ratio(self, name: str, part: int, whole_name: str, whole: int) -> str:
        """"Delivered ÷ Sent = 9,000 ÷ 10,000 = 90.0 %": the formula with its numbers."""
        share = _share(part, whole)
        result = percent(share) if share is not None else "—"
        return self.tr("%1 ÷ %2 = %3 ÷ %4 = %5").replace("%1", name).replace("%2", whole_name).replace(
            "%3", self._n(part)).replace("%4", self._n(whole)).replace("%5", result)

    def show_preparation(self, targeted: int | None, to_deliver: int | None, to_exclude: int | None) -> None:
        """The preparation's figures (a draft shows dashes, a preparation under way its running counts)."""
        tiles = self.tiles
        tiles["targeted"].show_figure(targeted, formula=self.tr("Profiles selected by the audience: %1").replace(
            "%1", self._n(targeted or 0)))
        tiles["to_exclude"].show_figure(to_exclude, _share(to_exclude or 0, targeted or 0), formula=self._ratio(
            self.tr("To exclude"), to_exclude or 0, self.tr("Targeted"), targeted or 0))
        tiles["to_deliver"].show_figure(to_deliver, _share(to_deliver or 0, targeted or 0), formula=self.tr(
            "Targeted − To exclude = %1 − %2 = %3").replace("%1", self._n(targeted or 0)).replace(
            "%2", self._n(to_exclude or 0)).replace("%3", self._n(to_deliver or 0)))

    def clear_deployment(self) -> None:
        """Nothing sent yet (a draft, a preparation): the deployment's tiles show dashes."""
        for key in ROWS[1]:
            self.tiles[key].show_figure(None, detail="")
        self.tiles["to_deliver"].explain("")

    def show_deployment(self, f: dict[str, Any]) -> None:
        """The live figures (engine/indicators.py ``Indicators.as_json`` or a progress report)."""
        mode = ReportingMode[str(f.get("mode", "relay")).upper()]
        n = {key: int(f.get(key, 0) or 0) for key in (
            "to_deliver", "sent", "delivered", "bounces_errors", "retries_failed", "pending", "hard_bounces",
            "soft_bounces", "canceled", "unknown", "remaining", "opens", "clicks", "unsubscriptions")}
        sent, delivered = n["sent"], n["delivered"]
        self._show_to_deliver(n)
        self._show_sent(n, mode)
        tiles = self.tiles
        tiles["delivered"].show_figure(delivered, _share(delivered, sent), formula=self._ratio(
            self.tr("Delivered"), delivered, self.tr("Sent"), sent))
        self._show_bounces(n, mode)
        tiles["opens"].show_figure(n["opens"], _share(n["opens"], delivered), formula=self._ratio(
            self.tr("Opens"), n["opens"], self.tr("Delivered"), delivered) + "\n" + self.tr(
            "Unique recipients who opened"))
        unsubscribed = self.tr("Unsubscriptions: %1").replace("%1", self._n(n["unsubscriptions"])) \
            if n["unsubscriptions"] else ""
        tiles["clicks"].show_figure(n["clicks"], _share(n["clicks"], delivered), detail=unsubscribed, formula=self._ratio(
            self.tr("Clicks"), n["clicks"], self.tr("Delivered"), delivered) + "\n" + self.tr(
            "Unique recipients who clicked"))

    def _show_to_deliver(self, n: dict[str, int]) -> None:
        """To deliver = Sent + Canceled + Unknown + still to send: the parts that apply under it."""
        parts = [(self.tr("canceled %1"), n["canceled"]), (self.tr("unknown %1"), n["unknown"]),
                 (self.tr("still to send %1"), n["remaining"])]
        shown = [label.replace("%1", self._n(value)) for label, value in parts if value]
        detail = self.tr("Sent %1").replace("%1", self._n(n["sent"])) + "".join(f" + {part}" for part in shown) \
            if shown else ""
        formula = self.tr("To deliver = Sent + Canceled + Unknown + still to send\n%1 = %2 + %3 + %4 + %5").replace(
            "%1", self._n(n["to_deliver"])).replace("%2", self._n(n["sent"])).replace("%3", self._n(n["canceled"])).replace(
            "%4", self._n(n["unknown"])).replace("%5", self._n(n["remaining"]))
        self.tiles["to_deliver"].explain(detail, formula)

    def _show_sent(self, n: dict[str, int], mode: ReportingMode) -> None:
        """Sent = Delivered + Bounces and errors + Retries failed (relay) or Pending (email feedback)."""
        if mode is ReportingMode.EMAIL_FEEDBACK:
            third_name, third = self.tr("Pending"), n["pending"]
            closing = self.tr("= %1 delivered + %2 bounces and errors + %3 pending")
        else:
            third_name, third = self.tr("Retries failed"), n["retries_failed"]
            closing = self.tr("= %1 delivered + %2 bounces and errors + %3 retries failed")
        detail = closing.replace("%1", self._n(n["delivered"])).replace("%2", self._n(n["bounces_errors"])).replace(
            "%3", self._n(third))
        formula = "\n".join([
            self._ratio(self.tr("Sent"), n["sent"], self.tr("To deliver"), n["to_deliver"]),
            self.tr("Sent = Delivered + Bounces and errors + %1").replace("%1", third_name),
            self.tr("Messages processed (accepted or refused by the server); never decreases"),
        ])
        self.tiles["sent"].show_figure(n["sent"], _share(n["sent"], n["to_deliver"]), detail=detail, formula=formula)

    def _show_bounces(self, n: dict[str, int], mode: ReportingMode) -> None:
        """Hard, soft (email feedback: counted here while retried) and the other errors."""
        hard, total = n["hard_bounces"], n["bounces_errors"]
        soft = n["soft_bounces"] if mode is ReportingMode.EMAIL_FEEDBACK else 0
        parts = [self.tr("hard %1").replace("%1", self._n(hard))]
        if mode is ReportingMode.EMAIL_FEEDBACK:
            parts.append(self.tr("soft %1").replace("%1", self._n(soft)))
        parts.append(self.tr("other errors %1").replace("%1", self._n(total - hard - soft)))
        formula = self._ratio(self.tr("Bounces + errors"), total, self.tr("Sent"), n["sent"])
        if mode is ReportingMode.RELAY:
            formula += "\n" + self.tr("Soft bounces are retried and count as delivered until their retries run out "
                                      "(then as Retries failed): %1 so far").replace("%1", self._n(n["soft_bounces"]))
        self.tiles["bounces_errors"].show_figure(total, _share(total, n["sent"]), detail=" · ".join(parts), formula=formula)
