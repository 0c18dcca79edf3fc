"""The stdlib logger ``jobmojito``; ``JOBMOJITO_LOG=debug|info`` turns it on."""

from __future__ import annotations

import logging
import os

logger = logging.getLogger("jobmojito")


def setup_logging() -> None:
    from ._secrets import RedactingFilter

    logger.addFilter(RedactingFilter())
    level = os.environ.get("JOBMOJITO_LOG", "").strip().upper()
    if level in ("DEBUG", "INFO", "WARNING", "ERROR"):
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        handler.addFilter(RedactingFilter())
        logger.addHandler(handler)
        logger.setLevel(level)
