"""Loads a content bundle directory into a `Bundle`, or raises `ContentError` with every problem.

A bundle is `bundle.yaml` (facts, ids, the list of language files) plus one file per
language. The reference language's file must name exactly the ids of `bundle.yaml`; every
other language file must have exactly the reference file's structure. Adding a language is
adding its file and one line in `bundle.yaml`, no code.
"""

from __future__ import annotations

import gc
import hashlib
import re
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

import yaml

from kiosk.content.errors import ContentError, Problem, Problems
from kiosk.content.iso3166 import ALPHA_2
from kiosk.content.map_frame import FRAMES, frame_of, map_folder, read_boxes
from kiosk.content.model import (
    PLACE_ROLES,
    SECTION_KINDS,
    TEXT_KIND,
    TODAYS_KINDS,
    Bundle,
    BundleInfo,
    Facts,
    Texts,
)
from kiosk.content.schema import INVALID, Reader
from kiosk.content.yaml_file import position, read_nodes
from kiosk.locale_codes import is_language_code
from kiosk.paths import bundled

BUNDLE_FILE = "bundle.yaml"
_MAX_LANGUAGES = 50
"""Language files looked at when bundle.yaml cannot list them (a hostile folder may hold
thousands)."""


def default_content_dir() -> Path:
    """The bundle shipped with the app."""
    return bundled("data")


def load_bundle(directory: Path, cache: Path | None = None) -> Bundle:
    """The bundle in `directory`, or `ContentError` with its problems (file, line, key and
    what to write instead; at most `MAX_PROBLEMS` of them, then a count of the rest).

    With a `cache` folder, a bundle whose files (and the loader's code) have not changed
    since it last loaded there comes from its cache (kiosk.content.cache: plain JSON, keyed
    by their SHA-256), and one that loads is stored there.

    Every file is checked even when another has problems: the language files are read by
    the languages that bundle.yaml names, or, when bundle.yaml cannot say, every
    `<language code>.yaml` next to it. Whatever the files hold, nothing but `ContentError`
    is raised.

    The cyclic garbage collector is paused meanwhile: the node trees hold no cycles, and its
    passes over their many objects made loading grow faster than the bundle (time ~ size^1.2
    between the 10x and 100x bench bundles; ~0.85 paused, 100x in half the time)."""
    if cache is not None:
        from kiosk.content.cache import cached_bundle

        return cached_bundle(Path(directory), cache, load_bundle)
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _load(Path(directory))
    finally:
        if was_enabled:
            gc.enable()


def _load(directory: Path) -> Bundle:
    problems, warnings = Problems(), Problems()
    bundle_path = _inside(directory, BUNDLE_FILE)
    root = read_nodes(bundle_path, BUNDLE_FILE, problems) if bundle_path is not None else None
    if bundle_path is None:
        problems.append(Problem(BUNDLE_FILE, 0, 0, "", "is a link to a file outside the bundle "
                                "directory; put the file itself in the bundle"))
    facts = Reader(BUNDLE_FILE, problems).read(root, Facts) if root is not None else INVALID
    if facts is not INVALID and root is not None:
        _check_facts(facts, root, problems)
        _check_map_frame(directory, facts, root, problems)
        languages = [(lang.code, lang.file) for lang in facts.bundle.languages]
        reference: str | None = facts.bundle.reference_language
        _note_unknown_scripts(facts, root, warnings)
    else:
        languages, reference = _languages_anyway(directory, root)
    texts, roots = _read_languages(directory, languages, problems, warnings)
    files = dict(languages)
    if facts is not INVALID and reference in texts:
        _check_reference(facts, texts[reference], roots[reference], files[reference],
                         problems)
    if reference in roots:
        keyed: dict[int, dict[str, tuple[yaml.Node, yaml.Node]]] = {}
        for code, node in roots.items():
            if code != reference:
                _compare_shape(node, roots[reference], files[code], files[reference], "",
                               problems, keyed)
    if problems or problems.omitted or facts is INVALID:
        raise ContentError(problems)
    return Bundle(directory=directory, facts=facts, texts=texts,
                  checksum=_checksum(directory, [BUNDLE_FILE] + [lang.file for lang in
                                                                facts.bundle.languages]),
                  warnings=tuple(warnings))


