"""What pages say about themselves, and how: meta-tag names, JSON-LD types, byline words.

Data only, each list with where it came from; order matters where noted (the
first key that gives a value wins). Read by ``newsdesk.metadata`` (was
``metadata/rules.py`` and constants of ``metadata/html.py``, ``authors.py``,
``language.py``).
"""

from __future__ import annotations

from newsdesk.lexicon.dates import ENGLISH_DAYS, ENGLISH_MONTH_ABBREVIATIONS, ENGLISH_MONTHS
from newsdesk.lexicon.names import NAME_PARTICLES

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

#: Separators between a headline and the site name in ``<title>`` and og:title.
TITLE_SITE_SEPARATORS: tuple[str, ...] = (" | ", " - ", " – ", " — ", " :: ", " · ", " « ", " » ")

#: ``<meta>`` keys that name the site, to cut from a title (`` | Site``).
META_SITE_NAME: tuple[str, ...] = ("og:site_name", "application-name", "twitter:site")

#: Lower-case words a personal name in a byline may hold besides capitalised ones:
#: the name particles of ``lexicon.names`` and those bylines add (Malay ``binti``,
#: Spanish ``y``, German ``zu``, ``St.``). Before issue 10 metadata kept a copy of its
#: own, which lacked ``abu``, ``bint``, ``mac`` and ``o``.
BYLINE_NAME_PARTICLES: frozenset[str] = NAME_PARTICLES | {"binti", "y", "zu", "st."}

#: Words after which a byline holds no more name: the date that often follows it
#: ("By Jane Doe Monday, November 18, 2019"), English weekdays and months (but
#: ``may``, a name too), and the words that open a date line.
NAME_ENDS: frozenset[str] = (
    frozenset(ENGLISH_DAYS)
    | (frozenset(ENGLISH_MONTHS) - {"may"})
    | (frozenset(ENGLISH_MONTH_ABBREVIATIONS) - {"may"})
    | {"sept", "updated", "published", "posted", "on", "at"}
)

#: Words in capitals a byline name may end with (other words in capitals are acronyms).
ROMAN_SUFFIXES: frozenset[str] = frozenset({"ii", "iii", "iv", "jr", "sr"})

#: Words that open a byline line on a flattened text page (``By Jane Doe``).
TEXT_BYLINE_LEADS: tuple[str, ...] = ("by", "written by", "reported by", "von", "par", "por")

#: Elements whose attributes may say "author" or "date" but whose text is no byline
#: or date line (the head, embeds, form controls, sectioning elements).
NOT_BYLINE_TAGS: frozenset[str] = frozenset(
    {"meta", "link", "script", "style", "img", "body", "html", "article", "main", "section",
     "input", "button", "form", "iframe", "svg", "use", "source", "picture"}
)  # fmt: skip

#: Words looked for in an element's tag and attributes to find byline and rel=author
#: elements (case-sensitive, in this order: the first that marks an element ranks it),
#: and dated elements.
BYLINE_HINTS: tuple[str, ...] = ("author", "byline", "Author")
DATE_HINTS: tuple[str, ...] = ("date", "publish", "posted")

#: py3langid labels that are not ISO 639-1 codes, mapped to the macro-language
#: code when there is one (py3langid's label list; ISO 639-3 macro-language tables).
#: Labels with no ISO 639-1 code at all (ace, bcl, crh, ...) give None.
LANGID_TO_ISO_639_1: dict[str, str] = {
    "ary": "ar",  # Moroccan Arabic
    "arz": "ar",  # Egyptian Arabic
    "uzs": "uz",  # Southern Uzbek
    "gug": "gn",  # Paraguayan Guaraní
    "fuv": "ff",  # Nigerian Fulfulde
    "yue": "zh",  # Cantonese, written in Chinese characters
    "wuu": "zh",  # Wu Chinese
}

#: Attributes of ``<meta>`` that name what its ``content`` is (HTML ``name``, RDFa/Open
#: Graph ``property``, schema.org microdata ``itemprop``), each read.
META_KEY_ATTRIBUTES: tuple[str, ...] = ("property", "name", "itemprop")

#: Attributes whose words say what an element is (``class="byline"``, ``itemprop="author"``).
HINT_ATTRIBUTES: tuple[str, ...] = ("class", "id", "itemprop")

#: JSON-LD keys holding more objects of the page (schema.org ``@graph``, ``mainEntity``).
JSONLD_NESTING_KEYS: tuple[str, ...] = ("@graph", "mainEntity", "mainEntityOfPage")

#: JSON-LD article keys that give its publication date, best first (schema.org).
JSONLD_PUBLISHED_KEYS: tuple[str, ...] = ("datePublished", "dateCreated")
