"""Loading the content: the real bundle and synthetic bundles 10x and 100x larger."""

from __future__ import annotations

import copy
import math
import shutil
import time
from pathlib import Path
from typing import Any

import yaml

from kiosk.content import ContentError, load_bundle
from kiosk.content.iso3166 import ALPHA_2
from kiosk.content.yaml_file import MAX_FILE_BYTES
from tools.bench.sandbox import ROOT, Sandbox, say
from tools.bench.stats import median


class _NoAliases(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    """The loader refuses anchors and aliases: write every node out in full."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _write_yaml(path: Path, data: Any) -> None:
    path.write_text(yaml.dump(data, Dumper=_NoAliases, allow_unicode=True, sort_keys=False,
                              width=100), encoding="utf-8")


def _lengthened(node: Any, times: int) -> Any:
    """Every paragraph (text longer than 80 characters) written `times` times over."""
    if isinstance(node, dict):
        return {key: _lengthened(value, times) for key, value in node.items()}
    if isinstance(node, str) and len(node) > 80:
        return " ".join([node] * times)
    return node


def _add_countries(facts: dict[str, Any], texts: dict[str, dict[str, Any]], count: int) -> None:
    """`count` more countries, each with a capital and an office, in every file; their codes
    are the ISO 3166-1 codes the bundle does not use yet (the loader refuses others), so at
    most the 244 of them: a larger bundle grows by its paragraphs (synthetic_bundle
    corrects the growth from the bytes it got)."""
    real = list(facts["countries"])
    spare = sorted(ALPHA_2 - {country["code"] for country in real})
    count = min(count, len(spare))
    places = {place["id"]: place for place in facts["places"]}
    for number in range(1, count + 1):
        model = real[(number - 1) % len(real)]
        code, capital, office = spare[number - 1], f"c{number:03d}-capital", f"c{number:03d}-office"
        model_place = places[model["capital"]]
        facts["countries"].append({"code": code, "capital": capital})
        for place_id, role in ((capital, "capital"), (office, "presence")):
            facts["places"].append({"id": place_id, "country": code, "role": role,
                                    "lat": model_place["lat"], "lon": model_place["lon"]})
        for language in texts.values():
            country = language["countries"][model["code"]]
            language["countries"][code] = {"name": f"{country['name']} {number}",
                                           "role": country["role"]}
            place_name = language["places"][model["capital"]]
            language["places"][capital] = f"{place_name} {number}"
            language["places"][office] = f"{place_name} ({number})"


def write_synthetic_bundle(source: Path, target: Path, scale: float, copies: int) -> None:
    """A bundle about `scale` times `source`: `copies` copies of each language, each file grown
    by scale / copies (that many times the countries and the paragraphs)."""
    facts = yaml.safe_load((source / "bundle.yaml").read_text(encoding="utf-8"))
    languages = facts["bundle"]["languages"]
    texts = {lang["code"]: yaml.safe_load((source / lang["file"]).read_text(encoding="utf-8"))
             for lang in languages}
    growth = scale / copies
    times = max(1, round(growth))
    texts = {code: {key: value if key in ("countries", "places", "language")
                    else _lengthened(value, times) for key, value in language.items()}
             for code, language in texts.items()}
    _add_countries(facts, texts, round(len(facts["countries"]) * (growth - 1)))
    originals = list(languages)
    for index in range(1, copies):  # more languages: "arb", "enb", "rub", then "arc"...
        for lang in originals:
            code = lang["code"] + "abcdefghijklmnopqrstuvwxyz"[index]
            language = copy.deepcopy(texts[lang["code"]])
            language["language"]["name"] += f" {index}"
            texts[code] = language
            languages.append({"code": code, "file": f"{code}.yaml", "status": lang["status"]})
    target.mkdir(parents=True)
    _write_yaml(target / "bundle.yaml", facts)
    for lang in languages:
        _write_yaml(target / lang["file"], texts[lang["code"]])


def bundle_bytes(folder: Path) -> int:
    """The bytes of a bundle's YAML files."""
    return sum(path.stat().st_size for path in folder.glob("*.yaml"))


def largest_file(folder: Path) -> int:
    """The bytes of a bundle's largest YAML file."""
    return max(path.stat().st_size for path in folder.glob("*.yaml"))


def synthetic_bundle(source: Path, target: Path, scale: float) -> Path:
    """A valid bundle within 10 % of `scale` times the bytes of `source`.

    Short texts (titles, names) do not grow, so the growth asked for is corrected from what a
    first try gave. Each try uses the fewest language copies that keep every file under the
    loader's limit. The result is loaded once by the real loader to prove it valid."""
    wanted = scale * bundle_bytes(source)
    growth = scale
    copies = max(1, math.ceil(largest_file(source) * scale / MAX_FILE_BYTES))
    for attempt in range(6):
        folder = target / f"try-{attempt}"
        write_synthetic_bundle(source, folder, growth, copies)
        if largest_file(folder) > MAX_FILE_BYTES:
            copies += 1
            continue
        if abs(bundle_bytes(folder) / wanted - 1) <= 0.1:
            load_bundle(folder)  # raises ContentError if the bundle is not valid
            return folder
        growth *= wanted / bundle_bytes(folder)
        copies = max(copies, math.ceil(largest_file(folder) * wanted / bundle_bytes(folder)
                                       / MAX_FILE_BYTES))
    raise RuntimeError(f"could not make a valid {scale}x bundle under the loader's "
                       f"{MAX_FILE_BYTES:,}-byte file limit")


def time_load_ms(folder: Path, repeats: int) -> float:
    """The median of `repeats` load_bundle(folder) calls, in ms."""
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        load_bundle(folder)
        times.append((time.perf_counter() - started) * 1000)
    return median(times)


HOSTILE_PLACES = 15_000
HOSTILE_IDS = 80_000
"""The hostile bundle of issue 12: this many places in bundle.yaml and this many unknown place
ids in a language file, both under the 1 MiB limit: 33.6 s to check when ids were checked
against a list; it must take under a second."""


def hostile_bundle(source: Path, target: Path) -> Path:
    """A copy of `source` with `HOSTILE_PLACES` extra places and `HOSTILE_IDS` unknown place
    ids in the reference language file: it does not validate, and must say so quickly."""
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(source, target)
    facts = target / "bundle.yaml"
    text = facts.read_text(encoding="utf-8")
    places = "".join(f"  - {{id: p{i}, country: KG, role: presence, lat: 41, lon: 74}}\n"
                     for i in range(HOSTILE_PLACES))
    facts.write_text(text.replace("places:\n", "places:\n" + places, 1), encoding="utf-8")
    reference = target / "en.yaml"
    text = reference.read_text(encoding="utf-8")
    ids = "".join(f"  q{i}: x\n" for i in range(HOSTILE_IDS))
    reference.write_text(text.replace("places:\n", "places:\n" + ids, 1), encoding="utf-8")
    return target


def time_refusal_ms(folder: Path, repeats: int) -> float:
    """The median of `repeats` load_bundle(folder) calls that end in a ContentError, in ms.
    Raises RuntimeError if the bundle loads."""
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        try:
            load_bundle(folder)
        except ContentError:
            times.append((time.perf_counter() - started) * 1000)
        else:
            raise RuntimeError(f"the hostile bundle {folder} loaded")
    return median(times)


def measure_loading(sandbox: Sandbox, repeats: tuple[int, int, int]) -> dict[str, Any]:
    """load_ms and load_bytes for 1x (the bundled content), 10x and 100x (made in the
    sandbox), timed `repeats` (1x, 10x, 100x) times each."""
    say("content loading: 1x, 10x and 100x bundles")
    source = ROOT / "data"
    folders = {"1x": source}
    for scale in (10, 100):
        folders[f"{scale}x"] = synthetic_bundle(source, sandbox.root / f"bundle-{scale}x", scale)
    load_ms = {name: round(time_load_ms(folder, n), 2)
               for (name, folder), n in zip(folders.items(), repeats, strict=True)}
    sizes = {name: bundle_bytes(folder) for name, folder in folders.items()}
    exponent = math.log(load_ms["100x"] / load_ms["10x"]) / math.log(sizes["100x"] / sizes["10x"])
    hostile = hostile_bundle(source, sandbox.root / "bundle-hostile")
    return {"load_ms": load_ms, "load_bytes": sizes,
            "load_files": {name: len(list(folder.glob("*.yaml")))
                           for name, folder in folders.items()},
            "load_scaling_exponent": round(exponent, 2),
            "load_hostile_ms": round(time_refusal_ms(hostile, repeats[-1]), 1)}
