"""The operator panel's usage page: the last 14 days' visitor sessions as a chart, sessions per
language in each language's own name, and the export as CSV to a USB stick or the outbox."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from kiosk.ui.operator.panel import ExtraPage
from kiosk.ui.operator.usage_chart import UsageChart, qdate
from kiosk.ui.widgets.text import isolate, text_label
from kiosk.usage import export

if TYPE_CHECKING:
    from kiosk.settings import Settings
    from kiosk.usage.recorder import UsageRecorder

log = logging.getLogger(__name__)

translate = QCoreApplication.translate

TITLE = QT_TRANSLATE_NOOP("OperatorPanel", "Usage counts")
"""The page's button in the panel, and its heading."""
DAYS = 14
"""The chart's days, today included (issue 14: "the last 14 days")."""


class UsagePage(ExtraPage):
    """What the recorder counted, read when the page is shown (the sessions ended so far; the
    one in progress counts when it ends). `settings()` gives the kiosk's settings in use (the
    outbox and kiosk id, when the fleet sets them); `removable` finds USB sticks."""

    def __init__(self, recorder: UsageRecorder, settings: Callable[[], Settings],
                 removable: Callable[[], Sequence[Path]] = export.removable_folders) -> None:
        super().__init__()
        self.recorder = recorder
        self._settings = settings
        self._removable = removable
        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        self.heading = text_label("heading")
        self.chart_heading = text_label("subheading")
        self.chart = UsageChart()
        self.languages_heading = text_label("subheading")
        self.totals = QGridLayout()
        self.totals.setHorizontalSpacing(24)
        self.totals.setColumnStretch(2, 1)
        self.status = text_label("lead")
        self.export_button = QPushButton()
        self.back_button = QPushButton()
        for button in (self.export_button, self.back_button):
            button.setObjectName("secondary")
        for widget in (self.heading, self.chart_heading, self.chart, self.languages_heading):
            layout.addWidget(widget)
        layout.addLayout(self.totals)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.export_button.clicked.connect(self.export)
        self.back_button.clicked.connect(self.back)

    def retranslate(self) -> None:
        self.heading.setText(translate("OperatorPanel", str(TITLE)))
        self.chart_heading.setText(translate("UsagePage", "Visitor sessions, last 14 days"))
        self.chart.setAccessibleName(self.chart_heading.text())
        self.languages_heading.setText(translate("UsagePage", "Sessions by language"))
        self.export_button.setText(translate("UsagePage", "Export as CSV"))
        self.back_button.setText(translate("OperatorPanel", "Back"))
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Read the counts again: the chart, the totals, or why there are none."""
        from kiosk.usage.store import daily_sessions, language_totals

        self.recorder.flush()
        store = self.recorder.store()
        today = dt.date.today()
        days = daily_sessions(store, today, DAYS) if store is not None else \
            [(today - dt.timedelta(days=DAYS - 1 - i), 0) for i in range(DAYS)]
        self.chart.set_days(days)
        locale = self.locale()
        self.chart.setAccessibleDescription(", ".join(
            f"{locale.toString(qdate(day), 'd MMMM')}: {locale.toString(n)}"
            for day, n in days))
        totals = language_totals(store, days[0][0], today) if store is not None else {}
        while self.totals.count():
            item = self.totals.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        bundle = self.recorder.window.bundle
        # Names on the reading side whatever their own script (an Arabic name in an English
        # list lines up with the others), counts flush on the other side.
        start, end = (Qt.AlignmentFlag.AlignRight, Qt.AlignmentFlag.AlignLeft) \
            if self.isRightToLeft() else (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight)
        middle = Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
        for row, (code, n) in enumerate(totals.items()):
            texts = bundle.texts.get(code)
            name = QLabel(texts.language.name if texts is not None else code)
            name.setLocale(QLocale(code))  # a screen reader says it in its language
            name.setAlignment(middle | start)
            count = QLabel(locale.toString(n))
            count.setAlignment(middle | end)
            self.totals.addWidget(name, row, 0)
            self.totals.addWidget(count, row, 1)
        if self.recorder.problem:
            self.status.setText(isolate(self.recorder.problem))
        elif not totals:
            self.status.setText(translate("UsagePage", "No visitor sessions yet."))
        else:
            self.status.setText("")

    def export(self) -> None:
        """Write the counts as CSV to the first USB stick found, else to the outbox."""
        settings = self._settings()
        store = self.recorder.store()
        places = export.destinations(str(getattr(settings, "outbox", "") or ""),
                                     self._removable)
        if store is None or not places:
            self.status.setText(isolate(self.recorder.problem) if self.recorder.problem else
                                translate("UsagePage", "No USB stick or outbox found."))
            return
        self.recorder.flush()
        path = places[0] / export.file_name(dt.date.today(),
                                            str(getattr(settings, "kiosk_id", "") or ""))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            rows = export.write_csv(store, path)
        except OSError as error:
            log.error("usage counts not exported to %s: %s", path, error)
            self.status.setText(translate("UsagePage", "Not exported: %1").replace(
                "%1", isolate(f"{path}: {error.strerror or error}")))
            return
        log.info("usage counts exported to %s (%d rows)", path, rows)
        self.status.setText(translate("UsagePage", "Exported to %1").replace(
            "%1", isolate(str(path))))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        self.refresh()
        super().showEvent(event)

