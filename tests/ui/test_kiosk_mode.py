"""Kiosk mode as a visitor and an operator meet it: lock-down, idle reset, attract, PIN panel."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import cast

import pytest
from PySide6.QtCore import QKeyCombination, QPoint, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from kiosk.app import Kiosk, kiosk_of
from kiosk.pin import hash_pin
from kiosk.settings import Settings, load_settings, save_settings
from kiosk.ui.main_window import MainWindow
from kiosk.ui.screens.base import PageScreen
from kiosk.ui.screens.home import HomeScreen
from kiosk.ui.settle import settle
from kiosk.ui.widgets.page import Page
from tests.helpers import MakeWindow

PIN = "4321"


@pytest.fixture
def config(tmp_path: Path) -> Path:
    """A settings file with an operator PIN."""
    path = tmp_path / "settings.yaml"
    save_settings(Settings(pin_hash=hash_pin(PIN)), path)
    return path


def page_of(window: MainWindow, screen_id: str) -> Page:
    """The scrolling page of a screen that has one."""
    return cast(PageScreen, window.screen_widget(screen_id)).page


SWALLOWED_KEYS = ((Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
                  (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
                  (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
                  (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier))
"""Esc, Alt+F4, Ctrl+Q, Ctrl+W: what would close or leave a window from a keyboard."""


def press_keys(window: QWidget) -> None:
    """Each of SWALLOWED_KEYS as the platform delivers it: to the window's QWindow, whence Qt
    tries the shortcuts, then gives the key to the focus widget."""
    for key, modifier in SWALLOWED_KEYS:
        QTest.keyClick(window.windowHandle(), key, modifier)


def test_kiosk_window_is_full_screen_and_cannot_be_closed(make_window: MakeWindow,
                                                          config: Path) -> None:
    """In kiosk mode: full screen, frameless, close() refused; Esc, Alt+F4, Ctrl+Q and Ctrl+W
    reach no shortcut (a shortcut on the window for each stays silent); once the operator's
    exit releases the lock-down the same keys act and the window closes."""
    window = make_window("--kiosk", "--config", str(config))
    kiosk = kiosk_of(window)
    assert window.windowState() & Qt.WindowState.WindowFullScreen
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert not window.close()
    assert window.isVisible()
    acted: list[str] = []
    for key, modifier in SWALLOWED_KEYS:
        sequence = QKeySequence(QKeyCombination(modifier, key))
        name = sequence.toString()
        QShortcut(sequence, window).activated.connect(lambda name=name: acted.append(name))
    press_keys(window)
    assert acted == []
    assert window.isVisible()
    assert kiosk.lockdown is not None
    kiosk.lockdown.release()
    press_keys(window)  # the same keys, unlocked: each reaches its shortcut
    assert acted == ["Esc", "Alt+F4", "Ctrl+Q", "Ctrl+W"]
    assert window.close()


def test_no_context_menus_in_kiosk_mode(make_window: MakeWindow, config: Path) -> None:
    """A right click, delivered as the platform does (to the window's QWindow, which makes the
    context-menu request), opens no context menu on a screen that would open one; once the
    lock-down is released the same click does request it."""
    window = make_window("--kiosk", "--config", str(config))
    window.navigate("mandate")
    screen = window.screen_widget("mandate")
    where = screen.mapTo(window, screen.rect().center())
    target = window.childAt(where)  # a text of the screen, where the finger is
    assert target is not None
    requested: list[QPoint] = []
    target.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)  # it would open a menu
    target.customContextMenuRequested.connect(requested.append)
    QTest.mouseClick(window.windowHandle(), Qt.MouseButton.RightButton,
                     Qt.KeyboardModifier.NoModifier, where)
    assert requested == []
    lockdown = kiosk_of(window).lockdown
    assert lockdown is not None
    lockdown.release()
    QTest.mouseClick(window.windowHandle(), Qt.MouseButton.RightButton,
                     Qt.KeyboardModifier.NoModifier, where)
    assert len(requested) == 1


def test_windowed_mode_closes(make_window: MakeWindow, config: Path) -> None:
    """Without --kiosk it is a normal window that closes normally."""
    window = make_window("--config", str(config))
    assert not window.windowState() & Qt.WindowState.WindowFullScreen
    assert window.close()
    assert not window.isVisible()


def test_kiosk_starts_on_attract_and_a_touch_goes_home(make_window: MakeWindow, config: Path,
                                                       qtbot: object) -> None:
    """The attract screen invites in every language; touching it opens home."""
    window = make_window("--kiosk", "--config", str(config))
    assert window.current_screen() == "attract"
    assert not window.navbar.isVisible()
    attract = window.screen_widget("attract")
    texts = {label.text() for label in attract.findChildren(QLabel)}
    for code in window.bundle.languages:
        assert window.bundle.texts[code].attract.invitation in texts
    QTest.mouseClick(attract, Qt.MouseButton.LeftButton)
    assert window.current_screen() == "home"
    assert window.navbar.isVisible()


def test_idle_warning_then_start_over(make_window: MakeWindow, config: Path,
                                      qtbot: object) -> None:
    """Left alone: the warning counts down, then attract screen in the default language."""
    window = make_window("--kiosk", "--config", str(config), "--lang", "ar",
                         "--idle-timeout", "2", "--idle-warning", "1")
    kiosk = kiosk_of(window)
    window.navigate("home")
    window.set_language("ru")
    window.navigate("priorities")
    page_of(window, "priorities").verticalScrollBar().setValue(200)
    qtbot.waitUntil(kiosk.session.warning.isVisible, timeout=5000)  # type: ignore[attr-defined]
    assert kiosk.session.warning.title.text() == "Вы еще здесь?"
    qtbot.waitUntil(lambda: window.current_screen() == "attract",  # type: ignore[attr-defined]
                    timeout=5000)
    assert window.language() == "ar"
    assert not kiosk.session.warning.isVisible()
    assert page_of(window, "priorities").verticalScrollBar().value() == 0
    window.navigate("home")
    assert not window.navbar.back.isEnabled()  # nothing of the last visitor's way


def test_input_during_warning_cancels_it(make_window: MakeWindow, config: Path,
                                         qtbot: object) -> None:
    """A touch on the warning means the visitor is still there: same screen, same language."""
    window = make_window("--kiosk", "--config", str(config), "--idle-timeout", "2",
                         "--idle-warning", "1")
    kiosk = kiosk_of(window)
    window.navigate("home")
    window.set_language("en")
    window.navigate("value")
    qtbot.waitUntil(kiosk.session.warning.isVisible, timeout=5000)  # type: ignore[attr-defined]
    QTest.mouseClick(kiosk.session.warning, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert not kiosk.session.warning.isVisible()
    assert (window.current_screen(), window.language()) == ("value", "en")
    assert kiosk.session.idle.is_counting()


def test_start_over_button(make_window: MakeWindow, config: Path, qtbot: object) -> None:
    """Start over on the warning resets at once."""
    window = make_window("--kiosk", "--config", str(config), "--idle-timeout", "2",
                         "--idle-warning", "1")
    kiosk = kiosk_of(window)
    window.navigate("offices")
    kiosk.session.idle.idle.emit()
    qtbot.mouseClick(kiosk.session.warning.start_over_button,  # type: ignore[attr-defined]
                     Qt.MouseButton.LeftButton)
    assert window.current_screen() == "attract"


@pytest.mark.parametrize("kind", ["tap", "key", "mouse", "wheel"])
def test_every_input_restarts_the_idle_count(make_window: MakeWindow, config: Path,
                                             qtbot: object, kind: str) -> None:
    """Touch (a tap without movement), keys, clicks and the wheel all count as presence."""
    window = make_window("--kiosk", "--config", str(config), "--idle-timeout", "60",
                         "--idle-warning", "10")
    kiosk = kiosk_of(window)
    window.navigate("home")
    qtbot.waitUntil(lambda: kiosk.session.idle.remaining_ms() < 59_800,  # type: ignore[attr-defined]
                    timeout=3000)
    target = page_of(window, "home").viewport()
    if kind == "tap":
        device = QTest.createTouchDevice()
        point = QPoint(40, 40)
        QTest.touchEvent(target, device).press(0, point).commit()
        QTest.touchEvent(target, device).release(0, point).commit()
    elif kind == "key":
        QTest.keyClick(window, Qt.Key.Key_Down)
    elif kind == "mouse":
        QTest.mouseClick(target, Qt.MouseButton.LeftButton, pos=QPoint(40, 40))
    else:
        from PySide6.QtCore import QPointF
        from PySide6.QtGui import QWheelEvent
        event = QWheelEvent(QPointF(40, 40), QPointF(target.mapToGlobal(QPoint(40, 40))),
                            QPoint(0, 0), QPoint(0, -120), Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(target, event)
    assert kiosk.session.idle.remaining_ms() > 59_800


def test_windowed_mode_never_resets(make_window: MakeWindow, config: Path) -> None:
    """A field laptop's window does not count idle time unless its settings ask for it."""
    window = make_window("--config", str(config))
    window.navigate("countries")
    assert not kiosk_of(window).session.idle.is_counting()


