"""What page markup says about a block: furniture hints as data.

Each table maps something an HTML author writes (a tag name, a word of a
``class``/``id`` attribute, a ``role``) to the furniture kind it announces.
The words come from the class names content-management systems and news
templates commonly use (WordPress, Drupal, Arc, Brightspot, Disqus, AddThis,
ShareThis, Outbrain, Taboola, ...) and from the discard lists of boilerplate
removers such as trafilatura and readability; none names any one site.
"""

from __future__ import annotations

import re

#: Elements never shown as text.
INVISIBLE_TAGS: tuple[str, ...] = (
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
    "canvas", "video", "audio", "map", "head", "select", "option", "textarea", "button",
    "input", "label", "dialog",
)  # fmt: skip

#: Elements that start a new block of text (HTML block-level and table elements).
BLOCK_TAGS: frozenset[str] = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "div",
        "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
        "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol",
        "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr",
        "ul", "caption", "legend",
    }
)  # fmt: skip

#: Inline elements whose class names do not split the text they sit in.
INLINE_TEXT_TAGS: frozenset[str] = frozenset(
    {"a", "em", "strong", "b", "i", "u", "abbr", "sup", "sub", "small", "mark", "q", "cite"}
)

HEADING_TAGS: frozenset[str] = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})

#: Semantic HTML5 elements that are furniture wherever they stand.
FURNITURE_TAGS: dict[str, str] = {
    "nav": "nav",
    "aside": "related",
    "footer": "footer",
    "figcaption": "caption",
    "menu": "nav",
}

#: ARIA roles that announce furniture.
FURNITURE_ROLES: dict[str, str] = {
    "navigation": "nav",
    "banner": "nav",
    "contentinfo": "footer",
    "complementary": "related",
    "menu": "nav",
    "menubar": "nav",
    "search": "nav",
    "dialog": "boilerplate",
    "alert": "boilerplate",
}

#: Words of class/id attributes (split at spaces, ``-`` and ``_``, lower-cased)
#: and the furniture kind each announces.
CLASS_WORDS: dict[str, str] = {
    # navigation
    "nav": "nav", "navbar": "nav", "navigation": "nav", "menu": "nav", "breadcrumb": "nav",
    "breadcrumbs": "nav", "pagination": "nav", "pager": "nav", "topbar": "nav",
    "masthead": "nav", "skip": "nav", "skiplink": "nav",
    # sharing and social
    "share": "share", "sharing": "share", "shares": "share", "social": "share",
    "sociable": "share", "addthis": "share", "sharethis": "share", "sharebar": "share",
    "sharetools": "share", "socialshare": "share", "follow": "share", "whatsapp": "share",
    # related and recommended
    "related": "related", "recommended": "related", "recommendations": "related",
    "recommend": "related", "outbrain": "related", "taboola": "related", "trending": "related",
    "popular": "related", "mostread": "related", "mostpopular": "related",
    "recirc": "related", "recirculation": "related", "readmore": "related",
    "morestories": "related", "promo": "related", "teaser": "related", "teasers": "related",
    "upnext": "related", "rail": "related", "sidebar": "related", "widget": "related",
    "widgets": "related",
    # reader comments
    "comment": "comment", "comments": "comment", "disqus": "comment", "respond": "comment",
    "reply": "comment", "discussion": "comment", "commentlist": "comment",
    # captions and picture credits
    "caption": "caption", "captions": "caption", "figcaption": "caption",
    "wp-caption-text": "caption", "credit": "caption", "credits": "caption",
    "gallery": "caption",
    # advertising
    "ad": "ad", "ads": "ad", "advert": "ad", "adverts": "ad", "advertisement": "ad",
    "advertising": "ad", "adslot": "ad", "dfp": "ad", "sponsor": "ad", "sponsored": "ad",
    "banner": "ad", "commercial": "ad",
    # page footer
    "footer": "footer", "copyright": "footer", "colophon": "footer", "legal": "footer",
    # author and date lines
    "byline": "byline", "author": "byline", "authors": "byline", "contributor": "byline",
    "dateline": "date", "timestamp": "date", "published": "date", "pubdate": "date",
    "date": "date", "meta": "date",
    # tags
    "tags": "tags", "taglist": "tags", "keywords": "tags", "topics": "tags",
    "categories": "tags",
    # other page furniture
    "newsletter": "boilerplate", "subscribe": "boilerplate", "subscription": "boilerplate",
    "signup": "boilerplate", "paywall": "boilerplate", "cookie": "boilerplate",
    "cookies": "boilerplate", "consent": "boilerplate", "modal": "boilerplate",
    "popup": "boilerplate", "overlay": "boilerplate",
    "toolbar": "boilerplate", "tools": "boilerplate", "print": "boilerplate",
    "login": "boilerplate", "register": "boilerplate", "disclaimer": "boilerplate",
    "offscreen": "boilerplate", "noprint": "boilerplate", "bio": "byline",
    # headline furniture: decks, standfirsts, kickers (the headline's, not the article's)
    "dek": "boilerplate", "deck": "boilerplate", "standfirst": "boilerplate",
    "subtitle": "boilerplate", "subheadline": "boilerplate", "kicker": "boilerplate",
    "strapline": "boilerplate", "eyebrow": "boilerplate",
    # summary boxes above or beside the article ("Key Points", "Story highlights")
    "keypoints": "boilerplate", "highlights": "boilerplate", "takeaways": "boilerplate",
    # the same in the other languages of common news templates (pt, es, it, fr, de)
    "compartilhe": "share", "compartilhar": "share", "compartir": "share",
    "condividi": "share", "partager": "share", "teilen": "share",
    "relacionadas": "related", "relacionados": "related", "correlati": "related",
    "leia": "related", "veja": "related", "mais": "related",
    "comentarios": "comment", "commenti": "comment", "kommentare": "comment",
    "commentaires": "comment", "rodape": "footer",
    "publicidade": "ad", "publicidad": "ad", "pubblicita": "ad", "werbung": "ad",
    "anzeige": "ad", "publicite": "ad",
}  # fmt: skip

