"""Cue words of attribution, as data: the verbs, nouns and phrases that say who said what.

The verb lists started from the attribution cues annotators marked in the
PolNeAR train split (Newell, Margolin & Ruths 2018: the most frequent cue
lemmas: say, tell, add, write, ask, note, report, announce, ...), completed
with the reporting verbs of English style guides (AP Stylebook "said" and its
alternatives) and of the Penn Attribution Relations Bank guidelines. Words
are lemmas (spaCy ``token.lemma_``), lower case.
"""

from __future__ import annotations

#: Verbs that introduce a quotation or reported speech: "X said", "X told Y that".
SPEECH_VERBS: frozenset[str] = frozenset(
    {
        "say", "tell", "add", "write", "note", "report", "announce", "state",
        "declare", "explain", "argue", "claim", "assert", "insist", "maintain",
        "contend", "warn", "caution", "stress", "emphasize", "emphasise", "reiterate",
        "repeat", "acknowledge", "admit", "concede", "confirm", "deny", "reveal",
        "disclose", "suggest", "predict", "promise", "pledge", "vow", "threaten",
        "boast", "complain", "lament", "recall", "remark", "comment", "observe",
        "point", "tweet", "post", "reply", "respond", "retort", "answer", "ask",
        "wonder", "continue", "conclude", "indicate", "allege", "testify", "urge",
        "charge", "counter", "quip", "joke", "shout", "scream", "yell", "whisper",
        "mutter", "exclaim", "cry", "proclaim", "assure", "inform", "advise",
        "estimate", "forecast", "agree", "hint",
        "affirm", "aver", "opine", "muse", "speculate", "specify", "clarify",
        "underline", "underscore", "highlight", "mention", "describe", "call",
        "quote", "cite", "brag", "concur", "contest", "dispute", "object",
        "protest", "grumble", "rule", "order", "demand", "guarantee", "swear",
        "show", "find", "project", "blog", "email", "text",
    }
)  # fmt: skip

#: Verbs of thought and belief that PolNeAR also counts as attribution cues
#: ("X thinks that ...", "X believes ..."); only taken with a clause complement.
THOUGHT_VERBS: frozenset[str] = frozenset(
    {
        "think", "believe", "feel", "hope", "fear", "worry", "expect", "know",
        "doubt", "suspect", "realize", "recognize", "understand", "insist",
        "consider", "acknowledge", "assume", "reckon", "figure", "guess", "imagine",
        "learn", "hear", "decide", "conclude", "determine",
    }
)  # fmt: skip

#: Verbs of thought whose plain object is also what the subject holds ("expects a
#: win", "decided the case"); the others report a clause only ("knows that ...", not
#: "knows the way", "learned more"). Kept are those whose objects matched an
#: attribution of the PolNeAR train split at least 3 times in 10.
THOUGHT_OBJECT_VERBS: frozenset[str] = frozenset(
    {"expect", "decide", "think", "recognize", "reckon", "suspect", "doubt"}
)

#: Further verbs of saying and of judgement that introduce a reported clause
#: ("X confessed that ...", "X surmised that ..."): Levin's (1993) "verbs of
#: communication", "manner of speaking" and "conjecture" classes. Used for
#: reported speech only: as cues of direct quotes they were not needed.
CLAUSE_VERBS: frozenset[str] = frozenset(
    {
        "notify", "alert", "leak", "divulge", "confess", "justify", "elaborate", "beg",
        "gloat", "whine", "gripe", "moan", "chant", "rant", "scoff", "sneer", "snap",
        "refute", "contradict", "verify", "relate", "recount", "narrate", "preach",
        "calculate", "judge", "assess", "deduce", "infer", "presume", "suppose",
        "surmise", "theorize", "posit", "hypothesize", "contemplate", "ponder", "dream",
        "regret", "trust", "sense", "gather", "discover", "notice", "reason", "interject",
    }
)  # fmt: skip

