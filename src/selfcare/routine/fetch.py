"""Downloading a routine file from a link, for `selfcare add URL` and `selfcare update`.

A link comes in an e-mail or a chat, from someone else: only https:// (plain http:// only to
this computer, for a practitioner's preview), a few redirects and never from https down to
http, a file no larger than the loader accepts, and a time limit. urllib from the standard
library does the work: no new dependency for one download.
"""

from __future__ import annotations

import re
import time
import urllib.error
import urllib.request
from http.client import HTTPException, HTTPMessage, HTTPResponse
from typing import IO
from urllib.parse import quote, urljoin, urlsplit, urlunsplit

from selfcare import __version__
from selfcare.errors import SelfcareError
from selfcare.i18n.language import t
from selfcare.routine.source import MAX_FILE_BYTES
from selfcare.safe_text import one_line

TIMEOUT_SECONDS = 15.0  # for the whole download; tests make it short
MAX_REDIRECTS = 3
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "::1", "localhost"})
_REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})
_CHUNK = 64 * 1024
_URL_SAFE = "!#$%&'()*+,-./:;=?@[]~"  # kept as written: what is already encoded stays so
# "scheme://": anything else (a file name with a colon in it, say) is a path.
_LINK = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")


def is_link(source: str) -> bool:
    """Whether `source` is written as a link (scheme://...), rather than a file's path."""
    return _LINK.match(source) is not None


def check_link(url: str) -> None:
    """SelfcareError unless selfcare may download `url`: https, or http to this computer."""
    try:
        parts = urlsplit(url)
        host = parts.hostname
        parts.port  # noqa: B018 - a port that is not a number raises here, not mid-download
    except ValueError:
        raise SelfcareError(t("fetch.bad_link", url=one_line(url))) from None
    scheme = parts.scheme.lower()
    if scheme not in ("https", "http") or not host:
        raise SelfcareError(t("fetch.bad_link", url=one_line(url)))
    if scheme == "http" and host not in LOOPBACK_HOSTS:
        raise SelfcareError(t("fetch.plain_http", url=one_line(url)))


def check_redirect(old: str, new: str) -> None:
    """SelfcareError unless a redirect from `old` to `new` may be followed."""
    if urlsplit(old).scheme.lower() == "https" and urlsplit(new).scheme.lower() != "https":
        raise SelfcareError(t("fetch.redirect_downgrade", url=one_line(old), to=one_line(new)))
    check_link(new)


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """Redirects come back as errors, for `download` to check and follow itself."""

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: HTTPMessage,
        newurl: str,
    ) -> None:
        return None


def download(url: str) -> bytes:
    """The file at `url`, after at most MAX_REDIRECTS redirects; SelfcareError, in one
    sentence, for anything that goes wrong."""
    check_link(url)
    deadline = time.monotonic() + TIMEOUT_SECONDS
    current = url
    for _ in range(MAX_REDIRECTS + 1):
        try:
            return _get(current, deadline)
        except _Redirect as redirect:
            check_redirect(current, redirect.to)
            current = redirect.to
        except (TimeoutError, _TooSlow):
            raise SelfcareError(
                t("fetch.timeout", url=one_line(url), seconds=f"{TIMEOUT_SECONDS:g}")
            ) from None
    raise SelfcareError(t("fetch.too_many_redirects", url=one_line(url), limit=MAX_REDIRECTS))


class _Redirect(Exception):
    def __init__(self, to: str) -> None:
        super().__init__(to)
        self.to = to


class _TooSlow(Exception):
    """The whole download took longer than TIMEOUT_SECONDS (a server sending a byte at a time)."""


def _opener(url: str) -> urllib.request.OpenerDirector:
    # A proxy cannot reach this computer's own server: no proxy for a loopback address.
    loopback = urlsplit(url).hostname in LOOPBACK_HOSTS
    proxies = urllib.request.ProxyHandler({}) if loopback else urllib.request.ProxyHandler()
    return urllib.request.build_opener(proxies, _NoRedirects())


def _get(url: str, deadline: float) -> bytes:
    """One request: the body, or _Redirect; SelfcareError for an answer that is no file."""
    shown = one_line(url)
    headers = {"User-Agent": f"selfcare/{__version__}", "Accept": "*/*"}
    remaining = max(deadline - time.monotonic(), 0.001)
    try:
        request = urllib.request.Request(_ascii(url), headers=headers)
        with _opener(url).open(request, timeout=remaining) as response:
            declared = response.headers.get("Content-Length", "")
            if declared.strip().isdigit() and int(declared) > MAX_FILE_BYTES:
                raise _too_large(url)
            data = _read_until(response, deadline, url)
            kind = response.headers.get_content_type()
    except urllib.error.HTTPError as error:
        with error:
            location = error.headers.get("Location") if error.headers else None
            if error.code in _REDIRECT_CODES and location:
                raise _Redirect(urljoin(url, location)) from None
            reason = one_line(error.reason)
            raise SelfcareError(
                t("fetch.http_status", url=shown, code=error.code, reason=reason)
            ) from None
    except urllib.error.URLError as error:
        if isinstance(error.reason, TimeoutError):
            raise TimeoutError from None
        raise _failed(url, error.reason) from None
    except (HTTPException, ValueError) as error:  # a broken answer; a link urllib cannot use
        raise _failed(url, error) from None
    except OSError as error:  # TimeoutError is one: it goes on to `download`
        if isinstance(error, TimeoutError):
            raise
        raise _failed(url, error) from None
    if kind == "text/html" and data.lstrip()[:1] == b"<":
        raise SelfcareError(t("fetch.web_page", url=shown))
    return data


def _ascii(url: str) -> str:
    """`url` as a request line carries it: a space or a Japanese file name percent-encoded."""
    parts = urlsplit(url)
    path, query, fragment = (quote(part, safe=_URL_SAFE) for part in parts[2:])
    return urlunsplit((parts.scheme, parts.netloc, path, query, fragment))


def _read_until(response: HTTPResponse, deadline: float, url: str) -> bytes:
    """The body, read in pieces: never more than the size limit, never past the deadline."""
    chunks: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise _TooSlow
        chunk = response.read1(_CHUNK)  # what has come: read() would wait for all of it
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > MAX_FILE_BYTES:
            raise _too_large(url)
        chunks.append(chunk)


def _too_large(url: str) -> SelfcareError:
    return SelfcareError(t("fetch.too_large", url=one_line(url), limit=f"{MAX_FILE_BYTES:,}"))


def _failed(url: str, reason: object) -> SelfcareError:
    if isinstance(reason, OSError) and reason.strerror:
        reason = reason.strerror
    return SelfcareError(t("fetch.failed", url=one_line(url), reason=one_line(reason)))
