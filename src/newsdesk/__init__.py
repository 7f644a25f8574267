"""newsdesk: raw news pages in, clean structured searchable records out.

>>> from newsdesk import extract
>>> record = extract("EghtesadOnline: Tehran said on Monday it would talk.")
"""

from newsdesk.errors import InputError, NewsdeskError, PageError
from newsdesk.page import RawPage
from newsdesk.pipeline import extract
from newsdesk.record import Record, Rejection
from newsdesk.settings import Settings, load_settings

__version__ = "0.1.0"

__all__ = [
    "InputError",
    "NewsdeskError",
    "PageError",
    "RawPage",
    "Record",
    "Rejection",
    "Settings",
    "__version__",
    "extract",
    "load_settings",
]
