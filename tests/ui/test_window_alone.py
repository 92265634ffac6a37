"""The main window stands alone: built without kiosk mode, it navigates, switches language and
closes, and shows nothing of kiosk mode (no warning, no attract screen, no panel, no lock)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from kiosk import i18n
from kiosk.content import default_content_dir, load_bundle
from kiosk.ui.idle import IdleWarning, IdleWatcher
from kiosk.ui.main_window import MainWindow
from kiosk.ui.screens import HOME
from kiosk.ui.widgets.overlay import Overlay


def kiosk_mode_parts(window: QWidget) -> list[QObject]:
    """What kiosk mode would put in a window: the idle watcher and warning, any object of the
    session, operator access, lock-down or read-aloud modules, any overlay shown."""
    modules = ("kiosk.ui.session", "kiosk.ui.operator", "kiosk.ui.lockdown", "kiosk.app")
    return [child for child in window.findChildren(QObject)
            if isinstance(child, IdleWarning | IdleWatcher)
            or type(child).__module__.startswith(modules)
            or type(child).__name__ == "ReadAloud"
            or (isinstance(child, Overlay) and child.isVisible())]


def test_the_window_alone_navigates_switches_and_closes(qtbot: QtBot) -> None:
    """MainWindow(bundle, Languages) with no session: every screen in every language of the
    bundle, Back and Home, Ctrl+Alt+O opens nothing, and close() closes it."""
    bundle = load_bundle(default_content_dir())
    window = MainWindow(bundle, i18n.Languages(bundle.languages))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.set_language(bundle.languages[0])
    window.navigate(HOME)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    for code in bundle.languages:
        window.set_language(code)
        assert window.language() == code
        for screen_id in window.screen_ids():
            window.navigate(screen_id)
            assert window.current_screen() == screen_id
            assert window.screen_widget(screen_id).isVisible()
    window.navigate(HOME)
    first, second = [s for s in window.screen_ids() if s != HOME][:2]
    window.navigate(first)
    window.navigate(second)
    window.navbar.back.click()
    assert window.current_screen() == first
    window.navbar.home.click()
    assert window.current_screen() == HOME and not window.navbar.back.isEnabled()
    assert window.navbar.isVisible() and not window.navbar.read_aloud.isVisible()
    QTest.keyClick(window, Qt.Key.Key_O,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert kiosk_mode_parts(window) == []
    assert not window.windowState() & Qt.WindowState.WindowFullScreen
    assert window.close()
    assert not window.isVisible()
