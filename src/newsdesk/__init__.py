"""newsdesk: raw news pages in, clean structured searchable records out.

>>> from newsdesk import extract
>>> record = extract("EghtesadOnline: Tehran said on Monday it would talk.")
"""

from typing import TYPE_CHECKING, Any

from newsdesk.errors import InputError, NewsdeskError, PageError
from newsdesk.page import RawPage
from newsdesk.record import Record, Rejection
from newsdesk.settings import Settings, load_settings

if TYPE_CHECKING:
    from newsdesk.pipeline import extract

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


def __getattr__(name: str) -> Any:
    """``extract`` is imported on first use: the read commands start without the pipeline."""
    if name == "extract":
        from newsdesk.pipeline import extract

        return extract
    raise AttributeError(f"module 'newsdesk' has no attribute {name!r}")
