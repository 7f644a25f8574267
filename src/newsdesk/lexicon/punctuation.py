"""Punctuation marks as the tokenizer splits them off, grouped by what the rules read in them.

Quotation marks straight and curly, English and continental (``«»``, ``„``);
dashes and the marks that open or end a sentence. Characters scanned in raw
text (the quote-mark pairs of ``nlp.quotes.marks``) are kept with the scanner
that pairs them; these are the groups compared with whole tokens.
"""

from __future__ import annotations

#: Quotation marks, as tokens: straight, curly and continental, double and single.
QUOTE_MARK_TOKENS: frozenset[str] = frozenset({'"', "“", "”", "„", "«", "»", "‘", "’", "'"})
#: Quotation marks that open a quote, as tokens.
OPENING_QUOTE_TOKENS: frozenset[str] = frozenset({'"', "'", "“", "‘", "«"})
#: Marks an apposition never spans: a colon and the quotation marks (not the straight
#: apostrophe, which is also the possessive's): a role after them is no name's apposition.
APPOSITION_BREAKS: frozenset[str] = (QUOTE_MARK_TOKENS - {"'"}) | {":"}
#: Tokens after which any word is capitalised: opening quotes and brackets, a colon,
#: dashes and list bullets.
CAPITALISING_OPENERS: frozenset[str] = frozenset(
    {'"', "“", "‘", "'", "(", "[", ":", "-", "–", "—", "•", "*"}
)
#: What ends the sentence before a pull quote's signature (``... to leave. Anna Price``):
#: a full stop, dashes, and closing double quotes.
SIGNATURE_BREAKS: frozenset[str] = frozenset({".", "!", "?", "—", "–", "-", "”", '"', "»"})
#: Characters stripped from both ends of a name's word before it is compared: spaces,
#: sentence punctuation, quotation marks and brackets.
NAME_STRIP_CHARS = " \t\n.,;:!?\"'“”‘’()[]{}«»"
#: The possessive endings as the tokenizer splits them off (``the paper's``, ``the
#: Joneses'``), straight and curly.
POSSESSIVE_ENDINGS: frozenset[str] = frozenset({"'s", "’s", "'", "’"})
