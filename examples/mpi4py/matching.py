#!/usr/bin/python3
"""All-pairs string matching with mpi4py: every (left, right) pair whose python-Levenshtein
``ratio`` is at least ``--threshold``, written to ``pairs.csv``.

The seed's program: rank 0 reads both lists and broadcasts them; rank ``r`` of ``p`` takes the
contiguous block of left strings ``[r*L//p, (r+1)*L//p)`` against every right string; rank 0
gathers the matches (blocks in rank order, so already sorted by left then right index) and writes
``pairs.csv`` byte for byte as scalebench's Java ``matching`` workload does: the header
``left_index,right_index,ratio,left,right``, 0-based indices, the ratio with six decimals rounded
half up, strings quoted as Commons CSV's RFC 4180 printer quotes them, ``\\n`` line ends, UTF-8.

    mpirun -n 2 /usr/bin/python3 matching.py --left left.txt --right right.txt [--threshold 0.8] [--out DIR]

Phases (``scalebench_phases``): ``read`` (io, rank 0), ``bcast`` (comm), ``match`` (compute),
``gather`` (comm), ``write`` (io, rank 0); with one rank there is no ``bcast`` or ``gather``.
"""

import argparse
import csv
import io
import os
import sys

from Levenshtein import ratio

import scalebench_phases as phases
from example_support import (InputError, Parser, fail, format_fixed, output_folder, read_utf8, run,
                             write_atomically)

PAIRS_CSV = "pairs.csv"
HEADER = "left_index,right_index,ratio,left,right"
#: Bytes a gathered match stands for: two 4-byte indices and an 8-byte score (as the Java side sends them).
PAIR_BYTES = 16

PROGRAM = "matching.py"


# ---- reading -------------------------------------------------------------------------------------

def decode_utf8(path):
    """The input file's text and size in bytes (see example_support.read_utf8)."""
    return read_utf8(path, "input file")


def split_lines(text):
    """One string per line, empty lines included; ``\\n`` or ``\\r\\n`` ends a line, and the newline
    ending the last line does not start another one."""
    if not text:
        return []
    lines = text.split("\n")
    if text.endswith("\n"):
        lines.pop()
    return [l[:-1] if l.endswith("\r") else l for l in lines]


def parse_column(text):
    """``--column``: None (not given), a 0-based index (digits only) or a header name."""
    if text is None or text == "":
        return None
    if text.isascii() and text.isdigit() and len(text) < 10:
        return int(text)
    return text


def describe_column(column):
    return "(not given)" if column is None else str(column) if isinstance(column, int) else "'%s'" % column


def read_csv_column(path, text, column, header):
    """One column of RFC 4180 CSV text. Without ``column`` the file must have exactly one column in
    every record (a second one is refused, never guessed); a named column needs ``header``."""
    if isinstance(column, str) and not header:
        raise InputError("column %s is selected by name, but %s is read without a header"
                         % (describe_column(column), path))
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    values = []
    try:
        names = None
        if header:
            names = next(reader, None)
            names = [""] if names == [] else names
            if names is not None:
                missing = [n for n in names if not n.strip()]
                if missing:
                    raise InputError("cannot parse %s as CSV: a header name is missing in [%s]"
                                     % (path, ", ".join(names)))
            names = names or []
            if column is None and len(names) > 1:
                raise InputError("%s has %d columns (%s) and no --column says which one holds the strings; "
                                 "choose one with --column NAME (or a 0-based index)" % (path, len(names), ", ".join(names)))
        if isinstance(column, str):
            index = None
            for i, n in enumerate(names):
                if n == column:
                    index = i  # the last of equal names, as Commons CSV's header map keeps it
            if index is None:
                raise InputError("column %s is not in the header of %s (columns: %s)"
                                 % (describe_column(column), path, ", ".join(names) or "none"))
        else:
            index = column or 0
        width = len(names) if header else -1
        for record in reader:
            record = record or [""]  # an empty line is one empty string, as in a lines file
            if column is None:
                if width < 0 and len(record) > 1:
                    raise InputError("%s has %d columns and no --column says which one holds the strings; "
                                     "choose one with --column INDEX (0-based)" % (path, len(record)))
                if width >= 0 and len(record) != width:
                    raise InputError("line %d of %s has %d columns where %s has %d; quote a value that holds a "
                                     "comma (\"Smith, John\") or choose a column with --column"
                                     % (reader.line_num, path, len(record),
                                        "the header" if header else "the first line", width))
                width = len(record)
            if index >= len(record):
                raise InputError("line %d of %s has %d column(s), so column %s is missing"
                                 % (reader.line_num, path, len(record), describe_column(column)))
            values.append(record[index])
    except csv.Error as e:
        raise InputError("cannot parse %s as CSV: %s (line %d)" % (path, e, reader.line_num)) from None
    if not values:
        raise InputError("input file %s holds no strings%s; give a file with at least one"
                         % (path, " (only a header)" if header and text else ""))
    return values


def read_strings(path, fmt, column, header):
    """The strings of one input file and the bytes read (``column`` and ``header`` apply to CSV only)."""
    text, size = decode_utf8(path)
    if fmt == "csv" or (fmt == "auto" and path.lower().endswith(".csv")):
        return read_csv_column(path, text, column, header), size
    strings = split_lines(text)
    if not strings:
        raise InputError("input file %s holds no strings; give a file with at least one" % path)
    return strings, size


# ---- writing -------------------------------------------------------------------------------------

