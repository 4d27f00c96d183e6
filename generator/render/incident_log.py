"""The incident log template: a CSV with the columns staff fill in, one row per case."""

from __future__ import annotations

import csv
import io

INCIDENT_LOG = "playbook/incident-log.csv"
COLUMNS = ("date", "customer", "channel", "incident", "solution", "follow_up_date", "follow_up_done", "satisfied")


def incident_log_csv() -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerow(COLUMNS)
    return out.getvalue()
