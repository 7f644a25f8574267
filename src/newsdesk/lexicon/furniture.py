"""Phrases that mark a line of a news page as furniture, by kind.

Data, not code. Collected from the labels news sites put on their widgets:
share bars and social prompts, navigation and breadcrumbs, related-link
boxes, footers and legal notices, advertising labels, comment sections,
cookie and consent banners, newsletter and paywall prompts. Sources: the
boilerplate phrase lists of jusText and trafilatura (their ``*_XPATH`` and
``MANUALLY_CLEANED`` tables name the same widgets), the Readability
``unlikelyCandidates`` pattern, and the labels of the English, German,
French, Spanish, Portuguese, Italian and Russian news sites common in web
crawls. Lower case. ``LINE_PHRASES`` match a whole short line (or its start,
when the line is short); ``ANYWHERE_PHRASES`` mark a line wherever they occur.
"""

from __future__ import annotations

import re

#: kind → phrases that make up (or start) a short furniture line.
LINE_PHRASES: dict[str, tuple[str, ...]] = {
    "share": (
        "share", "share this", "share this article", "share this story", "share on facebook",
        "share on twitter", "share on linkedin", "share on whatsapp", "share via email",
        "tweet", "email", "e-mail", "print", "facebook", "twitter", "linkedin", "whatsapp",
        "pinterest", "reddit", "telegram", "copy link", "copy url", "follow us", "follow",
        "like us on facebook", "follow us on twitter", "share article", "save", "save article",
        "teilen", "drucken", "partager", "compartir", "compartilhe", "condividi",
        "поделиться", "comments", "flipboard", "messenger", "sms", "gift article", "share story",
    ),
    "nav": (
        "home", "menu", "search", "skip to content", "skip to main content", "skip navigation",
        "main menu", "sections", "top stories", "latest news", "latest", "news", "world",
        "business", "politics", "sport", "sports", "opinion", "tech", "technology", "science",
        "health", "entertainment", "lifestyle", "culture", "travel", "video", "videos",
        "photos", "podcasts", "more", "close", "open menu", "close menu", "back to top",
        "previous", "next", "previous article", "next article", "sign in", "log in", "login",
        "register", "my account", "subscribe", "subscribe now", "edition", "english",
        "toggle navigation", "navigation", "startseite", "accueil", "inicio", "início",
        "главная", "weather", "markets", "local", "national", "u.s.", "us", "uk", "europe",
        "asia", "africa", "americas", "middle east", "economy", "go", "trending", "all topics",
    ),
    "related": (
        "read more", "read more:", "related", "related articles", "related stories",
        "related news", "related content", "related topics", "more from", "more stories",
        "more news", "you may also like", "you might also like", "recommended",
        "recommended for you", "most read", "most popular", "popular", "trending now",
        "see also", "also read", "read also", "read next", "what to read next", "editor's picks",
        "don't miss", "more on this story", "further reading", "top picks", "mehr zum thema",
        "lesen sie auch", "à lire aussi", "lire aussi", "leia também", "leia mais", "veja também",
        "leggi anche", "читайте также", "по теме", "sponsored stories", "around the web",
        "from the web", "more in", "latest stories", "in other news", "watch next", "up next",
    ),
    "footer": (
        "about us", "contact", "contact us", "privacy", "privacy policy", "terms of use",
        "terms of service", "terms and conditions", "cookie policy", "cookies", "careers",
        "advertise", "advertise with us", "sitemap", "site map", "help", "faq", "rss",
        "accessibility", "corrections", "ethics policy", "impressum", "datenschutz",
        "mentions légales", "aviso legal", "newsletters", "newsletter", "jobs", "imprint",
        "legal notice", "do not sell my personal information", "manage cookies", "feedback",
    ),
    "ad": (
        "advertisement", "advertising", "sponsored", "sponsored content", "paid content",
        "ad", "ads", "promoted", "partner content", "anzeige", "werbung", "publicité",
        "publicidade", "publicidad", "pubblicità", "реклама", "story continues below advertisement",
        "article continues below advertisement", "continue reading below", "scroll to continue",
        "continue reading", "continue reading the main story", "report ad",
    ),
    "comment": (
        "leave a comment", "leave a reply", "post a comment", "add a comment", "add comment",
        "join the conversation", "join the discussion", "show comments", "view comments",
        "comment", "reply", "replies", "report", "report abuse", "load more comments",
        "sort by", "newest", "oldest", "best", "reader comments", "comments are closed",
        "kommentare", "commentaires", "comentarios", "comentários", "комментарии",
    ),
    # what a video player and a video promo leave in the article column
    "boilerplate": (
        "media playback is unsupported on your device", "video ad feedback", "now playing",
        "play video", "watch video", "watch the video", "watch now", "replay", "video player",
        "(video)", "more:",
    ),
}  # fmt: skip

