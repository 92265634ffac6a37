"""What a screen reader is told beyond Qt's defaults: headings, modal dialogs, groups, each
object's language, the page that is showing and short announcements.

Qt's widgets already give every button and label a role, a name and (Qt 6.10+,
QAccessibleWidgetV2) their widget's `locale()` as `QAccessible.Attribute.Locale`, which the
AT-SPI bridge answers to `GetLocale`. What they cannot know is handed to them here:

- a label whose object name is in `HEADING_LEVELS` is a heading (`Role.Heading`, with its
  level as `Attribute.Level`: AT-SPI's "level" attribute, "next heading" in Orca);
- a widget marked with `mark_dialog()` is a modal dialog (`Role.Dialog`, state `modal`)
  named by its `accessibleName()`; one marked with `mark_group()` is a named group;
- `follow_language()` sets the window's locale on every switch, so every object's language
  follows the interface (a screen reader picks its voice by it) and announces the switch;
- `page_switched()` reports the old page's objects hidden and the new page's shown, both
  "showing" and "visible" (Qt's bridge says only the first).

The factory is installed once by `install()`, after start-up; it runs only when something
asks for an object's accessible interface (a screen reader, a test).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QLocale, QObject, QTimer
from PySide6.QtWidgets import QLabel, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QAccessibleInterface

HEADING_LEVELS = {"heading": 1, "attractTitle": 1, "subheading": 2, "cardTitle": 3}
"""Label object names (the style sheet's, kiosk/ui/theme.py) that are headings, by level
(WAI-ARIA aria-level: 1 the screen's title, 2 its sections, 3 a card's title)."""

_ROLE = "accessibleRole"
"""The dynamic property `mark_dialog()` and `mark_group()` set, read by the factory."""
_DIALOG, _GROUP = "dialog", "group"


@cache
def _factory_function() -> Any:
    """Qt's accessibility factory (QAccessible.installFactory), built on first use: PySide
    makes QAccessible's type, with its enums, the first time it is named (about 3 ms)."""
    from PySide6.QtGui import QAccessible, QAccessibleAttributesInterface
    from PySide6.QtWidgets import QAccessibleWidget

    class Heading(QAccessibleWidget, QAccessibleAttributesInterface):
        """A label exposed as a heading of a level, in its widget's language."""

        def __init__(self, label: QLabel, level: int) -> None:
            QAccessibleWidget.__init__(self, label, QAccessible.Role.Heading)
            QAccessibleAttributesInterface.__init__(self)
            self._level = level

        def text(self, kind: QAccessible.Text) -> str:
            label = self.widget()
            if kind == QAccessible.Text.Name and isinstance(label, QLabel):
                return label.accessibleName() or label.text()
            return str(super().text(kind))

        def interface_cast(self, kind: QAccessible.InterfaceType) -> Any:
            if kind == QAccessible.InterfaceType.AttributesInterface:
                # The C++ side casts this pointer to QAccessibleAttributesInterface*: hand it
                # that base's own part (shiboken keeps one C++ object per wrapped base).
                return shiboken6.VoidPtr(shiboken6.getCppPointer(self)[1])
            # No other: a pointer from the base's interface_cast would come back through
            # Python as this object's start, not as the part asked for (a crash in the caller).
            return shiboken6.VoidPtr(0)

        def attributeKeys(self) -> list[QAccessible.Attribute]:  # noqa: N802 - Qt's name
            return [QAccessible.Attribute.Level, QAccessible.Attribute.Locale]

        def attributeValue(self, key: QAccessible.Attribute) -> Any:  # noqa: N802 - Qt's name
            if key == QAccessible.Attribute.Level:
                return self._level
            if key == QAccessible.Attribute.Locale:
                return self.widget().locale()
            return None

    class Dialog(QAccessibleWidget):
        """An overlay exposed as a modal dialog named by its accessibleName()."""

        def __init__(self, widget: QWidget) -> None:
            super().__init__(widget, QAccessible.Role.Dialog)

        def state(self) -> QAccessible.State:
            state = super().state()
            state.modal = True
            return state

    def factory(key: str, obj: QObject) -> QAccessibleInterface | None:
        """None leaves `obj` to Qt."""
        if not isinstance(obj, QWidget):
            return None
        role = obj.property(_ROLE)
        if role == _DIALOG:
            return Dialog(obj)
        if role == _GROUP:
            return QAccessibleWidget(obj, QAccessible.Role.Grouping)
        if isinstance(obj, QLabel):
            level = HEADING_LEVELS.get(obj.objectName())
            if level is not None:
                return Heading(obj, level)
        return None

    QAccessible.installFactory(factory)
    return factory


def install() -> None:
    """Install the factory once per process, as soon as the event loop runs: off the first
    frame's path, before any screen reader can ask (it asks through the event loop)."""
    QTimer.singleShot(0, _factory_function)


def mark_dialog(widget: QWidget) -> None:
    """Expose `widget` as a modal dialog; name it with setAccessibleName()."""
    widget.setProperty(_ROLE, _DIALOG)


def mark_group(widget: QWidget) -> None:
    """Expose `widget` as a group of controls; name it with setAccessibleName()."""
    widget.setProperty(_ROLE, _GROUP)


def announce(widget: QWidget, message: str, assertive: bool = False) -> None:
    """Ask the screen reader to say `message` (QAccessibleAnnouncementEvent, Qt 6.8; AT-SPI
    "object:announcement"); nothing happens when no screen reader listens."""
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
    if not message or not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(widget, message)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive if assertive
                        else QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)


