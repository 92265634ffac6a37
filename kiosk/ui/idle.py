"""Idle reset: notice when nobody has touched the kiosk, warn with a countdown, then start over."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.ui import accessibility, touch
from kiosk.ui.input_filter import input_filter
from kiosk.ui.widgets.overlay import Overlay
from kiosk.ui.widgets.text import text_label

INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd,
    QEvent.Type.TabletPress, QEvent.Type.TabletMove,
})
"""Every kind of input a visitor makes; touch included, so a tap without movement counts."""
MODIFIER_KEYS = frozenset({Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt,
                           Qt.Key.Key_Meta, Qt.Key.Key_AltGr})
"""Keys pressed on their way to a chord: on the warning they neither continue nor start over."""
ANNOUNCE_EVERY = 5
"""Seconds between the countdown's announcements to a screen reader: often enough to know
how long is left, seldom enough to leave time to act (the text itself changes every second).
It is announced as the buttons' description: a screen reader says a change of the focused
object's description (Orca 43 does; it has no support for Qt's announcement event)."""


class IdleWatcher(QObject):
    """One application-wide event filter and one single-shot timer: nothing runs while waiting."""

    idle = Signal()

    def __init__(self, seconds: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        # Precise: a coarse timer may fire 5 % early, and the countdown is what visitors see.
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.idle)
        self.set_timeout(seconds)
        self._paused = False
        input_filter().watch(self, INPUT_EVENTS, self._input)

    def set_timeout(self, seconds: int) -> None:
        self._timer.setInterval(seconds * 1000)
        if self._timer.isActive():
            self._timer.start()

    def restart(self) -> None:
        """Count the idle time from now."""
        self._paused = False
        self._timer.start()

    def pause(self) -> None:
        """Stop counting (while the warning, the attract screen or the operator panel shows)."""
        self._paused = True
        self._timer.stop()

    def is_counting(self) -> bool:
        return self._timer.isActive()

    def remaining_ms(self) -> int:
        """Milliseconds left before the warning; -1 when not counting."""
        return self._timer.remainingTime()

    def _input(self, watched: QObject, event: QEvent) -> bool:
        if not self._paused:
            self._timer.start()
        return False


class IdleWarning(Overlay):
    """ "Still there?" with a countdown, Continue and Start over; any other input continues.

    To a screen reader it is a modal dialog named "Still there?" whose description is the
    countdown (said as the dialog opens); every `ANNOUNCE_EVERY` seconds the countdown
    becomes its buttons' description too, so it is said again; Tab goes round its two
    buttons only (Overlay) while it is open.
    """

    continued = Signal()
    start_over = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        accessibility.mark_dialog(self)
        self._left = 0
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._count_down)
        card, column = self.card(760)
        self.title = text_label("heading")
        self.countdown = text_label("lead")
        column.addWidget(self.title)
        column.addWidget(self.countdown)
        buttons = QHBoxLayout()
        self.continue_button = QPushButton()
        self.start_over_button = QPushButton()
        for button in (self.continue_button, self.start_over_button):
            button.setObjectName("language")
            buttons.addWidget(button)
        self.continue_button.setObjectName("primary")
        column.addLayout(buttons)
        row = QHBoxLayout()  # centred between stretches: wrapped text keeps its full height
        row.addStretch(1)
        row.addWidget(card, 1000)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)
        self.continue_button.clicked.connect(self._continue)
        self.start_over_button.clicked.connect(self._start_over)

    def begin(self, seconds: int) -> None:
        self._left = seconds
        for button in (self.continue_button, self.start_over_button):
            button.setAccessibleDescription("")  # the dialog's own description says it first
        self.retranslate()
        self.open()
        self.continue_button.setFocus()
        self._tick.start()

    def seconds_left(self) -> int:
        return self._left

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.title.setText(translate("IdleWarning", "Still there?"))
        # Plural forms through self.tr: lupdate 6.11 marks numerus only there (context: class).
        self.countdown.setText(self.tr("Starting over in %n seconds.", "", self._left))
        self.continue_button.setText(translate("IdleWarning", "Continue"))
        self.start_over_button.setText(translate("IdleWarning", "Start over"))
        self.setAccessibleName(self.title.text())
        self.setAccessibleDescription(self.countdown.text())

    def _count_down(self) -> None:
        self._left -= 1
        if self._left <= 0:
            self._start_over()
        else:
            self.retranslate()
            if self._left % ANNOUNCE_EVERY == 0:
                for button in (self.continue_button, self.start_over_button):
                    button.setAccessibleDescription(self.countdown.text())

    def _finish(self) -> None:
        self._tick.stop()
        self.hide()

    def _continue(self) -> None:
        self._finish()
        self.continued.emit()

    def _start_over(self) -> None:
        self._finish()
        self.start_over.emit()

    # Any input on the warning but Start over means the visitor is still there.
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        event.accept()  # a tap acts when the finger lifts, as the buttons do

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if touch.is_tap(self, event):
            self._continue()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in MODIFIER_KEYS:
            return  # the start of a chord (Shift+Tab moves within the warning), not an answer
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and \
                self.start_over_button.hasFocus():
            self._start_over()
        else:
            self._continue()
