"""What one request may ask of the server: each limit defined once, for the API and the pages."""

from __future__ import annotations

#: Characters of a search query, a name or any other text parameter.
MAX_QUERY_CHARS = 300
#: Results on one page (``limit``), and how far one may page (``offset``).
MAX_LIMIT = 100
DEFAULT_LIMIT = 20
MAX_OFFSET = 10_000
#: Bytes of a request body (a page posted to ``/api/extract`` or the paste form).
MAX_BODY_BYTES = 2_000_000
#: Pages extracted at once; more wait (a page past its time limit still holds its slot).
EXTRACT_SLOTS = 2
#: Quotes read for a person's page and its chart.
PERSON_QUOTES = 500
