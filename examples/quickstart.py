"""The quickstart of the docs' Getting started page: create an interview, invite candidates, read results.

Configured by the environment only, so the same script runs against the
sandbox (``make demo``) and against production::

    export JOBMOJITO_TOKEN=...            # your access token
    export JOBMOJITO_BASE_URL=...         # optional; default: production
    python examples/quickstart.py

Against production it creates a real (invite-only) interview and registers
three test candidates at example.com addresses without sending any e-mail.
"""

from __future__ import annotations

import sys

from jobmojito import JobMojito, JobMojitoError

# The template id of the document's example; use one of your own templates.
TEMPLATE_ID = "baa3bf7c-6926-46fd-9005-16738a31f72d"
CANDIDATES = [
    {"name": "Peter Parker", "email": "peter.parker@example.com", "external_id": "quickstart-1"},
    {"name": "Mary Jane Watson", "email": "mary.jane@example.com", "external_id": "quickstart-2"},
    {"name": "Miles Morales", "email": "miles.morales@example.com", "external_id": "quickstart-3"},
]


def main() -> int:
    with JobMojito() as jm:  # JOBMOJITO_TOKEN, JOBMOJITO_BASE_URL
        print(f"Using {jm.base_url}")

        # 1. An interview. The API writes its questions with AI before answering.
        created = jm.interviews.create(
            name="Project manager (quickstart)",
            location="Remote",
            interview_template_id=TEMPLATE_ID,
            mojito_language_code="en",
            status="active",
            type="interview",
            visibility="merchant_invite",
        )
        interview_id = created.interview_def_set_id  # a str: the document requires it
        print(f"Created interview {interview_id} with {created.questions_generated} questions")

        # 2. Candidates: each gets a one-time interview URL (send_email=True has JobMojito mail it).
        registered = jm.interviews.register_users(
            interview_id=interview_id, users=CANDIDATES, send_email=False, is_test=True
        )
        for row in registered:
            print(f"Invited {row.name} <{row.email}>: {row.result}, {row.interview_url}")

        # 3. Their results, across pages: the pager asks for the next page when it needs it.
        results = []
        for result in jm.results.list(interview_id=interview_id, limit=2):
            results.append(result)
            print(f"Result {result.interview_result_id}: {result.candidate_name}, status {result.status}")
        print(f"Listed {len(results)} results, 2 per page")

        # 4. One result in full: transcript and AI assessment once the candidate has answered.
        first = next((r for r in results if r.interview_result_id is not None), None)
        if first is None or first.interview_result_id is None:
            print("No result to read yet", file=sys.stderr)
            return 1
        details = jm.results.get(interview_result_id=first.interview_result_id)
        print(f"Details of {first.candidate_name}: status {details.status}, {len(details.transcript or [])} entries")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except JobMojitoError as exc:
        print(f"error: {exc}", file=sys.stderr)
        sys.exit(1)
