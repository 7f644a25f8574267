"""The corpus layer: what is learnt across pages rather than from one.

- ``entities``: corpus entities, one per real-world person, organisation or
  place across pages (``resolve``, ``CorpusEntity``, ``name_key``);
- ``near_duplicates``: MinHash signatures and LSH bands for syndicated and
  re-posted copies (``signature``, ``near_duplicates``, ``clusters``).
"""
