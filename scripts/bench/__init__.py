"""``make bench``: the SDK's cost next to raw httpx, written to BENCHMARKS.md.

Run as ``PYTHONPATH=scripts python -m bench`` (what ``make bench`` does); see
``docs/maintaining/benchmarks.md`` for what each section measures and the budgets.
"""
