"""A whole-call deadline next to httpx's per-phase timeouts.

httpx's ``timeout`` bounds each phase (connect, each read, each write, the pool
wait), not the call: a server that drips one byte every 100 ms never trips a
1 s read timeout and can hold a call for as long as it likes. A
:class:`Deadline` is one point on the monotonic clock for the whole call,
retries and sleeps included. The request loop consults it:

* before each attempt: :meth:`Deadline.expired`, and :meth:`Deadline.clip` to
  turn the remaining time into the attempt's httpx timeout (no phase may wait
  longer than what is left);
* before a retry sleep: :meth:`Deadline.allows` (a sleep that would use up the
  time is not worth making);
* while reading a body: :meth:`Deadline.check_reading` between chunks (the body
  readers of :mod:`jobmojito._limits` do), which raises :class:`DeadlineExceeded`;
* while a ``SupabaseSession`` flow waits for another flow's refresh: the request
  carries the deadline (:data:`DEADLINE_EXTENSION`), and the wait ends with
  ``httpx.PoolTimeout`` (nothing was sent) when it passes.
  The flow reads the token endpoint's answer and a 401's body against it too.

So a call ends at most about one per-read timeout after its deadline, and that
timeout is itself clipped to what was left when the attempt started.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

import httpx

__all__ = ["DEADLINE_EXTENSION", "NO_DEADLINE", "Deadline", "DeadlineExceeded"]

DEADLINE_EXTENSION = "jobmojito.deadline"
"""``httpx.Request.extensions`` key holding the call's :class:`Deadline`: an auth flow that waits
for another flow's refresh (``SupabaseSession``) waits no longer than it allows."""

_MIN_PHASE = 0.001  # httpx takes 0 as "no wait at all", which some transports refuse: wait a millisecond


class DeadlineExceeded(httpx.ReadTimeout):
    """The call's deadline passed while the answer was being read.

    An ``httpx.ReadTimeout``, so the request loop treats it as every other lost
    answer (``APITimeoutError``, ``outcome_unknown`` for a request that is not
    idempotent); it must not retry once the deadline has passed.
    """


class Deadline:
    """A deadline ``seconds`` from now on ``clock`` (``time.monotonic``); ``None`` means no deadline."""

    __slots__ = ("_at", "_clock", "seconds")

    def __init__(self, seconds: float | None, *, clock: Callable[[], float] = time.monotonic) -> None:
        if seconds is not None and not (math.isfinite(seconds) and seconds > 0):
            raise ValueError(f"a deadline must be a positive number of seconds or None, got {seconds!r}")
        self.seconds = seconds
        self._clock = clock
        self._at = None if seconds is None else clock() + seconds

    def __repr__(self) -> str:
        if self.seconds is None:
            return "Deadline(None)"
        return f"Deadline({self.seconds:g} s, {self.remaining():.3f} s left)"

    def remaining(self) -> float | None:
        """Seconds left (never negative), or ``None`` without a deadline."""
        if self._at is None:
            return None
        return max(0.0, self._at - self._clock())

    def expired(self) -> bool:
        return self._at is not None and self._clock() >= self._at

    def allows(self, delay: float) -> bool:
        """Whether sleeping ``delay`` seconds still leaves time for another attempt."""
        left = self.remaining()
        return left is None or delay < left

    def clip(self, timeout: httpx.Timeout) -> httpx.Timeout:
        """``timeout`` with no phase longer than the time left (a phase without a limit gets the time left)."""
        left = self.remaining()
        if left is None:
            return timeout
        left = max(left, _MIN_PHASE)

        def phase(value: float | None) -> float:
            return left if value is None else min(value, left)

        return httpx.Timeout(
            connect=phase(timeout.connect),
            read=phase(timeout.read),
            write=phase(timeout.write),
            pool=phase(timeout.pool),
        )

    def check_reading(self, request: httpx.Request | None = None) -> None:
        """Raise :class:`DeadlineExceeded` if the deadline has passed (call it between chunks of a body)."""
        if self.expired():
            raise DeadlineExceeded(
                f"the call's deadline of {self.seconds:g} s passed while reading the answer", request=request
            )


NO_DEADLINE = Deadline(None)
"""A deadline that never passes."""