def _languages_anyway(directory: Path,
                      root: yaml.Node | None) -> tuple[list[tuple[str, str]], str | None]:
    """The (code, file) pairs and reference language of a bundle.yaml that failed its schema:
    its `bundle` part alone if that much is valid, else every `<code>.yaml` in `directory`
    whose stem is a language code (so one bad date does not hide the language files'
    problems). The problems of bundle.yaml itself are already reported."""
    if root is not None:
        scratch: list[Problem] = []
        entries = Reader(BUNDLE_FILE, scratch).pairs(root, "")
        if entries and "bundle" in entries:
            info = Reader(BUNDLE_FILE, scratch).read(entries["bundle"][1], BundleInfo)
            if info is not INVALID:
                return [(lang.code, lang.file) for lang in info.languages], \
                    info.reference_language
    try:
        names = sorted(p.name for p in directory.glob("*.yaml"))
    except OSError:
        return [], None
    return [(name[:-5], name) for name in names
            if name != BUNDLE_FILE and is_language_code(name[:-5])][:_MAX_LANGUAGES], None


def _read_languages(directory: Path, languages: list[tuple[str, str]], problems: Problems,
                    warnings: Problems) -> tuple[dict[str, Texts], dict[str, yaml.Node]]:
    """Each language file read and checked against `Texts` and for its script
    (kiosk.content.scripts: errors to `problems`, the rest to `warnings`); a file that is
    not inside the bundle, is missing, or is bundle.yaml or another language's file is
    reported instead."""
    from kiosk.content.scripts import check_nodes  # its tables only when files are read

    texts: dict[str, Texts] = {}
    roots: dict[str, yaml.Node] = {}
    owners: dict[object, str] = {}
    bundle_path = _inside(directory, BUNDLE_FILE)
    if bundle_path is not None and bundle_path.is_file():
        owners[_identity(bundle_path)] = BUNDLE_FILE
    for code, name in languages:
        key = f"bundle.languages.{code}.file"
        path = _inside(directory, name)
        if path is None:
            problems.append(Problem(BUNDLE_FILE, 0, 0, key,
                                    f"'{name}' is not a file inside the bundle directory; "
                                    "name a file next to bundle.yaml"))
            continue
        if not path.is_file():
            problems.append(Problem(BUNDLE_FILE, 0, 0, key,
                                    f"the file '{name}' does not exist; add it or remove "
                                    f"the language '{code}'"))
            continue
        identity = _identity(path)
        if identity in owners:
            problems.append(Problem(BUNDLE_FILE, 0, 0, key,
                                    f"'{name}' is already the file of {owners[identity]}; "
                                    f"give the language '{code}' its own file"))
            continue
        owners[identity] = f"the language '{code}'"
        node = read_nodes(path, name, problems)
        if node is None:
            continue
        value = Reader(name, problems).read(node, Texts)
        for text, key, finding in check_nodes(node, code):
            (problems if finding.error else warnings).append(
                Problem(name, *position(text), key, finding.message))
        if value is not INVALID:
            texts[code], roots[code] = value, node
    return texts, roots


def _identity(path: Path) -> object:
    """What makes two names the same file: device and inode (a hard or symbolic link, or
    `./en.yaml` for `en.yaml`), or the resolved path where the system has no inodes."""
    try:
        info = path.stat()
    except OSError:
        return str(path.resolve())
    return (info.st_dev, info.st_ino) if info.st_ino else str(path.resolve())


