"""The operator's bar chart of visitor sessions per day: QPainter, the theme's colours, mirrored
in right-to-left, numbers and month names in the interface language's digits and words."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, QEvent, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

Role = QPalette.ColorRole

BAR_SHARE = 0.6
"""How much of a day's column its bar fills: the gaps keep neighbouring days apart."""
CHART_LINES = 9
"""The chart's height in lines of its text: the bars get about six, their labels three."""


def qdate(day: dt.date) -> QDate:
    """The same day as a QDate, for QLocale's month names."""
    return QDate(day.year, day.month, day.day)


class UsageChart(QWidget):
    """Visitor sessions per day, oldest first in the reading direction (at the left in
    English, at the right in Arabic): each bar with its count above it (none for an empty
    day) and its day of the month below, with the month's name under the first day and each
    1st. Colours are the palette's (Highlight bars, WindowText counts, Dark days, Mid the
    base line), so it follows high contrast; `set_days` gives the data."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._days: list[tuple[dt.date, int]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_days(self, days: Sequence[tuple[dt.date, int]]) -> None:
        """(day, sessions) pairs, oldest first."""
        self._days = list(days)
        self.update()

    def days(self) -> list[tuple[dt.date, int]]:
        return list(self._days)

    def bar_rect(self, index: int) -> QRect:
        """Where the bar of day `index` (0: the oldest) is drawn, in widget coordinates; an
        empty day's bar has no height, at the base line."""
        columns = self._columns()
        column = self._column(index)
        top, base = self._bar_area()
        peak = max((n for _day, n in self._days), default=0)
        n = self._days[index][1]
        height = round((base - top) * n / peak) if peak else 0
        width = max(1, round(columns.width() / max(1, len(self._days)) * BAR_SHARE))
        return QRect(column.center().x() - width // 2, base - height, width, height)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(14 * self.fontMetrics().horizontalAdvance("000"),
                     CHART_LINES * self.fontMetrics().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(len(self._days or range(14)) * self.fontMetrics().horizontalAdvance("00"),
                     self.sizeHint().height())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.LayoutDirectionChange, QEvent.Type.LocaleChange,
                            QEvent.Type.FontChange):
            self.updateGeometry()
            self.update()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette, locale, metrics = self.palette(), self.locale(), self.fontMetrics()
        line = metrics.height()
        _top, base = self._bar_area()
        columns = self._columns()
        painter.setPen(palette.color(Role.Mid))
        painter.drawLine(columns.left(), base, columns.right(), base)
        for index, (day, n) in enumerate(self._days):
            column = self._column(index)
            bar = self.bar_rect(index)
            if n:
                painter.fillRect(bar, palette.color(Role.Highlight))
                painter.setPen(palette.color(Role.WindowText))
                painter.drawText(QRect(column.left(), bar.top() - line, column.width(), line),
                                 Qt.AlignmentFlag.AlignCenter, locale.toString(n))
            painter.setPen(palette.color(Role.Dark))
            painter.drawText(QRect(column.left(), base + 2, column.width(), line),
                             Qt.AlignmentFlag.AlignCenter, locale.toString(day.day))
            if index == 0 or day.day == 1:
                month = locale.toString(qdate(day), "MMM")
                # Two columns wide (it may reach into the next day's, never past the chart).
                wide = QRect(column.left() - column.width() // 2, base + 2 + line,
                             column.width() * 2, line).intersected(columns)
                text = metrics.elidedText(month, Qt.TextElideMode.ElideRight, wide.width())
                painter.drawText(wide, Qt.AlignmentFlag.AlignCenter, text)
        painter.end()

    def _columns(self) -> QRect:
        """The chart's drawing area: the widget less a small margin on each side."""
        margin = self.fontMetrics().horizontalAdvance("0") // 2
        return self.rect().adjusted(margin, 0, -margin, 0)

    def _column(self, index: int) -> QRect:
        """Day `index`'s column: from the reading side, so mirrored in right-to-left."""
        columns = self._columns()
        count = max(1, len(self._days))
        slot = count - 1 - index if self.isRightToLeft() else index
        left = columns.left() + round(columns.width() * slot / count)
        right = columns.left() + round(columns.width() * (slot + 1) / count)
        return QRect(left, columns.top(), right - left, columns.height())

    def _bar_area(self) -> tuple[int, int]:
        """The tallest bar's top and the base line's y: a line for the counts above, two for
        the days and months below."""
        line = self.fontMetrics().height()
        return line + 2, self.height() - 2 * line - 4
