"""A text page of the office's own: paragraphs and bulleted lists, all from the bundle."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from kiosk.content import Bundle, Texts
from kiosk.content.model import TEXT_KIND
from kiosk.ui.screens.base import PageScreen
from kiosk.ui.widgets.page import Card


class TextPageScreen(PageScreen):
    """A section of kind "text": its title as the heading, then each block of `pages.<id>` in
    the language file, a paragraph and, when the block has items, their bulleted list in a
    card (as the mandate screen shows its freedoms). One screen per such section; its id is
    the section's id."""

    SECTION = TEXT_KIND

    @classmethod
    def ids(cls, bundle: Bundle) -> list[str]:
        """The bundle's text pages, in the order of the home tiles."""
        return [entry.id for entry in bundle.facts.sections if entry.kind == TEXT_KIND]

    @classmethod
    def section_ids(cls, bundle: Bundle, section: str) -> list[str]:
        return [section]

    def __init__(self, bundle: Bundle, screen_id: str) -> None:
        super().__init__(bundle, screen_id)
        self.heading = self.page.label("heading")
        # Widgets for the longest translation of the page; a language with fewer blocks hides
        # the rest (each language may say it in its own number of paragraphs).
        longest = max(len(texts.pages[screen_id]) for texts in bundle.texts.values())
        self.paragraphs: list[QLabel] = []
        self.lists: list[Card] = []
        for i in range(longest):
            self.paragraphs.append(self.page.label("lead" if i == 0 else ""))
            self.lists.append(self.page.card())

    def title(self, texts: Texts) -> str:
        return texts.sections[self.screen_id].title

    def retranslate(self, texts: Texts) -> None:
        self.heading.setText(texts.sections[self.screen_id].title)
        blocks = texts.pages[self.screen_id]
        for i, (paragraph, items) in enumerate(zip(self.paragraphs, self.lists, strict=True)):
            block = blocks[i] if i < len(blocks) else None
            paragraph.setText(block.text if block is not None else "")
            paragraph.setVisible(block is not None)
            items.text.setText("\n".join(f"•  {item}" for item in block.items) if block else "")
            items.setVisible(block is not None and bool(block.items))