#: kind → phrases that mark a line as furniture wherever they appear in it.
ANYWHERE_PHRASES: dict[str, tuple[str, ...]] = {
    "footer": (
        "all rights reserved", "©", "copyright ©", "(c) copyright", "alle rechte vorbehalten",
        "tous droits réservés", "todos los derechos reservados", "todos os direitos reservados",
        "tutti i diritti riservati", "все права защищены", "may not be published, broadcast",
        "may not be reproduced", "without prior written permission", "this material may not be",
        "powered by wordpress", "registered trademark", "customer service center",
        "customer service centre", "contact our customer service", "quotes delayed",
        "real-time quotes provided by", "market data provided by",
        # licence notices (Wikipedia/Wikinews footers, CC-licensed sites, republishing lines)
        "licensed under cc by", "licensed under cc-by", "licensed under a creative commons",
        "licensed under the creative commons", "available under the creative commons",
        "available under creative commons", "creative commons attribution",
        "this work is licensed under", "republished under a creative commons",
    ),
    "boilerplate": (
        "we use cookies", "this site uses cookies", "this website uses cookies",
        "uses cookies to", "accept cookies", "cookie settings", "by continuing to use",
        "by using this site", "you agree to our", "consent to the use of cookies",
        "sign up for our newsletter", "subscribe to our newsletter", "sign up to our newsletter",
        "get the latest news delivered", "delivered to your inbox", "enter your email",
        "your email address", "already a subscriber", "already have an account",
        "subscribe to continue", "to continue reading", "create a free account",
        "javascript is disabled", "enable javascript", "please enable javascript",
        "your browser does not support", "update your browser", "ad blocker", "adblock",
        "click here to", "download our app", "download the app", "get our app",
        "we're sorry, this feature is currently unavailable", "this video is not available",
        "something went wrong", "please try again later", "you have reached your limit",
        "free articles remaining", "register to read", "log in to continue",
        "thanks for signing up", "thank you for subscribing", "invalid email",
        "is a registered trademark", "privacy policy and terms of service",
        "we respect your privacy",
        # newsletter prompts
        "our newsletter", "our daily newsletter", "our weekly newsletter", "daily newsletter",
        "weekly newsletter", "newsletter sign-up", "newsletter signup", "subscribe to our",
    ),
    "share": (
        "share on facebook", "share on twitter", "share this article", "follow us on",
        "click to share", "opens in a new window", "opens in new window",
    ),
    "related": (
        "read more:", "related:", "see also:", "more:", "also read:", "read also:", "also see:",
        "must read:", "don't miss:", "recommended:", "related story:", "related article:",
        "related news:", "read:", "watch:",
    ),
}  # fmt: skip

#: Lines that close the article: what follows them is comments, related links
#: or the site's footer, never more of the article.
END_MARKERS: tuple[str, ...] = (
    "leave a comment", "leave a reply", "post a comment", "join the conversation",
    "join the discussion", "related articles", "related stories", "related news",
    "related content", "more from", "more stories", "you may also like",
    "you might also like", "recommended for you", "most read", "most popular",
    "trending now", "editor's picks", "sponsored stories", "around the web",
    "from the web", "more on this story", "about the author", "about the authors",
    "mehr zum thema", "lesen sie auch", "à lire aussi", "leia também", "leia mais",
    "veja também", "leggi anche", "читайте также", "по теме", "latest stories",
    "what to read next", "read next", "up next", "watch next", "in other news",
)  # fmt: skip

