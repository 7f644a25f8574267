"""Names as data: honorifics, titles and role nouns, stripped or matched when names join.

Sources: the honorifics and styles in common English news usage (AP
Stylebook "courtesy titles" and "titles" entries; Wikipedia "English
honorifics", "Islamic honorifics" and "Title" lists), and the role nouns that
newswire uses in place of a person's name on second mention ("the minister",
"the Leader"); written out by hand, lower-cased, without the trailing period.
"""

from __future__ import annotations

from newsdesk.lexicon.pronouns import Gender

#: Courtesy titles, with the gender they mark when they mark one.
HONORIFICS: dict[str, Gender | None] = {
    "mr": "m",
    "mister": "m",
    "sir": "m",
    "lord": "m",
    "mrs": "f",
    "ms": "f",
    "miss": "f",
    "madam": "f",
    "madame": "f",
    "dame": "f",
    "lady": "f",
    "dr": None,
    "doctor": None,
    "prof": None,
    "professor": None,
    "rev": None,
    "reverend": None,
    "mx": None,
}

#: Styles and offices written before a name ("President Trump", "Ayatollah
#: Khamenei"), with the gender they mark when they mark one. Stripped when
#: names are matched, kept in the canonical name.
TITLES: dict[str, Gender | None] = {
    "president": None,
    "vice": None,
    "premier": None,
    "chancellor": None,
    "minister": None,
    "secretary": None,
    "senator": None,
    "sen": None,
    "rep": None,
    "representative": None,
    "congressman": "m",
    "congresswoman": "f",
    "governor": None,
    "gov": None,
    "mayor": None,
    "judge": None,
    "justice": None,
    "ambassador": None,
    "general": None,
    "gen": None,
    "colonel": None,
    "col": None,
    "major": None,
    "maj": None,
    "captain": None,
    "capt": None,
    "lieutenant": None,
    "lt": None,
    "sergeant": None,
    "sgt": None,
    "admiral": None,
    "adm": None,
    "commander": None,
    "officer": None,
    "detective": None,
    "inspector": None,
    "chief": None,
    "king": "m",
    "queen": "f",
    "prince": "m",
    "princess": "f",
    "emperor": "m",
    "empress": "f",
    "sheikh": "m",
    "sheik": "m",
    "emir": "m",
    "sultan": "m",
    "ayatollah": "m",
    "hojatoleslam": "m",
    "imam": "m",
    "mullah": "m",
    "rabbi": None,
    "pope": "m",
    "cardinal": "m",
    "bishop": None,
    "archbishop": None,
    "father": "m",
    "brother": "m",
    "sister": "f",
    "saint": None,
    "st": None,
    "coach": None,
    "chairman": "m",
    "chairwoman": "f",
    "leader": None,
    "seyyed": "m",
    "sayyid": "m",
    "haji": None,
    "hajji": None,
    "former": None,
    "late": None,
    "acting": None,
    "deputy": None,
    "foreign": None,
    "prime": None,
    "state": None,
    "interior": None,
    "defense": None,
    "defence": None,
    "finance": None,
    "supreme": None,
    "crown": None,
    "sheikha": "f",
}

#: Styles that only ever stand before a person's name (never an office's or a place's):
#: inside a span the tagger calls an organisation, they open a person's name ("the
#: Revolution Ayatollah Reza Moradi"). Source: the TITLES above, by hand.
PERSON_STYLES: frozenset[str] = frozenset(
    {"ayatollah", "hojatoleslam", "sheikh", "sheikha", "emir", "sultan", "imam", "mullah",
     "rabbi", "cardinal", "pope"}
)  # fmt: skip

