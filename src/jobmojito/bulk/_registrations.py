"""``interviews.register_users_bulk``: thousands of candidates, in batches, each registered (and e-mailed) once.

A candidate is known by the interview and their e-mail (lower-cased), or
their ``external_id`` when they have no e-mail. With a journal a rerun picks
up where the last run stopped:

* a candidate the journal has ``ok`` is not sent again (``resumed``);
* one it has ``error`` (the server said it did not register them) is sent again;
* one whose batch's answer was lost (``sent`` or ``unknown``) may have been
  registered: the run looks for them among the interview's results
  (``results.list``) and counts them ``ok`` if they are there; if they are
  not, they stay ``unknown`` and are not sent (``resend_unknown=True`` sends
  them, once you have checked).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from .._errors import ValidationError
from ._journal import Record
from ._runner import Batch, Item, Result

Status = Literal["ok", "error", "unknown"]


@dataclass(frozen=True)
class Registration:
    """One candidate's outcome: ``ok`` with their interview URL, the server's ``error``, or ``unknown``."""

    email: str | None
    name: str | None
    external_id: str | None
    status: Status
    interview_url: str | None = None
    error: str | None = None
    resumed: bool = False  # the outcome of an earlier run (its journal): not sent in this one


@dataclass(frozen=True)
class BulkRegistrations:
    """Every candidate's ``Registration``, in the order given."""

    registrations: list[Registration]

    def __iter__(self) -> Any:
        return iter(self.registrations)

    def __len__(self) -> int:
        return len(self.registrations)

    @property
    def ok(self) -> list[Registration]:
        return [r for r in self.registrations if r.status == "ok"]

    @property
    def errors(self) -> list[Registration]:
        return [r for r in self.registrations if r.status == "error"]

    @property
    def unknown(self) -> list[Registration]:
        return [r for r in self.registrations if r.status == "unknown"]

    def summary(self) -> dict[str, int]:
        counts = {"ok": 0, "error": 0, "unknown": 0, "resumed": 0}
        for registration in self.registrations:
            counts[registration.status] += 1
            counts["resumed"] += registration.resumed
        return counts


def user_of(value: Any, index: int) -> dict[str, Any]:
    """A candidate as the request sends it: a mapping or a model with ``to_dict``."""
    to_dict = getattr(value, "to_dict", None)
    user = to_dict() if callable(to_dict) else value
    if not isinstance(user, Mapping):
        raise ValidationError(
            field=f"users[{index}]",
            rule="type",
            message=f"must be a mapping or RegisterUser, got {type(value).__name__}",
        )
    return {str(k): v for k, v in user.items()}


def email_key(value: Any) -> str | None:
    """An e-mail address as candidates are matched by it (journal keys, answers, results), or None if no string."""
    return value.strip().lower() if isinstance(value, str) else None


def key_of(interview_id: str, user: Mapping[str, Any], index: int) -> str:
    email = email_key(user.get("email"))
    if email:
        return f"{interview_id}|email|{email}"
    external = user.get("external_id")
    if isinstance(external, str) and external.strip():
        return f"{interview_id}|external_id|{external.strip()}"
    raise ValidationError(field=f"users[{index}]", rule="required", message="needs an email (or an external_id)")


@dataclass
class Plan:
    """What a run sends (``to_send``) and what it already knows (``known``: key -> outcome), per candidate."""

    users: list[tuple[str, dict[str, Any]]]  # (key, user) in the order given
    to_send: list[Item[dict[str, Any]]]
    batch_size: int
    known: dict[str, Registration]
    doubtful: list[str]  # keys whose earlier batch's answer was lost: to look up in the results
    resend_unknown: bool

    @property
    def batches(self) -> list[Batch[dict[str, Any]]]:
        size = self.batch_size
        return [Batch(self.to_send[i : i + size]) for i in range(0, len(self.to_send), size)]


def plan(
    interview_id: str,
    users: Iterable[Any],
    journal: Mapping[str, Record],
    *,
    batch_size: int,
    resend_unknown: bool,
) -> Plan:
    if batch_size < 1:
        raise ValidationError(field="batch_size", rule="minimum", message=f"must be >= 1; got {batch_size}")
    keyed: list[tuple[str, dict[str, Any]]] = []
    for index, value in enumerate(users):
        user = user_of(value, index)
        keyed.append((key_of(interview_id, user, index), user))
    known: dict[str, Registration] = {}
    doubtful: list[str] = []
    to_send: list[Item[dict[str, Any]]] = []
    seen: set[str] = set()
    for key, user in keyed:
        if key in seen:
            continue  # the same candidate twice in one list: registered once
        seen.add(key)
        record = journal.get(key)
        if record is not None and record.state == "ok":
            known[key] = registration(user, "ok", record.detail.get("interview_url"), None, resumed=True)
        elif record is not None and record.state in ("sent", "unknown"):
            doubtful.append(key)
        else:
            to_send.append(Item(key, user))
    return Plan(keyed, to_send, batch_size, known, doubtful, resend_unknown)


def registration(
    user: Mapping[str, Any], status: Status, url: Any, error: str | None, *, resumed: bool = False
) -> Registration:
    def text(name: str) -> str | None:
        value = user.get(name)
        return value if isinstance(value, str) else None

    return Registration(
        email=text("email"),
        name=text("name"),
        external_id=text("external_id"),
        status=status,
        interview_url=url if isinstance(url, str) else None,
        error=error,
        resumed=resumed,
    )


def results_of(batch: Batch[dict[str, Any]], rows: list[Any]) -> list[Result]:
    """Each candidate's outcome from the answer's rows (matched by e-mail, else by position)."""
    by_email: dict[str, Any] = {}
    for row in rows:
        email = email_key(getattr(row, "email", None))
        if email is not None:
            by_email.setdefault(email, row)
    out = []
    for index, item in enumerate(batch.items):
        email = email_key(item.value.get("email"))
        row = by_email.get(email) if email is not None else None
        if row is None and index < len(rows) and len(rows) == len(batch.items):
            row = rows[index]
        if row is None:
            out.append(Result(item.key, "unknown", error="the answer has no row for this candidate"))
            continue
        said = getattr(row, "result", None)
        if isinstance(said, str) and said.strip().lower() == "ok":
            out.append(Result(item.key, "ok", {"interview_url": getattr(row, "interview_url", None)}))
        else:
            out.append(Result(item.key, "error", error=str(said) if said is not None else "no result in the answer"))
    return out


def reconciled(plan: Plan, found: set[str]) -> list[Record]:
    """Each doubtful candidate ``found`` among the interview's results is ``ok`` (the journal records for
    that); the others are sent again with ``resend_unknown``, else stay ``unknown``."""
    users = dict(plan.users)
    settled = []
    for key in plan.doubtful:
        user = users[key]
        email = email_key(user.get("email"))
        if email is not None and email in found:
            plan.known[key] = registration(user, "ok", None, None, resumed=True)
            settled.append(Record(key, "ok", {"interview_url": None}))
        elif plan.resend_unknown:
            plan.to_send.append(Item(key, user))
        else:
            plan.known[key] = registration(
                user,
                "unknown",
                None,
                "an earlier run's answer was lost and the candidate is not among the results yet; "
                "not sent again (resend_unknown=True sends it)",
                resumed=True,
            )
    return settled


def outcome(plan: Plan, results: list[Result]) -> BulkRegistrations:
    users = dict(plan.users)
    for result in results:
        plan.known[result.key] = registration(
            users[result.key], result.status, result.detail.get("interview_url"), result.error
        )
    return BulkRegistrations([plan.known[key] for key, _user in plan.users])
