"""One measurement of the generator alone, run as its own process by run.py.

    python benchmarks/probe.py POLICY_DIR [--tracemalloc]

Loads, validates, derives and renders every policy in POLICY_DIR for the public
site (no MkDocs), then prints one JSON line: seconds spent importing, loading
(load + validate) and building (derive + render), and with --tracemalloc the
peak of memory allocated by the work (tracing slows the work, so those runs are
not timed). The process ends as the ``expectations`` command ends
(``generator.adapters.ending.leave``: exit handlers run and output flushed,
the objects left to the system instead of freed one by one).
"""

from __future__ import annotations

import json
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

NOW = datetime(2026, 11, 16, 12, 0, tzinfo=timezone.utc)  # fixed build time, see run.py


def main() -> None:
    folder, trace = Path(sys.argv[1]), "--tracemalloc" in sys.argv[2:]
    t0 = time.perf_counter()
    import generator.pipeline as pipeline

    t1 = time.perf_counter()
    if trace:
        import tracemalloc

        tracemalloc.start()
    policies = pipeline.load_policies([folder])
    t2 = time.perf_counter()
    content = pipeline.build_site(policies, NOW, "public")
    t3 = time.perf_counter()
    result = {"import": t1 - t0, "load": t2 - t1, "build": t3 - t2, "pages": len(content.pages),
              "bytes": sum(len(p.markdown) for p in content.pages) + sum(map(len, content.files.values()))}
    if trace:
        result["traced_peak"] = tracemalloc.get_traced_memory()[1]
    print(json.dumps(result))


if __name__ == "__main__":
    main()
    from generator.adapters.ending import leave

    leave(0)
