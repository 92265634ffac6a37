"""Right-to-left text as a visitor sees it: wrapped lines flush at their start edge, no word
cut, Arabic and Russian typography (no ASCII quotes, dates that never break inside),
addresses isolated."""

from __future__ import annotations

import dataclasses
import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QPointF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from kiosk.content import default_content_dir, load_bundle
from kiosk.paths import bundled
from kiosk.ui.settle import settle
from kiosk.ui.widgets.text import TextLabel, lay_out, text_direction, text_label
from tests.helpers import MakeWindow

BUNDLE = load_bundle(default_content_dir())
RTL = [code for code in BUNDLE.languages
       if QLocale(code).textDirection() == Qt.LayoutDirection.RightToLeft]


def strings(value: object) -> Iterator[str]:
    """Every text in a language's content, in file order."""
    if isinstance(value, str):
        yield value
    elif dataclasses.is_dataclass(value):
        for field in dataclasses.fields(value):
            yield from strings(getattr(value, field.name))
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from strings(item)


# --- measuring drawn pixels ------------------------------------------------------------


def grey_rows(label: QLabel) -> tuple[list[bytes], bytes]:
    """The label as drawn, one row of grey bytes each, and a table marking its ink pixels.
    The grab is laid on the colour farthest from the text's, so transparency reads as paper."""
    text = label.palette().color(label.foregroundRole())
    paper = QColor("white") if text.lightness() < 128 else QColor("black")
    image = QImage(label.size(), QImage.Format.Format_ARGB32)
    image.fill(paper)
    painter = QPainter(image)
    painter.drawPixmap(0, 0, label.grab())
    painter.end()
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    data = bytes(grey.constBits())
    stride = grey.bytesPerLine()
    rows = [data[y * stride: y * stride + grey.width()] for y in range(grey.height())]
    background = Counter(b"".join(rows)).most_common(1)[0][0]
    half = abs(QColor(text).lightness() - background) // 2
    ink = bytes(1 if abs(v - background) > half else 0 for v in range(256))
    return rows, ink


def ink_span(rows: list[bytes], ink: bytes, top: int, bottom: int) -> tuple[int, int] | None:
    """Leftmost and rightmost inked column in rows top..bottom-1, or None if none is inked."""
    left, right = None, None
    for row in rows[max(0, top):max(0, bottom)]:
        marks = row.translate(ink)
        first = marks.find(1)
        if first >= 0:
            last = marks.rfind(1)
            left = first if left is None else min(left, first)
            right = last if right is None else max(right, last)
    return None if left is None or right is None else (left, right)


def drawn_lines(label: QLabel) -> list[tuple[int, int, int, int]]:
    """Each line the label shows: (top, bottom, start, length) in label coordinates and text.
    Lines break where Qt's word wrap breaks them (the same for QLabel and QTextLayout)."""
    rect = label.contentsRect()
    layout, _ = lay_out(label.text(), label.font(), rect.width(), Qt.AlignmentFlag.AlignRight,
                        text_direction(label.text(), label.layoutDirection()), label.wordWrap())
    lines = []
    for i in range(layout.lineCount()):
        line = layout.lineAt(i)
        top = rect.top() + round(line.y())
        lines.append((top, top + round(line.height()), line.textStart(), line.textLength()))
    return lines


