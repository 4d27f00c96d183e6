"""The build time: ``SOURCE_DATE_EPOCH`` when set (reproducible builds), else now."""

from __future__ import annotations

import os
from datetime import datetime, timezone


class ClockError(ValueError):
    """SOURCE_DATE_EPOCH is set to something that is not a Unix time."""


def build_time(environ: dict[str, str] | None = None) -> datetime:
    env = os.environ if environ is None else environ
    value = env.get("SOURCE_DATE_EPOCH", "").strip()
    if not value:
        return datetime.now(timezone.utc).replace(microsecond=0)
    if not value.isdigit():
        raise ClockError(f"SOURCE_DATE_EPOCH={value!r} is not a whole number of seconds since 1970")
    return datetime.fromtimestamp(int(value), timezone.utc)
