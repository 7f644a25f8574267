"""Metadata heuristics as data: which tags say what, month names, what is not a person.

Each list says where it came from. Order matters where noted: the first key
that gives a value wins.
"""

from __future__ import annotations

#: ``<meta>`` keys (name, property or itemprop, lower-cased) that give the
#: headline, best first. From the Open Graph protocol (ogp.me), Twitter cards,
#: Dublin Core (dublincore.org, DCMI terms) and the parse.ly / sailthru tags
#: news sites emit for their analytics.
META_TITLE: tuple[str, ...] = (
    "og:title",
    "twitter:title",
    "dc.title",
    "dcterms.title",
    "parsely-title",
    "sailthru.title",
    "headline",
    "title",
)

#: ``<meta>`` keys that name the author(s), best first. From the same sources,
#: plus ``byl`` (The New York Times' byline tag) and ``article:author`` (Open
#: Graph article vocabulary; often a profile URL, which the cleaning drops).
META_AUTHOR: tuple[str, ...] = (
    "author",
    "article:author",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
    "dcterms.creator",
    "byl",
    "citation_author",
    "og:article:author",
)

#: ``<meta>`` keys that give the publication date, best first: Open Graph
#: article vocabulary, schema.org microdata, Dublin Core, the parse.ly and
#: sailthru tags, Google News' ``original-source``-era ``pubdate`` family and
#: the ``citation_*`` tags of Highwire/Google Scholar.
META_PUBLISHED: tuple[str, ...] = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "article.published",
    "published_time",
    "publish-date",
    "publishdate",
    "pubdate",
    "publication_date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "dcterms.created",
    "date",
    "parsely-pub-date",
    "sailthru.date",
    "citation_publication_date",
    "citation_date",
    "og:published_time",
)  # modified/updated times are left out: they are not the publication date

#: JSON-LD ``@type`` values of an article (schema.org CreativeWork subtypes news sites use).
JSONLD_ARTICLE_TYPES: frozenset[str] = frozenset(
    {
        "newsarticle",
        "article",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "backgroundnewsarticle",
        "reviewnewsarticle",
        "blogposting",
        "liveblogposting",
        "socialmediaposting",
        "scholarlyarticle",
        "report",
    }
)

#: JSON-LD types that may carry a page date when no article object does.
JSONLD_PAGE_TYPES: frozenset[str] = frozenset({"webpage", "itempage", "creativework"})

#: Words of a ``class``/``id``/``itemprop``/``rel`` value that mark a byline
#: element (from the markup of the benchmark's hosts and the hCard/schema.org
#: vocabularies: ``author``, ``byline``, ``vcard``-style ``fn`` is too generic).
BYLINE_CLASS_WORDS: tuple[str, ...] = (
    "byline",
    "byline-name",
    "byline__name",
    "byline-author",
    "author",
    "author-name",
    "author__name",
    "authorname",
    "article-author",
    "post-author",
    "entry-author",
    "contributor",
    "writer",
)

#: Endings of such class words in BEM-style markup (``c-byline__author-name``,
#: ``article__byline``); seen on the benchmark's hosts.
BYLINE_CLASS_SUFFIXES: tuple[str, ...] = (
    "byline",
    "author",
    "authors",
    "author-name",
    "authorname",
    "author__name",
    "byline__name",
    "author-link",
    "authorlink",
)

#: Parts of a class word that mark an author element as something else
#: (a comment form's author field, the author's photo or bio box).
BYLINE_CLASS_STOPS: tuple[str, ...] = ("comment", "form", "bio", "img", "image", "avatar")

#: Parts of a class/id/itemprop word that mark an element holding the page's
#: date (``post-date``, ``article__date``, ``published``, ``datePublished``), and
#: parts that mark another date (an update, a comment's, an event's, a form field).
DATE_CLASS_PARTS: tuple[str, ...] = ("date", "publish", "posted", "time")
DATE_CLASS_STOPS: tuple[str, ...] = (
    "update", "modif", "comment", "event", "picker", "input", "form", "expir", "birth",
    "validate", "datetime-local", "current", "today", "weather",
)  # fmt: skip

