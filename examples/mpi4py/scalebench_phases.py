"""Per-rank phase records for an mpi4py program run by scalebench's ``exec`` workload.

An ``exec`` run gives every rank the variable ``SCALEBENCH_RECORDS``: the path of that rank's
records file. Each phase block appends one JSON line to it when it ends, e.g.::

    {"phase": "bcast", "kind": "comm", "seconds": 0.0123, "waitSeconds": 0.01, "bytes": 4096, "calls": 1}

and the launcher sums the lines per (phase, kind) into the run's ``ranks.jsonl``. Outside
scalebench the variable is unset and everything here only runs the body: no file, no barrier.

Use::

    from scalebench_phases import phase, timed

    with phase("read", kind="io", nbytes=size_of_file):
        data = load()
    with phase("write", kind="io") as p:
        p.add_bytes(save(data))          # bytes known only inside the block
    with phase("compute"):
        result = work(data)
    gathered = timed(comm, "gather", lambda: comm.gather(result, root=0), nbytes=16 * len(result))

``kind`` is ``compute``, ``comm`` or ``io``; ``nbytes`` (comm and io only) is the logical payload
this rank sends plus receives (comm) or reads plus writes (io), an ``int >= 0``. ``timed`` splits a
collective the way scalebench's Java layer does: it times ``comm.Barrier()`` first (waiting for the
late ranks: ``waitSeconds``), then the call (the transfer); ``seconds`` is both.

Nested blocks each write their own line, so the outer phase's seconds include the inner ones and
the rank's time is counted twice in the breakdown: do not nest phases; end one before the next.

Durations come from ``time.perf_counter``. A block that raises still writes its line, then the
exception goes on. Standard library only. Lines are written under a lock, so threads may record,
but a phase measures wall time of the thread that runs it.
"""

import json
import math
import numbers
import os
import threading
import time

__all__ = ["KINDS", "ENV_RECORDS", "Recorder", "phase", "timed", "record", "default_recorder"]

#: The kinds of a phase, as the records contract names them.
KINDS = ("compute", "comm", "io")

#: The variable that names this rank's records file.
ENV_RECORDS = "SCALEBENCH_RECORDS"


def _check_name(name):
    if not isinstance(name, str) or not name.strip():
        raise ValueError("phase name must be a non-blank string, got %r" % (name,))
    return name


def _check_kind(kind):
    if kind not in KINDS:
        raise ValueError("phase kind must be one of %s, got %r" % (", ".join(KINDS), kind))
    return kind


def _check_count(field, value):
    # bool is an int in Python, and True bytes is a bug, not a count; numpy's integers are fine
    if isinstance(value, bool) or not isinstance(value, numbers.Integral) or value < 0:
        raise ValueError("%s must be an int >= 0, got %r" % (field, value))
    return int(value)


def _check_bytes(kind, nbytes):
    nbytes = _check_count("nbytes", nbytes)
    if kind == "compute" and nbytes != 0:
        raise ValueError("nbytes is for comm and io phases; a compute phase moves no bytes, got %r" % (nbytes,))
    return nbytes


