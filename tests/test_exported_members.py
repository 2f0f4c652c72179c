"""The public API is `guard.__all__`, sorted, and nothing else is exported by accident."""

from __future__ import annotations

import guard


def test_all_is_sorted_and_complete() -> None:
    assert guard.__all__ == sorted(guard.__all__)
    public = {name for name in vars(guard) if not name.startswith("_")}
    # Sub-packages are reachable as attributes once imported; they are not the flat API.
    modules = {"cli", "middleware", "recognizers", "stores"}
    assert public - modules - set(guard.__all__) == set()
    for name in guard.__all__:
        assert hasattr(guard, name), name
