"""Coreference: ``he``, ``they``, ``the Leader``, ``the minister`` joined to the page's entities.

``resolve`` is the resolver (Lappin & Leass salience in one left-to-right
pass) and its entry point; its docstring maps the other modules: ``salience``
(the weights, as data), ``syntax`` (preferences read off the parse),
``plural`` and ``groups`` (``they``), ``quotes`` (pronouns inside and around
quotations), ``pull`` (pull quotes), ``misread`` (places that are people),
``nominal`` and ``roles`` (role nouns), ``index`` (which entity each token
holds).
"""
