"""``jobmojito interviews invite --csv candidates.csv``: register many candidates, resumably.

The CSV has a header row with ``email`` (required), and ``name`` and
``external_id`` if you have them; other columns are ignored. Candidates go in
batches, several at once (``interviews.register_users_bulk``), with a
progress bar on stderr and a summary table at the end; ``--journal`` keeps
what was done, so that running the same command again after a crash or a
Ctrl-C registers (and e-mails) no candidate twice. ``--output`` writes each
candidate's outcome (ok with the interview URL, or the error) as CSV.
"""

from __future__ import annotations

import csv
import sys
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import click

from .commands import reporting
from .errors import UsageError
from .options import connection_options, make_client, pop_connection

COLUMNS = ("email", "name", "external_id")
OUTPUT = ("email", "name", "external_id", "status", "interview_url", "error", "resumed")


def read_candidates(path: Path) -> list[dict[str, str]]:
    try:
        with path.open(newline="", encoding="utf-8-sig") as handle:
            reader = csv.DictReader(handle)
            if reader.fieldnames is None or "email" not in reader.fieldnames:
                raise UsageError(f"--csv: {path} needs a header row with an 'email' column")
            return [{k: (row.get(k) or "").strip() for k in COLUMNS if (row.get(k) or "").strip()} for row in reader]
    except OSError as exc:
        raise UsageError(f"--csv: cannot read {path}: {exc.strerror or exc}") from None


def invite_command() -> click.Command:
    params: list[click.Parameter] = [
        click.Option(["--interview-id"], required=True, help="The interview to register the candidates for."),
        click.Option(["--csv", "csv_path"], required=True, type=click.Path(path_type=Path), help="Candidates (CSV)."),
        click.Option(["--send-email/--no-send-email"], default=False, show_default=True, help="JobMojito mails each."),
        click.Option(["--is-test/--no-is-test"], default=False, show_default=True, help="Mark the results as tests."),
        click.Option(["--batch-size"], type=click.IntRange(1, 1000), default=50, show_default=True),
        click.Option(["--concurrency"], type=click.IntRange(1, 64), default=4, show_default=True),
        click.Option(
            ["--journal"],
            type=click.Path(path_type=Path),
            help="What was done (.jsonl, or .sqlite): run the same command again to finish an interrupted run.",
        ),
        click.Option(
            ["--resend-unknown"],
            is_flag=True,
            help="Send again the candidates an earlier run may have registered (its answer was lost) but the "
            "results do not show. Check first: they may have been e-mailed.",
        ),
        click.Option(["--output"], type=click.Path(path_type=Path), help="Each candidate's outcome, as CSV."),
        click.Option(["--progress/--no-progress"], default=None, help="A progress bar on stderr (default: on a tty)."),
        *connection_options(),
    ]

    def callback(**kwargs: Any) -> None:
        settings = pop_connection(click.get_current_context(), kwargs)
        with reporting("interviews.invite"), ExitStack() as stack:
            people = read_candidates(kwargs["csv_path"])
            jm = stack.enter_context(make_client(settings))
            show = kwargs["progress"] if kwargs["progress"] is not None else sys.stderr.isatty()
            bar = (
                stack.enter_context(click.progressbar(length=len(people), label="Registering", file=sys.stderr))
                if show
                else None
            )
            seen = [0]

            def progress(done: int, total: int) -> None:
                if bar is not None:
                    bar.update(done - seen[0])
                    seen[0] = done

            outcome = jm.interviews.register_users_bulk(
                kwargs["interview_id"],
                people,
                batch_size=kwargs["batch_size"],
                concurrency=kwargs["concurrency"],
                journal=kwargs["journal"],
                send_email=kwargs["send_email"],
                is_test=kwargs["is_test"],
                resend_unknown=kwargs["resend_unknown"],
                on_progress=progress,
            )
        if kwargs["output"] is not None:
            with kwargs["output"].open("w", newline="", encoding="utf-8") as handle:
                writer = csv.DictWriter(handle, fieldnames=OUTPUT)
                writer.writeheader()
                for r in outcome:
                    writer.writerow({k: getattr(r, k) if getattr(r, k) is not None else "" for k in OUTPUT})
        summary = outcome.summary()
        click.echo(f"{'outcome':<10} {'candidates':>10}")
        for name in ("ok", "error", "unknown"):
            click.echo(f"{name:<10} {summary[name]:>10}")
        click.echo(f"{'resumed':<10} {summary['resumed']:>10}  (done by an earlier run, not sent again)")
        for r in outcome.errors[:10]:
            click.echo(f"error: {r.email}: {r.error}", err=True)
        if outcome.unknown:
            click.echo(
                f"{len(outcome.unknown)} candidates may have been registered (an answer was lost); rerun with the "
                "same --journal to check them against the results",
                err=True,
            )
        if summary["error"] or summary["unknown"]:
            raise click.exceptions.Exit(1)

    return click.Command(
        "invite",
        params=params,
        callback=callback,
        short_help="Register the candidates of a CSV file, in batches, resumably.",
        help=__doc__.split("\n\n", 1)[1] if __doc__ else None,
    )
