"""Which tests are slow: ``make test-fast`` (``pytest -m "not slow"``) leaves these out, ``make test`` runs all.

A test is slow when it runs the generator or the pipeline, a benchmark, a
subprocess (mypy, pytest, actionlint, a build, a venv), the sandbox (the CLI,
bulk work, its lifecycle and webhooks), a second transport through the whole
fault matrix, or a property-based sweep over every operation: the
fast tier is the unit and facade tests and must stay under a minute on a
loaded two-core machine. Whole modules are listed by name, single tests as
``module::function`` (all their parameters); tests marked ``docs`` or
``scenario`` are slow wherever they are. ``conftest.py`` applies the
``slow`` marker from here; ``tests/test_tiers.py`` fails on a name that no
longer exists, so a renamed test cannot fall into the fast tier unnoticed.
"""

from __future__ import annotations

SLOW_MODULES = frozenset(
    {
        "test_aiohttp_transport",  # the fault matrix again, on the aiohttp transport
        "test_api_guard",  # griffe over the whole package, and git
        "test_bench_smoke",  # make bench --quick
        "test_bulk",  # thousands of candidates against the sandbox, with lost answers
        "test_cli",  # the command line against the sandbox, and as subprocesses
        "test_cli_formats",
        "test_contract_requests",  # hypothesis over every operation
        "test_contract_responses",
        "test_demo",  # make demo's script, a sandbox process
        "test_docs",  # mkdocs build --strict
        "test_downstream",  # a downstream package: mypy --strict, and its calls against the sandbox
        "test_drift",  # hypothesis over documents, make drift
        "test_drift_sdk_side",  # the documents normalized as make generate does
        "test_drift_webhooks",
        "test_extras",  # subprocesses without the extras
        "test_packaging",  # builds the wheel and the sdist, a venv
        "test_pipeline",  # make generate into a temporary tree
        "test_pytest_plugin",  # pytest in a subprocess
        "test_release",  # builds the sdist and the wheel
        "test_reachability",  # regenerates with an operation added
        "test_sandbox",  # schemathesis against the sandbox
        "test_sandbox_lifecycle",
        "test_sandbox_webhooks",
        "test_typing",  # mypy in a subprocess
        "test_webhooks",  # receivers in three frameworks, fed by the sandbox
        "test_workflows",  # actionlint on node
    }
)

SLOW_TESTS = frozenset(
    {
        "test_auth::test_fifty_tasks_share_one_refresh",
        "test_auth::test_fifty_threads_share_one_refresh",
        "test_fault_server::test_stops_by_itself_after_the_hard_timeout",
        "test_hardening_auth::test_a_cancelled_sender_task_is_a_lost_answer_too",
        "test_hardening_auth::test_an_unreachable_auth_server_fails_every_waiter_at_once_and_spends_nothing",
        "test_hardening_auth::test_one_refresh_and_no_reuse_over_20_trials",
        "test_hardening_auth::test_waiters_recover_a_lost_answer_and_only_the_sender_fails",
        "test_hardening_client::test_a_1_gb_gzip_bomb_through_the_client_stays_under_400_mb",
        "test_hardening_client::test_a_call_s_own_deadline_overrides_the_client_s",
        "test_hardening_client::test_a_drip_that_never_trips_the_read_timeout_stops_at_the_deadline",
        "test_hardening_client_auth::test_a_call_waiting_for_a_slow_refresh_keeps_its_own_deadline",
        "test_hardening_client_auth::test_one_refresh_no_reuse_and_no_failed_call_over_20_trials",
        "test_hardening_errors::test_an_error_body_of_any_size_and_shape_becomes_a_message_in_well_under_a_second",
        "test_hardening_json::test_the_depth_is_measured_exactly_and_decoding_is_json_loads",
        "test_hardening_limits::test_a_1_gb_gzip_bomb_stops_early_under_400_mb",
        "test_hardening_limits::test_a_drip_that_never_trips_the_read_timeout_stops_at_the_deadline",
        "test_hardening_support::test_a_reused_token_is_refused_at_once_while_the_winner_still_waits",
        "test_lenient_responses::test_bodies_with_every_field_null_parse",
        "test_lenient_responses::test_relaxed_bodies_parse",
        "test_readme::test_the_readme_quickstart_runs_against_the_sandbox",
        "test_validation::test_the_validator_agrees_with_jsonschema",
    }
)


def is_slow(module: str, function: str) -> bool:
    return module in SLOW_MODULES or f"{module}::{function}" in SLOW_TESTS