def set_language(window: QWidget, code: str) -> None:
    """Every object of `window` without a language of its own (a language's own name has
    one) is in `code`: their Locale attribute, hence the screen reader's voice, follows."""
    window.setLocale(QLocale(code))


def page_switched(old: QWidget | None, new: QWidget) -> None:
    """Tell the screen reader that `old`'s objects are no longer showing and `new`'s are:
    Qt reports only the page itself, and a reader's cached tree keeps the children as they
    were (flat review would read the last page). Nothing is sent when none listens, nor for
    the first page (Qt reports it as the window shows).

    Each object gets Qt's ObjectShow / ObjectHide (AT-SPI "showing") and, beside it, the
    AT-SPI "visible" state change that Qt's bridge never sends (`visible_changed()`)."""
    if old is None:
        return
    from PySide6.QtGui import QAccessible, QAccessibleEvent
    if not QAccessible.isActive():
        return
    for page, kind in ((old, QAccessible.Event.ObjectHide), (new, QAccessible.Event.ObjectShow)):
        if page is None or not shiboken6.isValid(page):
            continue
        shown = kind == QAccessible.Event.ObjectShow
        for widget in [page, *page.findChildren(QWidget)]:
            if not shown or widget.isVisible():
                QAccessible.updateAccessibility(QAccessibleEvent(widget, kind))
                visible_changed(widget, shown)


_A11Y_CONNECTION = "a11y"
"""The name Qt's AT-SPI bridge gives its connection to the accessibility bus
(qtbase src/gui/accessible/linux/dbusconnection.cpp, connectA11yBus)."""
_OBJECT_PATH = "/org/a11y/atspi/accessible/"
"""Qt's AT-SPI object paths: this prefix and the object's QAccessible.uniqueId()
(qtbase src/gui/accessible/linux/atspiadaptor.cpp, pathForInterface)."""


def _a11y_bus() -> Any:
    """Qt's AT-SPI bridge's QDBusConnection (not connected when no screen reader listens)."""
    from PySide6.QtDBus import QDBusConnection
    return QDBusConnection(_A11Y_CONNECTION)


def visible_changed(widget: QWidget, visible: bool) -> None:
    """Send AT-SPI's `object:state-changed:visible` for `widget`, on the bridge's own bus
    connection (so that it comes from the kiosk's bus name, as Qt's events do).

    Why: a reader (libatspi) keeps an object's state set from its first GetState and
    updates it only from state-changed events. An object first read while its page was
    hidden is cached "not showing, not visible"; when the page shows, Qt's bridge turns
    ObjectShow into "showing" only (atspiadaptor.cpp, AtSpiAdaptor::notify; a
    QAccessibleStateChangeEvent with `invisible` maps to nothing at all), so the object
    stays "not visible" and Orca, which needs both, leaves it out of flat review. Nothing
    happens when Qt has no accessibility bus connection (no screen reader, tests)."""
    from PySide6.QtDBus import QDBusMessage, QDBusVariant
    from PySide6.QtGui import QAccessible
    bus = _a11y_bus()
    iface = QAccessible.queryAccessibleInterface(widget)
    if not bus.isConnected() or iface is None:
        return
    path = _OBJECT_PATH + str(QAccessible.uniqueId(iface))
    signal = QDBusMessage.createSignal(path, "org.a11y.atspi.Event.Object", "StateChanged")
    # AT-SPI's event signature "siiva{sv}": kind, detail1, detail2, any_data, properties.
    signal.setArguments(["visible", int(visible), 0, QDBusVariant(0), {}])
    bus.send(signal)
