"""The labels of spaCy's English pipeline the rules match, grouped by what they stand for.

Four vocabularies, each from the model's own label scheme: entity labels
(OntoNotes 5: ``PERSON``, ``GPE``, ...), dependency labels (ClearNLP, as the
English parser assigns them: ``nsubj``, ``ccomp``, ...), parts of speech
(Universal Dependencies: ``NOUN``, ``VERB``, ...) and fine-grained tags (Penn
Treebank: ``NNP``, ``VBD``, ...). Each group is named for what the rules ask
of a token; where two rules need nearly the same group, both are here, with a
name that says how they differ.
"""

from __future__ import annotations

# --- Entity labels (OntoNotes 5) ---------------------------------------------------

#: Labels that name an entity; the numeric types are dropped.
KEPT_LABELS: frozenset[str] = frozenset(
    {
        "PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "LAW", "FAC", "PRODUCT", "WORK_OF_ART",
        "LANGUAGE",
    }
)  # fmt: skip
#: The numeric types, which never name anybody: "said Friday", "2,000 said".
NUMERIC_LABELS: frozenset[str] = frozenset(
    {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"}
)
#: Labels of a point or stretch of time.
TIME_LABELS: frozenset[str] = frozenset({"DATE", "TIME"})
#: Labels of a place: countries, cities, states and other locations.
PLACE_LABELS: frozenset[str] = frozenset({"GPE", "LOC"})
#: ``PLACE_LABELS`` and buildings, airports, bridges (``FAC``): somewhere rather than
#: someone. Names of these three labels are joined as one group of places, and a person
#: named like one is looked for among them. Kept apart from ``PLACE_LABELS``, which is
#: what a place named with a connective (``Frankfurt am Main``) may be labelled as.
PLACE_OR_FACILITY_LABELS: frozenset[str] = PLACE_LABELS | {"FAC"}
#: A person or a place: labels a person's name may have been given by the model
#: (``Anna Paris``: GPE), and labels of a name that is never a publication's title.
PERSON_OR_PLACE_LABELS: frozenset[str] = PLACE_OR_FACILITY_LABELS | {"PERSON"}
#: Labels the tagger gives the first part of a place named with a connective
#: (``Braunau`` of ``Braunau am Inn`` is read as an organisation as often as a place).
PLACE_PART_LABELS: frozenset[str] = PLACE_LABELS | {"ORG", "FAC"}
#: Labels of the words that give a person's or a role's country ("US", "Iranian").
NATION_LABELS: frozenset[str] = frozenset({"NORP", "GPE"})
#: Labels of a body of people a group noun may stand for: organisations, states, peoples.
GROUP_LABELS: frozenset[str] = frozenset({"ORG", "GPE", "NORP"})
#: Labels of what a definite noun that is no role ("the company", "the country") may
#: refer back to: an organisation or a state.
INSTITUTION_LABELS: frozenset[str] = frozenset({"ORG", "GPE"})
#: Labels of a name that can speak: a person, an organisation, a people.
SPEAKING_LABELS: frozenset[str] = frozenset({"PERSON", "ORG", "NORP"})
#: Things made, works, events, laws and languages: they never speak.
THING_LABELS: frozenset[str] = frozenset({"PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE"})
#: Labels the tagger gives a titled person's name it does not know ("Queen X Y" as a
#: work of art); such a name, title first, is a person's.
MISREAD_PERSON_LABELS: frozenset[str] = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "FAC"})
#: Labels of a mention joined to a person when its name is that person's (the tagger
#: reads a person's name as an organisation, a place, a work, ... where it is unknown).
TO_PERSON_LABELS: frozenset[str] = frozenset(
    {"ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "NORP"}
)
#: Labels of circumstances rather than of what is reported ("said on Monday in Paris").
CIRCUMSTANCE_LABELS: frozenset[str] = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC", "CARDINAL"})
#: Labels of a name that may be an outlet or a platform cited by an article.
OUTLET_NAME_LABELS: frozenset[str] = frozenset(
    {"ORG", "WORK_OF_ART", "PRODUCT", "GPE", "PERSON", "FAC", "NORP"}
)
#: Labels of a name after a medium noun that may be a newspaper's ("the daily X"):
#: as ``OUTLET_NAME_LABELS`` (spaCy gives "The Hindu" NORP), but not a person's, and a
#: name the tagger left untagged (``""``) too.
NEWSPAPER_NAME_LABELS: frozenset[str] = frozenset(
    {"ORG", "NORP", "WORK_OF_ART", "PRODUCT", "FAC", "GPE", ""}
)

# --- Dependency labels (ClearNLP, spaCy English) -------------------------------------

#: A verb's nominal subject, active or passive.
SUBJECT_DEPS: frozenset[str] = frozenset({"nsubj", "nsubjpass"})
#: ``SUBJECT_DEPS`` and the expletive "there"/"it": a clause with one has a subject of
#: its own ("there is no plan").
SUBJECT_OR_EXPLETIVE_DEPS: frozenset[str] = SUBJECT_DEPS | {"expl"}
#: Every subject a clause can have, clausal ones too ("What he said was ...").
ANY_SUBJECT_DEPS: frozenset[str] = SUBJECT_OR_EXPLETIVE_DEPS | {"csubj"}
#: A verb's object, attribute or predicate: the slot after a subject.
OBJECT_DEPS: frozenset[str] = frozenset({"dobj", "attr", "oprd"})
#: A cue verb's clause complement.
CLAUSE_DEPS: frozenset[str] = frozenset({"ccomp"})
#: Auxiliaries of a verb, active and passive ("has said", "was told").
AUX_DEPS: frozenset[str] = frozenset({"aux", "auxpass"})
#: The object of a preposition: a noun phrase or a clause ("about leaving").
PREPOSITION_OBJECT_DEPS: frozenset[str] = frozenset({"pobj", "pcomp"})
#: Who is addressed: the object of "told", "informed" ("told reporters", "told him").
ADDRESSEE_DEPS: frozenset[str] = frozenset({"dobj", "dative"})
#: Clauses and appositions hung on a noun ("X, who said", "the man named X").
NOUN_ATTACHMENT_DEPS: frozenset[str] = frozenset({"appos", "relcl", "acl"})
#: Relations of a word that modifies another noun: a possessor, a compound, an
#: adjective (``Bank`` of ``Bank of England officials``); such a noun heads no phrase.
EMBEDDED_DEPS: frozenset[str] = frozenset({"poss", "compound", "nmod", "npadvmod", "amod"})
#: Coordination: a conjunction and the conjunct it joins.
COORDINATION_DEPS: frozenset[str] = frozenset({"cc", "conj"})
#: Clausal complements of a verb: "said (that) ...", "urged him to ...".
CLAUSE_COMPLEMENT_DEPS: frozenset[str] = frozenset({"ccomp", "xcomp"})
#: A clause that may hold what a noun or a verb reports: "the claim that ...", "said ...".
CONTENT_CLAUSE_DEPS: frozenset[str] = frozenset({"acl", "ccomp"})
#: Clauses hung on a noun: a participle or a relative clause.
NOUN_CLAUSE_DEPS: frozenset[str] = frozenset({"acl", "relcl"})
#: Complements that make a speech verb's object what is attributed: "noted the risk",
#: "warned against hackers", "called for a ban".
SPEECH_OBJECT_DEPS: frozenset[str] = frozenset({"dobj", "xcomp", "prep"})
#: Dependents of a label or attitude verb that make up what is attributed:
#: "called them "deplorables"", "urged Congress to act", "called for a ban".
COMPLEMENT_DEPS: frozenset[str] = frozenset(
    {"dobj", "xcomp", "ccomp", "oprd", "attr", "prep", "dative", "pcomp"}
)
#: Children kept in a speaker's noun phrase after its head (the rest, such as
#: appositions and relative clauses, are cut off): "Secretary of State". ``flat`` and
#: ``case`` are Universal Dependencies labels, for a pipeline trained on UD; the English
#: pipeline never assigns them.
KEEP_RIGHT_DEPS: frozenset[str] = frozenset(
    {"prep", "pobj", "compound", "flat", "nummod", "cc", "conj", "case"}
)
#: Dependencies to climb from a cue without a subject to the verb that has one
#: ("acomp": "voters were more likely to say ...", the subject of "be" speaks).
CLIMB_DEPS: frozenset[str] = frozenset(
    {"xcomp", "advcl", "conj", "pcomp", "acl", "prep", "pobj", "acomp"}
)

# --- Parts of speech (Universal Dependencies) -----------------------------------------

#: A common or a proper noun.
NOUN_POS: frozenset[str] = frozenset({"NOUN", "PROPN"})
#: A verb or an auxiliary.
VERB_POS: frozenset[str] = frozenset({"VERB", "AUX"})
#: A name or a pronoun: what can stand for a person on its own.
NAME_OR_PRONOUN_POS: frozenset[str] = frozenset({"PROPN", "PRON"})
#: Words allowed between a quote and its cue ("," Ayatollah X was quoted ...).
PHRASE_POS: frozenset[str] = frozenset(
    {"DET", "PROPN", "NOUN", "ADJ", "ADP", "PRON", "NUM", "PART", "PUNCT", "CCONJ", "SPACE", "ADV"}
)
#: A noun, a name or a pronoun: the head of a noun phrase.
NOMINAL_POS: frozenset[str] = NOUN_POS | {"PRON"}
#: Parts of speech trimmed off both edges of a content or a mention (punctuation,
#: spaces, "and").
EDGE_POS: frozenset[str] = frozenset({"PUNCT", "SPACE", "CCONJ"})
#: Parts of speech that alone make no content: "never asked for", "talk to" (a pronoun
#: does: "denied it" reports "it").
PARTICLE_POS: frozenset[str] = frozenset({"ADP", "PART", "SCONJ", "PUNCT", "SPACE"})
#: Parts of speech of a one-word label that can name a speaker ("FALLIN" may be tagged a
#: number, "BOULDUAN" an adjective: upper-case names the tagger does not know).
LABEL_POS: frozenset[str] = frozenset({"NOUN", "PROPN", "PRON", "NUM", "ADJ", "X"})
#: Parts of speech of a subject that can be a speaker: names, nouns, pronouns,
#: and quantifiers standing for people ("Most said", "Some argue", "Current and
#: former officials said", where the parse heads the phrase on the adjective).
SUBJECT_POS: frozenset[str] = frozenset({"NOUN", "PROPN", "PRON", "X", "NUM", "ADJ", "DET"})
#: Words of the noun phrase that opens a description: articles, adjectives, numbers,
#: nouns and the possessive ``'s``.
OPENING_POS: frozenset[str] = frozenset({"DET", "ADJ", "NUM", "NOUN", "PROPN", "PART", "ADV"})

# --- Fine-grained tags (Penn Treebank) ------------------------------------------------

#: A proper noun, singular or plural.
PROPER_TAGS: frozenset[str] = frozenset({"NNP", "NNPS"})
#: Penn Treebank tags of a plural noun (``researchers``, ``Democrats``): a description
#: or a name whose head has one is plural.
PLURAL_TAGS: frozenset[str] = frozenset({"NNS", "NNPS"})
#: A common noun, singular or plural.
COMMON_NOUN_TAGS: frozenset[str] = frozenset({"NN", "NNS"})
#: A finite verb: "thinks", "thought", "think", "will".
FINITE_TAGS: frozenset[str] = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: A personal or possessive pronoun ("he", "his").
PERSONAL_PRONOUN_TAGS: frozenset[str] = frozenset({"PRP", "PRP$"})
#: A relative pronoun or determiner standing as a subject ("who", "which", "that").
RELATIVE_TAGS: frozenset[str] = frozenset({"WDT", "WP"})
#: Relative and interrogative words ("which", "who", "what", "whose", "where").
WH_TAGS: frozenset[str] = RELATIVE_TAGS | {"WP$", "WRB"}
#: Adverbs and verbs, which open no person's name (not modals: ``Will Smith``).
SENTENCE_TAGS: frozenset[str] = frozenset(
    {"RB", "RBR", "RBS", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ"}
)
#: Tag prefixes of words that end a title read backwards from a name: verbs, modals,
#: adverbs and wh-words. Wider than ``SENTENCE_TAGS`` (a modal or a "who" before a
#: title is no part of it, while "Will" may open a name), and matched as prefixes.
NOT_TITLE_TAG_PREFIXES: tuple[str, ...] = ("VB", "MD", "RB", "W")