#: Verbs that govern a quoted fragment as a characterisation rather than a
#: clause: "described X as a "trick"", "called it "a disgrace"".
LABEL_VERBS: frozenset[str] = frozenset(
    {"describe", "call", "dub", "label", "brand", "term", "characterize", "characterise",
     "denounce", "dismiss", "slam", "blast", "praise", "hail", "condemn", "decry",
     "criticize", "criticise", "refer", "liken", "compare", "accuse", "vow", "promise",
     "pledge", "urge", "plan", "want", "seek", "hope", "refuse", "decline",
     "agree", "threaten", "offer", "support", "oppose", "endorse", "back", "reject",
     "question", "demand", "propose", "blame", "defend", "attack", "cite", "discuss",
     "encourage", "ask", "invite", "mock", "thank", "welcome", "recommend", "see", "view",
     "talk", "speak", "express", "favor", "favour", "tout", "echo", "request", "portray",
     "prefer", "embrace", "remind", "challenge", "address", "applaud", "tease"}
)  # fmt: skip

#: Verbs of stance, intention and perception whose object PolNeAR annotators
#: mark as what the subject holds or expresses ("voted for Sanders", "focused on
#: Trump", "named Britain", "intends to run"). A general English list (stance
#: and perception verbs of the Penn Attribution Relations Bank guidelines and of
#: PolNeAR's own guidelines: "sources can express attitudes as well as
#: speech"), checked against the cue lemmas most often missed on PolNeAR train.
ATTITUDE_VERBS: frozenset[str] = frozenset(
    {
        "vote", "focus", "name", "nominate", "imply", "list", "reference", "mention",
        "rail", "assail", "congratulate", "apologize", "apologise", "weigh", "identify",
        "advocate", "push", "lobby", "campaign", "appeal", "plead", "like", "love",
        "hate", "dislike", "accept", "ignore", "lean", "balk", "target", "intend",
        "aim", "wish", "remember", "forget", "watch", "notice", "sense", "interpret",
        "cheer", "boo", "champion", "trumpet", "downplay", "bemoan", "decry", "fault",
        "credit", "acknowledge", "recount", "emphasize", "stress", "signal", "float",
        "tout", "pitch", "envision", "anticipate", "predict", "mourn", "celebrate",
        "share", "present", "document", "convince", "persuade", "deem", "promote",
        "demonstrate", "pursue", "insult", "ridicule", "lambast", "chide", "hammer",
        "rebut", "reaffirm", "recite", "vouch", "foresee", "mull", "disagree",
        "resist", "rebuff", "herald", "articulate", "profess", "regard", "scold",
        "berate", "taunt", "deride", "disparage", "belittle", "lampoon", "needle",
        "reassure", "implore", "beseech", "petition", "instruct", "direct", "command",
        "recommend", "prescribe", "approve", "disapprove", "endorse", "sponsor",
        "commend", "laud", "salute", "disavow", "repudiate", "renounce", "depict",
        "voice", "outline", "detail", "invoke", "attribute", "rebuke", "lash", "allude",
        "unveil", "utter", "lecture", "retweet", "spar", "side", "distance",
    }
)  # fmt: skip

#: Nouns of speech, thought and stance whose complement is what a source holds
#: or expressed: "his support for X", "criticism of Y", "the claim that ...",
#: "her plan to run". General English nominalisations of the speech and
#: attitude verbs above (as in the Penn Attribution Relations Bank), kept to
#: those PolNeAR annotators mark as cues on the train split ("endorsement" left out:
#: under 3 in 10 of its contents matched an attribution there).
CUE_NOUNS: frozenset[str] = frozenset(
    {
        "support", "criticism", "critique", "question", "view", "attack", "call",
        "concern", "fear", "plan", "promise", "hope", "opposition",
        "claim", "assertion", "argument", "belief", "allegation", "accusation",
        "warning", "pledge", "vow", "proposal", "demand", "praise", "complaint",
        "suggestion", "insistence", "denial", "admission", "prediction",
        "doubt", "worry", "defense", "defence", "rejection", "approval",
        "disapproval", "remark", "characterization",
        "opinion", "stance", "preference", "wish", "desire",
        "announcement", "assurance", "plea",
        "condemnation", "denunciation", "objection", "reference", "focus",
    }
)  # fmt: skip

