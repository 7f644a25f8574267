"""The HTML templates (Jinja2, every value escaped) and the filters they use."""

from __future__ import annotations

from urllib.parse import quote, urlencode, urlsplit

from jinja2 import Environment, PackageLoader, StrictUndefined

__all__ = ["page_url", "safe_url", "templates"]


def safe_url(url: str | None) -> str | None:
    """A scraped URL fit for an ``href``: http(s) only (never ``javascript:``, ``data:``)."""
    if not url:
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None


def page_url(path: str, **params: object) -> str:
    """A link to one of the server's pages, its parameters encoded (empty ones left out)."""
    given = {k: str(v) for k, v in params.items() if v not in (None, "", False)}
    return path + ("?" + urlencode(given) if given else "")


def _path(value: str) -> str:
    return quote(value, safe="")


templates = Environment(
    loader=PackageLoader("newsdesk.web", "templates"),
    autoescape=True,
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
templates.filters["safe_url"] = safe_url
templates.filters["path"] = _path
templates.globals["page_url"] = page_url
