"""Outlets, news agencies, social platforms and document words, as data.

Agencies: the members of the European Alliance of News Agencies and the
national agencies most cited in English-language wire copy (Wikipedia,
"List of news agencies"). Outlets: the publishers of the large English news
corpora (PolNeAR's seven publishers, the Signal Media one-million set) and
the major broadcasters; most outlets are recognised by the shape of their
name instead (a proper name ending in "Times", "Tribune", "News", ...).
Platforms: the social networks with over 100 million users.
"""

from __future__ import annotations

from newsdesk.lexicon.words import ARTICLES

#: News agencies by the names and abbreviations wire copy credits them with.
AGENCIES: frozenset[str] = frozenset(
    {
        "Reuters", "Associated Press", "AP", "AFP", "Agence France-Presse",
        "Agence France Presse", "Xinhua", "TASS", "ITAR-TASS", "RIA Novosti", "RIA",
        "Interfax", "IRNA", "ISNA", "Fars", "Tasnim", "Mehr", "ILNA", "Anadolu",
        "Anadolu Agency", "Yonhap", "Kyodo", "Jiji", "PTI", "Press Trust of India",
        "ANI", "IANS", "UPI", "United Press International", "dpa", "DPA", "EFE",
        "ANSA", "Bernama", "Antara", "PAP", "AAP", "Australian Associated Press",
        "KCNA", "WAM", "SPA", "MENA", "QNA", "KUNA", "Petra", "SANA", "APA",
        "Europa Press", "Canadian Press", "Press Association", "PA", "Belga",
        "ANP", "NTB", "TT", "Ritzau", "STT", "Bloomberg", "Dow Jones", "Sputnik",
        "Ukrinform", "Unian", "BelTA", "Kazinform", "Trend", "Xinhua News Agency",
        "Central News Agency", "CNA", "Vietnam News Agency", "Prensa Latina",
        "Notimex", "Télam", "Agência Brasil", "Lusa",
    }
)  # fmt: skip

#: Outlets whose names do not end in an outlet word.
OUTLETS: frozenset[str] = frozenset(
    {
        "CNN", "BBC", "Fox News", "Fox", "MSNBC", "NBC", "ABC", "CBS", "NPR", "PBS",
        "CNBC", "C-SPAN", "Al Jazeera", "Al Arabiya", "Politico", "Axios",
        "Breitbart", "HuffPost", "Huffington Post", "BuzzFeed", "Vox", "Slate",
        "The Hill", "Forbes", "Fortune", "The Economist", "Economist", "Newsweek",
        "Time", "Der Spiegel", "Spiegel", "Le Monde", "Le Figaro", "Haaretz", "RT",
        "Press TV", "Euronews", "Deutsche Welle", "DW", "France 24", "Sky News",
        "ITV", "Channel 4", "Vice", "Mother Jones", "The Atlantic", "The Intercept",
        "ProPublica", "Salon", "Gawker", "Drudge Report", "Daily Beast",
        "The Daily Beast", "Yahoo News", "Univision", "Telemundo", "NHK", "CCTV",
        "Kommersant", "Izvestia", "Pravda", "Asahi", "Nikkei", "Caixin",
        "Bild", "USA Today", "Corriere della Sera", "El País", "El Pais", "Dawn", "Kayhan",
    }
)  # fmt: skip

#: Last words of outlet names: "The New York Times", "Financial Tribune", "Fox News".
#: These may also stand alone for the outlet ("the Post", "the Times").
OUTLET_WORDS: frozenset[str] = frozenset(
    {
        "Times", "Post", "Tribune", "Herald", "Journal", "Gazette", "Telegraph",
        "Guardian", "Chronicle", "Observer", "Inquirer", "Examiner", "Enquirer",
    }
)  # fmt: skip

#: Last words that make an outlet name only after another name word
#: ("Fox News", "Daily Mail", "Detroit Free Press"), never alone.
OUTLET_TAIL_WORDS: frozenset[str] = frozenset(
    {
        "News", "Daily", "Press", "Mail", "Express", "Mirror", "Standard",
        "Courier", "Dispatch", "Monitor", "Review", "Magazine", "Weekly", "Radio",
        "TV", "Television", "Broadcasting", "Newspaper", "Today", "Wire", "Online",
        "Register", "Sentinel", "Star", "Sun", "Globe", "Bulletin", "Advertiser",
        "Independent", "Insider", "Beacon", "Caller", "Agency", "Newswire",
    }
)  # fmt: skip

#: Social platforms: cited as "on Twitter", "in a Facebook post".
SOCIAL: frozenset[str] = frozenset(
    {
        "Twitter", "Facebook", "Instagram", "YouTube", "Youtube", "Telegram",
        "TikTok", "WhatsApp", "Weibo", "WeChat", "LinkedIn", "Reddit", "Snapchat",
        "Truth Social", "Threads", "Mastodon", "Bluesky", "VKontakte", "Tumblr",
        "Periscope", "Clubhouse", "Gab", "Parler", "X",
    }
)  # fmt: skip

