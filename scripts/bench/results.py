"""What a section measured: a table, budgets with verdicts, notes."""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Spread:
    """The median of repeated measurements and their interquartile range (p25-p75)."""

    median: float
    low: float
    high: float
    runs: int

    @classmethod
    def of(cls, values: Sequence[float]) -> Spread:
        if not values:
            raise ValueError("no measurements")
        if len(values) == 1:
            return cls(values[0], values[0], values[0], 1)
        low, median, high = statistics.quantiles(values, n=4, method="inclusive")
        return cls(median, low, high, len(values))

    def show(self, scale: float = 1.0, digits: int = 1, unit: str = "") -> str:
        fmt = f"{{:.{digits}f}}"
        median, low, high = (fmt.format(v * scale) for v in (self.median, self.low, self.high))
        return f"{median}{unit} [{low}-{high}]"


@dataclass(frozen=True)
class Budget:
    """A ratio with its limit: ``at_most`` for costs, otherwise a floor (throughput)."""

    name: str
    ratio: Spread
    limit: float
    at_most: bool = True
    unit: str = "x"

    @property
    def passed(self) -> bool:
        if self.at_most:
            return self.ratio.median <= self.limit
        return self.ratio.median >= self.limit

    @property
    def rule(self) -> str:
        return f"{'≤' if self.at_most else '≥'} {self.limit:g}{self.unit}"

    @property
    def verdict(self) -> str:
        return "PASS" if self.passed else "FAIL"


@dataclass
class Section:
    title: str
    method: str
    headers: list[str]
    rows: list[list[str]] = field(default_factory=list)
    budgets: list[Budget] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def alternating(names: Iterable[str], index: int) -> list[str]:
    """The variants in order for round ``index``: A B C, then C B A, ... (no variant always goes first)."""
    ordered = list(names)
    return ordered if index % 2 == 0 else ordered[::-1]


def ratios(numerators: Sequence[float], denominators: Sequence[float]) -> Spread:
    """Per-round ratios of interleaved measurements (pairs taken in the same round)."""
    return Spread.of([n / d for n, d in zip(numerators, denominators, strict=True)])
