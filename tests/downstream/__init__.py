"""A downstream SDK, as a program built on jobmojito writes it: the contract's witness.

Its modules use the client, the errors, request and response models, the
pager, raw responses and an exhaustive ``match`` over a response enum, and
nothing else: they are not tests, they are what the public API promises to
keep working. ``tests/test_downstream.py`` type-checks the package with
``mypy --strict`` and runs ``smoke.py`` against the sandbox; the contract
scenarios (``tests/test_contract_scenarios.py``) do the same after each
simulated change of the document, and compare what really broke with what
the API guard said.
"""
