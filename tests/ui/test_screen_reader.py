"""What a screen reader is told, read through Qt's accessibility interfaces (what the AT-SPI
bridge passes to Orca): a heading that takes the focus on every screen in one move, headings
with a level and the visitor's language, every language a Tab stop, and the idle warning a
named modal dialog that keeps Tab inside it. tools/atspi_check.py checks the same on the bus."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtDBus import QDBusMessage
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from kiosk.ui import accessibility
from kiosk.ui.idle import ANNOUNCE_EVERY, IdleWarning
from kiosk.ui.main_window import MainWindow
from kiosk.ui.screens import HOME
from kiosk.ui.screens.home import HomeScreen
from kiosk.ui.settle import settle
from tests.helpers import MakeWindow


def interface(widget: QWidget) -> QAccessibleInterface:
    iface = QAccessible.queryAccessibleInterface(widget)
    assert iface is not None and iface.isValid()
    return iface


def name(widget: QWidget) -> str:
    return str(interface(widget).text(QAccessible.Text.Name))


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def home_of(window: MainWindow) -> HomeScreen:
    home = window.screen_widget(HOME)
    assert isinstance(home, HomeScreen)
    return home


def test_focus_lands_on_each_screens_heading(make_window: MakeWindow) -> None:
    """In every language, after every screen change (forward, back, home) the focus is on
    a named heading of the new screen: a screen reader says where the visitor is."""
    window = make_window()
    wrong = []
    for code in window.bundle.languages:
        window.set_language(code)
        for screen_id in window.screen_ids():
            for step in ("forward", "back"):
                if step == "forward":
                    window.navigate(screen_id)
                elif screen_id != HOME:
                    window.back()
                else:
                    continue
                settle(QApplication.instance())
                widget, shown = focus(), window.screen_widget(window.current_screen())
                iface = interface(widget)
                if iface.role() != QAccessible.Role.Heading or not name(widget) \
                        or not shown.isAncestorOf(widget):
                    wrong.append((code, screen_id, step, iface.role().name, name(widget)))
    assert not wrong


def test_screen_change_moves_focus_once(make_window: MakeWindow) -> None:
    """Enter on a tile moves the focus straight to the new screen's heading: no stop on the
    way (a screen reader would speak "Text size" or "Back" nobody touched)."""
    window = make_window()
    for code in window.bundle.languages:
        window.set_language(code)
        window.navigate(HOME)
        settle(QApplication.instance())
        tile = next(iter(home_of(window).tiles.values()))
        tile.setFocus()
        moves: list[QWidget] = []
        app = QApplication.instance()
        assert isinstance(app, QApplication)

        def moved(_old: QWidget | None, new: QWidget | None, log: list[QWidget] = moves) -> None:
            if new is not None:
                log.append(new)
        app.focusChanged.connect(moved)
        QTest.keyClick(tile, Qt.Key.Key_Return)
        settle(app)
        app.focusChanged.disconnect(moved)
        assert [(code, name(w)) for w in moves] == [(code, name(focus()))]
        assert interface(moves[0]).role() == QAccessible.Role.Heading


def test_headings_have_a_level_and_the_visitors_language(make_window: MakeWindow) -> None:
    """Each screen's title is a level-1 heading whose locale is the interface language,
    also after a live switch (a screen reader picks its voice by it)."""
    window = make_window()
    wrong = []
    for code in window.bundle.languages:
        window.set_language(code)
        for screen_id in window.screen_ids():
            window.navigate(screen_id)
            settle(QApplication.instance())
            iface = interface(focus())
            attributes = iface.attributesInterface()
            if iface.role() != QAccessible.Role.Heading or attributes is None:
                wrong.append((code, screen_id, "no heading"))
                continue
            level = attributes.attributeValue(QAccessible.Attribute.Level)
            locale = attributes.attributeValue(QAccessible.Attribute.Locale)
            if level != 1 or locale.name().split("_")[0] != code:
                wrong.append((code, screen_id, f"level {level}, locale {locale.name()}"))
    assert not wrong


def test_every_object_follows_a_live_switch(make_window: MakeWindow) -> None:
    """After a live switch every shown control's locale is the new language, but for the
    language buttons, each in its own language whatever the interface's."""
    window = make_window()
    home = home_of(window)
    for code in window.bundle.languages:
        window.set_language(code)
        settle(QApplication.instance())
        wrong = []
        for widget in window.findChildren(QPushButton):
            if not widget.isVisible():
                continue
            attributes = interface(widget).attributesInterface()
            assert attributes is not None
            spoken = attributes.attributeValue(QAccessible.Attribute.Locale).name()[:2]
            own = next((c for c in window.bundle.languages
                        if widget is home.languages.button(c)), code)
            if spoken != own:
                wrong.append((widget.text(), spoken, own))
        assert not wrong, code


def test_every_language_is_a_tab_stop(make_window: MakeWindow) -> None:
    """On a fresh start Tab reaches every language button in turn, in a named group, and an
    arrow key moves the focus without switching the interface."""
    window = make_window()
    home = home_of(window)
    group = interface(home.languages)
    assert group.role() == QAccessible.Role.Grouping and group.text(QAccessible.Text.Name)
    codes = home.languages.codes()
    first = home.languages.button(codes[0])
    first.setFocus(Qt.FocusReason.TabFocusReason)
    reached = [focus()]
    for _ in codes[1:]:
        QTest.keyClick(focus(), Qt.Key.Key_Tab)
        reached.append(focus())
    assert reached == [home.languages.button(c) for c in codes]
    language = window.language()
    QTest.keyClick(focus(), Qt.Key.Key_Left)
    QTest.keyClick(focus(), Qt.Key.Key_Right)
    settle(QApplication.instance())
    assert window.language() == language