#: Whole class tokens that hide an element from sighted readers. Matched as
#: whole tokens only: ``overflow-hidden`` hides nothing, and a token with a
#: responsive prefix beside them (``hidden md:block``) shows the element on
#: larger screens.
HIDDEN_CLASSES: frozenset[str] = frozenset(
    {
        "hidden", "is-hidden", "d-none", "hide", "visually-hidden", "visuallyhidden",
        "sr-only", "screen-reader-text", "screen-reader-only", "element-invisible",
        "offscreen", "u-hidden", "a11y-hidden",
    }
)  # fmt: skip

#: Words of class/id attributes that mark embedded content (a tweet, a post,
#: a video) even when the wrapper's other words say "social": inside the
#: article, embeds are content.
EMBED_WORDS: frozenset[str] = frozenset(
    {"embed", "embedded", "embeds", "tweet", "twitter-tweet", "instagram-media", "oembed"}
)

#: Whole class/id values (after lower-casing) that mean the article body; an
#: element carrying one is preferred as the main-content container.
BODY_WORDS: frozenset[str] = frozenset(
    {
        "articlebody", "article-body", "article_body", "articletext", "article-text",
        "article-content", "article_content", "articlecontent", "story-body", "storybody",
        "story-content", "story-text", "storytext", "entry-content", "post-content",
        "post-body", "postbody", "post-entry", "entry-body", "body-text", "bodytext",
        "main-content", "article__body", "article-body__content", "content-body",
        "td-post-content", "single-content", "text-content", "news-content", "news-text",
        "rich-text", "richtext", "field-body", "c-entry-content", "body-copy", "article-copy",
        "articlebodytext", "story__body", "post__content", "entry__content", "page-content",
    }
)  # fmt: skip

#: Prefixes of class tokens that file a post, not describe an element: the
#: taxonomy and format classes WordPress (``post_class``, ``body_class``) and
#: themes like it put on ``<body>`` and ``<article>`` (``category-sport``,
#: ``tag-social-media``, ``format-gallery``, ``single-format-gallery``). Read
#: as words they would make a whole article furniture ("social", "gallery").
TAXONOMY_PREFIXES: tuple[str, ...] = (
    "category-", "tag-", "format-", "post_format-", "single-format-", "postid-", "status-",
    "type-", "post-type-", "page-template-", "term-",
)  # fmt: skip

#: Inline styles that hide an element.
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)

#: Splits a class/id value into words: at spaces, ``-``, ``_`` and camelCase humps.
WORD_SPLIT = re.compile(r"[\s_\-]+|(?<=[a-z])(?=[A-Z])")
