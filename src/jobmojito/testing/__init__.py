"""Testing code that uses the SDK, offline: a sandbox fixture for pytest (``pip install "jobmojito[sandbox]"``).

The pytest plugin (entry point ``pytest11``, loaded by pytest wherever the
SDK is installed) gives the ``jobmojito_sandbox`` fixture: a sandbox on a
free 127.0.0.1 port, a client bound to it, ``advance(result_id, outcome)`` to
play the candidate, and the webhook deliveries it made::

    def test_a_completed_interview_is_scored(jobmojito_sandbox):
        jm = jobmojito_sandbox.client
        interview_id = jm.interviews.create(...).interview_def_set_id
        jm.interviews.register_users(interview_id=interview_id, users=[{"email": "ann@example.com"}])
        [result] = jm.results.list(interview_id=interview_id)
        jobmojito_sandbox.advance(result.interview_result_id, "completed")
        assert jm.results.get(interview_result_id=result.interview_result_id).score is not None

Options (webhooks, seed, faults: everything ``jobmojito.sandbox.run_sandbox``
takes) go in a marker: ``@pytest.mark.jobmojito_sandbox(webhook_urls=[url],
webhook_headers={"X-Webhook-Token": "s3cret"})``.

``LossyTransport`` goes between a client and the sandbox and loses answers
after the sandbox processed the request (or answers 504 before): what "never
sent twice" has to survive.
"""

from ._fixture import SandboxFixture, running_sandbox
from ._lossy import Answered, LossyTransport

__all__ = ["Answered", "LossyTransport", "SandboxFixture", "running_sandbox"]