#: Nouns that name a person by role; "the X" with one of these heads is a
#: nominal mention that may refer to a person named earlier.
ROLE_NOUNS: frozenset[str] = frozenset(
    {
        "activist", "actor", "actress", "adviser", "advisor", "aide", "ambassador",
        "analyst", "archbishop", "artist", "astronaut", "athlete", "attorney", "author",
        "ayatollah", "billionaire", "bishop", "boy", "businessman", "businesswoman",
        "campaigner", "candidate", "captain", "cardinal", "ceo", "chair", "chairman",
        "chairperson", "chairwoman", "challenger", "champion", "chancellor", "chief",
        "cleric", "coach", "commander", "commissioner", "congressman", "congresswoman",
        "counterpart", "daughter", "defendant", "defender", "delegate", "deputy",
        "designer", "detective", "dictator", "diplomat", "director", "director-general",
        "doctor", "driver", "economist", "editor", "emir", "emperor", "entrepreneur",
        "envoy", "executive", "explorer", "father", "founder", "general", "girl",
        "goalkeeper", "governor", "governor-general", "husband", "imam", "incumbent",
        "inspector", "investor", "journalist", "judge", "justice", "king", "lawmaker",
        "lawyer", "leader", "legislator", "man", "manager", "mayor", "mediator",
        "midfielder", "minister", "monarch", "mother", "mp", "negotiator", "nominee",
        "novelist", "officer", "official", "organiser", "organizer", "pastor",
        "physician", "pilot", "plaintiff", "player", "poet", "pontiff", "pope", "predecessor",
        "premier", "president", "priest", "prince", "princess", "principal",
        "professor", "prosecutor", "queen", "rabbi", "regent", "reporter",
        "representative", "researcher", "ruler", "scientist", "secretary",
        "secretary-general", "senator", "sheikh", "sheriff", "singer", "soldier", "son",
        "speaker", "spokesman", "spokesperson", "spokeswoman", "striker", "student",
        "successor", "sultan", "surgeon", "suspect", "teacher", "teenager", "victim",
        "widow", "wife", "winner", "witness", "woman", "writer"
    }
)  # fmt: skip

#: Role nouns news uses for the holder of another: "the monarch" for a king or a queen,
#: "the pontiff" for the pope, "the premier" for a prime minister, "the (Kremlin)
#: leader" for a head of state or government. Source: English newswire usage, by hand.
ROLE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "king": ("monarch", "ruler", "leader"),
    "queen": ("monarch", "ruler", "leader"),
    "emperor": ("monarch", "ruler", "leader"),
    "empress": ("monarch", "ruler", "leader"),
    "emir": ("monarch", "ruler", "leader"),
    "sultan": ("monarch", "ruler", "leader"),
    "pope": ("pontiff",),
    "president": ("leader",),  # "the Kremlin leader", "the Iranian leader"
    "chancellor": ("leader",),
    "prime minister": ("premier", "leader"),
    "premier": ("prime minister", "leader"),
}

#: Words before a role noun that make it a lesser office of the same name: a
#: "Vice President" or an "Under-Secretary-General" is not "the president" or "the
#: Secretary-General", a "Shadow Home Secretary" not "the Home Secretary". Source: the
#: ranks of English government and UN titles, by hand.
SUBORDINATE_RANKS: frozenset[str] = frozenset(
    {"vice", "deputy", "under", "assistant", "associate", "lieutenant", "sub", "junior", "shadow"}
)

#: Role nouns whose referent is female or male (for gender agreement).
ROLE_GENDERS: dict[str, Gender] = {
    "spokeswoman": "f",
    "congresswoman": "f",
    "chairwoman": "f",
    "queen": "f",
    "princess": "f",
    "actress": "f",
    "mother": "f",
    "daughter": "f",
    "wife": "f",
    "widow": "f",
    "girl": "f",
    "woman": "f",
    "businesswoman": "f",
    "spokesman": "m",
    "congressman": "m",
    "chairman": "m",
    "king": "m",
    "prince": "m",
    "emperor": "m",
    "sheikh": "m",
    "emir": "m",
    "sultan": "m",
    "ayatollah": "m",
    "pope": "m",
    "father": "m",
    "son": "m",
    "husband": "m",
    "boy": "m",
    "man": "m",
    "businessman": "m",
    "imam": "m",
}

#: Nouns that name a group of people as a whole; "the couple", "the parents" may
#: refer to people the page coordinated before (``X and his wife Y``). Source:
#: the kinship and pairing nouns of English newswire, written out by hand.
GROUP_NOUNS: frozenset[str] = frozenset(
    {
        "couple", "pair", "duo", "trio", "parents", "spouses", "siblings", "brothers",
        "sisters", "twins", "newlyweds", "two", "three"
    }
)  # fmt: skip