#: A short line that opens the boilerplate of a press release or an author box
#: (``About Ascom``, ``Über die Autorin``, ``À propos de l'auteur``).
ABOUT_SECTION = r"^(?:about|über|à propos de|acerca de|sobre|chi è|o nas)\s+[\w .&'’-]{1,40}$"

#: Words that start a ``Word: text`` line without naming an outlet (so it is no credit),
#: or stand in such a label of several words (``The Bottom Line:``, ``Tour Dates:``).
NOT_CREDIT: frozenset[str] = frozenset(
    [
        "update",
        "updated",
        "note",
        "editor",
        "editors",
        "photo",
        "photos",
        "image",
        "picture",
        "video",
        "watch",
        "listen",
        "read",
        "related",
        "source",
        "sources",
        "q",
        "a",
        "answer",
        "question",
        "warning",
        "breaking",
        "exclusive",
        "analysis",
        "opinion",
        "comment",
        "summary",
        "live",
        "live",
        "updates",
        "caption",
        "credit",
        "by",
        "and",
        "but",
        "so",
        "also",
        "background",
        "context",
        "why",
        "how",
        "what",
        "when",
        "where",
        "who",
        "today",
        "yesterday",
        "tomorrow",
        "correction",
        "clarification",
        "disclaimer",
        "advertisement",
        "sponsored",
        "tags",
        "topics",
        "keywords",
        "filed",
        "more",
        "see",
        "published",
        "posted",
        # the nouns of lead-in labels written "The ...:" (``The Bottom Line:``)
        "bottom",
        "line",
        "verdict",
        "takeaway",
        "upshot",
        "gist",
        "latest",
        "facts",
        "numbers",
        "details",
        "story",
        "point",
        "answer",
        "problem",
        "catch",
        "lowdown",
        "short",
        "big",
        "key",
        "dates",
        "points",
        "fast",
        "quick",
        "recap",
        "preview",
        "highlights",
        "takeaways",
        "timeline",
        "profile",
        "interview",
        "transcript",
        "statement",
        "fact",
        "check",
    ]
)

#: Patterns of the line that opens a comment section (``34 responses to “...”``,
#: ``Top Rated Comments``, ``Alex on May 3, 2019 at 6:34 am said:``), from the
#: comment widgets of WordPress, Disqus, Facebook comments and news-site systems.
#: A bare ``Comments`` or ``12 comments`` is left out: share bars above the
#: article print it too.
COMMENT_STARTS: tuple[str, ...] = (
    r"^\d+\s+(?:responses?|replies|reactions|thoughts?) (?:to|on)\b",
    r"^(?:top rated|reader|latest|newest|all) comments\b",
    r"^comments are closed",
    r"^(?:leave|post|add|write) a (?:reply|comment)",
    r"^join the (?:conversation|discussion)",
    r"^\d+ thoughts? on\b",
    r"^\[\s*\d+\s+comments?\s*\]",
    r"^.{1,60}\b(?:says|said|wrote|writes):$",
    r"^kommentare\b", r"^commentaires\b", r"^comentários\b", r"^comentarios\b",
    r"^комментари",
)  # fmt: skip

