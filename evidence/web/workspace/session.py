"""Who is signed in: the session cookie, the CSRF token of every form, login and logout.

The session cookie holds a random token (HttpOnly, SameSite=Lax, Secure over https); the
server keeps its SHA-256 and the CSRF token bound to it (``evidence.store.users``). A form
posted without the session's CSRF token is refused. The login form, which has no session yet,
uses a double-submit token: a cookie and a hidden field that must be equal.
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass

from fastapi import Request
from fastapi.responses import Response
from sqlalchemy.engine import Engine

from evidence.store.users import SESSION_SECONDS, UserInfo, session_user
from evidence.web.tokens import Principal

SESSION_COOKIE = "evidence_session"
LOGIN_CSRF_COOKIE = "evidence_login_csrf"
PREFIX = "/workspace"


@dataclass(frozen=True)
class Viewer:
    """The signed-in user of a request, their session token and its CSRF token."""

    user: UserInfo
    token: str
    csrf: str

    @property
    def principal(self) -> Principal:
        """The same visibility rules as an API token of the user's municipality."""
        return Principal(self.user.name, self.user.municipality, f"user:{self.user.id}")


class LoginRequired(Exception):
    """Raised by a page that needs a signed-in user; answered with a redirect to the login."""

    def __init__(self, next_path: str) -> None:
        super().__init__(next_path)
        self.next_path = next_path


def engine_of(request: Request) -> Engine:
    engine: Engine = request.app.state.service.engine
    return engine


def viewer(request: Request) -> Viewer:
    """The signed-in user, or ``LoginRequired``."""
    token = request.cookies.get(SESSION_COOKIE, "")
    found = session_user(engine_of(request), token) if token else None
    if found is None:
        path = request.url.path
        if request.url.query:
            path += "?" + request.url.query
        raise LoginRequired(path)
    user, csrf = found
    return Viewer(user, token, csrf)


def csrf_ok(expected: str, given: str | None) -> bool:
    return bool(expected) and bool(given) and hmac.compare_digest(expected, given or "")


def safe_next(path: str | None) -> str:
    """Only a path inside the workspace is a redirect target (no open redirects)."""
    if path and path.startswith(PREFIX + "/") and not path.startswith("//") and "\\" not in path:
        return path
    return PREFIX + "/"


def _secure(request: Request) -> bool:
    return request.url.scheme == "https"


def set_session_cookie(response: Response, request: Request, token: str) -> None:
    response.set_cookie(
        SESSION_COOKIE,
        token,
        max_age=SESSION_SECONDS,
        path=PREFIX,
        httponly=True,
        samesite="lax",
        secure=_secure(request),
    )


def clear_session_cookie(response: Response, request: Request) -> None:
    response.delete_cookie(
        SESSION_COOKIE, path=PREFIX, httponly=True, samesite="lax", secure=_secure(request)
    )


def login_csrf(request: Request) -> str:
    """The double-submit token of the login form (the cookie's, or a new one)."""
    return request.cookies.get(LOGIN_CSRF_COOKIE) or secrets.token_urlsafe(32)


def set_login_csrf_cookie(response: Response, request: Request, token: str) -> None:
    response.set_cookie(
        LOGIN_CSRF_COOKIE,
        token,
        max_age=3600,
        path=PREFIX,
        httponly=True,
        samesite="lax",
        secure=_secure(request),
    )