def _inside(directory: Path, name: str) -> Path | None:
    """The file `name` inside `directory`, refusing absolute paths, `..` and links out of it."""
    candidate = Path(name)
    if candidate.is_absolute() or ".." in candidate.parts:
        return None
    path = directory / candidate
    try:
        path.resolve().relative_to(directory.resolve())
    except (ValueError, OSError, RuntimeError):  # outside; a link loop (RuntimeError < 3.13)
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
                     ("editorial_notes", [n.id for n in facts.editorial_notes]),
                     ("sections", [entry.id for entry in facts.sections])):
        for duplicate in sorted(i for i, n in Counter(ids).items() if n > 1):
            fail(key, f"the id '{duplicate}' is used twice; ids must be unique")
    _check_sections(facts, fail)
    for code in languages:
        if not is_language_code(code):
            fail("bundle.languages", f"'{code}' is not a language code such as 'en' or 'ar'")
    for key, code in (("bundle.reference_language", facts.bundle.reference_language),
                      ("bundle.default_language", facts.bundle.default_language)):
        if code not in languages:
            fail(key, f"'{code}' is not one of the bundle's languages ({_listing(languages)})")

    for code in countries:
        if code not in ALPHA_2:
            fail("countries", f"'{code}' is not an ISO 3166-1 country code; write the "
                              "country's two capital letters, such as KG or KZ")

    def known(key: str, values: Iterable[str], allowed: list[str], what: str) -> None:
        allowed_set = set(allowed)
        for value in values:
            if value not in allowed_set:
                fail(key, f"'{value}' is not one of the {what} ({_listing(allowed)})")

    known("office.seat", [facts.office.seat], places, "places")
    _check_online(facts, root, problems)
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


def _note_unknown_scripts(facts: Facts, root: yaml.Node, warnings: list[Problem]) -> None:
    """One warning for each language whose script kiosk.content.scripts does not know: its
    texts' script is not checked."""
    from kiosk.content.scripts import LIKELY_SCRIPTS, expected_script

    items = _find(root, "bundle.languages")
    for index, lang in enumerate(facts.bundle.languages):
        if expected_script(lang.code) is not None:
            continue
        node = items.value[index] if isinstance(items, yaml.SequenceNode) else items
        warnings.append(Problem(BUNDLE_FILE, *position(node), f"bundle.languages[{index}].code",
                                f"the script of '{lang.code}' is not known, so its texts' "
                                f"script is not checked; write the code with its script "
                                f"('{lang.code}_Latn', '{lang.code}_Cyrl' ...) or add the "
                                f"language to LIKELY_SCRIPTS ({len(LIKELY_SCRIPTS)} languages)"
                                " in kiosk/content/scripts.py"))


_RESERVED_IDS = ("home", "attract", "country")
"""Screen ids the app gives itself (kiosk.ui.screens): no text page may take one."""


def _check_online(facts: Facts, root: yaml.Node, problems: list[Problem]) -> None:
    """The online page's languages are language codes, and a bundle language the site lacks
    has a fallback that the site has (each problem on the key's own line)."""
    def fail(key: str, message: str) -> None:
        problems.append(Problem(BUNDLE_FILE, *position(_find(root, key)), key, message))

    office = facts.office
    for code in office.online_languages:
        if not is_language_code(code):
            fail("office.online_languages", f"'{code}' is not a language code such as 'en'")
    if not office.online_languages:
        if office.online_fallback:
            fail("office.online_fallback", "a fallback needs office.online_languages, the "
                 "languages the online page exists in")
        return
    lacking = [lang.code for lang in facts.bundle.languages
               if lang.code not in office.online_languages]
    if office.online_fallback and office.online_fallback not in office.online_languages:
        fail("office.online_fallback", f"'{office.online_fallback}' is not one of "
             f"office.online_languages ({_listing(list(office.online_languages))})")
    elif lacking and not office.online_fallback:
        fail("office.online_languages", f"the online page has no {_listing(lacking)}: add "
             "office.online_fallback, the language of the page those visitors are given")