#: Nouns for a person that are no role of the page (``a cosplayer``, ``a user``): with
#: ``ROLE_NOUNS``, the nouns a naming phrase (``NAMING_CUES``) turns into a person's
#: name. Source: common English person nouns of news and web reports, by hand.
PERSON_NOUNS: frozenset[str] = frozenset(
    {
        "attendee", "baby", "blogger", "child", "citizen", "comedian", "commenter",
        "contestant", "cosplayer", "customer", "dancer", "employee", "fan", "friend",
        "gamer", "guy", "hacker", "individual", "kid", "lady", "member", "musician",
        "neighbor", "neighbour", "participant", "passenger", "patient", "performer",
        "person", "poster", "rapper", "resident", "stranger", "tourist", "user",
        "visitor", "volunteer", "whistleblower", "worker", "youngster", "youtuber"
    }
)  # fmt: skip

#: Nouns for people as a crowd or a side, mostly written in the plural (``the
#: protesters``, ``the authorities``): with ``PERSON_NOUNS``, ``ROLE_NOUNS`` and
#: ``GROUP_NOUNS``, the plural nouns that can say or think what ``they said`` reports.
#: Source: common English newswire nouns for groups of people, by hand, as lemmas.
PEOPLE_NOUNS: frozenset[str] = frozenset(
    {
        "adult", "attacker", "authority", "colleague", "crew", "critic", "demonstrator",
        "expert", "family", "farmer", "folk", "gunman", "immigrant", "insurgent",
        "investigator", "local", "migrant", "militant", "nurse", "onlooker", "opponent",
        "people", "police", "protester", "protestor", "pupil", "rebel",
        "refugee", "rescuer", "shopper", "spectator", "staff", "supporter", "survivor",
        "troop", "viewer", "voter"
    }
)  # fmt: skip

#: Words that introduce the name a person goes by, written right before it
#: (``a man named X``, ``a singer going by the name "X"``, ``a woman who calls
#: herself X``). Source: English naming idioms, by hand.
NAMING_CUES: tuple[tuple[str, ...], ...] = (
    ("by", "the", "name", "of"), ("by", "the", "name"), ("by", "the", "nickname"),
    ("known", "as"), ("named",), ("called",), ("nicknamed",), ("dubbed",),
    ("goes", "by"), ("going", "by"), ("go", "by"), ("went", "by"),
)  # fmt: skip

#: Reflexives after a verb of naming (``calls herself X``): the name is a person's.
NAMING_REFLEXIVES: dict[str, Gender] = {"himself": "m", "herself": "f"}

#: Nouns that name an organisation; "the X" with one of these heads may
#: refer to an organisation named earlier whose name holds the same noun.
ORGANISATION_NOUNS: frozenset[str] = frozenset(
    {
        "administration", "agency", "alliance", "army", "association", "authority",
        "bank", "board", "broadcaster", "bureau", "cabinet", "channel", "church",
        "club", "coalition", "commission", "committee", "company", "congress",
        "consulate", "corporation", "council", "court", "department", "embassy",
        "exchange", "federation", "firm", "foundation", "fund", "government", "group",
        "hospital", "institute", "label", "league", "military", "ministry", "movement",
        "navy", "network", "newspaper", "office", "organisation", "organization",
        "paper", "parliament", "party", "police", "regulator", "school", "senate",
        "service", "station", "studio", "team", "union", "university", "website"
    }
)  # fmt: skip

#: Words that join the parts of a name or a title and stay lower case:
#: particles of names (al-, bin, van, von, de ...) and connectives of titles.
NAME_PARTICLES: frozenset[str] = frozenset(
    {
        "abu", "al", "bin", "bint", "da", "das", "de", "del", "della", "den", "der",
        "di", "dos", "du", "el", "ibn", "la", "le", "mac", "o", "ter", "van", "von"
    }
)  # fmt: skip


def _roman(number: int) -> str:
    """``number`` in lower-case Roman numerals (1 to 39)."""
    tens, units = divmod(number, 10)
    ones = ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"]
    return "x" * tens + ones[units]


#: Regnal and generational numbers after a name, as written (``Clement XV``, ``Henry
#: VIII``), 2 to 39 but 5 and 10: ``I`` is a pronoun, ``V`` and ``X`` are initials or a
#: name (``Malcolm X``) as often, and ``Xi`` or ``Li`` written so are names, not numbers.
REGNAL_NUMBERS: frozenset[str] = frozenset(_roman(n).upper() for n in range(2, 40)) - {"V", "X"}

