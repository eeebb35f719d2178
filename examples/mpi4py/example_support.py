"""What the example programs (matching.py, gridsearch.py) share: their error and exit conventions,
Java's fixed-decimal formatting (so their CSV files equal the Java workloads' byte for byte), and
atomic writing of their output. Standard library only; mpi4py is imported where MPI is needed."""

import argparse
import os
import sys
import tempfile
from decimal import ROUND_HALF_UP, Context, Decimal

_DECIMAL = Context(prec=1000)


class InputError(Exception):
    """Bad input: one sentence for the user, exit code 2."""


def read_utf8(path, what):
    """The file's text, strictly UTF-8 (an error names the line and byte), a leading BOM dropped, and
    its size in bytes; ``what`` names the file in messages (``input file``, ``data file``)."""
    try:
        with open(path, "rb") as f:
            data = f.read()
    except FileNotFoundError:
        raise InputError("%s %s does not exist" % (what, path)) from None
    except IsADirectoryError:
        raise InputError("%s %s is a folder, not a file" % (what, path)) from None
    except PermissionError:
        raise InputError("%s %s is not readable: permission denied" % (what, path)) from None
    except OSError as e:
        raise InputError("cannot read %s %s: %s" % (what, path, e.strerror or e)) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        bad = e.start
        line = data.count(b"\n", 0, bad) + 1
        line_start = data.rfind(b"\n", 0, bad) + 1
        raise InputError("line %d of %s is not valid UTF-8 (byte %d of the line, 0x%02X)"
                         % (line, path, bad - line_start + 1, data[bad])) from None
    return (text[1:] if text.startswith("\ufeff") else text), len(data)


def format_fixed(x, places):
    """``x`` with ``places`` decimals as Java's ``String.format(Locale.ROOT, "%.Nf")`` writes it:
    the shortest decimal that reads back as ``x``, rounded half up (Python's ``%f`` rounds the exact
    binary value half to even: 105/128 = 0.8203125 is 0.820313 in Java, 0.820312 in Python)."""
    d = Decimal(repr(float(x)))
    return format(d.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP, context=_DECIMAL), "f")


def write_atomically(path, text):
    """Writes ``text`` (UTF-8) to a hidden temporary file next to ``path``, syncs it and renames it into
    place, so a reader sees the whole file or none; returns the bytes written."""
    data = text.encode("utf-8")
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix="." + os.path.basename(path) + ".", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return len(data)


def output_folder(out):
    """``--out``, else ``$SCALEBENCH_OUTPUT_DIR``, else the current folder; it must be a writable folder."""
    folder = out or os.environ.get("SCALEBENCH_OUTPUT_DIR") or os.getcwd()
    if not os.path.isdir(folder):
        raise InputError("output folder %s %s" % (folder, "is a file, not a folder" if os.path.exists(folder)
                                                   else "does not exist"))
    if not os.access(folder, os.W_OK):
        raise InputError("output folder %s is not writable" % folder)
    return folder


class Parser(argparse.ArgumentParser):
    """argparse that reports a mistake as one sentence (from rank 0 only) and exits 2 on every rank."""

    rank = 0

    def error(self, message):
        raise InputError(message)

    def _print_message(self, message, file=None):
        if self.rank == 0:
            super()._print_message(message, file)


def fail(program, rank, message, code=2):
    """Ends this rank; rank 0 says why (every rank calls it at the same point, so none is left waiting)."""
    if rank == 0:
        print(program + ": " + message, file=sys.stderr, flush=True)
    sys.exit(code)


def run(main):
    """``main()``, and on an unexpected error the whole job ends (MPI_Abort) instead of leaving ranks waiting."""
    try:
        main()
    except SystemExit:
        raise
    except BaseException:
        import traceback
        traceback.print_exc()
        sys.stderr.flush()
        from mpi4py import MPI
        MPI.COMM_WORLD.Abort(1)
