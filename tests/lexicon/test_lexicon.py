"""The lexicon holds the words: no word set of more than a handful of items outside it,
and no name given to two word sets.

A *word set* is a module-level constant whose value is a literal set, frozenset,
list, tuple or dict (or ``frozenset(...)``/``set(...)``/``tuple(...)`` of one) holding
string constants. Outside ``newsdesk.lexicon`` a module may keep a handful
(``HANDFUL`` strings at most): a pair of brackets, the two quote marks of a style.
A longer list is vocabulary, and vocabulary lives in one place.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src" / "newsdesk"
LEXICON = SRC / "lexicon"
#: Most strings a word set outside the lexicon may hold.
HANDFUL = 5

_SET_CALLS = frozenset({"frozenset", "set", "tuple", "list", "dict"})


def _strings(node: ast.AST) -> int:
    """How many string constants a literal (or a set/tuple call of one) holds."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
        if node.func.id in _SET_CALLS and node.args:
            return _strings(node.args[0])
        return 0
    if isinstance(node, ast.Set | ast.List | ast.Tuple):
        return sum(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts)
    if isinstance(node, ast.Dict):
        return sum(isinstance(k, ast.Constant) and isinstance(k.value, str) for k in node.keys)
    return 0


def word_sets(path: Path) -> list[tuple[str, int, int]]:
    """``(name, line, strings)`` of each module-level word set of the module at ``path``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target, value = node.target, node.value
        else:
            continue
        if not isinstance(target, ast.Name) or target.id.startswith("__"):
            continue
        if (count := _strings(value)) >= 2:
            found.append((target.id, node.lineno, count))
    return found


def _modules() -> list[Path]:
    return sorted(SRC.rglob("*.py"))


#: Where the heuristics are: the stages a page flows through, and the layers
#: that compare names across pages or read a user's query. The faces, the store,
#: the sources and the runners hold names of their own (commands, columns,
#: rejection reasons, file suffixes), which are a schema, not vocabulary.
HEURISTIC = (
    "decode.py",
    "cjk.py",
    "body.py",
    "segment",
    "furniture",
    "recognise",
    "metadata",
    "nlp",
    "corpus",
    "query",
)


def _outside_lexicon() -> list[Path]:
    return [path for path in _modules() if path.relative_to(SRC).parts[0] in HEURISTIC]


@pytest.mark.parametrize("path", _outside_lexicon(), ids=lambda p: str(p.relative_to(SRC)))
def test_no_word_list_outside_the_lexicon(path: Path) -> None:
    long_sets = [
        f"{name} (line {line}, {n} words)" for name, line, n in word_sets(path) if n > HANDFUL
    ]
    assert not long_sets, f"move to newsdesk.lexicon: {', '.join(long_sets)}"


def inline_word_sets(path: Path) -> list[tuple[int, int]]:
    """``(line, strings)`` of each set, list or tuple literal inside a function of the
    module at ``path`` (``token.lemma_ in {"post", "page", ...}``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for function in ast.walk(tree):
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        for node in ast.walk(function):
            if isinstance(node, ast.Set | ast.List | ast.Tuple) and (n := _strings(node)) >= 2:
                found.append((node.lineno, n))
    return found


@pytest.mark.parametrize("path", _outside_lexicon(), ids=lambda p: str(p.relative_to(SRC)))
def test_no_word_list_inside_a_function(path: Path) -> None:
    long_sets = [f"line {line} ({n} words)" for line, n in inline_word_sets(path) if n > HANDFUL]
    assert not long_sets, f"name it in newsdesk.lexicon: {', '.join(long_sets)}"


def test_no_two_word_sets_share_a_name() -> None:
    places: dict[str, list[str]] = defaultdict(list)
    for path in _modules():
        for name, line, _ in word_sets(path):
            places[name.lstrip("_")].append(f"{path.relative_to(SRC)}:{line}")
    shared = {name: where for name, where in places.items() if len(where) > 1}
    assert not shared, shared


def test_the_lexicon_imports_no_stage() -> None:
    for path in LEXICON.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("newsdesk."):
                assert (node.module or "").startswith("newsdesk.lexicon"), (path.name, node.module)