class Recorder:
    """Writes records lines to one file, opened on the first line (append) and flushed per line.

    ``path`` None makes a recorder that records nothing (the mode outside scalebench).
    """

    def __init__(self, path):
        self._path = path
        self._file = None
        self._lock = threading.Lock()

    @property
    def active(self):
        """Whether lines are written (a records path was given)."""
        return bool(self._path)

    def record(self, name, kind, seconds, wait_seconds=0.0, nbytes=0, calls=1):
        """Appends one line; a no-op when inactive. Checks every value first (ValueError naming it).

        ``seconds`` and ``wait_seconds`` are wall seconds, finite, ``0 <= wait_seconds <= seconds``;
        ``wait_seconds`` only for kind ``comm``.
        """
        _check_name(name)
        _check_kind(kind)
        nbytes = _check_bytes(kind, nbytes)
        calls = _check_count("calls", calls)
        if isinstance(seconds, bool) or not isinstance(seconds, numbers.Real) or not math.isfinite(seconds) \
                or seconds < 0:
            raise ValueError("seconds must be a finite number >= 0, got %r" % (seconds,))
        if isinstance(wait_seconds, bool) or not isinstance(wait_seconds, numbers.Real) \
                or not math.isfinite(wait_seconds) or not 0 <= wait_seconds <= seconds:
            raise ValueError("wait_seconds must be a finite number in [0, seconds=%r], got %r" % (seconds, wait_seconds))
        if kind != "comm" and wait_seconds != 0:
            raise ValueError("wait_seconds is for comm phases only, got %r for kind %s" % (wait_seconds, kind))
        if not self.active:
            return
        line = {"phase": name, "kind": kind, "seconds": float(seconds)}
        if kind == "comm":
            line["waitSeconds"] = float(wait_seconds)
        line["bytes"] = nbytes
        line["calls"] = calls
        text = json.dumps(line, allow_nan=False) + "\n"
        with self._lock:
            if self._file is None:
                self._file = open(self._path, "a", encoding="utf-8")
            self._file.write(text)
            self._file.flush()

    def phase(self, name, kind="compute", nbytes=0, calls=1):
        """A ``with`` block timed as one line of phase ``name``."""
        return _Phase(self, _check_name(name), _check_kind(kind), _check_bytes(kind, nbytes),
                      _check_count("calls", calls))

    def timed(self, comm, name, call, nbytes=0):
        """Runs ``call()`` (a collective on ``comm``) and returns its result, as one comm line.

        When active, ``comm.Barrier()`` runs first and its time is the line's ``waitSeconds``; the
        call's time is the transfer; ``seconds`` is both. ``nbytes`` is an int, or a function of the
        call's result returning one (for a receiver that learns the size from the message; a call that
        raises records 0 bytes then). When
        inactive, only ``call()`` runs (no barrier).
        """
        _check_name(name)
        if not callable(nbytes):
            _check_bytes("comm", nbytes)
        if not callable(call):
            raise ValueError("call must be a function of no arguments, got %r" % (call,))
        if not self.active:
            return call()
        t0 = time.perf_counter()
        t1 = None
        try:
            comm.Barrier()
            t1 = time.perf_counter()
            result = call()
        except BaseException:
            t2 = time.perf_counter()
            if t1 is None:
                t1 = t2  # the barrier itself failed: all of it was waiting
            self.record(name, "comm", (t1 - t0) + (t2 - t1), wait_seconds=t1 - t0,
                        nbytes=0 if callable(nbytes) else nbytes)
            raise
        t2 = time.perf_counter()
        wait = t1 - t0
        size = nbytes(result) if callable(nbytes) else nbytes
        self.record(name, "comm", wait + (t2 - t1), wait_seconds=wait, nbytes=size)
        return result

    def close(self):
        """Closes the file; a later line opens it again (append)."""
        with self._lock:
            if self._file is not None:
                self._file.close()
                self._file = None


class _Phase:
    """One ``with`` block: its line is written when the block ends, raised or not."""

    def __init__(self, recorder, name, kind, nbytes, calls):
        self._recorder = recorder
        self._name = name
        self._kind = kind
        self._nbytes = nbytes
        self._calls = calls
        self._t0 = None

    def add_bytes(self, nbytes):
        """Adds bytes learnt inside the block (e.g. what a write produced); comm and io only."""
        self._nbytes += _check_bytes(self._kind, nbytes)

    def __enter__(self):
        self._t0 = time.perf_counter()
        return self

    def __exit__(self, exc_type, exc, tb):
        seconds = time.perf_counter() - self._t0
        self._recorder.record(self._name, self._kind, seconds, nbytes=self._nbytes, calls=self._calls)
        return False  # an exception in the body goes on


_default = None
_default_lock = threading.Lock()


def default_recorder():
    """The recorder of ``$SCALEBENCH_RECORDS``, made on first use (inactive when it is unset or empty)."""
    global _default
    with _default_lock:
        if _default is None:
            _default = Recorder(os.environ.get(ENV_RECORDS) or None)
        return _default


def phase(name, kind="compute", nbytes=0, calls=1):
    """``with phase("compute"):`` times the block as one line (see the module's doc).

    ``with phase("write", kind="io") as p:`` ... ``p.add_bytes(n)`` adds bytes known only inside
    the block.
    """
    return default_recorder().phase(name, kind, nbytes, calls)


def timed(comm, name, call, nbytes=0):
    """``timed(comm, "bcast", lambda: comm.bcast(obj, root=0), nbytes=n)``: see :meth:`Recorder.timed`."""
    return default_recorder().timed(comm, name, call, nbytes)


def record(name, kind, seconds, wait_seconds=0.0, nbytes=0, calls=1):
    """Appends one line measured by the caller (see :meth:`Recorder.record`)."""
    default_recorder().record(name, kind, seconds, wait_seconds, nbytes, calls)