#: Light verbs whose subject voices the cue noun they take as object: "X expressed
#: concern about", "X voiced support for", "X made a promise to", "X offered praise".
LIGHT_VERBS: frozenset[str] = frozenset(
    {"express", "voice", "make", "offer", "issue", "repeat", "reiterate", "give",
     "announce", "lodge", "file", "signal", "state", "renew", "register", "raise",
     "pledge", "throw", "lend", "deliver", "share"}
)  # fmt: skip

#: Prepositions that open what a cue noun is about: "support for", "criticism of".
NOUN_CONTENT_PREPOSITIONS: frozenset[str] = frozenset(
    {"for", "of", "on", "about", "against", "over", "to", "toward", "towards"}
)

#: Cue nouns that are about something only after some of those prepositions: "the
#: opposition to the deal" is a stance, "accused the opposition of lying" names a party.
NOUN_ONLY_PREPOSITIONS: dict[str, frozenset[str]] = {"opposition": frozenset({"to"})}

#: Cue nouns whose "to" opens what they are about ("objection to the plan", "support to
#: the rebels"); after the others "to" names who hears or feels it ("a letter to the
#: mayor", "an appeal to voters", "of concern to the White House").
TO_CONTENT_NOUNS: frozenset[str] = frozenset({"opposition", "objection", "support", "reference"})

#: Adjectives of stance and knowledge whose complement is what the subject
#: holds: "made clear that ...", "was critical of ...", "is confident that ...",
#: "it is unclear whether ...". General English predicative adjectives of
#: attitude (as in the Penn Attribution Relations Bank), kept to those PolNeAR
#: annotators mark as cues on the train split.
CUE_ADJECTIVES: frozenset[str] = frozenset(
    {
        "clear", "unclear", "critical", "confident", "concerned", "worried",
        "skeptical", "sceptical",
        "convinced", "aware", "proud", "willing", "unwilling",
        "cynical", "adamant", "insistent", "supportive", "hopeful",
        "doubtful", "fearful",
        "frustrated", "disappointed", "opposed", "determined",
    }
)  # fmt: skip

#: Verbs of questioning whose bare participle reports the question put to
#: somebody ("Asked whether he would run, Smith said ...", "when asked about
#: the deal"): the question is attributed, its asker is not written.
QUESTION_VERBS: frozenset[str] = frozenset({"ask", "question", "press", "quiz"})

#: Evidential verbs: the writer reports an appearance, no speaker is written
#: ("Trump appears to be ...", "the race seems closer"); PolNeAR annotates them
#: with their subject and complement as the content.
EVIDENTIAL_VERBS: frozenset[str] = frozenset({"seem", "appear"})

#: Cue lemmas the reported-speech finder leaves alone: in running news text
#: they mostly mark something else ("continued to rise", "see the point",
#: "speak at a rally", "address the crowd", "watch the debate", "favor by 5
#: points"): fewer than 3 in 10 of the clauses they gave matched an attribution
#: of the PolNeAR train split ("vote", "seek", "push", "suppose": fewer than 3 in
#: 10 on the first 150 train articles and on dev alike). Verbs of desire ("want",
#: "wish": "wants to run", "wished the team well") say what somebody would like, not
#: what anybody said: under 5 in 10 on the whole train split; nor does "feel" ("feels
#: safer", "feel that A": 5 in 10 even with a clause). Stance verbs whose
#: clauses or objects matched an attribution under 35 in 100 times on the whole train
#: split ("shared a photo", "unveiled a plan", "targeted voters", "pursued the case",
#: "presented the award") are left alone too. Direct quotes still take them as cues.
NOT_REPORTING: frozenset[str] = frozenset(
    {"continue", "see", "speak", "consider", "address", "watch", "encourage", "favor",
     "favour", "invite", "celebrate", "condemn", "compare", "identify", "accept", "post",
     "quote", "threaten", "blast", "hear", "maintain", "fear", "advise", "convince",
     "persuade", "champion", "vote", "seek", "push", "suppose", "want", "wish", "feel",
     "attribute", "campaign", "cheer", "present", "pursue", "resist", "share", "target",
     "unveil"}
)  # fmt: skip

