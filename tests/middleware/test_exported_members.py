"""The public names of guard.middleware, pinned: the API cannot drift unnoticed."""

import guard.middleware


def test_exported_members() -> None:
    assert guard.middleware.__all__ == [
        "DEFAULT_ROLE_NAMES",
        "EventSink",
        "From",
        "GuardMiddleware",
        "GuardedRoute",
        "GuardedSocket",
        "rules_hold_back",
        "verdicts",
    ]
    for name in guard.middleware.__all__:
        assert hasattr(guard.middleware, name)
