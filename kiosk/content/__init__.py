"""The office's content: dataclasses, strict YAML loading and validation. No Qt in here."""

from kiosk.content.errors import ContentError, Problem
from kiosk.content.loader import default_content_dir, load_bundle
from kiosk.content.model import Bundle, Texts

__all__ = ["Bundle", "ContentError", "Problem", "Texts", "default_content_dir", "load_bundle"]
