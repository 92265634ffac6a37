"""The operator panel's "Content packs" page: the packs in the inbox and on removable media,
each checked (version, signing key, or why refused), installed, forced or rolled back.

Every check and install runs on the packs' worker (kiosk.packs.jobs), off the GUI thread; the
page shows "Checking..." until the answer comes. Installing an older version takes a second,
explicit confirmation. What an install did is shown as the receipt's reason (the core's
one-line English text, which names the pack) and is written beside the pack by the core.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout

from kiosk.packs.found import Found, find_packs
from kiosk.ui.operator.panel import ExtraPage
from kiosk.ui.widgets.text import isolate, text_label

if TYPE_CHECKING:
    from collections.abc import Sequence

    from PySide6.QtCore import SignalInstance

    from kiosk.packs.found import Volume
    from kiosk.packs.inbox import PackWorker
    from kiosk.packs.jobs import Outcome, Ready
    from kiosk.packs.store import Store
    from kiosk.settings import Settings
    from kiosk.ui.session import VisitorSession


class Packs(Protocol):
    """What the page uses of the kiosk's packs (kiosk.ui.content_packs.ContentPacks)."""

    store: Store
    settings: Settings
    session: VisitorSession

    @property
    def worker(self) -> PackWorker: ...

    @property
    def receipt(self) -> SignalInstance: ...

    @property
    def switched(self) -> SignalInstance: ...

    def volumes(self) -> Sequence[Volume]: ...

    def show(self, ready: Ready, at_once: bool = False) -> None: ...


translate = QCoreApplication.translate


TITLE = str(QT_TRANSLATE_NOOP("OperatorPanel", "Content packs"))
"""The page's button and heading (OperatorPanel context: the panel translates its buttons)."""


