"""Release tools: how the live document drifted (``python -m drift``), the version bump it calls for
(``python -m drift.bump``) and the public-API guard (``python -m drift.api_guard``)."""
