"""Search over the bundle's texts in one language: folding per script (fold.py), passages per
screen (passages.py), an in-memory index with ranked hits and marked snippets (index.py)."""

from kiosk.search.index import Hit, SearchIndex, index_for

__all__ = ["Hit", "SearchIndex", "index_for"]