def test_operator_panel_needs_the_right_pin_to_exit(make_window: MakeWindow, config: Path,
                                                    qtbot: object) -> None:
    """Ctrl+Alt+O opens the PIN pad; exit works only after the right PIN, then closes."""
    window = make_window("--kiosk", "--config", str(config))
    kiosk = kiosk_of(window)
    QTest.keyClick(window, Qt.Key.Key_O,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    panel = kiosk.operator.panel
    assert panel.isVisible() and panel.pages.currentWidget() is panel.pin_pad
    panel.exit_button.click()  # not reachable yet: nothing happens
    assert window.isVisible()
    for digit in "9999":
        panel.pin_pad.keys[digit].click()
    panel.pin_pad.keys[">"].click()
    assert panel.pages.currentWidget() is panel.pin_pad
    assert panel.pin_pad.message.text()  # says the PIN was wrong
    for digit in PIN:
        panel.pin_pad.keys[digit].click()
    panel.pin_pad.keys[">"].click()
    assert panel.pages.currentWidget() is panel.settings_page
    panel.exit_button.click()
    assert not window.isVisible()
    assert kiosk.lockdown is not None and not kiosk.lockdown.active


def test_wrong_pins_lock_the_pad(make_window: MakeWindow, config: Path) -> None:
    """Five wrong PINs disable the keys and say for how long."""
    window = make_window("--kiosk", "--config", str(config), "--lang", "en")
    kiosk = kiosk_of(window)
    kiosk.operator.open_panel()
    for _ in range(5):
        for digit in "1111":
            kiosk.operator.panel.pin_pad.keys[digit].click()
        kiosk.operator.panel.pin_pad.keys[">"].click()
    assert not kiosk.operator.panel.pin_pad.keys["1"].isEnabled()
    assert "Try again in 60 seconds" in kiosk.operator.panel.pin_pad.message.text()


def test_long_press_in_a_corner_opens_the_panel(make_window: MakeWindow, config: Path,
                                                qtbot: object) -> None:
    """Holding a finger in a corner opens the PIN pad; a short press does not."""
    from kiosk.ui.operator.access import CornerLongPress

    window = make_window("--kiosk", "--config", str(config))
    access = window.findChild(CornerLongPress)
    assert access is not None
    access._timer.setInterval(200)  # the real hold is 3 s; the behaviour is the same
    window.navigate("home")
    corner = QPoint(window.width() - 10, 10)
    target = window.childAt(corner) or window
    local = target.mapFrom(window, corner)
    QTest.mousePress(target, Qt.MouseButton.LeftButton, pos=local)
    QTest.mouseRelease(target, Qt.MouseButton.LeftButton, pos=local)
    assert not kiosk_of(window).operator.panel.isVisible()
    with qtbot.waitSignal(access.triggered, timeout=2000):  # type: ignore[attr-defined]
        QTest.mousePress(target, Qt.MouseButton.LeftButton, pos=local)
    assert kiosk_of(window).operator.panel.isVisible()


@pytest.mark.log_expected("no operator PIN is set", "operator panel refused")
def test_no_pin_means_no_panel_in_kiosk_mode(make_window: MakeWindow, tmp_path: Path,
                                             caplog: pytest.LogCaptureFixture) -> None:
    """Without a PIN the panel cannot be opened in kiosk mode, and the start says so."""
    with caplog.at_level(logging.WARNING):
        window = make_window("--kiosk", "--config", str(tmp_path / "none.yaml"))
    assert "no operator PIN is set" in caplog.text
    kiosk_of(window).operator.open_panel()
    assert not kiosk_of(window).operator.panel.isVisible()


def test_panel_saves_settings_atomically_and_applies_them(make_window: MakeWindow,
                                                          config: Path) -> None:
    """Default language, offered languages and idle time are saved and used at once."""
    window = make_window("--config", str(config))
    kiosk = kiosk_of(window)
    kiosk.operator.open_panel()
    panel = kiosk.operator.panel
    for digit in PIN:
        panel.pin_pad.keys[digit].click()
    panel.pin_pad.keys[">"].click()
    panel.offered["ar"].setChecked(False)
    panel.default_language.setCurrentIndex(panel.default_language.findData("ru"))
    panel.idle_timeout.setCurrentIndex(panel.idle_timeout.findData(300))
    panel.save_button.click()
    saved, messages = load_settings(config)
    assert not messages
    rest = tuple(code for code in window.bundle.languages if code != "ar")  # all but Arabic
    assert (saved.default_language, saved.languages, saved.idle_timeout) == ("ru", rest, 300)
    assert saved.pin_hash  # the PIN survives a save
    assert window.offered_languages() == list(rest)
    home = cast(HomeScreen, window.screen_widget("home"))
    assert not home.languages.button("ar").isVisibleTo(window)
    assert str(config) in panel.status.text()


@pytest.mark.log_expected(r"idle_timeout: expected a whole number of seconds")
def test_invalid_settings_file_starts_on_defaults(make_window: MakeWindow, tmp_path: Path,
                                                  caplog: pytest.LogCaptureFixture) -> None:
    """A broken settings file never stops the kiosk: defaults, a logged message, a panel note."""
    path = tmp_path / "settings.yaml"
    path.write_text("idle_timeout: soon\nkiosk: false\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        window = make_window("--config", str(path))
    assert f"{path}:1:1: idle_timeout: expected a whole number of seconds" in caplog.text
    kiosk = kiosk_of(window)
    assert kiosk.session.settings.idle_timeout == 90
    kiosk.operator.open_panel()  # no PIN in this file, windowed: the panel opens directly
    assert "idle_timeout" in kiosk.operator.panel.warnings.text()


@pytest.mark.log_expected("content reload refused")
def test_reload_refuses_a_broken_bundle(make_window: MakeWindow, config: Path,
                                        bundle_copy: Path) -> None:
    """Reloading content that became invalid keeps the current content and says why."""
    window = make_window("--config", str(config), "--content", str(bundle_copy), "--lang", "en")
    kiosk = kiosk_of(window)
    kiosk.operator.open_panel()
    for digit in PIN:
        kiosk.operator.panel.pin_pad.keys[digit].click()
    kiosk.operator.panel.pin_pad.keys[">"].click()
    (bundle_copy / "en.yaml").write_text("language: {name: 5}\n", encoding="utf-8")
    old = window.bundle
    kiosk.operator.panel.reload_button.click()
    assert window.bundle is old
    assert "The content was not reloaded" in kiosk.operator.panel.status.text()
    assert "en.yaml" in kiosk.operator.panel.status.text()


def test_diagnostics(make_window: MakeWindow, config: Path) -> None:
    """The diagnostics page names versions, the content checksum, completeness and notes."""
    window = make_window("--config", str(config))
    kiosk = kiosk_of(window)
    kiosk.operator.open_panel()
    for digit in PIN:
        kiosk.operator.panel.pin_pad.keys[digit].click()
    kiosk.operator.panel.pin_pad.keys[">"].click()
    kiosk.operator.panel.diagnostics_button.click()
    text = kiosk.operator.panel.diagnostics_text.text()
    assert window.bundle.checksum in text and "Qt 6." in text
    assert "ar: " in text and "(100 %)" in text
    assert "resolution-48-141" in text and str(config) in text


def unlock(kiosk: Kiosk) -> None:
    """Open the operator panel and type the right PIN on its keys."""
    kiosk.operator.open_panel()
    for digit in PIN:
        kiosk.operator.panel.pin_pad.keys[digit].click()
    kiosk.operator.panel.pin_pad.keys[">"].click()
    assert kiosk.operator.panel.is_unlocked()


def test_unlocked_panel_pauses_the_idle_count(make_window: MakeWindow, config: Path) -> None:
    """While the operator works in the unlocked panel no warning comes and no reset closes it;
    the count resumes when the panel closes. The PIN pad alone does not pause it, so a visitor
    who opens it by chance and walks away leaves a kiosk that still resets."""
    window = make_window("--kiosk", "--config", str(config), "--idle-timeout", "2",
                         "--idle-warning", "1")
    kiosk = kiosk_of(window)
    window.navigate("home")
    kiosk.operator.open_panel()
    assert kiosk.session.idle.is_counting()  # the PIN pad: still counting
    kiosk.operator.panel.close_panel()
    unlock(kiosk)
    assert not kiosk.session.idle.is_counting()
    box = kiosk.operator.panel.offered[window.bundle.languages[-1]]
    QTest.mouseClick(box, Qt.MouseButton.LeftButton)  # the operator's own input
    window.navigate("countries")  # a screen change behind the panel
    assert not kiosk.session.idle.is_counting()
    assert kiosk.operator.panel.isVisible() and not kiosk.session.warning.isVisible()
    kiosk.operator.panel.close_button.click()
    assert kiosk.session.idle.is_counting()



def isolated(text: str, part: str) -> bool:
    """Whether `part` appears in `text` inside a left-to-right isolate (U+2066 ... U+2069)."""
    at = text.find(part)
    if at < 0:
        return False
    opened, closed = text.rfind("\u2066", 0, at), text.rfind("\u2069", 0, at)
    return opened > closed and text.find("\u2069", at + len(part)) >= 0


@pytest.mark.log_expected("content reload refused", r"cannot write .*settings\.yaml")
def test_operator_messages_isolate_paths_and_names(make_window: MakeWindow, config: Path,
                                                   bundle_copy: Path) -> None:
    """In a right-to-left language a path keeps its leading "/" at its start: every path,
    file name and content name in an operator message is a left-to-right isolate."""
    from PySide6.QtCore import QLocale

    window = make_window("--config", str(config), "--content", str(bundle_copy))
    rtl = [code for code in window.bundle.languages
           if QLocale(code).textDirection() == Qt.LayoutDirection.RightToLeft]
    assert rtl
    window.set_language(rtl[0])
    kiosk = kiosk_of(window)
    unlock(kiosk)
    kiosk.operator.panel.save_button.click()
    assert isolated(kiosk.operator.panel.status.text(), str(config))
    kiosk.operator.panel.reload_button.click()
    info = window.bundle.facts.bundle
    assert isolated(kiosk.operator.panel.status.text(), f"{info.id} {info.version}")
    (bundle_copy / "en.yaml").write_text("language: {name: 5}\n", encoding="utf-8")
    kiosk.operator.panel.reload_button.click()
    problems = kiosk.operator.panel.status.text().splitlines()[1:]
    assert problems and all(isolated(line, "en.yaml") for line in problems)
    config.unlink()
    config.mkdir()  # a settings file that cannot be written: the error names the path
    kiosk.operator.panel.save_button.click()
    assert isolated(kiosk.operator.panel.status.text(), str(config))


def test_kiosk_follows_the_screen_geometry(make_window: MakeWindow, config: Path) -> None:
    """xrandr changes the resolution or rotates the screen: the kiosk covers the new geometry
    (on X11 without a window manager nobody else resizes it)."""
    from PySide6.QtCore import QRect

    window = make_window("--kiosk", "--config", str(config))
    screen = window.screen()
    for new in (QRect(0, 0, 1024, 600), QRect(0, 0, 600, 1024),  # a resolution, then rotated
                QRect(0, 0, 1280, 720)):
        screen.geometryChanged.emit(new)  # what Qt emits when RandR says so
        QApplication.processEvents()
        assert window.geometry() == new
        assert window.windowState() & Qt.WindowState.WindowFullScreen


def test_idle_reset_brings_the_kiosk_back_full_screen_and_active(
        make_window: MakeWindow, config: Path, qtbot: object) -> None:
    """A window manager's key shrank the kiosk and another window took the focus: the next
    idle reset makes it full screen, raised and active again."""
    from PySide6.QtWidgets import QWidget

    window = make_window("--kiosk", "--config", str(config))
    kiosk = kiosk_of(window)
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.setGeometry(10, 10, 400, 300)
    window.setWindowState(Qt.WindowState.WindowMinimized)
    other = QWidget()
    qtbot.addWidget(other)  # type: ignore[attr-defined]
    other.show()
    other.activateWindow()
    qtbot.waitUntil(other.isActiveWindow)  # type: ignore[attr-defined]
    assert not window.isActiveWindow()
    kiosk.session.start_over()
    qtbot.waitUntil(window.isActiveWindow)  # type: ignore[attr-defined]
    assert window.windowState() == Qt.WindowState.WindowFullScreen  # no longer minimized
    assert window.geometry() == window.screen().geometry()


def test_attract_screen_fits_a_small_kiosk_display(make_window: MakeWindow, config: Path,
                                                   qtbot: object) -> None:
    """On an 800x480 panel the kiosk is no taller than the screen, every slide (each offered
    language's) shows whole, and the footer's invitations are inside the window."""
    from PySide6.QtCore import QRect

    from kiosk.ui.screens.attract import AttractScreen

    window = make_window("--kiosk", "--config", str(config))
    # From a 1920x1080 display, whose type is too large for 800x480: the kiosk shrinks anyway.
    window.screen().geometryChanged.emit(QRect(0, 0, 1920, 1080))
    QApplication.processEvents()
    window.screen().geometryChanged.emit(QRect(0, 0, 800, 480))
    qtbot.waitUntil(lambda: window.height() <= 480)  # type: ignore[attr-defined]
    attract = window.screen_widget("attract")
    assert isinstance(attract, AttractScreen) and attract.isVisible()
    footer = attract.findChildren(QLabel, "attractFooter")
    assert len(footer) == len(window.bundle.languages)
    for index in range(attract.slide_count()):
        attract.show_slide(index)
        settle(QApplication.instance())  # nested layouts take a few rounds to follow a slide
        for label in [*footer, attract.office, attract.highlight, attract.invitation]:
            if not label.isVisibleTo(window):  # the highlight gives way on a short screen
                continue
            box = QRect(label.mapTo(window, QPoint(0, 0)), label.size())
            assert window.rect().contains(box), (index, label.text(), box)
            assert label.height() >= label.heightForWidth(label.width()), (index, label.text())


def test_attract_screen_keeps_its_highlights_where_they_fit(make_window: MakeWindow,
                                                            config: Path, qtbot: object) -> None:
    """On a 1920x1080 display every slide shows its highlight with all the invitations; the
    highlight gives way only where the screen is too short for both."""
    from PySide6.QtCore import QRect

    from kiosk.ui.screens.attract import AttractScreen

    window = make_window("--kiosk", "--config", str(config))
    window.screen().geometryChanged.emit(QRect(0, 0, 1920, 1080))
    qtbot.waitUntil(lambda: window.height() == 1080)  # type: ignore[attr-defined]
    attract = window.screen_widget("attract")
    assert isinstance(attract, AttractScreen)
    for index in range(attract.slide_count()):
        attract.show_slide(index)
        settle(QApplication.instance())
        assert attract.highlight.isVisibleTo(window), index


def attract_texts(window: MainWindow) -> set[str]:
    """Everything the attract screen shows over all its slides."""
    from kiosk.ui.screens.attract import AttractScreen

    attract = window.screen_widget("attract")
    assert isinstance(attract, AttractScreen)
    texts: set[str] = set()
    for index in range(attract.slide_count()):
        attract.show_slide(index)
        texts |= {label.text() for label in attract.findChildren(QLabel) if label.text()}
    return texts


def test_reloaded_content_with_a_new_language_offers_it_everywhere(
        make_window: MakeWindow, config: Path, bundle_copy: Path) -> None:
    """Content reloaded with one more language (the settings offer all): the home chooser, the
    attract screen and the operator panel's lists offer it at once."""
    bundle_file = bundle_copy / "bundle.yaml"
    full = bundle_file.read_text(encoding="utf-8")
    last = full.split("    - code: ")[-1].split("\n")[0]  # the bundle's last language
    start = full.rindex(f"    - code: {last}\n")
    entry = full[start:full.index("\n\n", start) + 1]  # its code, file and status
    assert entry.startswith(f"    - code: {last}\n      file: {last}.yaml\n")
    # ... and from the editorial notes' language lists, where it is last too
    bundle_file.write_text(full.replace(entry, "").replace(f", {last}]", "]"), encoding="utf-8")
    window = make_window("--kiosk", "--config", str(config), "--content", str(bundle_copy))
    assert last not in window.bundle.languages
    kiosk = kiosk_of(window)
    unlock(kiosk)
    bundle_file.write_text(full, encoding="utf-8")
    kiosk.operator.panel.reload_button.click()
    assert last in window.bundle.languages
    home = window.screen_widget("home")
    assert home.languages.button(last).isVisibleTo(home)  # type: ignore[attr-defined]
    assert window.bundle.texts[last].attract.invitation in attract_texts(window)
    assert last in kiosk.operator.panel.offered and kiosk.operator.panel.offered[last].isChecked()
    assert kiosk.operator.panel.default_language.findData(last) >= 0


def test_attract_screen_shows_only_the_offered_languages(make_window: MakeWindow,
                                                         tmp_path: Path) -> None:
    """`languages: [a, b]` in the settings: the attract screen's slides and invitations are in
    those languages only; the others' never appear."""
    from kiosk.content import default_content_dir, load_bundle

    every = load_bundle(default_content_dir()).languages
    offered, left_out = every[1:], every[0]
    path = tmp_path / "settings.yaml"
    save_settings(Settings(pin_hash=hash_pin(PIN), languages=tuple(offered)), path)
    window = make_window("--kiosk", "--config", str(path), "--lang", offered[0])
    shown = attract_texts(window)
    for code in offered:
        assert window.bundle.texts[code].attract.invitation in shown
        assert window.bundle.texts[code].office.name in shown
    hidden = window.bundle.texts[left_out]
    assert hidden.attract.invitation not in shown and hidden.office.name not in shown


def test_saved_path_reads_left_to_right_in_arabic(make_window: MakeWindow, config: Path) -> None:
    """What an Arabic-speaking operator sees after a save: the path's leading "/" drawn at its
    left end, before "tmp", not after it (measured on the label's own text layout)."""
    from PySide6.QtCore import QLocale
    from PySide6.QtGui import QTextLayout, QTextOption

    window = make_window("--config", str(config))
    rtl = [code for code in window.bundle.languages
           if QLocale(code).textDirection() == Qt.LayoutDirection.RightToLeft]
    window.set_language(rtl[0])
    kiosk = kiosk_of(window)
    unlock(kiosk)
    kiosk.operator.panel.save_button.click()
    label = kiosk.operator.panel.status
    text = label.text()
    layout = QTextLayout(text, label.font())
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(100_000)  # one line: only the order matters here
    layout.endLayout()
    slash = text.index(str(config))
    first, second = (cast(tuple[float, int], line.cursorToX(at))[0] for at in (slash, slash + 1))
    assert first < second, text  # "/" starts the path on the left, left-to-right


@pytest.mark.log_expected(r"default language '\w+' is not offered")
def test_attract_screen_on_show_follows_a_change_of_languages(make_window: MakeWindow,
                                                              config: Path) -> None:
    """The operator takes a language out while the attract screen shows it: the slide on
    screen changes at once, not when the next one comes."""
    import dataclasses

    window = make_window("--kiosk", "--config", str(config))
    kiosk = kiosk_of(window)
    attract = window.screen_widget("attract")
    assert attract.isVisible()
    first = window.bundle.languages[0]
    texts = window.bundle.texts[first]
    shown = {label.text() for label in attract.findChildren(QLabel)}
    assert texts.office.name in shown  # the first slide is in the first language
    kiosk.session.apply(dataclasses.replace(kiosk.session.settings,
                                            languages=window.bundle.languages[1:]))
    shown = {label.text() for label in attract.findChildren(QLabel) if label.isVisible()}
    assert texts.office.name not in shown and texts.attract.invitation not in shown
