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

from newsdesk.lexicon.furniture import LINE_PHRASES

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

#: Elements ``segment.html_depth.unnest_markup`` keeps: they cannot nest, or hold no visible text.
UNNEST_KEPT_TAGS = frozenset(
    {"html", "head", "body", "title", "meta", "link", "p", "h1", "h2", "h3", "h4", "h5", "h6",
     "li", "dt", "dd", "br", "hr", *INVISIBLE_TAGS}
)  # fmt: skip

#: Charsets a page cannot declare about itself (its declaration would be unreadable);
#: browsers ignore such a declaration too.
SELF_UNDECLARABLE_CHARSETS = frozenset(
    {"utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"}
)

#: Text patterns of page furniture that markup alone does not give away, matched
#: against one run of text (a paragraph-sized piece): advertising labels, newsletter
#: and app prompts, share prompts, picture credits and publication stamps, written from
#: general knowledge of news templates in several languages (none names a site); moved
#: here from ``segment/html_phrases.py``. The comment-section patterns differ from
#: ``COMMENT_STARTS`` in ``lexicon.furniture`` (a run that is only a comment label here,
#: the line that opens a comment section there): two lists on purpose.
#: A whole short run that is a furniture label, with the kind it announces.
RUN_LABELS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^(advertisement|advertising|anzeige|publicidade|publicidad|pubblicità|"
                r"sponsored( content)?|paid content|ad|story continues below( advertisement)?|"
                r"continue reading below|article continues below)\W*$", re.I), "ad"),
    (re.compile(r"^(share|share this( article| story| post)?|share on \w+|tweet|email|print|"
                r"pin it|whatsapp|facebook|twitter|linkedin|reddit|copy link|"
                r"compartilhe|condividi|teilen)\W*$", re.I), "share"),
    (re.compile(r"^((den |diesen )?artikel (mit anderen )?teilen|möchten sie (den|diesen) artikel "
                r"teilen|s[ií]guenos en|folgt? uns|suivez-nous|compartir en)\b.{0,100}$", re.I),
     "share"),
    (re.compile(r"^(read more|read next|more from|related( articles| stories| content)?|"
                r"see also|you may also like|recommended( for you)?|most popular|"
                r"trending( now)?|also read|leia também|leggi anche|lesen sie auch|"
                r"don'?t miss|must read|you might also like|você pode gostar|"
                r"читайте также|самые популярные|популярное|похожие( статьи| новости)?|"
                r"mais lidas|más leídas|i più letti|meistgelesen|"
                # the same in German, Spanish, French, Portuguese, Polish, Dutch, Italian
                r"mehr zu(m thema)?|mehr themen|weitere (themen|artikel|beiträge)|auch interessant|"
                r"(das )?(thema )?könnte (sie|dich|euch) auch interessieren|schon gelesen|"
                r"weiterlesen|lust auf mehr|ähnliche (artikel|beiträge)|empfohlene beiträge|"
                r"verwandte (themen|artikel|beiträge)|lea también|lee también|"
                r"te puede interesar|(notas|noticias) relacionadas|vous aimerez aussi|"
                r"(à )?lire aussi|voir aussi|sur le même sujet|veja também|leia mais|saiba mais|"
                r"czytaj (też|także|również)|zobacz (też|także)|lees ook|"
                r"potrebbe interessarti)\b.{0,120}$", re.I), "related"),
    (re.compile(r"^(sign up|subscribe|get the .{0,40}newsletter|download (our|the) app|"
                r"click here|thanks for signing up|sorry!?|there was an error|"
                r"we use cookies|this (web)?site uses cookies|follow us|have a tip|"
                r"get the latest|get breaking news|subscribe to|something went wrong|"
                # the same in German, Spanish, French, Polish
                r"wie bewerten sie (diesen|den) artikel|war (der|dieser) artikel (nützlich|"
                r"hilfreich)|(dieser|der) artikel gefällt (ihnen|dir)|rezept drucken|"
                r"inhaltsverzeichnis|sie sind (aktuell |derzeit )?nicht (eingeloggt|angemeldet)|"
                r"wir (verwenden|nutzen) cookies|utilizamos cookies|nous utilisons des cookies|"
                r"korzystamy z (plików )?cookies)\b.{0,160}$", re.I),
     "boilerplate"),
    (re.compile(r"^\*?(anzeige|werbung)\s*[.:,*-].{0,200}$", re.I), "ad"),
    (re.compile(r"^.{0,40}\bis (supported|funded) by (its|our) (audience|readers)\b.{0,200}$",
                re.I), "ad"),
    (re.compile(r"^((photo|image|picture|video|foto|source|credit|quelle|bildquelle|fuente|"
                r"titelbild|beitragsbild|abbildung|crédits? photos?|fonte)s?\s*(:|by\b)|"
                r"\(?(photo|image) (by|credit|courtesy)\b|"
                r"in this .{0,60}\b(file )?(photo|image|picture)\b).{0,300}$", re.I), "caption"),
    (re.compile(r"^(\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\s*[-|–]\s*)?(published|updated|posted|"
                r"last updated|modified|publicado|publicada|atualizado|actualizado|pubblicato|"
                r"aggiornato|veröffentlicht|aktualisiert|publié|mis à jour|опубликовано)\b"
                r".{0,100}$", re.I), "date"),
    (re.compile(r"^((\d+\s+)?comments?\b.{0,30}|(leave|add|post|write|show) (a |the )?"
                r"(comments?|reply)\b.{0,40}|comentários|commenti|kommentare|отзывы|комментарии|"
                r"kommentare (sind )?geschlossen|comments (are )?closed)$",
                re.I), "comment"),
    (re.compile(r"^(©|\(c\)|copyright\b|all rights reserved).{0,300}$", re.I), "footer"),
    # the heading of a summary box (its points repeat the article)
    (re.compile(r"^(key points|key takeaways|story highlights)\W*$", re.I), "boilerplate"),
    # a video player's or a promo's leftovers, a "More:" label alone (LINE_PHRASES)
    (re.compile("^(?:" + "|".join(map(re.escape, LINE_PHRASES["boilerplate"])) + r")\W*$", re.I),
     "boilerplate"),
    # no letter and no digit (a lone "/", "***", "—"): a separator or a widget's leftover
    (re.compile(r"^[\W_]+$"), "boilerplate"),
)  # fmt: skip