#: Words that introduce an author's name, in the languages of common news
#: sites (English "By", German "Von", Spanish/Portuguese "Por", French "Par",
#: Italian "Di", Dutch "Door", Indonesian "Oleh", Russian "Автор").
BYLINE_CUES = (
    "posted by",
    "by",
    "von",
    "por",
    "par",
    "di",
    "door",
    "oleh",
    "автор",
    "written by",
    "words by",
)
#: Words of a byline naming an unnamed author's role, not an outlet (``By Staff Reporter``,
#: ``By Our Correspondent``), from the bylines newspapers print for their own staff.
BYLINE_ROLES: frozenset[str] = frozenset(
    {"staff", "reporter", "reporters", "correspondent", "correspondents", "writer", "writers",
     "editor", "editors", "desk", "team", "our", "special", "bureau"}
)  # fmt: skip
#: Words that say when a page was published or updated.
DATE_CUES = (
    "published", "updated", "posted", "last updated", "first published", "veröffentlicht",
    "aktualisiert", "publié", "mis à jour", "publicado", "actualizado", "atualizado",
    "pubblicato", "aggiornato", "опубликовано", "обновлено", "il y a", "hace", "há",
)  # fmt: skip
#: Words that end a relative date (``2 hours ago``, ``vor 3 Stunden`` starts with "vor").
DATE_ENDS = ("ago", "назад", "atrás")
#: Starts and ends of image captions and photo credits, from the caption styles
#: of wire services (AP, Reuters, AFP, Getty) and of news sites.
CAPTION_STARTS = (
    "photo:", "photo by", "photos:", "image:", "picture:", "pictured:", "credit:", "foto:",
    "bild:", "фото:", "photograph:", "illustration:", "file photo", "(photo", "[photo",
    "image source", "image caption", "media caption", "caption:",
)  # fmt: skip
CAPTION_ENDS = (
    "getty images", "getty images)", "afp)", "reuters)", "(ap)", "ap photo)", "/ap", "/reuters",
    "/afp", "via getty images", "shutterstock", "(file photo)", "/ getty", "istock",
    "photo)", "(photo)", "handout)", "/epa", "epa)", "/dpa", "dpa)", "/tass",
)  # fmt: skip
#: Wire-service trailers naming who reported, wrote and edited a story.
CONTRIBUTOR_CUES = (
    "reporting by", "additional reporting by", "writing by", "editing by", "compiled by",
    "reported by", "edited by", "with reporting by", "contributing:", "mit material von",
)  # fmt: skip

#: Labels that introduce a tag list, in the languages of common news sites.
TAG_LABELS = (
    "tags", "tag", "topics", "topic", "keywords", "related topics", "filed under", "subjects",
    "more on", "themen", "schlagwörter", "schlagworte", "thèmes", "mots-clés", "mots clés",
    "temas", "etiquetas", "tópicos", "argomenti", "parole chiave", "теги", "тэги", "темы",
    "태그", "タグ", "キーワード", "标签", "關鍵字", "label",
)  # fmt: skip

#: A credit at the end of a caption: ``... Image: Jambula.``, ``Photo: Jane Doe/AP``.
CAPTION_CREDIT = re.compile(
    r"\b(?:image|photo|picture|video|audio|foto|bild|credit|photograph|source)s?(?::|\.\.\.|…)"
    r"\s*[^.:]{1,60}\.?$"
    r"|\((?:ap|afp|reuters|epa|getty|photo|image|foto)\b[^()]{0,60}\)\.?$"
    r"|^\d{1,3} ?(?:of|/) ?\d{1,3}(?=[A-Z])"  # "1of4A shopper looks...": a slideshow counter
    r"|^in this (?:[\w.,' -]{0,40} )?(?:file )?(?:photo|image|picture|photograph)\b",
    re.IGNORECASE,
)
#: Words of reporting that a caption does not use and an article sentence citing its agency
#: at the end does: "... the minister said (AFP)."
REPORTING_WORDS = re.compile(r"\b(?:said|says|told|reported|according to|quoted)\b")
#: Words that narrate: captions describe the picture in the present tense ("Protesters
#: gather in the square"), as the caption rules of the wire services ask; an article
#: sentence tells what had happened, was done or will be ("Officials had hinted ...").
#: Matched in lower case only: "Will" opens a name ("Will Smith arrives ...").
NARRATING_WORDS = re.compile(
    r"\b(?:had|has|have|was|were|been|would|will|could|should|might|did|wasn't|weren't)\b"
)
#: A relative clause's auxiliaries (``who was hurt``, ``that had burned``): a caption
#: describes its people and things with them and still shows the picture's present.
RELATIVE_AUXILIARIES = re.compile(
    r"\b(?:who|that|which)(?:\s+(?:had|has|have|was|were|been|not|wasn't|weren't))+\b"
)

#: Labels plain enough to introduce a tag list without a colon (``Tags Iran, Oil``).
BARE_TAG_LABEL = re.compile(r"^(?:tags|topics|keywords|filed under|schlagwörter|теги)\s+", re.I)
