"""The stateful main flow: interviews, candidates and their results.

Interviews made by the four create operations are found by job-interview-get
and merchant-interview-list; job-interview-register-users (and
create-for-candidate) adds candidates and a result for each (phase
``invited``), listed by merchant-candidate-list; the Results operations are in
``result_operations.py`` and how a result moves on in ``lifecycle.py``.
Every other operation is answered by ``respond.Responder.generic``.

Filters a sandbox can honour are honoured (``type``, ``status``,
``interview_id``, ``profile_interview_id``, ``filter_text``, ``source``,
``order_by``, the results' ``tab`` and ``step``); those that select records
the sandbox never has (public or demo interviews, emoji markers, shortlists,
risks) select nothing or are ignored. ``merchant_id`` overrides are ignored:
there is one merchant.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from random import Random
from typing import Any

from .fake import FAKE_HOST, seeded
from .respond import Call, Handler, Reply, error, limits, matches
from .result_operations import ResultOperations
from .state import Candidate, Interview, Result, newest_first, paginate

QUESTION = {"$ref": "#/components/schemas/JobInterviewCreateFromArrayQuestion"}


class Operations(ResultOperations):
    """Every operation: the main flow from the store, the rest from the schemas."""

    def handlers(self) -> Mapping[str, Handler]:
        return {
            **super().handlers(),
            "create_interview": self.create_interview,
            "create_interview_from_questions": self.create_interview_from_questions,
            "create_interview_for_candidate": self.create_interview_for_candidate,
            "create_persona": self.create_persona,
            "get_interview": self.get_interview,
            "list_interviews": self.list_interviews,
            "register_interview_users": self.register_interview_users,
            "list_candidates": self.list_candidates,
        }

    # --- interviews ----------------------------------------------------------

    def _create(self, body: Mapping[str, Any], kind: str, questions: list[dict[str, Any]]) -> Interview:
        return self.store.add_interview(
            name=body.get("name") or body.get("position_name") or f"Position for {body.get('candidate_name')}",
            type=kind,
            status=body.get("status") or "active",
            visibility=body.get("visibility") or "merchant_public",
            language=body.get("mojito_language_code") or "en",
            questions=questions,
            request=dict(body),
        )

    def _embed(self, body: Mapping[str, Any], rng: Random) -> dict[str, Any]:
        if body.get("is_embedded") is not True:
            return {}
        return {"embed_id": self.store.new_id(), "embed_signing_key": f"sandbox-{rng.getrandbits(128):032x}"}

    def create_interview(self, call: Call, rng: Random) -> Reply:
        question_schema = self.faker.resolve(QUESTION)
        questions = []
        for number in range(1, 6):
            question = self.shape(question_schema, {"id": self.store.new_id()}, rng)
            question["question"] = f"Question {number} for {call.body['name']}"
            questions.append(question)
        interview = self._create(call.body, call.body["type"], questions)
        max_duration = call.body.get("max_duration") or 1200
        created = {"interview_def_set_id": interview.id, "questions_generated": len(questions)}
        return 200, {**created, "max_duration": max_duration, **self._embed(call.body, rng)}

    def create_interview_from_questions(self, call: Call, rng: Random) -> Reply:
        # Real ids replace the caller's, references between questions follow.
        questions = [{**sent, "id": self.store.new_id()} for sent in call.body["questions"]]
        ids = {
            s["id"]: q["id"] for s, q in zip(call.body["questions"], questions, strict=True) if s.get("id") is not None
        }
        for question in questions:
            if question.get("conditional_question_main_id") in ids:
                question["conditional_question_main_id"] = ids[question["conditional_question_main_id"]]
        interview = self._create(call.body, call.body["type"], questions)
        return 200, {"interview_def_set_id": interview.id, **self._embed(call.body, rng)}

    def create_persona(self, call: Call, rng: Random) -> Reply:
        interview = self._create(call.body, "persona", [])
        return 200, {"interview_def_set_id": interview.id, **self._embed(call.body, rng)}

    def create_interview_for_candidate(self, call: Call, rng: Random) -> Reply:
        body = call.body
        position_id = body.get("position_def_set_id")
        if position_id:
            interview = self.store.interviews.get(position_id)
            if interview is None:
                return error(404, "Position not found.", "position_def_set_id")
        else:
            interview = self._create(body, "interview", [])
        known = {r.candidate_id for r in self.store.results_of(interview.id)}
        candidate, result = self.store.register(
            interview,
            body["candidate_name"],
            body["candidate_email"],
            body.get("candidate_external_id"),
            source="registered",
            is_test=False,
        )
        self.lifecycle.invited(result)
        return 200, {
            "status": "already-applied" if candidate.id in known else "ai_accept",
            "position_def_set_id": interview.id,
            "interview_def_set_id": interview.id,
            "profile_interview_id": result.profile_interview_id,
            "interview_url": _interview_url(result),
            **self._embed(body, rng),
        }

    def get_interview(self, call: Call, rng: Random) -> Reply:
        interview = self.store.interviews.get(str(call.query["position_id"]))
        if interview is None:
            return error(404, "Interview not found.", "position_id")
        body = interview.request
        known = {
            "name": interview.name,
            "created_at": interview.created_at,
            "updated_at": interview.created_at,
            "questions": interview.questions,
            "is_multistage": False,
            "status": interview.status,
            "visibility": interview.visibility,
            "type": interview.type,
            "merchant_id": self.store.merchant_id,
            "mojito_language_code": interview.language,
            "interview_location": body.get("location"),
            "interview_template_id": body.get("interview_template_id"),
            "code": body.get("code"),
            "cover_image_url": body.get("cover_image_url"),
            "tags": body.get("tags"),
            "max_duration": body.get("max_duration"),
            "description": body.get("description"),
        }
        stable = seeded(self.store.seed, "interview", interview.id)
        return 200, self.shape(self.response_schema(call.operation_id), known, stable)

    def list_interviews(self, call: Call, rng: Random) -> Reply:
        q = call.query
        rows = [
            i
            for i in newest_first(self.store.interviews.values())
            if i.type == q.get("type", "interview")
            and q.get("status") in (None, i.status)
            and matches(q.get("filter_text"), i.name)
            and not q.get("filter_emoji")
        ]
        page, pagination = paginate(rows, *limits(q))
        schema = self.item_schema(call.operation_id)
        data = [self.shape(schema, self._interview_row(i), rng) for i in page]
        return 200, {"data": data, "pagination": pagination}

    def _interview_row(self, interview: Interview) -> dict[str, Any]:
        results = newest_first(self.store.results_of(interview.id))
        return {
            "id": interview.id,
            "merchant_id": self.store.merchant_id,
            "name": interview.name,
            "type": interview.type,
            "status": interview.status,
            "visibility": interview.visibility,
            "mojito_language_code": interview.language,
            "is_multi_stage": False,
            "interview_count": len(results),
            "interview_last": results[0].created_at if results else None,
            "cover_image_url": interview.request.get("cover_image_url"),
            "created_at": interview.created_at,
            "updated_at": interview.created_at,
        }

    # --- candidates and results ------------------------------------------------

    def register_interview_users(self, call: Call, rng: Random) -> Reply:
        interview = self.store.interviews.get(call.body["interview_id"])
        if interview is None:
            return error(422, "Interview not found.", "interview_id")
        is_test = call.body.get("is_test") in (True, "true")
        out = []
        for user in call.body["users"]:
            name, email, external_id = user.get("name"), user.get("email"), user.get("external_id")
            if not email:
                out.append({"name": name, "external_id": external_id, "result": "error: email is required"})
                continue
            _, result = self.store.register(interview, name, email, external_id, source="invited", is_test=is_test)
            self.lifecycle.invited(result)
            row = {"name": name, "email": email, "external_id": external_id, "result": "ok"}
            out.append({**row, "interview_url": _interview_url(result)})
        return 200, out

    def list_candidates(self, call: Call, rng: Random) -> Reply:
        q = call.query
        rows = [
            c
            for c in self.store.candidates.values()
            if q.get("source") in (None, c.source)
            and matches(q.get("filter_text"), c.name, c.email, c.external_id)
            and not q.get("filter_emoji")
        ]
        order = q.get("order_by", "created_at_newest")
        if order.startswith("name_"):
            rows.sort(key=lambda c: (c.name or "").lower(), reverse=order == "name_decending")
        else:
            rows = newest_first(rows)
            if order == "created_at_oldest":
                rows.reverse()
        page, pagination = paginate(rows, *limits(q))
        schema = self.item_schema(call.operation_id)
        counts = Counter(r.candidate_id for r in self.store.results.values())  # one pass, not one per row
        data = [self.shape(schema, self._candidate_row(c, counts[c.id]), rng) for c in page]
        return 200, {"data": data, "pagination": pagination}

    def _candidate_row(self, c: Candidate, interview_count: int) -> dict[str, Any]:
        return {
            "id": c.id,
            "profile_id": c.profile_id,
            "merchant_id": self.store.merchant_id,
            "name": c.name,
            "email": c.email,
            "external_id": c.external_id,
            "status": "active",
            "interview_count": interview_count,
            "pre_screening_count": 0,
            "public_avatar_count": 0,
            "interview_last": None,
            "created_at": c.created_at,
            "updated_at": c.updated_at,
            "deleted_at": None,
        }


def _interview_url(result: Result) -> str:
    return f"{FAKE_HOST}/interview/{result.profile_interview_id}"