#: Verbs of opinion that report only a finite clause of somebody the page names: "X
#: thinks (that) A", "X hopes A will" (on PolNeAR train 7 to 9 in 10 matched an
#: attribution), not "hopes to win" (3 in 10) nor the narration's "I think" (under 6 in
#: 10). "feel" stays no cue even so (5 in 10).
OPINION_VERBS: frozenset[str] = frozenset({"think", "hope"})

#: Lemmas the statistical lemmatizer gets wrong for cue verbs, keyed by the
#: word as written ("hoping" -> "hop"): seen in spaCy's small English model.
LEMMA_FIXES: dict[str, str] = {
    "hoping": "hope", "hoped": "hope", "hopes": "hope", "retweeted": "retweet",
    "retweets": "retweet", "retweeting": "retweet",
}  # fmt: skip

#: Speech nouns: "in a statement", "in an interview": kept with the cue
#: ("said in a statement") and cited as documents when they carry no outlet.
SPEECH_NOUNS: frozenset[str] = frozenset(
    {
        "statement", "interview", "speech", "address", "remarks", "remark",
        "letter", "message", "tweet", "post", "posting", "press conference",
        "news conference", "briefing", "communique", "communiqué", "op-ed",
        "column", "editorial", "report", "memo", "email", "e-mail", "video",
        "broadcast", "declaration", "announcement", "testimony", "filing",
        "ruling", "blog", "essay", "article", "book", "podcast", "text",
    }
)  # fmt: skip

#: Words that, standing just before a quoted term, mark it as a scare quote
#: or a name rather than anybody's words: the so-called "maximum pressure".
SCARE_MARKERS: frozenset[str] = frozenset(
    {"so-called", "so", "dubbed", "nicknamed", "titled", "entitled", "named",
     "known", "aka", "a.k.a.", "term", "word", "phrase", "slogan", "motto", "hashtag",
     "headlined", "billed", "branded", "labeled", "labelled"}
)  # fmt: skip

#: Verbs of telling, whose object is whom the speaker addresses (``told Reuters``; not
#: ``praised Google``). Source: English verbs of telling, by hand.
TELLING_VERBS: frozenset[str] = frozenset(
    {"tell", "inform", "assure", "advise", "warn", "remind", "ask", "answer"}
)

#: Lower-case words a headline's speaker label may hold: "Mayor to City Council: ...".
HEADLINE_LABEL_LINKS: frozenset[str] = frozenset({"at", "to", "of", "in", "on", "for", "and", "&"})

#: Titles and honorifics dropped when two speaker mentions are compared
#: ("President Barack Obama" / "Mr. Obama"): AP Stylebook titles, lower case.
SPEAKER_TITLES: frozenset[str] = frozenset(
    {
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord",
        "president", "vice", "sen", "senator", "rep", "representative", "gov",
        "governor", "secretary", "minister", "prime", "mayor", "judge", "justice",
        "chief", "gen", "general", "col", "lt", "capt", "sgt", "adm", "admiral",
        "rev", "father", "pope", "king", "queen", "prince", "princess", "ayatollah",
        "sheikh", "speaker", "chairman", "chairwoman", "chair", "leader", "candidate",
        "nominee", "former", "state", "attorney", "spokesman", "spokeswoman",
        "spokesperson", "ambassador", "director", "commissioner", "congressman",
        "congresswoman", "lawmaker", "democratic", "republican", "gop", "us", "u",
        "jr", "sr", "ceo", "founder", "host", "sheriff", "officer",
    }
)  # fmt: skip

