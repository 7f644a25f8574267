"""The import rules: a page flows one way, and each layer imports only the layers below it.

Read from the source (every ``import`` and ``from ... import`` in ``src/newsdesk``,
at module level or inside a function, ``TYPE_CHECKING`` ones too): a lazy import is
still a dependency. From the bottom up:

- the values every layer shares: ``errors``, ``record``, ``page``, ``settings``,
  ``cjk`` and the ``lexicon``;
- the stages, in the order a page goes through them: ``decode``, ``segment``,
  ``furniture``, ``body``, ``metadata``, ``nlp``; then ``pipeline``, which composes
  them;
- what compares pages and reads queries: ``corpus``, and the query layer's values
  (``query.results``, ``query.syntax``), which the store speaks in;
- the ``store``; the query layer's reads over it (``query.search``,
  ``query.browse``); the ``sources``; the ``runners``;
- the faces: ``cli``, ``web`` and the package's public API (``newsdesk``).

A module may import its own layer and any layer below it, never one above. Besides
the order, a few rules say what must never happen whatever the order becomes
(``RULES``), and the library never imports ``newsdesk_bench`` nor the packages only
the ``bench`` extra installs, but lazily, from ``newsdesk bench`` itself.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src"
PACKAGE = "newsdesk"

#: The layers from the bottom up, each the modules (and packages) it holds. A module
#: belongs to the layer of the longest name here that is it or holds it.
LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("shared values", ("errors", "record", "page", "settings", "cjk", "lexicon")),
    ("stage decode", ("decode",)),
    ("recognisers", ("recognise",)),  # furniture known by its wording; segment and furniture ask
    ("stage segment", ("segment",)),
    ("stage furniture", ("furniture",)),
    ("stage body", ("body",)),
    ("stage metadata", ("metadata",)),
    ("stage nlp", ("nlp",)),
    ("pipeline", ("pipeline",)),
    ("corpus and query values", ("corpus", "query.results", "query.syntax")),
    ("store", ("store",)),
    ("query", ("query",)),
    ("sources", ("sources",)),
    ("runners", ("runners",)),
    ("faces", ("cli", "web", "")),  # "": the package itself, its public API
)

STAGES = ("decode", "segment", "furniture", "body", "metadata", "nlp", "pipeline")
FACES = ("cli", "web")

#: What must never be imported, whatever the order: (rule, importers, imported).
RULES: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    (
        "a stage never imports the store, sources or runners",
        STAGES,
        ("store", "sources", "runners"),
    ),
    ("the store never imports the faces", ("store",), FACES),
    (
        "the sources never import the store, runners or faces",
        ("sources",),
        ("store", "runners", *FACES),
    ),
)

#: The evaluation code, installed with the library but run only with the ``bench`` extra,
#: and the packages only that extra installs (pyproject.toml).
BENCH_PACKAGE = "newsdesk_bench"
BENCH_ONLY = (BENCH_PACKAGE, "trafilatura", "textacy", "psutil")
#: The one module that may import it, inside a function, when ``newsdesk bench`` runs.
BENCH_FACE = "cli.bench"


@dataclass(frozen=True, slots=True)
class Import:
    importer: str  # module name without "newsdesk."; "" for the package itself
    imported: str  # likewise
    line: int
    lazy: bool  # inside a function (or a class), not run when the module loads


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC / PACKAGE).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> list[Path]:
    return sorted((SRC / PACKAGE).rglob("*.py"))


def _imports(path: Path) -> list[Import]:
    """The imports of ``newsdesk`` and ``newsdesk_bench`` modules in one module."""
    importer = _module_name(path)
    tree = ast.parse(path.read_text(encoding="utf-8"))
    lazy_lines = {
        inner.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)
        for inner in ast.walk(node)
        if isinstance(inner, ast.Import | ast.ImportFrom)
    }
    found: list[Import] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
            if node.module == PACKAGE:  # from newsdesk import record: the module record
                names = [_from_package(alias.name) for alias in node.names]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        else:
            continue
        for name in names:
            if any(name == top or name.startswith(f"{top}.") for top in BENCH_ONLY):
                found.append(Import(importer, name, node.lineno, node.lineno in lazy_lines))
            elif name == PACKAGE or name.startswith(f"{PACKAGE}."):
                imported = name.removeprefix(PACKAGE).removeprefix(".")
                found.append(Import(importer, imported, node.lineno, node.lineno in lazy_lines))
    return found


def _from_package(name: str) -> str:
    """What ``from newsdesk import NAME`` imports: the module NAME, or the package itself."""
    is_module = (SRC / PACKAGE / name).is_dir() or (SRC / PACKAGE / f"{name}.py").is_file()
    return f"{PACKAGE}.{name}" if is_module else PACKAGE


def _within(module: str, prefix: str) -> bool:
    """True when ``module`` is ``prefix`` or inside it ("" is the package itself alone)."""
    return module == prefix or (prefix != "" and module.startswith(f"{prefix}."))


def layer_of(module: str) -> int:
    """The position of ``module``'s layer in ``LAYERS``, from the bottom."""
    best, best_length = -1, -1
    for position, (_, members) in enumerate(LAYERS):
        for member in members:
            if _within(module, member) and len(member) > best_length:
                best, best_length = position, len(member)
    return best