def test_idle_warning_is_a_named_modal_dialog_that_keeps_the_focus(
        make_window: MakeWindow) -> None:
    """"Still there?" is a modal dialog named by its question, its countdown its
    description; Tab and Shift+Tab (Shift pressed first) stay on its buttons while it
    counts, and Continue gives the focus back to a named object."""
    window = make_window()
    warning = window.findChild(IdleWarning)  # however the window's session holds it
    assert isinstance(warning, IdleWarning)
    for code in window.bundle.languages:
        window.set_language(code)
        window.navigate(window.screen_ids()[1])
        settle(QApplication.instance())
        before = focus()
        warning.begin(15)
        settle(QApplication.instance())
        dialog = interface(warning)
        assert dialog.role() == QAccessible.Role.Dialog
        assert dialog.state().modal
        assert dialog.text(QAccessible.Text.Name) == warning.title.text() != ""
        assert dialog.text(QAccessible.Text.Description) == warning.countdown.text() != ""
        buttons = {warning.continue_button, warning.start_over_button}
        for key, modifier in [(Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier)] * 3 + \
                [(Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)] * 3:
            QTest.keyClick(focus(), key, modifier)
            assert warning.isVisible() and focus() in buttons, (code, key, modifier)
        warning.continue_button.click()
        settle(QApplication.instance())
        assert focus() is before and name(focus())


def test_every_page_tab_stop_is_named(make_window: MakeWindow) -> None:
    """The scrolling page of each screen is a Tab stop (arrows scroll it): it carries the
    screen's name in every language."""
    window = make_window()
    unnamed = []
    for code in window.bundle.languages:
        window.set_language(code)
        for screen_id in window.screen_ids():
            window.navigate(screen_id)
            settle(QApplication.instance())
            for widget in window.screen_widget(screen_id).findChildren(QWidget):
                if widget.isVisible() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus \
                        and not name(widget).strip():
                    unnamed.append((code, screen_id, type(widget).__name__))
    assert not unnamed


def test_idle_countdown_is_said_again_every_few_seconds(make_window: MakeWindow,
                                                        qtbot: object) -> None:
    """While the warning counts, its buttons' description becomes the countdown every
    ANNOUNCE_EVERY seconds: a screen reader says the change of the focused button's."""
    window = make_window()
    warning = window.findChild(IdleWarning)
    assert isinstance(warning, IdleWarning)
    warning.begin(ANNOUNCE_EVERY + 1)
    assert focus() is warning.continue_button
    assert name(focus()) and not interface(focus()).text(QAccessible.Text.Description)

    def said() -> bool:
        return bool(warning.countdown.text()) and interface(focus()).text(
            QAccessible.Text.Description) == warning.countdown.text()
    qtbot.waitUntil(said, timeout=3000)  # type: ignore[attr-defined]
    assert warning.seconds_left() == ANNOUNCE_EVERY


def test_language_sheet_is_a_named_modal_dialog_that_keeps_the_focus(
        make_window: MakeWindow) -> None:
    """The bar's language sheet is a modal dialog named by its title in every language, and
    Tab goes round its own controls."""
    window = make_window()
    for code in window.bundle.languages:
        window.set_language(code)
        settle(QApplication.instance())
        window.open_language_sheet()
        sheet = window.language_sheet()
        assert sheet is not None
        dialog = interface(sheet)
        assert dialog.role() == QAccessible.Role.Dialog and dialog.state().modal
        assert dialog.text(QAccessible.Text.Name) == sheet.title.text() != ""
        for _ in range(2 * len(window.bundle.languages) + 2):
            QTest.keyClick(focus(), Qt.Key.Key_Tab)
            assert sheet.isAncestorOf(focus()), (code, focus())
        sheet.hide()



def test_a_page_shown_again_is_said_visible_not_only_showing(
        make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """Going to a section and back, the screen reader is told that every object of the
    page shown is visible and every object of the page left is not (AT-SPI "visible"
    beside Qt's "showing"): a reader that read home while it was hidden would otherwise keep
    it "not visible", and Orca's flat review would skip it. What goes to the bus is caught
    in place of Qt's accessibility bus connection (there is no bus under the tests)."""
    sent: list[tuple[str, list[object]]] = []

    class Bus:
        def isConnected(self) -> bool:  # noqa: N802 - QDBusConnection's name
            return True

        def send(self, message: QDBusMessage) -> bool:
            sent.append((message.path(), list(message.arguments())))
            return True

    monkeypatch.setattr(accessibility, "_a11y_bus", Bus)
    monkeypatch.setattr(QAccessible, "isActive", staticmethod(lambda: True))
    window = make_window()
    wrong = []
    for code in window.bundle.languages:
        window.set_language(code)
        for screen_id in window.screen_ids():
            if screen_id == HOME:
                continue
            window.navigate(screen_id)
            settle(QApplication.instance())
            sent.clear()
            window.back()
            settle(QApplication.instance())
            said = {path: arguments[:2] for path, arguments in sent}
            for page, visible in ((window.screen_widget(HOME), 1),
                                  (window.screen_widget(screen_id), 0)):
                for widget in [page, *page.findChildren(QWidget)]:
                    if visible and not widget.isVisible():
                        continue
                    path = f"/org/a11y/atspi/accessible/{QAccessible.uniqueId(interface(widget))}"
                    if said.get(path) != ["visible", visible]:
                        wrong.append((code, screen_id, visible, type(widget).__name__,
                                      widget.objectName(), said.get(path)))
    assert not wrong, wrong[:10]
