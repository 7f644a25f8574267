"""The furniture stage: market tickers, tag lines and credits read into data.

``stage.read_furniture(layout) -> Furniture`` takes the labelled blocks of a
text or an HTML page alike and returns one typed value: the blocks with the
credit set apart, the market rows, the tags, the credit, warnings and
provenance, so the record carries furniture as data and the body goes without
it. The recognisers it asks (and segmentation asks before it) are in
``newsdesk.recognise``.
"""
