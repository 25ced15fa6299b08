"""The delivery editor: the coordinator of its four pages (Properties, Content, Audience, Parameters)
and of the save bar under them.

Each page (ui/delivery_pages/) shows its part of the draft and gives it back; this object
loads the draft, tells unsaved changes, saves, and runs the background reads whose answers
the pages show: the preview and the audience count are computed a moment after the typing
stops, and only the latest answer is shown. The save bar says what is wrong, and warns that
saving a prepared delivery returns it to Draft.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from sqlalchemy import Engine, select

from campaign_desktop.db.models import Delivery, utcnow
from campaign_desktop.domain.enums import DeliveryState
from campaign_desktop.engine.delivery_edit import (
    Choices,
    DeliveryDraft,
    Problem,
    SaveOutcome,
    audience_count,
    changed_fields,
    check_draft,
    load_draft,
    projected_finish,
    read_choices,
    render_preview,
    sample_profiles,
    save_draft,
)
from campaign_desktop.engine.errors import EngineError
from campaign_desktop.engine.lifecycle import Action, allowed_actions
from campaign_desktop.engine.personalization import RenderedMessage
from campaign_desktop.engine.settings import Settings, load_settings
from campaign_desktop.ui import tasks
from campaign_desktop.ui.delivery_model import state_label
from campaign_desktop.ui.delivery_pages import AudiencePage, ContentPage, EditorPage, ParametersPage, PropertiesPage
from campaign_desktop.ui.engine_messages import error_text, text
from campaign_desktop.ui.labels import field_label
from campaign_desktop.ui.style import PROBLEM

DEBOUNCE_MS = 300


def _editable(state: DeliveryState) -> bool:
    """Whether the lifecycle lets a delivery in ``state`` be edited (Draft, Prepared)."""
    return Action.EDIT in allowed_actions(state)


@dataclass(frozen=True)
class Loaded:
    """The delivery as last read: its draft, its state, and what the pages offer with it."""

    draft: DeliveryDraft
    state: DeliveryState
    choices: Choices
    settings: Settings
    to_deliver: int


def _on_page(*path: str) -> Any:
    """A widget of one page, reachable from the editor as before the pages were split (the
    dashboard, the screenshots and the tests use these)."""

    def widget(editor: DeliveryEditor) -> Any:
        found: Any = editor
        for name in path:
            found = getattr(found, name)
        return found

    return property(widget)


class DeliveryEditor(QObject):
    """The editor's pages (``pages``: (widget, title)) and its save bar (``save_bar``), laid out by the dashboard.

    ``saved(outcome)`` after a save; ``dirty_changed(bool)`` when unsaved edits appear or go.
    """

    saved = Signal(object)
    dirty_changed = Signal(bool)

    label = _on_page("properties", "label")
    from_name = _on_page("properties", "from_name")
    from_address = _on_page("properties", "from_address")
    subject = _on_page("content", "subject")
    html = _on_page("content", "html")
    field_picker = _on_page("content", "field_picker")
    insert_field = _on_page("content", "insert_field")
    sample = _on_page("content", "sample")  # (profile id, label): the proof dialog offers the same profiles
    preview_subject = _on_page("content", "preview_subject")
    preview = _on_page("content", "preview")
    preview_problem = _on_page("content", "preview_problem")
    count = _on_page("audience", "count")
    rate = _on_page("parameters", "policy", "rate")
    windowed = _on_page("parameters", "policy", "windowed")
    window_start = _on_page("parameters", "policy", "window_start")
    window_end = _on_page("parameters", "policy", "window_end")
    window_days = _on_page("parameters", "policy", "window_days")
    finish = _on_page("parameters", "policy", "finish")

    def __init__(self, engine: Engine, delivery_id: int, parent: QWidget, operator: Callable[[], str]) -> None:
        """``operator`` tells who is signed in now: saving is done (and its role checked) as them."""
        super().__init__(parent)
        self.engine, self.delivery_id, self.operator = engine, delivery_id, operator
        self.loaded: Loaded | None = None
        self.dirty = False
        self.editable = False
        self._saving: DeliveryDraft | None = None
        self._preview_timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._preview_timer.timeout.connect(self.refresh_preview)
        self._count_timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._count_timer.timeout.connect(self.refresh_count)
        self.properties = PropertiesPage()
        self.content = ContentPage()
        self.audience = AudiencePage()
        self.parameters = ParametersPage()
        self.pages: list[tuple[EditorPage, str]] = [
            (self.properties, self.tr("Properties")),
            (self.content, self.tr("Content")),
            (self.audience, self.tr("Audience")),
            (self.parameters, self.tr("Parameters")),
        ]
        self.save_bar = self._save_bar()
        for page, _ in self.pages:
            page.edited.connect(self._edited)
        self.content.edited.connect(self._schedule_preview)
        self.content.sample.currentIndexChanged.connect(self._schedule_preview)
        self.audience.targeting_edited.connect(self._schedule_count)
        self.parameters.timing_edited.connect(self._schedule_count)  # the projected finish follows the policy

    def _save_bar(self) -> QWidget:
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(PROBLEM)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.revert_button = QPushButton(self.tr("Revert"))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.revert_button.clicked.connect(self.revert)
        self.save_button.clicked.connect(self.save)
        bar = QWidget()
        layout = QHBoxLayout(bar)
        texts = QVBoxLayout()
        texts.addWidget(self.notice)
        texts.addWidget(self.problems)
        layout.addLayout(texts, 1)
        layout.addWidget(self.revert_button)
        layout.addWidget(self.save_button)
        return bar

    # --- loading ---------------------------------------------------------------------------------
    def load(self) -> None:
        engine, delivery_id = self.engine, self.delivery_id

        def read() -> Loaded:
            with engine.connect() as conn:
                draft, state = load_draft(conn, delivery_id)
                to_deliver = conn.execute(select(Delivery.to_deliver).where(Delivery.id == delivery_id)).scalar_one()
                return Loaded(draft, state, read_choices(conn), load_settings(conn), to_deliver)

        self._start("load", read, self.on_loaded)

    def _start(self, name: str, function: Callable[[], Any], on_finished: Callable[[Any], None],
               latest_only: bool = True) -> None:
        """Run ``function`` in the background; with ``latest_only``, an older answer of the same
        kind (a preview, a count) is dropped when a newer one was asked for."""
        key = (id(self), name) if latest_only else None
        tasks.start(function, on_finished, self.on_failed, key=key)

    @Slot(object)
    def on_loaded(self, loaded: Loaded) -> None:
        self.loaded = loaded
        for page, _ in self.pages:
            page.set_workspace(loaded.choices, loaded.settings)
            page.load(loaded.draft)
        self.set_editable(_editable(loaded.state))
        self._set_dirty(False)
        self.refresh_count()
        self.refresh_samples()

    def draft(self) -> DeliveryDraft:
        """The draft as the pages show it now."""
        assert self.loaded is not None
        draft = self.loaded.draft
        for page, _ in self.pages:
            draft = page.apply(draft)
        return draft

    def set_editable(self, editable: bool) -> None:
        """Read-only while the delivery is past Prepared or the engine works on it."""
        self.editable = editable and self.loaded is not None and _editable(self.loaded.state)
        for page, _ in self.pages:
            page.set_editable(self.editable)
        self._show_bar()

    # --- edits -----------------------------------------------------------------------------------
    @Slot()
    def _edited(self) -> None:
        if self.loaded is not None:
            self._set_dirty(bool(changed_fields(self.loaded.draft, self.draft())))

    @Slot()
    def _schedule_preview(self) -> None:
        self._preview_timer.start()

    @Slot()
    def _schedule_count(self) -> None:
        self._count_timer.start()

    def _set_dirty(self, dirty: bool) -> None:
        changed = dirty != self.dirty
        self.dirty = dirty
        self._show_bar()
        if changed:
            self.dirty_changed.emit(dirty)

    def _show_bar(self) -> None:
        self.save_button.setEnabled(self.editable and self.dirty)
        self.revert_button.setEnabled(self.editable and self.dirty)
        state = self.loaded.state if self.loaded is not None else None
        if state is not None and not _editable(state):
            self.notice.setText(self.tr("This delivery is %1: it can no longer be edited. Duplicate it to send it again.")
                                .replace("%1", state_label(state)))
        elif self.dirty and state is DeliveryState.PREPARED:
            self.notice.setText(self.tr("This delivery is prepared: saving these changes returns it to Draft, "
                                        "and it must be prepared again."))
        elif self.dirty:
            self.notice.setText(self.tr("Unsaved changes."))
        else:
            self.notice.setText("")
        if not self.dirty:
            self.problems.setText("")

    # --- save and revert -------------------------------------------------------------------------
    @Slot()
    def save(self) -> None:
        if self.loaded is None or not self.dirty:
            return
        draft = self.draft()
        self.save_button.setEnabled(False)
        engine, delivery_id, operator = self.engine, self.delivery_id, self.operator()
        self._saving = draft

        def checked_save() -> SaveOutcome | list[Problem]:
            # compiling the templates is checked off the GUI thread too: a template is the marketer's code
            return check_draft(draft) or save_draft(engine, delivery_id, draft, operator)

        self._start("save", checked_save, self.on_saved, latest_only=False)

    @Slot(object)
    def on_saved(self, outcome: SaveOutcome | list[Problem]) -> None:
        if isinstance(outcome, list):  # refused: what was typed stays, with what to correct
            self.problems.setText("\n".join(f"• {self._field_label(p.field)}: {text(p.message)}" for p in outcome))
            self._show_bar()
            self.save_button.setEnabled(self.editable and self.dirty)
            return
        if self.loaded is not None and self._saving is not None:  # saved: no longer unsaved, before the reload
            self.loaded = replace(self.loaded, draft=self._saving)
            self._set_dirty(bool(changed_fields(self._saving, self.draft())))
        self.saved.emit(outcome)
        self.load()

    def _field_label(self, name: str) -> str:
        """A draft field as the page that holds it names it."""
        for page, _ in self.pages:
            if name in (labels := page.field_labels()):
                return labels[name]
        return field_label(name)

    @Slot()
    def revert(self) -> None:
        if self.loaded is not None:
            self.on_loaded(self.loaded)

    @Slot(str)
    def on_failed(self, message: str) -> None:
        self.problems.setText(message)
        self._show_bar()
        self.save_button.setEnabled(self.editable and self.dirty)

    # --- background figures ------------------------------------------------------------------------
    @Slot()
    def refresh_count(self) -> None:
        """The audience's size and the projected finish, from the database (in the background)."""
        if self.loaded is None:
            return
        draft, engine, loaded = self.draft(), self.engine, self.loaded

        def count() -> tuple[int, int, dt.datetime | None, str]:
            with engine.connect() as conn:
                targeted = audience_count(conn, draft.audience_list_id, draft.audience_filter)
            unchanged = loaded.state is DeliveryState.PREPARED and not changed_fields(loaded.draft, draft)
            messages = loaded.to_deliver if unchanged else targeted
            start = max(draft.contact_date or utcnow(), utcnow())
            try:
                return targeted, messages, projected_finish(draft, messages, loaded.settings, start), ""
            except EngineError as exc:  # sending windows that never open
                return targeted, messages, None, error_text(exc)

        self.audience.show_counting()
        self._start("count", count, self.on_counted)

    @Slot(object)
    def on_counted(self, result: tuple[int, int, dt.datetime | None, str]) -> None:
        targeted, messages, finish, problem = result
        self.audience.show_count(targeted)
        self.parameters.policy.show_finish(finish, messages, problem)

    def refresh_samples(self) -> None:
        if self.loaded is None:
            return
        draft, engine = self.loaded.draft, self.engine

        def read() -> list[tuple[int, str]]:
            with engine.connect() as conn:
                return sample_profiles(conn, draft.audience_list_id, draft.audience_filter)

        self._start("samples", read, self.on_samples)

    @Slot(object)
    def on_samples(self, samples: list[tuple[int, str]]) -> None:
        self.content.show_samples(samples)
        self.refresh_preview()

    @Slot()
    def refresh_preview(self) -> None:
        if self.loaded is None:
            return
        draft, engine, profile_id = self.draft(), self.engine, self.content.sample.currentData()

        def render() -> tuple[RenderedMessage | None, str]:
            try:
                with engine.connect() as conn:
                    return render_preview(conn, draft, profile_id), ""
            except EngineError as exc:  # TemplateProblem, RenderProblem, AudienceError: shown, not raised
                return None, error_text(exc)

        self._start("preview", render, self.on_preview)

    @Slot(object)
    def on_preview(self, result: tuple[RenderedMessage | None, str]) -> None:
        self.content.show_preview(*result)