def _check_sections(facts: Facts, fail: Callable[[str, str], None]) -> None:
    """Each section is of a known kind; a kind with its own part of the language files is
    one section, named as its kind; a text page's id is a plain name no screen has."""
    for entry in facts.sections:
        if entry.kind not in SECTION_KINDS:
            fail("sections", f"'{entry.kind}' (section '{entry.id}') is not a kind of "
                             f"section; write one of {_listing(list(SECTION_KINDS))}")
        elif entry.kind != TEXT_KIND and entry.id != entry.kind:
            fail("sections", f"the section of kind '{entry.kind}' must have the id "
                             f"'{entry.kind}' (its text is under '{entry.kind}:' in each "
                             f"language file), not '{entry.id}'")
        elif entry.kind == TEXT_KIND and (
                entry.id in SECTION_KINDS or entry.id in _RESERVED_IDS
                or not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", entry.id)):
            fail("sections", f"'{entry.id}' cannot name a text page: write lower-case "
                             "letters, digits and hyphens, not the name of a kind or of "
                             f"another screen ({_listing([*SECTION_KINDS, *_RESERVED_IDS])})")


def _check_map_frame(directory: Path, facts: Facts, root: yaml.Node,
                     problems: list[Problem]) -> None:
    """Every place of a country on the map lies in the map's frame (map_frame): the countries
    screen could not show it. A place of a country the map lacks is not checked (an unknown
    code is reported as such). A damaged map of the bundle's own is a problem; a damaged
    shipped map is not the bundle's (the app says so in its log and shows no map)."""
    folder = map_folder(directory)
    try:
        boxes = read_boxes(folder)
    except (OSError, ValueError, KeyError, TypeError) as error:
        if folder.parent == Path(directory):
            problems.append(Problem(f"map/{FRAMES}", 0, 0, "", f"cannot be read ({error})"))
        return
    frame = frame_of([boxes[c.code] for c in facts.countries if c.code in boxes])
    if frame is None:
        return
    for place in facts.places:
        if place.country in boxes and not frame.contains(place.lon, place.lat):
            node = _find(root, "places")
            problems.append(Problem(BUNDLE_FILE, *position(node), "places", (
                f"'{place.id}' (lat {place.lat}, lon {place.lon}) is outside the map, which "
                f"shows the bundle's countries: lat {frame.lat_min:.1f} to {frame.lat_max:.1f},"
                f" lon {frame.lon_min:.1f} to {frame.lon_max:.1f}; check the coordinates")))


def _check_reference(facts: Facts, texts: Texts, root: yaml.Node, label: str,
                     problems: list[Problem]) -> None:
    """The reference language names exactly the ids that bundle.yaml declares, in its order,
    and has the part of each kind of section that bundle.yaml lists, and no other."""
    listed = {entry.kind for entry in facts.sections}
    for kind in TODAYS_KINDS:
        part = getattr(texts, kind)
        if kind == "countries" or (part is None) == (kind not in listed):
            continue
        if part is None:
            problems.append(Problem(label, *position(root), kind,
                                    f"missing: bundle.yaml lists the section '{kind}'; write "
                                    "its text here, or remove the section from bundle.yaml"))
        else:
            problems.append(Problem(label, *position(_find(root, kind)), kind,
                                    f"bundle.yaml has no section '{kind}'; remove this part, "
                                    "or add the section to bundle.yaml's sections"))
    expected = {
        "places": [p.id for p in facts.places],
        "countries": [c.code for c in facts.countries],
        "sections": [entry.id for entry in facts.sections],
        "pages": [entry.id for entry in facts.sections if entry.kind == TEXT_KIND],
    }
    actual = {
        "places": list(texts.places), "countries": list(texts.countries),
        "sections": list(texts.sections), "pages": list(texts.pages),
    }
    for key, ids, part in (("mandate.freedoms", list(facts.freedoms), texts.mandate),
                           ("priorities.items", list(facts.priorities), texts.priorities),
                           ("achievements.items", [a.id for a in facts.achievements],
                            texts.achievements),
                           ("value.items", [v.id for v in facts.value], texts.value),
                           ("offices.items", list(facts.offices), texts.offices)):
        if part is not None:
            expected[key] = ids
            actual[key] = list(getattr(part, key.split(".")[1]))
    for key, ids in expected.items():
        if actual[key] == ids:
            continue
        node = _find(root, key)
        present, wanted = set(actual[key]), set(ids)
        missing = [i for i in ids if i not in present]
        extra = [i for i in actual[key] if i not in wanted]
        if missing or extra:
            parts = ([f"missing {_listing(missing)}"] if missing else []) + (
                [f"not in bundle.yaml: {_listing(extra)}"] if extra else [])
            message = "; ".join(parts) + "; the ids must be those of bundle.yaml"
        else:
            message = f"the ids must be in the order of bundle.yaml: {_listing(ids)}"
        problems.append(Problem(label, *position(node), key, message))


def _compare_shape(node: yaml.Node, reference: yaml.Node, label: str, reference_label: str,
                   key: str, problems: list[Problem],
                   keyed: dict[int, dict[str, tuple[yaml.Node, yaml.Node]]] | None = None
                   ) -> None:
    """Report every key that one language file has and the reference file has not, or back.

    `keyed` holds the reference's mappings by key, made once for all the languages compared
    with it; once `problems` is full the rest are only counted, in one step per mapping (a
    hostile reference with 80,000 unknown ids is compared with ten languages in a blink)."""
    if not isinstance(reference, yaml.MappingNode) or not isinstance(node, yaml.MappingNode):
        return
    keyed = {} if keyed is None else keyed
    if id(reference) not in keyed:
        keyed[id(reference)] = {k.value: (k, v) for k, v in reference.value}
    theirs = keyed[id(reference)]
    ours = {k.value: (k, v) for k, v in node.value}
    extra = [name for name in ours if name not in theirs]
    missing = [name for name in theirs if name not in ours]
    for index, name in enumerate(extra):
        if _only_counted(problems, len(extra) - index):
            break
        problems.append(Problem(label, *position(ours[name][0]), _join(key, name),
                                f"this key is not in {reference_label} (the reference "
                                "language); remove it or add it there first"))
    for index, name in enumerate(missing):
        if _only_counted(problems, len(missing) - index):
            break
        line = position(theirs[name][0])[0]
        problems.append(Problem(label, *position(node), _join(key, name),
                                f"missing: {reference_label} (the reference language) has "
                                f"it on line {line}; translate it here"))
    for name, (_, value) in theirs.items():
        if name in ours:
            _compare_shape(ours[name][1], value, label, reference_label, _join(key, name),
                           problems, keyed)
    if [n for n in ours if n in theirs] != [n for n in theirs if n in ours]:
        problems.append(Problem(label, *position(node), key or "(top level)",
                                f"keys are in another order than in {reference_label}; "
                                "keep the reference order"))


def _only_counted(problems: list[Problem], left: int) -> bool:
    """When `problems` is full, count the `left` problems still to report as omitted and say
    True (the caller stops building them); else False."""
    if isinstance(problems, Problems) and problems.full:
        problems.omitted += left
        return True
    return False


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


def _listing(ids: list[str], shown: int = 12) -> str:
    """Ids for a message: all of them, or the first `shown` and how many more."""
    if len(ids) <= shown:
        return ", ".join(ids)
    return f"{', '.join(ids[:shown])} and {len(ids) - shown:,} more"


def _join(key: str, name: str) -> str:
    return f"{key}.{name}" if key else name


def _checksum(directory: Path, names: list[str]) -> str:
    digest = hashlib.sha256()
    for name in names:
        digest.update(name.encode())
        digest.update((directory / name).read_bytes())
    return digest.hexdigest()