def _all_imports() -> list[Import]:
    return [found for path in _modules() for found in _imports(path)]


def broken_rules(found: Import) -> list[str]:
    """Each rule ``found`` breaks, said as the failure message says it."""
    where = f"newsdesk.{found.importer}".rstrip(".")
    if found.imported.split(".")[0] in BENCH_ONLY:
        if found.lazy and found.importer == BENCH_FACE:
            return []
        rule = f"the bench extra's code and packages are imported only lazily, in {BENCH_FACE}"
        return [f"{where} (line {found.line}) imports {found.imported}: {rule}"]
    what = f"newsdesk.{found.imported}".rstrip(".")
    at = f"{where} (line {found.line}) imports {what}"
    broken = []
    low, high = layer_of(found.importer), layer_of(found.imported)
    if high > low:
        broken.append(f"{at}: layer '{LAYERS[low][0]}' imports the later layer '{LAYERS[high][0]}'")
    for rule, importers, imported in RULES:
        if any(_within(found.importer, p) for p in importers) and any(
            _within(found.imported, p) for p in imported
        ):
            broken.append(f"{at}: {rule}")
    return broken


def test_every_module_has_a_layer() -> None:
    homeless = [_module_name(path) for path in _modules() if layer_of(_module_name(path)) < 0]
    assert not homeless, f"add to LAYERS in tests/test_layers.py: {homeless}"


def test_no_import_breaks_a_layer_rule() -> None:
    broken = [message for found in _all_imports() for message in broken_rules(found)]
    assert not broken, "\n".join(broken)


@pytest.mark.parametrize(
    ("importer", "imported", "lazy", "expected"),
    [
        ("segment.text", "nlp.model", False, "layer 'stage segment' imports the later layer"),
        ("nlp.stage", "store.sqlite", True, "a stage never imports the store"),
        ("store.sqlite", "web.app", False, "the store never imports the faces"),
        ("query.syntax", "query.search", False, "imports the later layer 'query'"),
        ("sources.url", "runners.local", False, "the sources never import"),
        ("pipeline", "newsdesk_bench.flatten", True, "code and packages are imported only lazily"),
        (
            "cli.bench",
            "newsdesk_bench.benchmarks",
            False,
            "code and packages are imported only lazily",
        ),
        ("metadata.published", "trafilatura", True, "code and packages are imported only lazily"),
    ],
)
def test_the_rules_catch_what_they_forbid(
    importer: str, imported: str, lazy: bool, expected: str
) -> None:
    messages = broken_rules(Import(importer, imported, 7, lazy))
    assert any(expected in message for message in messages), messages
    assert all("line 7) imports" in message for message in messages)


@pytest.mark.parametrize(
    ("importer", "imported"),
    [
        ("nlp.stage", "metadata.language"),
        ("store.reads", "query.results"),
        ("query.search", "store.protocol"),
        ("runners.process", "pipeline"),
        ("cli.bench", "newsdesk_bench.benchmarks"),
        ("", "pipeline"),
    ],
)
def test_the_rules_allow_a_later_layer_to_import_an_earlier_one(
    importer: str, imported: str
) -> None:
    assert broken_rules(Import(importer, imported, 1, lazy=True)) == []
