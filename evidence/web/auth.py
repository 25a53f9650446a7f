"""Request dependencies: the service state, the caller (bearer token) and its rate limit."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from evidence.web.problems import Problem
from evidence.web.state import ServiceState
from evidence.web.tokens import Principal, authenticate

_bearer = HTTPBearer(auto_error=False, description="Токен API: Authorization: Bearer …")


def get_state(request: Request) -> ServiceState:
    state: ServiceState = request.app.state.service
    return state


def require_principal(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Principal:
    state = get_state(request)
    token = credentials.credentials if credentials is not None else ""
    principal = authenticate(state.engine, token, state.regional_tokens) if token else None
    if principal is None:
        raise Problem(
            401,
            "Нужен действующий токен API в заголовке Authorization: Bearer …"
            if not token
            else "Токен API не принят (неверный или отозван)",
            headers={"WWW-Authenticate": 'Bearer realm="evidence-check"'},
            detail_en="A valid bearer token is required",
        )
    wait = state.limiter.hit(principal.subject)
    if wait is not None:
        seconds = max(1, int(wait + 0.999))
        raise Problem(
            429,
            f"Слишком много запросов с этим токеном; повторите через {seconds} с",
            headers={"Retry-After": str(seconds)},
            detail_en="Rate limit exceeded",
        )
    return principal


StateDep = Annotated[ServiceState, Depends(get_state)]
PrincipalDep = Annotated[Principal, Depends(require_principal)]
