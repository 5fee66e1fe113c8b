"""Generation on a Dask cluster: ``briefing build --scheduler ADDRESS``.

Generation is a map over seeds, and this hands that map to an existing
engine instead of our process pool: each seed is read here (the same
checks as a local build), its bytes sent to a worker, which runs the same
:func:`generator.generate.generate_from_bytes` (the stages unchanged) and
sends back the page and the record; this process writes them through the
same atomic store, in the seeds' order, as they arrive.  The workers need
our package and its model installed, not the seeds folder.  Dask is an
optional extra: ``pip install 'briefings[dask]'``.

A worker runs one seed at a time best (``--nthreads 1``): the model is
loaded once per worker process, on its first seed.
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from collections.abc import Iterator
from typing import Any

from .catalog import SeedFile
from .errors import BriefingError, SeedError
from .model import Generated

IN_FLIGHT_PER_WORKER = 8  # seeds sent ahead to each worker: enough to keep it busy, few enough to hold in memory


def generate_on_cluster(seeds: list[SeedFile], today: dt.date, address: str) -> Iterator[tuple[SeedFile, Generated]]:
    """Brief ``seeds`` on the Dask cluster whose scheduler is at ``address``; each outcome in the seeds' order."""
    try:
        from distributed import Client
    except ImportError:
        raise BriefingError("--scheduler needs Dask: pip install 'briefings[dask]'") from None
    from .generate import generate_from_bytes
    from .seeds import read_bytes

    try:
        client = Client(address, timeout="20s", set_as_default=False)  # type: ignore[no-untyped-call]
    except (OSError, TimeoutError) as error:
        raise BriefingError(f"no Dask scheduler answers at {address}: {error}") from None
    with client:
        window = max(1, len(client.scheduler_info().get("workers", {}))) * IN_FLIGHT_PER_WORKER
        waiting: deque[tuple[SeedFile, Any]] = deque()
        for seed in seeds:
            try:
                data = read_bytes(seed.path, seed.label)
            except SeedError as error:
                waiting.append((seed, Generated(seed=seed.label, error=str(error))))
            else:
                future = client.submit(generate_from_bytes, data, seed.path.suffix, seed.label, today, pure=False)
                waiting.append((seed, future))
            while len(waiting) > window:
                yield _outcome(*waiting.popleft())
        while waiting:
            yield _outcome(*waiting.popleft())


def _outcome(seed: SeedFile, pending: Any) -> tuple[SeedFile, Generated]:
    if isinstance(pending, Generated):
        return seed, pending
    try:
        outcome: Generated = pending.result()
    except Exception as error:  # the worker died, or the cluster went away: this seed fails, the others go on
        message = " ".join(f"{seed.label}: not briefed on the cluster: {type(error).__name__}: {error}".split())
        return seed, Generated(seed=seed.label, error=message)
    return seed, outcome