#: Words that open a byline, to be cut off (English, German, French, Spanish,
#: Italian, Portuguese, Dutch: the languages of the benchmark's Latin-script pages).
BYLINE_LEADS: tuple[str, ...] = (
    "written by",
    "analysis by",
    "commentary by",
    "opinion by",
    "column by",
    "review by",
    "reviewed by",
    "reported by",
    "posted by",
    "story by",
    "words by",
    "text by",
    "by",
    "from",
    "von",
    "par",
    "por",
    "di",
    "door",
    "autor",
    "author",
    "authors",
    "escrito por",
)

#: Separators between several authors in one byline.
AUTHOR_SEPARATORS: tuple[str, ...] = (" and ", " & ", " und ", " et ", " y ", " e ", " en ")

#: Words that show a byline part is a role, a desk or an outlet, not a person
#: (from bylines seen on news sites: "Staff Writer", "Reuters", "AP", "Newsroom").
NOT_PERSON_WORDS: frozenset[str] = frozenset(
    {
        "staff",
        "writer",
        "writers",
        "reporter",
        "reporters",
        "correspondent",
        "correspondents",
        "editor",
        "editors",
        "editorial",
        "desk",
        "newsroom",
        "team",
        "board",
        "agency",
        "agencies",
        "press",
        "news",
        "wire",
        "wires",
        "service",
        "services",
        "media",
        "online",
        "digital",
        "times",
        "post",
        "daily",
        "weekly",
        "journal",
        "magazine",
        "tribune",
        "herald",
        "gazette",
        "radio",
        "tv",
        "television",
        "network",
        "admin",
        "administrator",
        "webmaster",
        "contributor",
        "contributors",
        "guest",
        "anonymous",
        "unknown",
        "reuters",
        "ap",
        "afp",
        "dpa",
        "upi",
        "ians",
        "pti",
        "xinhua",
        "bloomberg",
        "associated",
        "report",
        "reports",
        "photo",
        "photos",
        "video",
        "updated",
        "published",
        "the",
        "international",
        "business",
        "politics",
        "sports",
        "opinion",
        "editor-at-large",
        "guardian",
        "observer",
        "telegraph",
        "independent",
        "chronicle",
        "standard",
        "express",
        "mirror",
        "review",
        "insider",
        "today",
        "bureau",
        "inc",
        "ltd",
        "llc",
        "com",
    }
)

#: Lower-case words a personal name may hold besides capitalised ones (name particles).
NAME_PARTICLES: frozenset[str] = frozenset(
    {"van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "du", "la",
     "le", "bin", "binti", "ibn", "al", "el", "ter", "ten", "y", "zu", "st."}
)  # fmt: skip

#: Words after which a byline holds no more name: the date that often follows it
#: ("By Jane Doe Monday, November 18, 2019"), English weekdays and months.
NAME_ENDS: frozenset[str] = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
     "january", "february", "march", "april", "june", "july", "august", "september",
     "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
     "sep", "sept", "oct", "nov", "dec", "updated", "published", "posted", "on", "at"}
)  # fmt: skip

#: Month names and abbreviations → month number (English, German, French,
#: Spanish, Italian, Portuguese, Dutch; lower-case, without a trailing dot).
MONTHS: dict[str, int] = {
    **{m: i for i, m in enumerate(
        ["january", "february", "march", "april", "may", "june", "july", "august",
         "september", "october", "november", "december"], start=1)},
    **{m: i for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
        start=1)},
    "sept": 9,
    **{m: i for i, m in enumerate(
        ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august",
         "september", "oktober", "november", "dezember"], start=1)},
    **{m: i for i, m in enumerate(
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
         "septembre", "octobre", "novembre", "décembre"], start=1)},
    **{m: i for i, m in enumerate(
        ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre"], start=1)},
    **{m: i for i, m in enumerate(
        ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
         "settembre", "ottobre", "novembre", "dicembre"], start=1)},
    **{m: i for i, m in enumerate(
        ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
         "setembro", "outubro", "novembro", "dezembro"], start=1)},
    **{m: i for i, m in enumerate(
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
         "september", "oktober", "november", "december"], start=1)},
}  # fmt: skip

#: First year a news page's publication date may fall in (the web's news era;
#: the last day is tomorrow, dates.MAX_DAYS_AHEAD).
FIRST_YEAR = 1990

#: Separators between a headline and the site name in ``<title>`` and og:title.
TITLE_SITE_SEPARATORS: tuple[str, ...] = (" | ", " - ", " – ", " — ", " :: ", " · ", " « ", " » ")