#: Platform names that are also letters or words: cited only as "a post on X".
AMBIGUOUS_PLATFORMS: frozenset[str] = frozenset({"X", "Threads", "Gab"})

#: Words right before "on <platform>" that cite the platform: "a post on X", "wrote on X".
POSTING_WORDS: frozenset[str] = frozenset(
    {"post", "write", "say", "tweet", "announce", "message", "statement", "video", "comment",
     "share", "publish", "account", "thread"}
)  # fmt: skip

#: Nouns right after a platform's name that cite it: "his Facebook page", "a Twitter post",
#: "Instagram live". Matched on the lemma.
PLATFORM_ITEM_NOUNS: frozenset[str] = frozenset(
    {"post", "account", "page", "feed", "video", "message", "live"}
)

#: Nouns naming a website: "his website", "the ministry's web site".
WEBSITE_NOUNS: frozenset[str] = frozenset(
    {"website", "site", "web site", "webpage", "homepage", "blog", "portal"}
)

#: Nouns naming a document an article cites: "in a statement", "according to a report".
CITED_DOCUMENT_NOUNS: frozenset[str] = frozenset(
    {
        "statement", "report", "letter", "memo", "memorandum", "document",
        "filing", "transcript", "release", "communique", "communiqué", "study",
        "survey", "poll", "decree", "affidavit", "indictment", "complaint",
        "lawsuit", "email", "e-mail", "cable", "dossier", "white paper",
    }
)  # fmt: skip

#: Nouns whose owner is cited as their source: "the ministry's statement", "the Tribune's
#: article", "his interview": a cited document, or a piece an outlet or a person gave.
OWNED_DOCUMENT_NOUNS: frozenset[str] = CITED_DOCUMENT_NOUNS | {"interview", "article"}

#: Verbs an outlet does when cited: "the Tribune reported", "Reuters quoted".
CITING_VERBS: frozenset[str] = frozenset(
    {
        "report", "say", "write", "quote", "cite", "publish", "learn", "reveal",
        "obtain", "broadcast", "air", "tell", "add", "note", "confirm", "claim",
        "state", "post", "tweet", "carry", "run", "print",
    }
)  # fmt: skip

#: Verbs whose proper-name subject, at the end of a sentence where somebody else speaks,
#: is an outlet even when its name does not say so: "..., The Hindu reported".
RELAY_VERBS: frozenset[str] = frozenset({"report", "publish", "broadcast", "carry"})

#: Verbs whose subject, when shaped as a publication's title ("Le Temps", "The Atlantic"),
#: is an outlet: "La Repubblica quoted him as saying", "Die Zeit reported".
QUOTING_VERBS: frozenset[str] = RELAY_VERBS | frozenset({"quote", "cite"})

#: Heads after which an outlet is cited: "told Reuters", "in an interview with CNN".
CITING_HEADS: frozenset[str] = frozenset(
    {"according", "tell", "interview", "report", "article", "quote", "cite", "appear",
     "write", "say", "speak", "talk", "op-ed", "column", "editorial", "by", "story",
     "broadcast", "show", "program", "programme", "podcast", "piece", "remark", "remarks",
     "comment", "conversation", "chat"}
)  # fmt: skip


#: Articles that open the titles of newspapers in French, German, Spanish, Italian,
#: Portuguese and Dutch ("Le Temps", "Der Spiegel", "El País", "La Repubblica", "O Globo",
#: "De Telegraaf"): such a title spoken or written to ("told Le Temps") is an outlet.
#: Capitalised as titles are written; the same words lead surnames ("Marine Le Pen", "de
#: Blasio"), which ``sources`` tells apart by the given name before them.
TITLE_ARTICLES: frozenset[str] = frozenset(
    {"Le", "La", "Les", "L'", "L’", "Der", "Die", "Das", "El", "Los", "Las", "Il", "Lo",
     "O", "De", "Het"}
)  # fmt: skip

#: Verbs whose object is the hearer: "told Le Temps", "informed the daily Kathimerini".
HEARING_VERBS: frozenset[str] = frozenset({"tell", "inform", "brief"})

#: Words before "with" or "to" whose object is the hearer: "in an interview with Der
#: Spiegel", "in remarks to Al Jazeera", "speaking to Le Parisien". Lemmas.
HEARING_HEADS: frozenset[str] = frozenset(
    {"interview", "remark", "remarks", "comment", "conversation", "chat", "speak", "talk",
     "statement", "say", "explain", "confide", "tell", "reveal", "describe", "add",
     "complain", "admit", "confirm", "deny", "insist", "announce"}
)  # fmt: skip

#: Prepositions after a ``HEARING_HEADS`` word whose object is the hearer: "interview
#: with", "remarks to". By hand, from the ways wire copy names who a speaker talked to.
HEARER_PREPOSITIONS: frozenset[str] = frozenset({"with", "to"})

#: Prepositions after a ``WRITING_HEADS`` word whose object is the publication: "wrote
#: in", "an op-ed for". By hand, from the ways wire copy names where a piece appeared.
WRITTEN_IN_PREPOSITIONS: frozenset[str] = frozenset({"in", "for"})

