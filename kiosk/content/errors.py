"""Problems found in a content bundle, each naming the file, the place and what to do."""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_PROBLEMS = 100
"""How many problems a `ContentError` keeps; the rest are only counted (issue 12: a hostile
file of duplicate keys once made a 46 MB error text that "Reload content" logged whole)."""

_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
"""C0/C1 controls (newline, ESC...), line/paragraph separators and bidi overrides/isolates."""


def printable(text: str) -> str:
    """`text` with every control character written as an escape (`\\n`, `\\x1b`, `\\u202e`),
    so a key or value echoed in a message cannot forge a log line or drive a terminal."""
    def escape(match: re.Match[str]) -> str:
        char = match.group()
        return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(
            char, f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}")

    return _UNSAFE.sub(escape, text)


@dataclass(frozen=True)
class Problem:
    """One thing wrong in one file; `line` and `column` count from 1 and are 0 when unknown.

    `file`, `key` and `message` are stored with control characters escaped (`printable`)."""

    file: str
    line: int
    column: int
    key: str
    message: str

    def __post_init__(self) -> None:
        for name in ("file", "key", "message"):
            object.__setattr__(self, name, printable(getattr(self, name)))

    def __str__(self) -> str:
        where = self.file
        if self.line:
            where += f":{self.line}:{self.column}"
        key = f" {self.key}:" if self.key else ""
        return f"{where}:{key} {self.message}" if where else self.message


class Problems(list[Problem]):
    """A list of problems that keeps the first `limit` and only counts the others (`omitted`),
    so that checking a hostile file costs bounded memory."""

    def __init__(self, limit: int = MAX_PROBLEMS) -> None:
        super().__init__()
        self.limit = limit
        self.omitted = 0

    def append(self, problem: Problem) -> None:
        if len(self) < self.limit:
            super().append(problem)
        else:
            self.omitted += 1

    def counted(self) -> bool:
        """When full, count one more omitted problem and say True: a checker with many
        problems to report then need not build them (15,000 x 80,000 ids: 160,000 of them)."""
        if len(self) < self.limit:
            return False
        self.omitted += 1
        return True

    @property
    def full(self) -> bool:
        """Whether more problems would only be counted (a checker may stop looking)."""
        return len(self) >= self.limit


class ContentError(Exception):
    """A bundle that cannot be used, with its problems: at most `MAX_PROBLEMS`, then one last
    line saying how many more were found (`omitted` holds that count)."""

    def __init__(self, problems: list[Problem]) -> None:
        kept = list(problems[:MAX_PROBLEMS])
        self.omitted = (len(problems) - len(kept)) + getattr(problems, "omitted", 0)
        if self.omitted:
            kept.append(Problem("", 0, 0, "", f"... and {self.omitted:,} more problem"
                                f"{'s' if self.omitted != 1 else ''} not shown; fix the ones "
                                "above and check again"))
        self.problems = tuple(kept)
        super().__init__("\n".join(str(p) for p in self.problems))
