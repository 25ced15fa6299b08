"""The sending logs of one delivery as a lazy table model: ids only, rows read a page at a time."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine

from campaign_desktop.domain.enums import ExclusionCause, FailureReason, FailureType, LogStatus
from campaign_desktop.engine.log_query import log_rows
from campaign_desktop.ui.delivery_model import format_time
from campaign_desktop.ui.engine_messages import reply_text
from campaign_desktop.ui.labels import cause_label, reason_label, status_label, type_label
from campaign_desktop.ui.lazy_model import LazyTableModel, PAGE, RowsReader

__all__ = ["PAGE", "LogsTableModel"]


class LogsTableModel(LazyTableModel):
    def __init__(self, engine: Engine, delivery_id: int) -> None:
        super().__init__(engine, [])
        self.delivery_id = delivery_id
        self.headers = [self.tr("Address"), self.tr("Status"), self.tr("Type"), self.tr("Reason"), self.tr("Exclusion"),
                        self.tr("Last reply"), self.tr("Retries"), self.tr("Sent"), self.tr("Detail"), self.tr("Events")]

    def rows_reader(self) -> RowsReader:
        delivery_id = self.delivery_id
        return lambda conn, ids: log_rows(conn, delivery_id, ids)

    def display(self, column: int, value: Any) -> Any:
        if value is None:
            return ""
        if column == 1:
            return status_label(LogStatus(value))
        if column == 2:
            return type_label(FailureType(value)) if value else ""
        if column == 3:
            return reason_label(FailureReason(value)) if value else ""
        if column == 4:
            return cause_label(ExclusionCause(value))
        if column == 5:
            return reply_text(str(value))
        if column == 7:
            return format_time(value)
        return str(value)
