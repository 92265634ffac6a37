"""Loads a content bundle directory into a `Bundle`, or raises `ContentError` with every problem.

A bundle is `bundle.yaml` (facts, ids, the list of language files) plus one file per
language. The reference language's file must name exactly the ids of `bundle.yaml`; every
other language file must have exactly the reference file's structure. Adding a language is
adding its file and one line in `bundle.yaml`, no code.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import yaml

from kiosk.content.errors import ContentError, Problem
from kiosk.content.model import PLACE_ROLES, Bundle, Facts, Texts
from kiosk.content.schema import INVALID, Reader
from kiosk.content.yaml_file import position, read_nodes
from kiosk.locale_codes import is_language_code
from kiosk.paths import bundled

BUNDLE_FILE = "bundle.yaml"


def default_content_dir() -> Path:
    """The bundle shipped with the app."""
    return bundled("data")


def load_bundle(directory: Path) -> Bundle:
    problems: list[Problem] = []
    directory = Path(directory)
    root = read_nodes(directory / BUNDLE_FILE, BUNDLE_FILE, problems)
    if root is None:
        raise ContentError(problems)
    facts = Reader(BUNDLE_FILE, problems).read(root, Facts)
    if facts is INVALID:
        raise ContentError(problems)
    _check_facts(facts, root, problems)
    texts, roots = _read_languages(directory, facts, problems)
    if problems:
        raise ContentError(problems)
    reference = facts.bundle.reference_language
    _check_reference(facts, texts[reference], roots[reference], _file_of(facts, reference),
                     problems)
    for code, node in roots.items():
        if code != reference:
            _compare_shape(node, roots[reference], _file_of(facts, code),
                           _file_of(facts, reference), "", problems)
    if problems:
        raise ContentError(problems)
    return Bundle(directory=directory, facts=facts, texts=texts,
                  checksum=_checksum(directory, [BUNDLE_FILE] + [lang.file for lang in
                                                                facts.bundle.languages]))


def _file_of(facts: Facts, code: str) -> str:
    return next(lang.file for lang in facts.bundle.languages if lang.code == code)


def _read_languages(directory: Path, facts: Facts,
                    problems: list[Problem]) -> tuple[dict[str, Texts], dict[str, yaml.Node]]:
    texts: dict[str, Texts] = {}
    roots: dict[str, yaml.Node] = {}
    for lang in facts.bundle.languages:
        path = _inside(directory, lang.file)
        if path is None:
            problems.append(Problem(BUNDLE_FILE, 0, 0, f"bundle.languages.{lang.code}.file",
                                    f"'{lang.file}' is not a file inside the bundle directory; "
                                    "name a file next to bundle.yaml"))
            continue
        if not path.is_file():
            problems.append(Problem(BUNDLE_FILE, 0, 0, f"bundle.languages.{lang.code}.file",
                                    f"the file '{lang.file}' does not exist; add it or remove "
                                    f"the language '{lang.code}'"))
            continue
        node = read_nodes(path, lang.file, problems)
        if node is None:
            continue
        value = Reader(lang.file, problems).read(node, Texts)
        if value is not INVALID:
            texts[lang.code], roots[lang.code] = value, node
    return texts, roots


def _inside(directory: Path, name: str) -> Path | None:
    """The file `name` inside `directory`, refusing absolute paths, `..` and links out of it."""
    candidate = Path(name)
    if candidate.is_absolute() or ".." in candidate.parts:
        return None
    path = directory / candidate
    try:
        path.resolve().relative_to(directory.resolve())
    except ValueError:
        return None
    return path


def _check_facts(facts: Facts, root: yaml.Node, problems: list[Problem]) -> None:
    """Ids are unique and every reference between the facts points at something that exists."""
    def fail(key: str, message: str) -> None:
        node = _find(root, key.split(".")[0])
        problems.append(Problem(BUNDLE_FILE, *position(node), key, message))

    languages = [lang.code for lang in facts.bundle.languages]
    countries = [c.code for c in facts.countries]
    places = [p.id for p in facts.places]
    for key, ids in (("bundle.languages", languages), ("countries", countries),
                     ("places", places), ("freedoms", facts.freedoms),
                     ("priorities", facts.priorities),
                     ("achievements", [a.id for a in facts.achievements]),
                     ("value", [v.id for v in facts.value]), ("offices", facts.offices),
                     ("editorial_notes", [n.id for n in facts.editorial_notes])):
        for duplicate in sorted(i for i, n in Counter(ids).items() if n > 1):
            fail(key, f"the id '{duplicate}' is used twice; ids must be unique")
    for code in languages:
        if not is_language_code(code):
            fail("bundle.languages", f"'{code}' is not a language code such as 'en' or 'ar'")
    for key, code in (("bundle.reference_language", facts.bundle.reference_language),
                      ("bundle.default_language", facts.bundle.default_language)):
        if code not in languages:
            fail(key, f"'{code}' is not one of the bundle's languages ({', '.join(languages)})")

    def known(key: str, values: Iterable[str], allowed: list[str], what: str) -> None:
        for value in values:
            if value not in allowed:
                fail(key, f"'{value}' is not one of the {what} ({', '.join(allowed)})")

    known("office.seat", [facts.office.seat], places, "places")
    known("countries", [c.capital for c in facts.countries], places, "places")
    known("places", [p.country for p in facts.places], countries, "countries")
    known("places", [p.role for p in facts.places], list(PLACE_ROLES), "place roles")
    for key, items in (("achievements", facts.achievements), ("value", facts.value)):
        known(key, [c for item in items for c in item.countries], countries, "countries")
    known("editorial_notes", [c for n in facts.editorial_notes for c in n.languages], languages,
          "languages")
    for place in facts.places:
        if not (-90 <= place.lat <= 90 and -180 <= place.lon <= 180):
            fail("places", f"'{place.id}' has coordinates outside the globe")


def _check_reference(facts: Facts, texts: Texts, root: yaml.Node, label: str,
                     problems: list[Problem]) -> None:
    """The reference language names exactly the ids that bundle.yaml declares, in its order."""
    expected = {
        "places": [p.id for p in facts.places],
        "countries": [c.code for c in facts.countries],
        "mandate.freedoms": list(facts.freedoms),
        "priorities.items": list(facts.priorities),
        "achievements.items": [a.id for a in facts.achievements],
        "value.items": [v.id for v in facts.value],
        "offices.items": list(facts.offices),
    }
    actual = {
        "places": list(texts.places), "countries": list(texts.countries),
        "mandate.freedoms": list(texts.mandate.freedoms),
        "priorities.items": list(texts.priorities.items),
        "achievements.items": list(texts.achievements.items),
        "value.items": list(texts.value.items), "offices.items": list(texts.offices.items),
    }
    for key, ids in expected.items():
        if actual[key] == ids:
            continue
        node = _find(root, key)
        missing = [i for i in ids if i not in actual[key]]
        extra = [i for i in actual[key] if i not in ids]
        if missing or extra:
            parts = ([f"missing {', '.join(missing)}"] if missing else []) + (
                [f"not in bundle.yaml: {', '.join(extra)}"] if extra else [])
            message = "; ".join(parts) + "; the ids must be those of bundle.yaml"
        else:
            message = f"the ids must be in the order of bundle.yaml: {', '.join(ids)}"
        problems.append(Problem(label, *position(node), key, message))


def _compare_shape(node: yaml.Node, reference: yaml.Node, label: str, reference_label: str,
                   key: str, problems: list[Problem]) -> None:
    """Report every key that one language file has and the reference file has not, or back."""
    if not isinstance(reference, yaml.MappingNode) or not isinstance(node, yaml.MappingNode):
        return
    ours = {k.value: (k, v) for k, v in node.value}
    theirs = {k.value: (k, v) for k, v in reference.value}
    for name, (key_node, _) in ours.items():
        if name not in theirs:
            problems.append(Problem(label, *position(key_node), _join(key, name),
                                    f"this key is not in {reference_label} (the reference "
                                    "language); remove it or add it there first"))
    for name, (key_node, value) in theirs.items():
        if name not in ours:
            line = position(key_node)[0]
            problems.append(Problem(label, *position(node), _join(key, name),
                                    f"missing: {reference_label} (the reference language) has "
                                    f"it on line {line}; translate it here"))
        else:
            _compare_shape(ours[name][1], value, label, reference_label, _join(key, name),
                           problems)
    if [n for n in ours if n in theirs] != [n for n in theirs if n in ours]:
        problems.append(Problem(label, *position(node), key or "(top level)",
                                f"keys are in another order than in {reference_label}; "
                                "keep the reference order"))


def _find(root: yaml.Node, dotted: str) -> yaml.Node:
    """The node at a dotted key, or the deepest one found on the way."""
    node = root
    for name in dotted.split("."):
        if not isinstance(node, yaml.MappingNode):
            break
        found = next((v for k, v in node.value if k.value == name), None)
        if found is None:
            break
        node = found
    return node


def _join(key: str, name: str) -> str:
    return f"{key}.{name}" if key else name


def _checksum(directory: Path, names: list[str]) -> str:
    digest = hashlib.sha256()
    for name in names:
        digest.update(name.encode())
        digest.update((directory / name).read_bytes())
    return digest.hexdigest()