#: Marks inside one name, not between two: "Asharq Al-Awsat", "L'Osservatore Romano",
#: "Johnson & Johnson". The tokenizer splits names at them; names are joined back across.
NAME_JOINERS: frozenset[str] = frozenset({"-", "'", "’", "&"})

#: Words before "in" or "for" whose object is the publication written in: "wrote in The
#: Atlantic", "in an op-ed for Le Monde", "in a column in Die Zeit". Lemmas.
WRITING_HEADS: frozenset[str] = frozenset(
    {"write", "op-ed", "column", "article", "essay", "piece", "commentary", "editorial",
     "letter", "contribution", "publish", "opinion"}
)  # fmt: skip

#: Head nouns of a phrase naming a news medium rather than a speaker: "the PTI news
#: agency", "the Hespress news site", "state television". Source: by hand, from the
#: ways English wire copy credits media.
MEDIA_NOUNS: frozenset[str] = frozenset(
    {"newspaper", "paper", "daily", "agency", "site", "website", "channel", "broadcaster",
     "television", "tv", "radio", "media", "medium", "outlet", "magazine", "network", "news"}
)  # fmt: skip

#: Words before a medium noun that make it a state medium: "state TV", "state-run media".
STATE_WORDS: frozenset[str] = frozenset({"state", "state-run", "state-owned", "official"})

#: Words between "state" and a medium noun: "state-run television", "state news agency".
STATE_MEDIA_LINKS: frozenset[str] = frozenset(
    {"-", "run", "owned", "controlled", "news", "media", "television", "tv"}
)

#: Outlet names that are also common words or abbreviations: cited only with a cue.
AMBIGUOUS_OUTLETS: frozenset[str] = frozenset(
    {"AP", "PA", "TT", "Trend", "Fox", "Time", "Star", "Sun", "Vice", "Salon"}
)


#: Words that mark a name as an outlet or agency in a credit or a dateline (``Tehran
#: Times``, ``Xinhua News``), lower case: the nouns newspaper, agency and broadcaster
#: names are built on (mastheads of the English-language press: Manila Bulletin, Daily
#: Star, Arab News, ...). Source: ``recognise.credit``'s own list. Kept apart from
#: ``OUTLET_WORDS``, which holds only the capitalised last words that make an outlet's
#: name in running text; this one is matched against any word of a credit's name.
CREDIT_OUTLET_WORDS: frozenset[str] = frozenset(
    {
        "news", "online", "press", "times", "post", "agency", "wire", "daily", "tribune",
        "herald", "journal", "network", "media", "tv", "radio", "service", "gazette",
        "observer", "telegraph", "chronicle", "reporter", "review", "weekly", "monitor",
        "bulletin", "star", "standard", "express", "mail", "mirror", "inquirer", "independent",
        "guardian", "courier", "globe", "insider", "dispatch", "newswire", "newspaper",
        "magazine", "broadcasting", "channel", "bureau", "examiner", "sentinel", "register",
        "recorder", "argus", "enquirer", "agence", "agencia", "presse",
    }
)  # fmt: skip

#: News agencies that credit a story in its dateline (``NEW DELHI (PTI)``), from the
#: wire-service lists of the major agencies (AP, Reuters, AFP and national agencies):
#: short names, as datelines print them. Kept apart from ``AGENCIES`` (the names
#: articles cite agencies by, long forms too): each list was tuned on its own use.
CREDIT_AGENCIES: frozenset[str] = frozenset(
    {
        "AP", "AFP", "Reuters", "Bloomberg", "Xinhua", "TASS", "RIA", "IRNA", "ISNA", "Fars",
        "Tasnim", "Mehr", "Kyodo", "Yonhap", "ANSA", "EFE", "dpa", "DPA", "PTI", "IANS", "ANI",
        "UNI", "Anadolu", "AA", "KUNA", "WAM", "SPA", "MENA", "Bernama", "Antara", "PAP",
        "CTK", "APA", "Belga", "Lusa", "ANP", "NTB", "TT", "STT", "Ritzau", "CNA", "UPI",
        "Sputnik", "Interfax", "Ukrinform", "BTA", "Agerpres", "Tanjug", "HINA",
    }
)  # fmt: skip


def looks_like_outlet(name: str) -> bool:
    """Whether a mention names a news outlet or agency by itself ("the Post", "Reuters")."""
    words = name.split()
    while words and words[0].lower() in ARTICLES:
        words = words[1:]
    if not words:
        return False
    bare = " ".join(words)
    if bare in AGENCIES or bare in OUTLETS:
        return True
    if not all(w[:1].isupper() or w in {"of", "de", "&"} for w in words):
        return False
    return words[-1] in OUTLET_WORDS or (len(words) >= 2 and words[-1] in OUTLET_TAIL_WORDS)


def outlet_kind(name: str) -> str:
    """ "agency" for a news agency, else "outlet"."""
    bare = name[4:] if name.startswith("The ") else name
    return "agency" if bare in AGENCIES else "outlet"
