"""Named entities of one page: name mentions read off the parse, joined into entities.

- ``spans``: the tagger's entity spans cut and glued (``merge_adjacent``,
  ``split_at_commas``) before they become mentions;
- ``mentions``: ``name_mentions(doc)``, the cleaned ``NameMention`` records,
  and ``name_key``;
- ``orgs``: how organisations and places join (label groups, equivalent
  names, acronyms, short forms);
- ``called``: names a person goes by (``going by the name "Red Fox"``);
- ``join``: ``join_names``, the mentions of one real-world entity grouped into
  a ``Cluster``.
"""
