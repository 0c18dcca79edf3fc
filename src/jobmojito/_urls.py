"""Checks on the URLs the SDK sends credentials to.

Plain ``http://`` is refused unless the host is loopback (``localhost``,
``127.0.0.0/8``, ``::1``), where nothing leaves the machine: a bearer token, a
refresh token or an anon key sent in clear can be read by anyone on the path.
``allow_insecure_http=True`` is the explicit way out (a proxy on a private
network, say). Messages name the scheme and host only, never a ``user:password@``
part of the URL.
"""

from __future__ import annotations

import ipaddress

import httpx

from ._errors import ConfigurationError

__all__ = ["check_http_url", "is_loopback", "origin", "same_origin"]


def check_http_url(url: str, *, name: str, carrying: str, allow_insecure_http: bool = False) -> str:
    """``url`` without a trailing slash, or :class:`ConfigurationError` if it is no http(s) URL or is insecure.

    ``name`` is the argument's name (``"project_url"``) and ``carrying`` says what
    would travel in clear (``"the refresh token and anon key"``), for the message.
    """
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError):
        raise ConfigurationError(f"{name} must be an http(s) URL; it cannot be parsed") from None
    if parsed.scheme not in ("http", "https") or not parsed.host:
        shown = f"{parsed.scheme}://{parsed.host}" if parsed.scheme else "a URL without a scheme"
        raise ConfigurationError(f"{name} must be an http(s) URL with a host, got {shown}")
    if parsed.scheme == "http" and not allow_insecure_http and not is_loopback(parsed.host):
        raise ConfigurationError(
            f"refusing plain http:// to {parsed.host} for {name}: {carrying} would travel unencrypted; "
            "use https://, or pass allow_insecure_http=True if you really mean it"
        )
    return url.rstrip("/")


def is_loopback(host: str) -> bool:
    """Whether ``host`` (a name or an IP address, IPv6 with or without brackets) is this machine."""
    if host.lower().rstrip(".") == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def same_origin(a: httpx.URL | str, b: httpx.URL | str) -> bool:
    """Whether two URLs share scheme, host and port (the default port counted): where credentials may go."""
    first, second = httpx.URL(a), httpx.URL(b)
    return (first.scheme, first.host, _port(first)) == (second.scheme, second.host, _port(second))


def origin(url: httpx.URL | str) -> str:
    """``scheme://host[:port]`` of ``url``: where it goes, without its path, query or credentials."""
    parsed = httpx.URL(url)
    port = f":{parsed.port}" if parsed.port is not None else ""
    host = f"[{parsed.host}]" if ":" in parsed.host else parsed.host
    return f"{parsed.scheme}://{host}{port}"


def _port(url: httpx.URL) -> int | None:
    if url.port is not None:
        return url.port
    return {"http": 80, "https": 443}.get(url.scheme)
