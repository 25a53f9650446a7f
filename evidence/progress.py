"""Progress display for the command line: a rich bar on a terminal, plain lines otherwise.

Used by ``evidence-check run`` in both modes (in-process and with workers), so the user sees
the same thing: items done / total, rate, ETA.
"""

from __future__ import annotations

import sys
import threading
import time
from types import TracebackType
from typing import TextIO

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)


class BatchProgress:
    """Thread-safe: ``advance()`` may be called from worker threads; ``update(done)`` sets it."""

    def __init__(
        self,
        total: int,
        *,
        label: str = "Проверка",
        stream: TextIO | None = None,
        interval: float = 5.0,
        force_plain: bool = False,
    ) -> None:
        self.total = total
        self.done = 0
        self.label = label
        self.stream = stream or sys.stderr
        self.interval = interval
        self._lock = threading.Lock()
        self._started = time.monotonic()
        self._last_line = 0.0
        self._last_done = -1
        self._rich: Progress | None = None
        self._task: TaskID | None = None
        if not force_plain and self.stream.isatty():
            self._rich = Progress(
                TextColumn("[bold]{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[rate]}"),
                TimeElapsedColumn(),
                TextColumn("осталось"),
                TimeRemainingColumn(),
                console=Console(file=self.stream),
                transient=False,
            )

    def __enter__(self) -> BatchProgress:
        if self._rich is not None:
            self._rich.start()
            self._task = self._rich.add_task(self.label, total=self.total, rate="")
        else:
            self._line(force=True)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._rich is not None:
            self._rich.stop()
        elif self._last_done != self.done:
            self._line(force=True)

    def advance(self, step: int = 1) -> None:
        with self._lock:
            self.update(self.done + step)

    def update(self, done: int) -> None:
        self.done = done
        if self._rich is not None and self._task is not None:
            self._rich.update(self._task, completed=done, rate=self._rate_text())
        else:
            self._line()

    def _rate(self) -> float:
        elapsed = time.monotonic() - self._started
        return self.done / elapsed if elapsed > 0 else 0.0

    def _rate_text(self) -> str:
        return f"{self._rate():.1f} строк/с"

    def _line(self, *, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self._last_line < self.interval and self.done < self.total:
            return
        self._last_line = now
        self._last_done = self.done
        rate = self._rate()
        remaining = (self.total - self.done) / rate if rate > 0 else None
        eta = f", осталось ~{_duration(remaining)}" if remaining is not None and self.done else ""
        percent = 100.0 * self.done / self.total if self.total else 100.0
        print(
            f"{self.label}: {self.done}/{self.total} ({percent:.0f}%), {rate:.1f} строк/с{eta}",
            file=self.stream,
            flush=True,
        )


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    if seconds < 60:
        return f"{seconds} с"
    if seconds < 3600:
        return f"{seconds // 60} мин {seconds % 60} с"
    return f"{seconds // 3600} ч {seconds % 3600 // 60} мин"