def drawn_alone(label: QLabel, words: str) -> tuple[int, int]:
    """`words` drawn alone on one line in the label's font, unclipped, their start edge on a
    whole pixel: (ink width, pixels from the ink to that edge).
    The second is the first glyph's own side bearing, what a flush line leaves."""
    direction = text_direction(words, label.layoutDirection())
    layout = QTextLayout(words, label.font())
    option = QTextOption(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
                         if direction == Qt.LayoutDirection.RightToLeft
                         else Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)
    option.setTextDirection(direction)
    option.setWrapMode(QTextOption.WrapMode.NoWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    width = int(QFontMetricsF(label.font()).horizontalAdvance(words)) + 100
    line.setLineWidth(width)
    layout.endLayout()
    height = int(line.height()) + 20
    image = QImage(width + 100, height, QImage.Format.Format_Grayscale8)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setPen(QColor("black"))
    layout.draw(painter, QPointF(50, 10))
    painter.end()
    data, stride = bytes(image.constBits()), image.bytesPerLine()
    rows = [data[y * stride: y * stride + image.width()] for y in range(height)]
    span = ink_span(rows, bytes(1 if v < 128 else 0 for v in range(256)), 0, height)
    if span is None:
        return 0, 0
    edge_gap = 50 + width - 1 - span[1] if direction == Qt.LayoutDirection.RightToLeft \
        else span[0] - 50
    return span[1] - span[0] + 1, edge_gap


def rtl_labels(widget: QWidget) -> list[QLabel]:
    """The wrapped, start-aligned, right-to-left labels shown in `widget`."""
    return [label for label in widget.findChildren(QLabel)
            if label.isVisible() and label.wordWrap() and label.text() and label.width() > 0
            and text_direction(label.text(), label.layoutDirection())
            == Qt.LayoutDirection.RightToLeft
            and label.alignment() & Qt.AlignmentFlag.AlignLeading
            and not label.alignment() & (Qt.AlignmentFlag.AlignHCenter
                                         | Qt.AlignmentFlag.AlignAbsolute)]


def start_edge_gaps(label: QLabel) -> list[int]:
    """For each drawn line of a right-to-left label: how far its rightmost ink is in from
    the right edge of the label's contents, less its first glyph's own side bearing."""
    rows, ink = grey_rows(label)
    gaps = []
    for top, bottom, start, length in drawn_lines(label):
        span = ink_span(rows, ink, top, bottom)
        words = label.text()[start:start + length].strip()
        if span is not None and words:
            gaps.append(label.contentsRect().right() - span[1] - drawn_alone(label, words)[1])
    return gaps


def cut_lines(label: QLabel) -> list[str]:
    """The lines whose ink in the label is narrower than the same words drawn alone, or that
    fall below the label: words the visitor sees cut."""
    rows, ink = grey_rows(label)
    problems = []
    for top, bottom, start, length in drawn_lines(label):
        words = label.text()[start:start + length].strip()
        if not words:
            continue
        if bottom > label.height() + 1:
            problems.append(f"{words!r} is below the label ({bottom} > {label.height()})")
            continue
        span = ink_span(rows, ink, top, bottom)
        drawn = 0 if span is None else span[1] - span[0] + 1
        alone, _ = drawn_alone(label, words)
        if drawn + 1 < alone:
            problems.append(f"{words!r} drawn {drawn} px wide of {alone}")
    return problems


# --- wrapped lines ---------------------------------------------------------------------


@pytest.mark.parametrize("code", RTL)
@pytest.mark.parametrize("width", [180, 260, 333, 480, 700, 1000])
def test_every_wrapped_line_starts_at_the_edge(make_window: MakeWindow, qtbot: object,
                                               code: str, width: int) -> None:
    """The longest paragraph of a right-to-left language: every wrapped line, not only the
    last, starts within 1 px of the label's right edge."""
    make_window("--lang", code, "--text-scale", "1.5")  # the app's fonts, style and direction
    label = text_label()
    qtbot.addWidget(label)  # type: ignore[attr-defined]
    label.setText(max(strings(BUNDLE.texts[code]), key=len))
    label.ensurePolished()  # styled, measured and drawn as shown; never shown, so no screen
    label.resize(width, label.heightForWidth(width))  # can make it smaller than it needs
    gaps = start_edge_gaps(label)
    assert len(gaps) > 2
    assert all(abs(gap) <= 1 for gap in gaps), gaps


@pytest.mark.parametrize("code", RTL)
@pytest.mark.parametrize("size", ["800x480", "1280x800", "1080x1920", "1920x1080"])
def test_home_tiles_lines_start_at_the_edge(make_window: MakeWindow, code: str,
                                            size: str) -> None:
    """Every line of every text on the home screen (tiles included) starts flush right."""
    window = make_window("--lang", code, "--size", size, "--text-scale", "1.5")
    window.navigate("home")
    settle(QApplication.instance())
    labels = rtl_labels(window.screen_widget("home"))
    assert len(labels) > 6
    gaps = {label.text()[:40]: start_edge_gaps(label) for label in labels}
    assert not {text: line_gaps for text, line_gaps in gaps.items()
                if not all(abs(gap) <= 1 for gap in line_gaps)}


@pytest.mark.parametrize("code", RTL)
def test_no_word_cut_at_portrait_width(make_window: MakeWindow, code: str) -> None:
    """A portrait totem at the large text size: on every screen, every line of every
    right-to-left text is drawn whole inside its label."""
    window = make_window("--lang", code, "--size", "1080x1920", "--text-scale", "1.5")
    problems, checked = [], 0
    for screen_id in window.screen_ids():
        window.navigate(screen_id)
        settle(QApplication.instance())
        for label in rtl_labels(window.screen_widget(screen_id)):
            checked += 1
            problems += [f"{screen_id}: {why}" for why in cut_lines(label)]
    assert checked > 3 * len(window.screen_ids())
    assert not problems, "\n".join(problems[:10])


# --- typography --------------------------------------------------------------------------


def interface_translations(code: str) -> list[str]:
    """Every translated interface string of a language (numerus forms included), from its
    Qt Linguist file; the source language has none."""
    ts = bundled("translations") / f"kiosk_{code}.ts"
    if not ts.exists():
        return []
    return [node.text or "" for message in ET.parse(ts).getroot().iter("message")
            for node in message.iter() if node.tag in ("translation", "numerusform")]


@pytest.mark.parametrize("code", BUNDLE.languages)
def test_no_typewriter_quotes(code: str) -> None:
    """Quotation marks are the language's own (« » in Arabic and Russian, “ ” in English),
    never the typewriter's ASCII double quote, in content and in interface strings."""
    texts = [*strings(BUNDLE.texts[code]), *interface_translations(code)]
    assert [text[:60] for text in texts if '"' in text] == []


def resolution_spans(text: str) -> list[tuple[int, int]]:
    """Where the mandate text names the resolution (its number from bundle.yaml) and its
    date: from the day or the year, whichever the language writes first, through the other
    ("20 December 1993", "1993年12月20日", "1993 жылғы 20 желтоқсандағы"), the day and year
    nearest the number, before it or after it. Each span must stay on one line."""
    resolution = BUNDLE.facts.office.resolution
    number = text.index(resolution.number)
    after = number + len(resolution.number)
    day, year = str(resolution.date.day), str(resolution.date.year)

    def occurrences(word: str) -> list[int]:
        return [m.start() for m in re.finditer(rf"(?<!\d){word}(?!\d)", text)]

    dates = [(min(d, y), max(d + len(day), y + len(year)))
             for y in occurrences(year) for d in occurrences(day) if abs(d - y) <= 40]
    assert dates, f"no {day} near {year} in {text!r}"
    date = min(dates, key=lambda span: min(abs(span[0] - after), abs(number - span[1])))
    return [(number, after), date]


@pytest.mark.parametrize("code", BUNDLE.languages)
def test_the_resolution_date_never_breaks_inside(make_window: MakeWindow, code: str) -> None:
    """The mandate's "48/141 of 20 December 1993", laid out at every width from the date's
    own width to the widest column in 5 px steps: number and date each stay on one line."""
    window = make_window("--lang", code, "--text-scale", "1.5")
    window.navigate("mandate")
    number = BUNDLE.facts.office.resolution.number
    [label] = [w for w in window.screen_widget("mandate").findChildren(TextLabel)
               if number in w.text()]
    spans = resolution_spans(label.text())
    widest = max(label.fontMetrics().horizontalAdvance(label.text()[a:b]) for a, b in spans)
    broken = set()
    for width in range(widest + 1, 1300, 5):
        starts = [start for start, _ in label.line_spans(width)]
        broken |= {label.text()[a:b] for a, b in spans if any(a < s < b for s in starts)}
    assert not broken


# --- addresses ---------------------------------------------------------------------------

ADDRESS = re.compile(r"[a-z][a-z0-9+.-]*://[^\s\u2069]+"  # a URL
                     r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # an e-mail address
                     r"|(?<![\w/])(?:~|[A-Za-z]:)?/[\w.-]+(?:/[\w.-]+)+")  # a path


def unisolated_addresses(text: str) -> list[str]:
    """The addresses in `text` not inside an isolate (LRI/RLI/FSI ... PDI)."""
    return [match.group() for match in ADDRESS.finditer(text)
            if sum(text[:match.start()].count(c) for c in "\u2066\u2067\u2068")
            <= text[:match.start()].count("\u2069")]


@pytest.mark.parametrize("code", RTL)
def test_addresses_are_isolated_in_right_to_left_text(make_window: MakeWindow,
                                                      code: str) -> None:
    """Every address or path shown on any screen in a right-to-left language is isolated, so
    the text around it cannot reorder it; at least the office's online page is shown."""
    window = make_window("--lang", code)
    shown, problems = [], []
    for screen_id in window.screen_ids():
        window.navigate(screen_id)
        for label in window.screen_widget(screen_id).findChildren(QLabel):
            shown += ADDRESS.findall(label.text())
            problems += [f"{screen_id}: {a}" for a in unisolated_addresses(label.text())]
    assert window.bundle.online_url(code) in shown
    assert not problems
