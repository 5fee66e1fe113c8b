"""Running a command and measuring it: wall time and the peak memory of each of its processes.

Peak memory is read from ``/proc/<pid>/status`` (``VmHWM``, the high-water
mark of the resident set) of the command and of every process below it,
sampled every few milliseconds while it runs; a process's last reading is
its peak as far as the sampler saw it.  ``ru_maxrss`` of the children,
read after the command ends, bounds the largest one from above and is
reported beside it.
"""

from __future__ import annotations

import os
import resource
import subprocess
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

SAMPLE_SECONDS = 0.05


@dataclass(frozen=True)
class Run:
    """What one command cost."""

    seconds: float
    peak_mb: dict[int, float] = field(default_factory=dict)  # pid -> peak RSS in MB
    max_children_mb: float = 0.0  # ru_maxrss of the waited-for children, all runs so far
    returncode: int = 0
    stderr: str = ""

    @property
    def main_mb(self) -> float:
        """Peak RSS of the command's own process (the first one seen)."""
        return next(iter(self.peak_mb.values()), 0.0)

    @property
    def worker_mb(self) -> float:
        """Largest peak RSS of the processes the command started, or of itself when it started none."""
        workers = list(self.peak_mb.values())[1:]
        return max(workers) if workers else self.main_mb


def run(command: Sequence[str], *, cwd: Path | None = None, env: dict[str, str] | None = None) -> Run:
    """Run ``command`` to its end; raise when it fails."""
    started = time.perf_counter()
    process = subprocess.Popen(
        list(command), cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    peaks: dict[int, float] = {}
    sampler = threading.Thread(target=_sample, args=(process, peaks), daemon=True)
    sampler.start()
    _, stderr = process.communicate()
    seconds = time.perf_counter() - started
    sampler.join()
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    result = Run(seconds, dict(peaks), children, process.returncode, stderr)
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} exited {process.returncode}: {stderr[-2000:]}")
    return result


def _sample(process: subprocess.Popen[str], peaks: dict[int, float]) -> None:
    while process.poll() is None:
        for pid in _tree(process.pid):
            peak = peak_rss_mb(pid)
            if peak is not None:
                peaks[pid] = max(peak, peaks.get(pid, 0.0))
        time.sleep(SAMPLE_SECONDS)


def _tree(root: int) -> list[int]:
    """``root`` and every process below it, parents before children."""
    order, queue = [], [root]
    while queue:
        pid = queue.pop(0)
        order.append(pid)
        for task in _read(Path(f"/proc/{pid}/task")):
            queue.extend(int(child) for child in _children(pid, task))
    return order


def _read(folder: Path) -> list[str]:
    try:
        return sorted(os.listdir(folder))
    except OSError:
        return []


def _children(pid: int, task: str) -> list[str]:
    try:
        return Path(f"/proc/{pid}/task/{task}/children").read_text().split()
    except OSError:
        return []


def peak_rss_mb(pid: int) -> float | None:
    """``VmHWM`` of a process in MB, or None once it is gone."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return None
