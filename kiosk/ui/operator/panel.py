"""The operator panel: PIN first, then languages, idle time, content reload, diagnostics, exit."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QObject,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QScroller,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.pin import PinLock
from kiosk.settings import DECLARED, Settings
from kiosk.ui.operator.pin_pad import PinPad
from kiosk.ui.widgets.overlay import Overlay
from kiosk.ui.widgets.text import isolate, text_label

translate = QCoreApplication.translate

SMALL_DISPLAY_PX = 600
"""A window whose shorter side is below this (800x480, 1024x600 less its bar) is a small one."""

IDLE_CHOICES: tuple[int, ...] = DECLARED["idle_timeout"].choices
"""Idle times the panel offers, in seconds, as declared in kiosk.settings (within the
setting's range; the settings file may say any other value in it, and the panel adds it)."""


class CurrentPageStack(QStackedWidget):
    """Pages, one shown at a time, as tall as the page shown (a QStackedWidget is as tall as its
    tallest page, so in a scroll area the PIN pad would scroll for the settings page)."""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        current = self.currentWidget()
        return current.sizeHint() if current is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        current = self.currentWidget()
        return current.minimumSizeHint() if current is not None else super().minimumSizeHint()

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        current = self.currentWidget()
        if current is None or not current.hasHeightForWidth():
            return super().heightForWidth(width) if current is None else -1
        return current.heightForWidth(width)


class ExtraPage(QWidget):
    """A page that another part of the kiosk adds to the panel (`OperatorPanel.add_page`)."""

    back = Signal()
    """Back to the settings page."""

    def retranslate(self) -> None:
        """Set every text in the interface language (the panel calls it when it does)."""


class OperatorPanel(Overlay):
    """Emits what the operator asks for; the kiosk does it and reports back with `say()`."""

    save_requested = Signal(object)  # Settings
    reload_requested = Signal()
    exit_requested = Signal()
    unlocked = Signal()
    """The right PIN was typed (or none is needed): the operator is at work."""
    closed = Signal()

    def __init__(self, parent: QWidget, languages: dict[str, str],
                 diagnostics: Callable[[], str]) -> None:
        super().__init__(parent)
        self._languages = languages
        self._diagnostics = diagnostics
        self._settings = Settings()
        self._extra: list[tuple[QPushButton, str, ExtraPage]] = []
        self.lock = PinLock()
        self._lock_tick = QTimer(self)
        self._lock_tick.setInterval(1000)
        self._lock_tick.timeout.connect(self._show_lock)

        card, self._card_layout = self.card(1000)
        self.pages = CurrentPageStack()
        # What does not fit a small display (800x480 at a large text size) scrolls, whole,
        # instead of being squeezed: never sideways, the pages wrap to the panel's width.
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("panelScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(self.pages)
        self.scroll_area.viewport().setAutoFillBackground(False)
        self.pages.setAutoFillBackground(False)
        QScroller.grabGesture(self.scroll_area.viewport(),
                              QScroller.ScrollerGestureType.TouchGesture)
        # The columns follow the viewport's own width (it narrows when the vertical scroll
        # bar appears), not the panel's, which is resized before its children are.
        self.scroll_area.viewport().installEventFilter(self)
        self._card_layout.addWidget(self.scroll_area)
        self._outer = QHBoxLayout(self)
        self._outer.addStretch(1)
        self._outer.addWidget(card, 1000)  # as wide as the window allows, up to its maximum
        self._outer.addStretch(1)
        self._fit_margins()

        self.pin_pad = PinPad()
        self.pin_pad.set_wide(self._wide())
        self.pin_pad.entered.connect(self._check_pin)
        self.pin_pad.cancelled.connect(self.close_panel)
        self.pages.addWidget(self.pin_pad)
        self.settings_page = self._build_settings_page()
        self.pages.addWidget(self.settings_page)
        self.diagnostics_page = self._build_diagnostics_page()
        self.pages.addWidget(self.diagnostics_page)
        self.pages.currentChanged.connect(lambda _index: self._page_changed())

    def add_page(self, page: ExtraPage, label: str) -> None:
        """Another page (content packs, ...), opened by a button among the actions named
        `label` (marked with QT_TRANSLATE_NOOP("OperatorPanel", ...)); its `back` signal
        returns to the settings, and it is retranslated with the panel."""
        button = QPushButton()
        button.setObjectName("secondary")
        button.clicked.connect(lambda: self.pages.setCurrentWidget(page))
        page.back.connect(lambda: self.pages.setCurrentWidget(self.settings_page))
        self.pages.addWidget(page)
        self._extra.append((button, label, page))
        self.retranslate()

    def _page_changed(self) -> None:
        self.pages.updateGeometry()
        self.scroll_area.verticalScrollBar().setValue(0)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        """The panel covers the window: a landscape window puts the PIN keys beside the rest
        of the pad, and a small one gets narrower margins."""
        self.pin_pad.set_wide(self._wide())
        self._fit_margins()
        super().resizeEvent(event)
        self._arrange_actions()

    def _wide(self) -> bool:
        return self.width() > self.height()

    def _fit_margins(self) -> None:
        # 24 px around the card and 40x32 inside it on a large display; on a 7-inch panel
        # (shorter side under 600 px) half of that, which is the height of two PIN keys' gap.
        small = min(self.width(), self.height()) < SMALL_DISPLAY_PX
        around = 12 if small else 24
        self._outer.setContentsMargins(around, around, around, around)
        self._card_layout.setContentsMargins(*((20, 16, 20, 16) if small else (40, 32, 40, 32)))

    # --- what the kiosk calls ----------------------------------------------------------------

    def open_panel(self, settings: Settings, warnings: Sequence[str]) -> None:
        """Open on the PIN pad when a PIN is set, else straight on the settings."""
        self._settings = settings
        self.warnings.setText("\n".join(warnings))
        self.warnings.setVisible(bool(warnings))
        self.retranslate()
        self._fill(settings)
        self.open()
        if settings.pin_hash:
            self.pin_pad.clear()
            self.pages.setCurrentWidget(self.pin_pad)
            self._show_lock()
            self.pin_pad.setFocus()
        else:
            self.pages.setCurrentWidget(self.settings_page)
            self.unlocked.emit()

    def set_languages(self, languages: dict[str, str], settings: Settings | None = None) -> None:
        """The content's languages, code -> name in its own script, for the default language
        and the offered languages (after a content reload that added or removed one); the
        lists then show `settings` (those in use) if given."""
        self._languages = dict(languages)
        self.default_language.clear()
        for code, name in self._languages.items():
            self.default_language.addItem(name, code)
        for box in self.offered.values():
            self._offered_layout.removeWidget(box)
            box.deleteLater()
        self.offered.clear()
        for code, name in self._languages.items():
            self.offered[code] = QCheckBox(name)
        if hasattr(self, "_buttons"):  # not while the settings page is being built
            self._arrange_actions()
        if settings is not None:
            self._settings = settings
            self._fill(settings)

    def say(self, message: str) -> None:
        """Show the outcome of what the operator asked for; paths, file names and addresses
        in `message` must already be isolated (`kiosk.ui.widgets.text.isolate`), or a
        right-to-left language reorders them ("/tmp/a" shown as "tmp/a/")."""
        self.status.setText(message)

    def say_reload_refused(self, problems: Sequence[str]) -> None:
        """The content was refused: how many problems, the first few, and that nothing changed."""
        self.say(self.tr("The content was not reloaded: %n problem(s). The current content "
                         "stays.", "", len(problems)) + "\n" +
                 "\n".join(isolate(problem) for problem in problems[:3]))

    def close_panel(self) -> None:
        self._lock_tick.stop()
        self.hide()
        self.closed.emit()

    def is_unlocked(self) -> bool:
        return self.isVisible() and self.pages.currentWidget() is not self.pin_pad

    def retranslate(self) -> None:
        self.pin_pad.retranslate()
        self.heading.setText(translate("OperatorPanel", "Operator panel"))
        for label, text in zip(self.form_labels, (
                QT_TRANSLATE_NOOP("OperatorPanel", "Default language"),
                QT_TRANSLATE_NOOP("OperatorPanel", "Languages offered"),
                QT_TRANSLATE_NOOP("OperatorPanel", "Idle time before reset")), strict=True):
            label.setText(translate("OperatorPanel", str(text)))
        current = self.idle_timeout.currentData()
        self.idle_timeout.clear()
        for seconds in IDLE_CHOICES:
            self.idle_timeout.addItem(self._seconds(seconds), seconds)
        self.idle_timeout.setCurrentIndex(max(0, self.idle_timeout.findData(current)))
        for button, text in (
                (self.save_button, QT_TRANSLATE_NOOP("OperatorPanel", "Save settings")),
                (self.reload_button, QT_TRANSLATE_NOOP("OperatorPanel", "Reload content")),
                (self.diagnostics_button, QT_TRANSLATE_NOOP("OperatorPanel", "Diagnostics")),
                (self.exit_button, QT_TRANSLATE_NOOP("OperatorPanel", "Exit kiosk")),
                (self.close_button, QT_TRANSLATE_NOOP("OperatorPanel", "Close")),
                (self.back_button, QT_TRANSLATE_NOOP("OperatorPanel", "Back"))):
            button.setText(translate("OperatorPanel", str(text)))
        self.diagnostics_heading.setText(translate("OperatorPanel", "Diagnostics"))
        for extra, name, page in self._extra:
            extra.setText(translate("OperatorPanel", name))
            page.retranslate()
        self._arrange_actions()

    def _seconds(self, seconds: int) -> str:
        # Plural forms through self.tr: lupdate 6.11 marks numerus only there (context: class).
        return self.tr("%n seconds", "", seconds)

    def _actions(self) -> tuple[QPushButton, ...]:
        extra = tuple(button for button, _label, _page in self._extra)
        return (self.save_button, self.reload_button, self.diagnostics_button, *extra,
                self.close_button, self.exit_button)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.scroll_area.viewport() and event.type() == QEvent.Type.Resize:
            self._arrange_actions()
        return super().eventFilter(watched, event)

    def _arrange_actions(self) -> None:
        """The action buttons in as many columns (three at most) as their widest label allows
        in the panel's width: Russian at a large text size gets one column on 800x480; the
        offered languages' boxes likewise, as many a row as fit (eleven names in one row
        made the page 1600 px wide, so the panel scrolled sideways on 800x480)."""
        margins = self._settings_layout.contentsMargins()
        width = self.scroll_area.viewport().width() - margins.left() - margins.right()
        in_columns(self._buttons, self._actions(), width, 3)
        in_columns(self._offered_layout, tuple(self.offered.values()), width,
                   len(self.offered))

    # --- pages ---------------------------------------------------------------------------------

    def _build_settings_page(self) -> QWidget:
        page = QWidget()
        layout = self._settings_layout = QVBoxLayout(page)
        layout.setSpacing(16)
        self.heading = text_label("heading")
        self.warnings = text_label("warning")
        layout.addWidget(self.heading)
        layout.addWidget(self.warnings)
        self.form = QFormLayout()
        self.form.setSpacing(14)
        # Labels above their fields: a long Russian label beside a field leaves neither room
        # on a small display, and the reading order is the same in both directions.
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.default_language = QComboBox()
        self.offered_row = QWidget()
        self._offered_layout = QGridLayout(self.offered_row)
        self._offered_layout.setContentsMargins(0, 0, 0, 0)
        self._offered_layout.setHorizontalSpacing(24)
        self.offered: dict[str, QCheckBox] = {}
        self.set_languages(self._languages)
        self.idle_timeout = QComboBox()  # a few choices: easier to touch than a spin box
        self.form_labels = [text_label() for _ in range(3)]
        for label, field in zip(self.form_labels, (self.default_language, self.offered_row,
                                                   self.idle_timeout), strict=True):
            self.form.addRow(label, field)
        layout.addLayout(self.form)
        self.status = text_label("lead")
        layout.addWidget(self.status)
        self._buttons = QGridLayout()
        self._buttons.setSpacing(12)
        self.save_button = QPushButton()
        self.reload_button = QPushButton()
        self.diagnostics_button = QPushButton()
        self.exit_button = QPushButton()
        self.close_button = QPushButton()
        for button in self._actions():
            button.setObjectName("secondary")
        self.exit_button.setObjectName("danger")
        self._arrange_actions()
        layout.addLayout(self._buttons)
        layout.addStretch(1)
        self.save_button.clicked.connect(self._save)
        self.reload_button.clicked.connect(self.reload_requested)
        self.diagnostics_button.clicked.connect(self._show_diagnostics)
        self.exit_button.clicked.connect(self._exit)
        self.close_button.clicked.connect(self.close_panel)
        return page

    def _build_diagnostics_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.diagnostics_heading = text_label("heading")
        layout.addWidget(self.diagnostics_heading)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        self.diagnostics_text = text_label("mono")
        self.diagnostics_text.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        scroll.setWidget(self.diagnostics_text)
        QScroller.grabGesture(scroll.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        layout.addWidget(scroll, 1)
        self.back_button = QPushButton()
        self.back_button.setObjectName("secondary")
        self.back_button.clicked.connect(
            lambda: self.pages.setCurrentWidget(self.settings_page))
        layout.addWidget(self.back_button)
        return page

    def _fill(self, settings: Settings) -> None:
        codes = list(self._languages)
        default = settings.default_language or codes[0]
        self.default_language.setCurrentIndex(max(0, self.default_language.findData(default)))
        offered = settings.languages or tuple(codes)
        for code, box in self.offered.items():
            box.setChecked(code in offered)
        if self.idle_timeout.findData(settings.idle_timeout) < 0:
            self.idle_timeout.addItem(self._seconds(settings.idle_timeout),
                                      settings.idle_timeout)
        self.idle_timeout.setCurrentIndex(self.idle_timeout.findData(settings.idle_timeout))
        self.status.setText("")

    # --- actions -------------------------------------------------------------------------------

    def _check_pin(self, pin: str) -> None:
        if self.lock.try_pin(pin, self._settings.pin_hash):
            self.pages.setCurrentWidget(self.settings_page)
            self.pin_pad.clear()
            self.unlocked.emit()
        else:
            self.pin_pad.clear(translate("OperatorPanel", "Wrong PIN."))
            self._show_lock()

    def _show_lock(self) -> None:
        left = self.lock.seconds_left()
        if left:
            message = self.tr("Too many wrong PINs. Try again in %n seconds.", "", left)
            self.pin_pad.set_locked(True, message)
            self._lock_tick.start()
        else:
            self._lock_tick.stop()
            self.pin_pad.set_locked(False, self.pin_pad.message.text())

    def _save(self) -> None:
        offered = tuple(code for code, box in self.offered.items() if box.isChecked())
        default = self.default_language.currentData()
        if not offered:
            self.say(translate("OperatorPanel", "Offer at least one language."))
            return
        if default not in offered:
            self.say(translate("OperatorPanel",
                               "The default language must be one of the languages offered."))
            return
        timeout = int(self.idle_timeout.currentData())
        warning = min(self._settings.idle_warning, timeout // 2)
        self._settings = dataclasses.replace(
            self._settings, default_language=default, languages=offered,
            idle_timeout=timeout, idle_warning=warning)
        self.save_requested.emit(self._settings)

    def _show_diagnostics(self) -> None:
        self.diagnostics_text.setText(self._diagnostics())
        self.pages.setCurrentWidget(self.diagnostics_page)

    def _exit(self) -> None:
        if self.is_unlocked():
            self.exit_requested.emit()


def in_columns(grid: QGridLayout, widgets: Sequence[QWidget], width: int, most: int) -> None:
    """Place `widgets` in `grid` row by row, in as many columns (`most` at most, one at
    least) as the widest one's size hint allows in `width` px; the columns share the width
    evenly. Right-to-left mirrors the grid, so the first is on the reading side."""
    if not widgets:
        return
    spacing = max(0, grid.horizontalSpacing())
    widest = max(widget.sizeHint().width() for widget in widgets)
    columns = max(1, min(most, (width + spacing) // (widest + spacing)))
    for widget in widgets:
        grid.removeWidget(widget)
    for column in range(max(columns, grid.columnCount())):
        grid.setColumnStretch(column, 1 if column < columns else 0)
    for index, widget in enumerate(widgets):
        grid.addWidget(widget, index // columns, index % columns)