#: Words that never stand inside a person's name: conjunctions, prepositions, pronouns,
#: auxiliaries, wh-words and sentence adverbs. A capitalised run holding one is a headline
#: or a sentence the tagger misread ("Hollywood Actor Who Endorsed", "CNN President On",
#: "Certainly Donald Trump"), not a name. Left out on purpose: words that are also given or
#: family names or their parts (Will, May, He, In of Moon Jae-in, the initial A) and the
#: joiners of names and titles (of, the, de).
#: Source: English closed-class words, by hand.
NOT_NAME_WORDS: frozenset[str] = frozenset(
    {
        "about", "after", "against", "also", "although", "and", "are", "as", "at", "because",
        "been", "before", "behind", "being", "between", "but", "by", "certainly", "could",
        "did", "does", "during", "either", "even", "finally", "from", "had", "has", "have",
        "her", "here", "him", "his", "how", "however", "if", "into", "is", "it", "its",
        "just", "me", "might", "my", "neither", "nor", "not", "on", "or", "our", "over",
        "perhaps", "she", "should", "since", "than", "that", "their", "them", "then", "there",
        "these", "they", "this", "those", "though", "through", "to", "unless", "unlike",
        "until", "up", "upon", "was", "we", "were", "what", "when", "where", "whether",
        "which", "while", "who", "whom", "whose", "why", "with", "without", "would", "yet",
        "you", "your"
    }
)  # fmt: skip

#: Lower-case words inside a place's name, before the river, mountain or region it is
#: named by (``Frankfurt am Main``, ``Halle an der Saale``, ``Newcastle upon Tyne``,
#: ``Boulogne sur Mer``): a name after them is the place's, not a person's. Source: the
#: German, English and French connectives of European place names, by hand.
PLACE_CONNECTIVES: tuple[tuple[str, ...], ...] = (
    ("am",), ("im",), ("an", "der"), ("ob", "der"), ("bei",), ("upon",), ("sur",),
)  # fmt: skip

#: Model words that end the name of a product line, never a person's family name
#: (``MacBook Pro``, ``iPad Air``, ``Galaxy S10 Ultra``). Source: the model names of
#: consumer electronics in English tech news, by hand.
PRODUCT_MODEL_WORDS: frozenset[str] = frozenset(
    {"pro", "max", "mini", "air", "plus", "ultra", "lite", "xl"}
)

#: Suffixes of names, ignored when names are matched.
NAME_SUFFIXES: frozenset[str] = frozenset({"jr", "sr", "ii", "iii", "iv", "phd", "md"})

#: Names of one country or body that newswire uses side by side; each group is
#: one entity. Source: common English usage (AP Stylebook abbreviations).
EQUIVALENT_NAMES: tuple[frozenset[str], ...] = (
    frozenset(
        {"us", "u.s.", "usa", "u.s.a.", "united states", "united states of america", "america"}
    ),
    frozenset({"uk", "u.k.", "united kingdom", "britain", "great britain"}),
    frozenset({"un", "u.n.", "united nations"}),
    frozenset({"eu", "e.u.", "european union"}),
    frozenset({"uae", "united arab emirates"}),
    frozenset({"ussr", "soviet union"}),
)

#: Nouns that name a document or a finding; a speaker named only by one
#: ("the report said", "a new study has revealed", "the latest figures show") becomes an
#: entity of type WORK_OF_ART, not a person. Matched on the word and on its lemma.
#: Source: the nouns English newswire makes the subject of "said", "found", "showed".
DOCUMENT_SUBJECT_NOUNS: frozenset[str] = frozenset(
    {
        "report", "study", "survey", "statement", "letter", "document", "paper", "poll",
        "analysis", "research", "review", "results", "result", "findings", "finding", "data",
        "article", "book", "memo", "filing", "ruling", "judgment", "judgement", "communique",
        "declaration", "speech", "indictment", "complaint", "lawsuit", "release", "notice",
        "audit", "assessment", "figures", "statistics", "stats", "estimate", "estimates",
        "projection", "projections", "forecast", "census", "inquiry", "enquiry",
        "investigation", "probe", "evaluation", "trial", "experiment", "dossier", "transcript",
        "guidelines", "recommendations", "evidence", "records", "documents", "papers",
        "statistic", "guideline", "recommendation",
    }
)  # fmt: skip

#: Legal-form suffixes of company names, ignored when organisation names are
#: matched ("Apple Inc." / "Apple"). Source: common English-language forms.
CORPORATE_SUFFIXES: frozenset[str] = frozenset(
    {"inc", "corp", "co", "ltd", "llc", "plc", "ag", "sa", "nv", "gmbh", "lp", "llp"}
)
