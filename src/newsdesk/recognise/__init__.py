"""Page furniture recognised by its wording and shape: bylines, captions and date lines,
boilerplate phrases, ticker rows, tag lines, credits and datelines, place names.

Pure functions of one line's (or one run's) text, shared by segmentation, which
labels blocks with them, and the furniture stage, which reads the data the
labelled blocks hold. They sit below both in the page's one-way flow: they
import the lexicon and the record types, never a stage.
"""
