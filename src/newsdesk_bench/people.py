"""People across a corpus: are the most quoted people one entity each, under a full name?

STORE is a newsdesk SQLite store with NLP on (``newsdesk ingest ... --db
STORE``). The corpus entities are computed afresh from the stored page
entities (``corpus.resolve``, read only: the store is not changed), and quotes
are counted per corpus person through their page speakers. Checked:

- the ``--top`` people quoted most: each is shown under a full name (two
  words or more once titles are stripped) that some stored body writes as
  is, and no other person of the corpus carries a full name of theirs
  (``Donald Trump`` and ``Donald J. Trump`` as two entities would be one
  person split in two). One-word people left apart because their family name
  is shared (``Obama`` beside Barack and Michelle Obama) are listed beside;
- every person: the full names among their name and aliases are one
  person's (``corpus.one_person``): no entity carries the full names of two
  people (``Barack Obama`` and ``Michelle Obama``, ``Donald Trump Jr.``
  folded into his father).

Exit code 0 when every check passes, 1 otherwise.

examples:
  newsdesk ingest ../shared/data/quotes/polnear/train.jsonl --text-field text --db people.db
  newsdesk bench people --db people.db --top 10
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from newsdesk.corpus.entities import PERSON, CorpusEntity, PageEntity, name_key, one_person, resolve

NAME = "people"
HELP = "corpus people: the most quoted each one entity under a full name, no two people joined"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", type=Path, required=True, help="a store ingested with NLP on")
    parser.add_argument("--top", type=int, default=10, help="how many most quoted people (10)")


def run(args: argparse.Namespace) -> int:
    if not args.db.is_file():
        raise FileNotFoundError(2, "no such store", str(args.db))
    try:
        return _check(args.db, args.top)
    except sqlite3.Error as err:  # not a newsdesk store, or a damaged one
        print(f"newsdesk: error: {args.db}: not a newsdesk store ({err})", file=sys.stderr)
        return 2


def _check(db: Path, top_n: int) -> int:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        page_entities = [
            PageEntity(doc, eid, name, kind, tuple(json.loads(aliases)), mentions)
            for doc, eid, name, kind, aliases, mentions in conn.execute(
                "SELECT doc, eid, name, type, aliases, mentions FROM entities"
            )
        ]
        resolution = resolve(page_entities)
        quotes: Counter[str] = Counter()
        for doc, speaker in conn.execute(
            "SELECT doc, speaker FROM quotes WHERE speaker IS NOT NULL"
        ):
            owner = resolution.members.get((doc, speaker))
            if owner is not None:
                quotes[owner] += 1
        people = [e for e in resolution.entities if e.type == PERSON]
        top = sorted(people, key=lambda e: (-quotes[e.id], -e.documents, e.name))[:top_n]
        failures = 0
        print(f"{len(people)} people; the {len(top)} quoted most:")
        for entity in top:
            problems = _top_problems(conn, entity, people)
            failures += bool(problems)
            mark = "ok  " if not problems else "FAIL"
            print(
                f"  {mark} {entity.name}: {quotes[entity.id]} quotes, {entity.documents} articles"
            )
            for problem in problems:
                print(f"         {problem}")
            for other in _surname_groups(entity, people):
                print(
                    f"         apart, family name shared: {other.name} ({quotes[other.id]} quotes)"
                )
    mixed = [(e, pair) for e in people if (pair := two_people(e)) is not None]
    print(f"entities carrying the full names of two people: {len(mixed)}")
    for entity, (first, second) in mixed[:20]:
        print(f"  {entity.name}: {first!r} and {second!r}")
    return 1 if failures or mixed else 0


def _top_problems(
    conn: sqlite3.Connection, entity: CorpusEntity, people: Sequence[CorpusEntity]
) -> list[str]:
    problems: list[str] = []
    key = name_key(entity.name)
    if key is None or not key.full:
        problems.append("not shown under a full name")
    seen = conn.execute("SELECT 1 FROM documents WHERE instr(body, ?) LIMIT 1", (entity.name,))
    if seen.fetchone() is None:
        problems.append("its name is written in no article")
    if key is not None and key.full:
        for other in people:
            other_key = name_key(other.name)
            if (
                other is not entity
                and other_key is not None
                and other_key.full
                and one_person(key, other_key)
            ):
                problems.append(f"also entity {other.name!r}")
    return problems


def _surname_groups(entity: CorpusEntity, people: Sequence[CorpusEntity]) -> list[CorpusEntity]:
    """One-word people left apart whose word is this person's family name."""
    key = name_key(entity.name)
    if key is None or not key.full:
        return []
    return [e for e in people if e.keys == (key.surname,) and e is not entity]


def two_people(entity: CorpusEntity) -> tuple[str, str] | None:
    """Two forms of an entity that are full names of two different people, if any."""
    forms = [(f, k) for f in (entity.name, *entity.aliases) if (k := name_key(f)) and k.full]
    for i, (first, key) in enumerate(forms):
        for second, other in forms[i + 1 :]:
            if not one_person(key, other) and not one_person(other, key):
                return first, second
    return None
