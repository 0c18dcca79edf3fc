"""Release tools: how the live document drifted (``python -m drift``), the public-API guard
(``python -m drift.api_guard``), the version bump both call for (``python -m drift.bump``), the
nightly pull request's verdict (``python -m drift.pull_request``) and the release check
(``python -m drift.release``)."""