#: Labels before a colon that open a line without naming a speaker
#: ("Note: ...", "Update: ..."), from the furniture of news pages; a one-word label
#: that is no noun ("Revealed:", "Wow:") never names one either (``nlp.quotes.lines``).
NOT_SPEAKER_LABELS: frozenset[str] = frozenset(
    {
        "note", "editor's note", "editor’s note", "update", "updated", "correction",
        "photo", "photos", "video", "watch", "read", "read more", "related", "source",
        "sources", "credit", "image", "caption", "advertisement", "tags", "share",
        "listen", "subscribe", "follow", "contact", "email", "full text", "transcript",
        "breaking", "exclusive", "opinion", "analysis", "background", "disclaimer",
        "q", "a", "question", "answer", "warning", "also", "see", "more", "p.s.",
        "the latest", "latest", "live", "live updates", "watch live", "factbox", "fact check",
        # teasers and credits of headlines and page ends (PolNeAR train: "Revealed:",
        # "Bombshell:", "Wow:", "Contributing:")
        "revealed", "bombshell", "boom", "wow", "look", "busted", "shocking", "must see",
        "must read", "just in", "contributing", "contributors", "paid notice",
    }
)  # fmt: skip

#: Word forms of speech verbs, to tell a cue as written apart ("has said", "told").
SPEECH_FORMS: frozenset[str] = frozenset(
    {"said", "says", "say", "saying", "told", "tells", "tell", "telling", "added", "adds",
     "wrote", "writes", "noted", "notes", "reported", "reports", "announced", "stated",
     "declared", "explained", "argued", "claimed", "warned", "insisted", "tweeted", "asked",
     "adding", "noting", "writing", "reporting", "announcing", "stating", "declaring",
     "explaining", "arguing", "claiming", "warning", "insisting", "tweeting", "asking",
     "stressing", "stressed", "emphasizing", "emphasized", "confirming", "confirmed",
     "denying", "denied", "acknowledging", "acknowledged", "suggesting", "suggested"}
)  # fmt: skip

#: Prepositions whose phrase can be what is attributed: "called for", "warned against".
CONTENT_PREPOSITIONS: frozenset[str] = frozenset(
    {"for", "against", "about", "of", "to", "on", "as", "with"}
)

#: Object pronouns: never the speaker standing next to a cue ("told me", "asked him").
OBJECT_PRONOUNS: frozenset[str] = frozenset(
    {"me", "him", "her", "us", "them", "you", "it", "this", "that"}
)

#: Nouns of the occasion or medium of speech: after a comma closing a reported clause,
#: a phrase led by one of ``SETTING_PREPOSITIONS`` and headed by one of these says where
#: or how the words were said, not what ("..., in remarks broadcast by state TV", "...,
#: in an interview on Sunday", "..., at a rally in Ohio"). By hand, from the speech
#: nouns above and the settings English wire copy gives; on PolNeAR train such tails
#: are left out of the attributed content.
SETTING_NOUNS: frozenset[str] = SPEECH_NOUNS | frozenset(
    {
        "remarks", "comment", "comments", "conference", "call", "appearance", "rally",
        "hearing", "debate", "summit", "session", "meeting", "event", "panel", "forum",
        "chat", "conversation", "exchange", "hall", "show",
        "telecast", "webcast", "livestream", "tv", "television", "radio",
    }
)  # fmt: skip
# not "media": "the problem was bias, in the media and in schools" is what was said

#: Prepositions that open such a setting phrase: "in a statement", "at a rally",
#: "during a debate", "via video link", "on state television".
SETTING_PREPOSITIONS: frozenset[str] = frozenset({"in", "at", "during", "via", "on", "over"})

