"""scripts/inline_parsers.py: identity parse functions become assignments, nothing else changes."""

from __future__ import annotations

import textwrap
from typing import Any

from inline_parsers import inline_source

MODEL = textwrap.dedent(
    """
    from typing import Any, cast

    from attrs import define

    from .types import UNSET, Unset


    @define
    class Row:
        score: float | None | Unset = UNSET
        when: Any = UNSET

        @classmethod
        def from_dict(cls, src_dict: dict[str, Any]) -> "Row":
            d = dict(src_dict)

            def _parse_score(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            score = _parse_score(d.pop("score", UNSET))

            def _parse_when(data: object) -> str | None | Unset:
                if data is None:
                    return data
                return "converted:" + str(data)

            when = _parse_when(d.pop("when", UNSET))
            return cls(score=score, when=when)
    """
)


def load(source: str) -> Any:
    namespace: dict[str, Any] = {"__name__": "model", "UNSET": UNSET, "Unset": Unset}
    exec(compile(source.replace("from .types import UNSET, Unset", ""), "<model>", "exec"), namespace)
    return namespace["Row"]


class Unset:
    def __bool__(self) -> bool:
        return False


UNSET = Unset()


def test_only_the_identity_parser_is_inlined() -> None:
    out = inline_source(MODEL)
    assert "def _parse_score" not in out
    assert "score: float | None | Unset = d.pop('score', UNSET)" in out
    assert "def _parse_when" in out, "a parser that converts is kept"


def test_the_inlined_model_parses_the_same() -> None:
    before, after = load(MODEL), load(inline_source(MODEL))
    for body in ({"score": 1.5, "when": "x"}, {"score": None}, {}, {"when": None, "extra": 1}):
        assert repr(before.from_dict(body)) == repr(after.from_dict(body))


def test_source_without_parsers_is_unchanged() -> None:
    plain = "def from_dict(d):\n    return d\n"
    assert inline_source(plain) == plain
