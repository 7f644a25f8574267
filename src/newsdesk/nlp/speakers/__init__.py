"""Quote speakers as entities, once entities and coreference are known.

``entities.attribute`` maps each quote's speaker mention to the entity it
names (``unnamed`` keeps the sources quoted without a name);
``first_person.join_first_person`` joins ``I``, ``me`` and ``my`` inside a
quotation to whoever speaks there.
"""