#: Verbs whose participle after a comma says how the words were said, not what:
#: "..., speaking to reporters in Geneva", "..., talking to local radio", "...,
#: testifying before Congress". Other speech verbs' participles open a new
#: attribution ("..., saying that ...") and end the clause when they take a clause.
SETTING_VERBS: frozenset[str] = frozenset(
    {"speak", "talk", "address", "testify", "appear", "respond", "reply", "answer",
     "write", "post", "tweet", "brief", "interview"}
)  # fmt: skip

#: Cue verbs whose object (or prepositional phrase) is mostly a thing done, not words or
#: a stance held: "added a lead", "found a way", "directed the film", "sponsored the
#: bill", "appealed to voters". They still report a clause ("added that ...") or a
#: quoted fragment ('added "a hell of a lot worse"'), never a plain object. Kept are the
#: cue lemmas whose objects matched an attribution of the PolNeAR train split fewer than
#: 3 times in 10 (and at least 6 times given).
ACTION_OBJECT_VERBS: frozenset[str] = frozenset(
    {
        "add", "find", "appeal", "direct", "command", "gather", "sponsor", "lean",
        "demonstrate", "distance", "protest", "relate", "insist",
    }
)  # fmt: skip

#: Subjects whose plain object is what they found or showed, not a thing done: "a poll
#: found Clinton with a lead", "the inquiry found no evidence". Head nouns of studies,
#: inquiries and their authors, by hand from the survey and court copy of news.
FINDING_SUBJECTS: frozenset[str] = frozenset(
    {
        "poll", "survey", "study", "report", "inquiry", "investigation", "analysis",
        "review", "audit", "research", "paper", "examination", "probe", "panel", "court",
        "judge", "jury", "investigator", "researcher", "author", "economist", "scientist",
        "expert", "data", "test", "experiment", "census", "count", "tally", "article",
    }
)  # fmt: skip

#: Verbs of decision whose object is a stance when it is words or a proposal ("rejected
#: the notion", "approved a resolution") but an act when it is a transaction, a good, a
#: sum or a case: "the board rejected the bid", "the council approved its budget".
DECISION_VERBS: frozenset[str] = frozenset(
    {"approve", "reject", "accept", "adopt", "deny", "dismiss", "grant", "ratify", "veto",
     "clear", "authorize", "authorise", "sanction", "block", "back", "refuse", "decline"}
)  # fmt: skip

#: Head nouns of such acted-on objects, by hand from business, court and council copy:
#: transactions, money, permits, goods and proceedings, never words or stances.
CONCRETE_OBJECTS: frozenset[str] = frozenset(
    {
        "budget", "bid", "merger", "takeover", "acquisition", "buyout", "purchase", "sale",
        "contract", "loan", "bailout", "grant", "funding", "fund", "spending", "payment",
        "fee", "fare", "rate", "price", "tariff", "dividend", "bonus", "salary", "wage",
        "raise", "pay", "application", "permit", "licence", "license", "visa", "bail",
        "entry", "asylum", "tender", "bond", "stake", "share", "shares", "transfer",
        "construction", "expansion", "project", "development", "rezoning", "zoning",
        "lawsuit", "suit", "case", "motion", "appeal", "petition",
        "appointment", "hire", "drug", "vaccine", "device",
        "plant", "pipeline", "mine", "route", "site", "building", "land", "lease",
    }
)  # fmt: skip

#: Objects of "tell" that are what was told ("told the truth", "told a different story");
#: any other plain object of "tell" is the hearer ("told reporters", "told CNN", "told
#: me"), which says nothing of what was said. By hand, from English usage.
TOLD_NOUNS: frozenset[str] = frozenset(
    {"story", "truth", "tale", "joke", "lie", "secret", "news", "anecdote", "version",
     "account", "parable", "fib", "falsehood", "untruth", "fortune"}
)  # fmt: skip

#: Verbs whose clause is reported speech or thought ("said that", "believes that").
REPORTING_VERBS: frozenset[str] = (SPEECH_VERBS | THOUGHT_VERBS | CLAUSE_VERBS) - NOT_REPORTING
