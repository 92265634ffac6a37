"""About the office: founding, mandate, cooperation and the freedoms it protects, presences."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.content import Bundle, Texts
from kiosk.ui.screens.base import PageScreen
from kiosk.ui.widgets.text import isolate


class MandateScreen(PageScreen):
    ID = SECTION = "mandate"

    def __init__(self, bundle: Bundle, screen_id: str = "") -> None:
        super().__init__(bundle, screen_id)
        self.heading = self.page.label("heading")
        self.founding = self.page.label("lead")
        self.mandate = self.page.label()
        self.cooperation = self.page.label()
        self.freedoms = self.page.card()
        self.presence = self.page.label()
        self.online = self.page.label("muted")

    def title(self, texts: Texts) -> str:
        return texts.sections[self.ID].title

    def retranslate(self, texts: Texts) -> None:
        part = texts.mandate
        assert part is not None  # the loader refuses a section without its text
        self.heading.setText(texts.sections[self.ID].title)
        self.founding.setText(part.founding)
        self.mandate.setText(part.mandate)
        self.cooperation.setText(part.cooperation)
        self.freedoms.text.setText("\n".join(f"•  {text}"
                                             for text in part.freedoms.values()))
        self.presence.setText(part.presence)
        self.online.setText(QCoreApplication.translate(
            "MandateScreen", "The office's page online (not opened by this kiosk): %1")
            .replace("%1", isolate(self.bundle.online_url(self.code))))
