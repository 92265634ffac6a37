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
        return texts.sections.mandate.title

    def retranslate(self, texts: Texts) -> None:
        self.heading.setText(texts.sections.mandate.title)
        self.founding.setText(texts.mandate.founding)
        self.mandate.setText(texts.mandate.mandate)
        self.cooperation.setText(texts.mandate.cooperation)
        self.freedoms.text.setText("\n".join(f"•  {text}"
                                             for text in texts.mandate.freedoms.values()))
        self.presence.setText(texts.mandate.presence)
        self.online.setText(QCoreApplication.translate(
            "MandateScreen", "The office's page online (not opened by this kiosk): %1")
            .replace("%1", isolate(self.bundle.online_url(self.code))))
