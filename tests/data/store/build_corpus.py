"""Build corpus.jsonl: small news records for the store, search and corpus-entity tests.

The articles are short texts written for these tests about real people whose
names collide (Hillary and Bill Clinton, George Bush and George W. Bush) or
vary (Mike Pompeo / Secretary of State Mike Pompeo / Pompeo, Ali Khamenei /
Ayatollah Ali Khamenei), plus a wire story syndicated twice. Entities and
quotes are filled by hand, as the NLP stage would: mention spans are every
occurrence of the listed surface forms, quotes are located in the body.

Run it from anywhere: ``python tests/data/store/build_corpus.py``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from newsdesk.page import stable_id
from newsdesk.record import (
    CitedSource,
    Entity,
    PageSource,
    Paragraph,
    Quote,
    QuoteKind,
    Record,
)


@dataclass(frozen=True)
class E:
    eid: str
    name: str
    type: str
    forms: tuple[str, ...]  # surface forms found in the body, longest first
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Q:
    text: str
    speaker: str | None
    speaker_text: str | None
    cue: str | None
    kind: QuoteKind = "direct"


@dataclass(frozen=True)
class Article:
    url: str
    title: str
    published: str
    credit: str | None
    paragraphs: tuple[str, ...]
    entities: tuple[E, ...] = ()
    quotes: tuple[Q, ...] = ()
    tags: tuple[str, ...] = ()
    sources: tuple[str, ...] = field(default=())


ARTICLES: tuple[Article, ...] = (
    Article(
        url="https://www.reuters.com/politics/clinton-rally-ohio",
        title="Clinton courts working families at Ohio rally",
        published="2016-09-01",
        credit="Reuters",
        paragraphs=(
            "Democratic presidential nominee Hillary Clinton told supporters in Cleveland on "
            "Thursday that her economic plan would raise wages for working families.",
            '"We are going to build an economy that works for everyone, not just those at the '
            'top," Clinton said to loud cheers from the crowd.',
            "Clinton also promised to invest in roads, bridges and broadband across the state, "
            "which both campaigns see as decisive in November.",
        ),
        entities=(
            E("e1", "Hillary Clinton", "PERSON", ("Hillary Clinton", "Clinton"), ("Clinton",)),
            E("e2", "Cleveland", "GPE", ("Cleveland",)),
        ),
        quotes=(
            Q(
                "We are going to build an economy that works for everyone, not just those at "
                "the top,",
                "e1",
                "Clinton",
                "said",
            ),
        ),
        tags=("Election 2016", "Ohio"),
    ),
    Article(
        url="https://apnews.com/article/bill-clinton-foundation-speech",
        title="Bill Clinton defends family foundation",
        published="2016-09-05",
        credit="AP",
        paragraphs=(
            "Former President Bill Clinton on Monday defended the work of his family's "
            "charitable foundation against criticism from Republicans.",
            '"The foundation has helped millions of people get medicine they could not '
            'otherwise afford," Bill Clinton told reporters in New York.',
            "He said the foundation would stop accepting foreign donations if his wife won the "
            "election.",
        ),
        entities=(
            E(
                "e1",
                "Bill Clinton",
                "PERSON",
                ("Former President Bill Clinton", "Bill Clinton", "He"),
                ("Former President Bill Clinton", "He"),
            ),
            E("e2", "New York", "GPE", ("New York",)),
        ),
        quotes=(
            Q(
                "The foundation has helped millions of people get medicine they could not "
                "otherwise afford,",
                "e1",
                "Bill Clinton",
                "told",
            ),
            Q(
                "the foundation would stop accepting foreign donations if his wife won the "
                "election",
                "e1",
                "He",
                "said",
                "indirect",
            ),
        ),
        tags=("Election 2016",),
    ),
    Article(
        url="https://www.example-gazette.com/opinion/clinton-debate-preview",
        title="What to watch for in the first debate",
        published="2016-09-20",
        credit=None,
        paragraphs=(
            "Mrs. Clinton has spent days preparing for the first televised debate, aides said.",
            '"She knows the details better than anyone," Mrs. Clinton\'s spokesman said on '
            "Tuesday.",
        ),
        entities=(E("e1", "Mrs. Clinton", "PERSON", ("Mrs. Clinton",)),),
        quotes=(),
        tags=("Election 2016", "Debates"),
    ),
    Article(
        url="https://www.reuters.com/world/pompeo-iran-sanctions",
        title="Pompeo says sanctions on Iran will tighten",
        published="2019-05-10",
        credit="Reuters",
        paragraphs=(
            "Secretary of State Mike Pompeo said on Friday that the United States would keep "
            "tightening sanctions on Iran until its leaders changed course.",
            '"The pressure campaign is working, and it will continue," Pompeo told reporters '
            "in Washington.",
        ),
        entities=(
            E(
                "e1",
                "Mike Pompeo",
                "PERSON",
                ("Secretary of State Mike Pompeo", "Pompeo"),
                ("Secretary of State Mike Pompeo", "Pompeo"),
            ),
            E("e2", "United States", "GPE", ("United States",)),
            E("e3", "Iran", "GPE", ("Iran",)),
        ),
        quotes=(
            Q(
                "the United States would keep tightening sanctions on Iran until its leaders "
                "changed course",
                "e1",
                "Secretary of State Mike Pompeo",
                "said",
                "indirect",
            ),
            Q("The pressure campaign is working, and it will continue,", "e1", "Pompeo", "told"),
        ),
        tags=("Iran", "Sanctions"),
    ),
    Article(
        url="https://www.aljazeera.com/news/khamenei-rejects-talks",
        title="Khamenei rejects talks with Washington",
        published="2019-05-29",
        credit="Al Jazeera",
        paragraphs=(
            "Iran's supreme leader Ayatollah Ali Khamenei ruled out negotiations with the U.S. "
            "on Wednesday, days after Pompeo offered talks without preconditions.",
            '"Negotiation with America has no benefit and carries harm," Khamenei said in a '
            "speech in Tehran.",
        ),
        entities=(
            E(
                "e1",
                "Ali Khamenei",
                "PERSON",
                ("Ayatollah Ali Khamenei", "Khamenei"),
                ("Ayatollah Ali Khamenei", "Khamenei", "Iran's supreme leader"),
            ),
            E("e2", "Pompeo", "PERSON", ("Pompeo",)),
            E("e3", "U.S.", "GPE", ("U.S.",)),
            E("e4", "Iran", "GPE", ("Iran",)),
            E("e5", "Tehran", "GPE", ("Tehran",)),
        ),
        quotes=(
            Q(
                "Negotiation with America has no benefit and carries harm,",
                "e1",
                "Khamenei",
                "said",
            ),
        ),
        tags=("Iran",),
    ),
    Article(
        url="https://www.tehrantimes.com/news/leader-speech",
        title="Leader: no talks under pressure",
        published="2019-06-02",
        credit="Tehran Times",
        paragraphs=(
            "Ali Khamenei told a gathering of officials that Iran would not give in to "
            "economic pressure from Washington.",
            '"They want to take away our strength, and we will not allow it," Ali Khamenei '
            "said. Pompeo had said a day earlier that Washington was ready to talk.",
        ),
        entities=(
            E("e1", "Ali Khamenei", "PERSON", ("Ali Khamenei",)),
            E("e2", "Pompeo", "PERSON", ("Pompeo",)),
            E("e3", "Iran", "GPE", ("Iran",)),
        ),
        quotes=(
            Q(
                "They want to take away our strength, and we will not allow it,",
                "e1",
                "Ali Khamenei",
                "said",
            ),
            Q("Washington was ready to talk", "e2", "Pompeo", "said", "indirect"),
        ),
        tags=("Iran",),
        sources=("Tehran Times",),
    ),
    Article(
        url="https://www.bbc.com/news/bush-library-visit",
        title="Bush library marks anniversary",
        published="2018-04-12",
        credit="BBC",
        paragraphs=(
            "George W. Bush returned to Dallas on Thursday to mark ten years of his "
            "presidential library.",
            '"This place belongs to the people of Texas," George W. Bush said.',
        ),
        entities=(
            E("e1", "George W. Bush", "PERSON", ("George W. Bush",)),
            E("e2", "Dallas", "GPE", ("Dallas",)),
        ),
        quotes=(Q("This place belongs to the people of Texas,", "e1", "George W. Bush", "said"),),
        tags=("Texas",),
    ),
    Article(
        url="https://www.bbc.com/news/george-bush-obituary",
        title="George Bush, 41st president, dies at 94",
        published="2018-12-01",
        credit="BBC",
        paragraphs=(
            "George Bush, who led the United States through the end of the Cold War, has died "
            "at his home in Houston.",
            '"He was a man of the highest character," his son said in a statement.',
        ),
        entities=(
            E("e1", "George Bush", "PERSON", ("George Bush",)),
            E("e2", "United States", "GPE", ("United States",)),
        ),
        quotes=(),
        tags=("Obituaries", "Texas"),
    ),
)

#: The wire story, and two outlets' copies of it (one lightly edited).
WIRE = (
    "Oil prices rose sharply on Monday after attacks on two tankers in the Gulf of Oman "
    "raised fears of supply disruptions in one of the world's busiest shipping lanes.",
    "Brent crude futures climbed more than four percent in early trading in London, while "
    "West Texas Intermediate gained three percent in New York.",
    "Traders said the market had been pricing in a calm summer, and that the attacks had "
    "forced a rapid reassessment of the risks facing shipments from the region.",
    "Analysts expected volatility to continue through the week as investors waited for "
    "details of who was behind the attacks and how Washington would respond.",
)
COPIES: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("https://www.reuters.com/markets/oil-tanker-attacks", "Reuters", "2019-06-17", WIRE),
    (
        "https://www.gulfnews.com/business/oil-jumps",
        "Gulf News",
        "2019-06-17",
        (*WIRE[:3], WIRE[3].replace("the week", "the coming week")),
    ),
    (
        "https://www.businessdaily.com/energy/oil-tanker-attacks",
        "Business Daily",
        "2019-06-18",
        (*WIRE, "Shipping insurers said premiums for the route could double."),
    ),
)
OTHER_OIL = (
    "Oil prices slipped on Friday as weak factory data from China and Europe renewed worries "
    "about demand, outweighing supply cuts by major producers.",
    "Brent crude fell one percent, heading for a weekly loss, while analysts said the outlook "
    "for the second half of the year depended on trade talks.",
)


def build(article: Article) -> Record:
    body = "\n\n".join(article.paragraphs)
    paragraphs, start = [], 0
    for text in article.paragraphs:
        paragraphs.append(Paragraph(start, start + len(text)))
        start += len(text) + 2
    entities = tuple(
        Entity(e.eid, e.name, e.type, e.aliases, _mentions(body, e.forms)) for e in article.entities
    )
    quotes = []
    for q in article.quotes:
        at = body.index(q.text)
        quotes.append(Quote(q.text, at, at + len(q.text), q.kind, q.speaker, q.speaker_text, q.cue))
    sources = []
    for name in article.sources:
        at = body.find(name)
        if at >= 0:
            sources.append(CitedSource(name, "outlet", None, at, at + len(name)))
    return Record(
        id=stable_id(article.url),
        source=PageSource(url=article.url, format="html"),
        body=body,
        title=article.title,
        published=article.published,
        language="en",
        credit=article.credit,
        paragraphs=tuple(paragraphs),
        tags=article.tags,
        entities=entities,
        quotes=tuple(quotes),
        sources=tuple(sources),
    )


def _mentions(body: str, forms: tuple[str, ...]) -> tuple[tuple[int, int], ...]:
    taken: list[tuple[int, int]] = []
    for form in sorted(forms, key=len, reverse=True):
        at = body.find(form)
        while at >= 0:
            span = (at, at + len(form))
            if not any(s < span[1] and span[0] < t for s, t in taken):
                taken.append(span)
            at = body.find(form, at + 1)
    return tuple(sorted(taken))


def articles() -> list[Article]:
    found = list(ARTICLES)
    for url, credit, published, paragraphs in COPIES:
        found.append(
            Article(
                url,
                "Oil jumps after tanker attacks",
                published,
                credit,
                paragraphs,
                (),
                (),
                ("Oil",),
            )
        )
    found.append(
        Article(
            "https://www.reuters.com/markets/oil-slips-demand",
            "Oil slips on demand worries",
            "2019-06-21",
            "Reuters",
            OTHER_OIL,
            (),
            (),
            ("Oil",),
        )
    )
    return found


def main() -> None:
    out = Path(__file__).with_name("corpus.jsonl")
    with out.open("w", encoding="utf-8") as fh:
        for article in articles():
            fh.write(json.dumps(build(article).to_dict(), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