def csv_field(text):
    """A value that is not the first of its record, quoted as Commons CSV's RFC 4180 printer quotes
    it (quote mode minimal): when it starts with a character up to ``#``, holds a quote, comma, CR or
    LF, or ends with a character up to a space; quotes inside are doubled. Empty stays empty."""
    if not text:
        return text
    if text[0] <= "#" or text[-1] <= " " or '"' in text or "," in text or "\n" in text or "\r" in text:
        return '"' + text.replace('"', '""') + '"'
    return text


def pairs_csv_text(left, right, pairs):
    """The whole ``pairs.csv`` for ``pairs`` of (left index, right index, ratio), in that order."""
    scores = {}
    quoted_left = {}
    quoted_right = {}
    out = [HEADER, "\n"]
    for i, j, score in pairs:
        s = scores.get(score)
        if s is None:
            s = scores[score] = format_fixed(score, 6)
        a = quoted_left.get(i)
        if a is None:
            a = quoted_left[i] = csv_field(left[i])
        b = quoted_right.get(j)
        if b is None:
            b = quoted_right[j] = csv_field(right[j])
        out.append("%d,%d,%s,%s,%s\n" % (i, j, s, a, b))
    return "".join(out)


def block(n, rank, size):
    """Rank ``rank``'s contiguous share ``[lo, hi)`` of ``n`` items (sizes differ by at most one)."""
    return n * rank // size, n * (rank + 1) // size


def match_block(left, right, lo, hi, threshold):
    """(left index, right index, ratio) of every pair of ``left[lo:hi]`` x ``right`` with ratio >= threshold,
    in left then right order."""
    found = []
    append = found.append
    for i in range(lo, hi):
        a = left[i]
        for j, b in enumerate(right):
            r = ratio(a, b)
            if r >= threshold:
                append((i, j, r))
    return found


def utf8_bytes(strings):
    return sum(len(s.encode("utf-8")) for s in strings)


# ---- command line --------------------------------------------------------------------------------

def threshold_value(text):
    try:
        t = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError("%r is not a number" % text) from None
    if not 0.0 <= t <= 1.0:  # also refuses nan
        raise argparse.ArgumentTypeError("must be in [0, 1], got %s" % text)
    return t


def parse_args(argv, rank):
    p = Parser(prog="matching.py", description="All pairs of two string lists with python-Levenshtein's "
                "ratio >= a threshold, over MPI ranks; writes pairs.csv as scalebench's matching workload does.")
    p.rank = rank
    p.add_argument("--left", required=True, metavar="FILE", help="the left strings: one per line (UTF-8), or CSV")
    p.add_argument("--right", required=True, metavar="FILE", help="the right strings, as --left")
    p.add_argument("--format", choices=("auto", "lines", "csv"), default="auto",
                   help="how the files hold the strings; auto (default) is csv for *.csv, else one per line")
    p.add_argument("--column", metavar="NAME|INDEX",
                   help="CSV column of the strings: a header name or a 0-based index; needed when the file has "
                        "more than one column")
    p.add_argument("--no-header", dest="header", action="store_false",
                   help="CSV files have no header line (columns by index only)")
    p.add_argument("--threshold", type=threshold_value, default=0.8,
                   help="a pair matches when its ratio is >= this, in [0, 1] (default 0.8)")
    p.add_argument("--out", metavar="DIR",
                   help="folder of pairs.csv (default $SCALEBENCH_OUTPUT_DIR, else the current folder)")
    args = p.parse_args(argv)
    args.column = parse_column(args.column)
    return args


def main(argv=None):
    from mpi4py import MPI
    comm = MPI.COMM_WORLD
    rank, size = comm.Get_rank(), comm.Get_size()
    try:
        args = parse_args(argv, rank)
    except InputError as e:
        fail(PROGRAM, rank, str(e))

    # rank 0 reads; a mistake travels in the broadcast, so every rank stops at the same point
    payload = None
    if rank == 0:
        try:
            with phases.phase("read", kind="io") as p:
                folder = output_folder(args.out)
                left, left_bytes = read_strings(args.left, args.format, args.column, args.header)
                right, right_bytes = read_strings(args.right, args.format, args.column, args.header)
                p.add_bytes(left_bytes + right_bytes)
            payload = (None, left, right)
        except InputError as e:
            payload = (str(e), None, None)
    if size > 1:
        payload = phases.timed(comm, "bcast", lambda: comm.bcast(payload, root=0),
                               nbytes=lambda got: (utf8_bytes(got[1]) + utf8_bytes(got[2])) * (size - 1 if rank == 0 else 1)
                               if got[0] is None else 0)
    error, left, right = payload
    if error is not None:
        fail(PROGRAM, rank, error)

    lo, hi = block(len(left), rank, size)
    with phases.phase("match"):
        mine = match_block(left, right, lo, hi, args.threshold)

    if size > 1:
        gathered = phases.timed(comm, "gather", lambda: comm.gather(mine, root=0),
                                nbytes=lambda got: PAIR_BYTES * (sum(map(len, got)) - len(mine) if rank == 0 else len(mine)))
    else:
        gathered = [mine]

    if rank == 0:
        pairs = [pair for part in gathered for pair in part]
        target = os.path.join(folder, PAIRS_CSV)
        with phases.phase("write", kind="io") as p:
            p.add_bytes(write_atomically(target, pairs_csv_text(left, right, pairs)))
        print("matching: %s x %s strings, %s pairs compared, %s matches with ratio >= %s on %d rank(s)"
              % (format(len(left), ","), format(len(right), ","), format(len(left) * len(right), ","),
                 format(len(pairs), ","), args.threshold, size))
        print("wrote " + target, flush=True)


if __name__ == "__main__":
    run(main)