class PackRow(QFrame):
    """One pack found: its file, where it is, what the check said, Install / older version."""

    def __init__(self, found: Found) -> None:
        super().__init__()
        self.setObjectName("card")
        self.found = found
        self.outcome: Outcome | None = None
        layout = self.box = QVBoxLayout(self)
        self.name = text_label("cardTitle")
        self.detail = text_label()
        layout.addWidget(self.name)
        layout.addWidget(self.detail)
        buttons = QHBoxLayout()
        self.install_button = QPushButton()
        self.install_button.setObjectName("secondary")
        self.force_button = QPushButton()
        self.force_button.setObjectName("secondary")
        buttons.addWidget(self.install_button)
        buttons.addWidget(self.force_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.show_outcome(None)

    def show_outcome(self, outcome: Outcome | None) -> None:
        """What the check said (None: still checking), in the interface language."""
        self.outcome = outcome
        found = self.found
        # The name alone, isolated without isolate()'s outer mark: it reads left to right
        # and sits on the reading side, as the lines under it do.
        self.name.setText(f"\u2066{found.pack.name}\u2069")
        place = translate("PacksPage", "Inbox: %1") if found.where == "inbox" else \
            translate("PacksPage", "Removable media: %1")
        lines = [place.replace("%1", isolate(found.place))]
        if outcome is None:
            lines.append(translate("PacksPage", "Checking..."))
        else:
            if outcome.manifest is not None:
                lines.append(isolate(f"{outcome.manifest.bundle_id} {outcome.manifest.version}"))
            if outcome.state == "waiting":
                lines.append(translate("PacksPage", "Waiting for its files: %1")
                             .replace("%1", isolate(outcome.reason)))
            elif outcome.state == "refused":
                lines.append(translate("PacksPage", "Refused: %1")
                             .replace("%1", isolate(outcome.reason)))
            elif outcome.signed_by:
                lines.append(translate("PacksPage", "Signed by key %1").replace("%1",
                                                                  isolate(outcome.signed_by)))
            else:
                lines.append(translate("PacksPage", "Unsigned (allowed by the settings)"))
            if outcome.state == "current":
                lines.append(translate("PacksPage", "Shown now"))
        self.detail.setText("\n".join(lines))
        checked = outcome is not None and outcome.state == "checked"
        self.install_button.setText(translate("PacksPage", "Install"))
        self.force_button.setText(translate("PacksPage", "Install older version"))
        self.install_button.setVisible(checked and outcome is not None and outcome.newer)
        self.force_button.setVisible(checked and outcome is not None and not outcome.newer)


class PacksPage(ExtraPage):
    """The page (see the module's note) for the kiosk's `packs`.
    Looks again each time it is shown and on Refresh; removable media are those
    `packs.volumes()` lists (kiosk.packs.found.removable_volumes; tests give their own)."""

    def __init__(self, packs: Packs) -> None:
        super().__init__()
        self.packs = packs
        self.rows: list[PackRow] = []
        self._forcing: PackRow | None = None
        layout = QVBoxLayout(self)
        layout.setSpacing(16)
        self.heading = text_label("heading")
        self.showing = text_label()
        layout.addWidget(self.heading)
        layout.addWidget(self.showing)
        self._rows = QVBoxLayout()
        self._rows.setSpacing(12)
        layout.addLayout(self._rows)
        self.empty = text_label("lead")
        layout.addWidget(self.empty)
        # The question goes into the row of the pack asked about (not below a long list).
        self.confirm_row = QFrame(self)
        confirm = QVBoxLayout(self.confirm_row)
        confirm.setContentsMargins(0, 0, 0, 0)
        self.question = text_label("lead")
        confirm.addWidget(self.question)
        answers = QHBoxLayout()
        self.confirm_button = QPushButton()
        self.confirm_button.setObjectName("danger")
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("secondary")
        answers.addWidget(self.confirm_button)
        answers.addWidget(self.cancel_button)
        answers.addStretch(1)
        confirm.addLayout(answers)
        self.confirm_row.hide()
        self.status = text_label("lead")
        layout.addWidget(self.status)
        actions = QGridLayout()
        actions.setSpacing(12)
        self.refresh_button = QPushButton()
        self.rollback_button = QPushButton()
        self.back_button = QPushButton()
        for column, button in enumerate((self.refresh_button, self.rollback_button,
                                         self.back_button)):
            button.setObjectName("secondary")
            actions.addWidget(button, 0, column)
        layout.addLayout(actions)
        layout.addStretch(1)
        self.refresh_button.clicked.connect(self.refresh)
        self.rollback_button.clicked.connect(self._roll_back)
        self.back_button.clicked.connect(self.back)
        self.confirm_button.clicked.connect(self._forced)
        self.cancel_button.clicked.connect(self._cancel_force)
        self.packs.switched.connect(lambda _bundle: self._show_current())
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(QCoreApplication.translate("OperatorPanel", TITLE))
        self.empty.setText(translate("PacksPage", "No packs in the inbox or on removable media."))
        self.refresh_button.setText(translate("PacksPage", "Refresh"))
        self.rollback_button.setText(translate("PacksPage", "Roll back"))
        self.back_button.setText(QCoreApplication.translate("OperatorPanel", "Back"))
        self.confirm_button.setText(translate("PacksPage", "Install anyway"))
        self.cancel_button.setText(translate("PacksPage", "Cancel"))
        self._show_current()
        for row in self.rows:
            row.show_outcome(row.outcome)
        if self._forcing is not None:
            self._ask(self._forcing)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        """Find the packs again and check each (on the worker)."""
        from kiosk.packs import jobs

        for row in self.rows:
            self._rows.removeWidget(row)
            row.deleteLater()
        self._cancel_force()
        found = find_packs(self.packs.settings.inbox, self.packs.volumes)
        self.rows = [PackRow(item) for item in found]
        for row in self.rows:
            self._rows.addWidget(row)
            row.install_button.clicked.connect(lambda _=False, r=row: self._install(r, False))
            row.force_button.clicked.connect(lambda _=False, r=row: self._ask(r))
            self.packs.worker.run(partial(jobs.check, row.found.pack, self.packs.store,
                                          self.packs.settings), partial(self._checked, row))
        self.empty.setVisible(not self.rows)
        self._show_current()

    def row_of(self, pack: Path) -> PackRow | None:
        return next((row for row in self.rows if row.found.pack == pack), None)

    def _checked(self, row: PackRow, outcome: Outcome) -> None:
        if row in self.rows:
            row.show_outcome(outcome)

    def _show_current(self) -> None:
        info = self.packs.session.window.bundle.facts.bundle
        self.showing.setText(translate("PacksPage", "Showing %1").replace(
            "%1", isolate(f"{info.id} {info.version}")))

    def _ask(self, row: PackRow) -> None:
        self._forcing = row
        version = row.outcome.manifest.version if row.outcome and row.outcome.manifest else ""
        shown = self.packs.session.window.bundle.facts.bundle.version
        self.question.setText(translate("PacksPage", "Install %1 instead of the newer %2?")
                              .replace("%1", isolate(version)).replace("%2", isolate(shown)))
        row.box.addWidget(self.confirm_row)
        self.confirm_row.show()

    def _cancel_force(self) -> None:
        self._forcing = None
        self.confirm_row.hide()
        holder = self.confirm_row.parentWidget()
        if isinstance(holder, PackRow):
            holder.box.removeWidget(self.confirm_row)
            self.confirm_row.setParent(self)
            self.confirm_row.hide()

    def _forced(self) -> None:
        row = self._forcing
        self._cancel_force()
        if row is not None:
            self._install(row, True)

    def _install(self, row: PackRow, force: bool) -> None:
        from kiosk.packs import jobs

        self.status.setText(translate("PacksPage", "Checking..."))
        pack = row.found.pack
        self.packs.worker.run(
            lambda: jobs.install_pack(pack, self.packs.store, self.packs.settings, force),
            self._installed)

    def _installed(self, outcome: Outcome) -> None:
        if outcome.receipt is not None:
            self.packs.receipt.emit(outcome.receipt)
        if outcome.state == "installed":
            self.status.setText(translate("PacksPage", "Installed: %1").replace("%1",
                                                                    isolate(outcome.reason)))
            if outcome.ready is not None:
                self.packs.show(outcome.ready, at_once=True)
        else:
            self.status.setText(translate("PacksPage", "Not installed: %1").replace(
                "%1", isolate(outcome.reason)))
        self.refresh()

    def _roll_back(self) -> None:
        from kiosk.packs import jobs

        self.packs.worker.run(lambda: jobs.roll_back(self.packs.store), self._rolled_back)

    def _rolled_back(self, outcome: Outcome) -> None:
        if outcome.ready is not None:
            self.packs.show(outcome.ready, at_once=True)
            version = outcome.ready.installed.version
            self.status.setText(translate("PacksPage", "Rolled back to %1")
                                .replace("%1", isolate(version)))
        else:
            self.status.setText(translate("PacksPage", "Not rolled back: %1").replace(
                "%1", isolate(outcome.reason)))
        self.refresh()
