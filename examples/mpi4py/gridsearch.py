#!/usr/bin/python3
"""XGBoost hyperparameter grid search with mpi4py, the seed's use case 4.

Every rank reads and cleans the data itself; the grid's combinations are split in contiguous blocks
over the ranks (rank ``r`` gets ``n//p`` of them, the first ``n % p`` ranks one more); each rank
trains its block with ``multi:softprob`` and ``$SCALEBENCH_CPUS_PER_TASK`` XGBoost threads (1 when
unset) and evaluates every model on a stratified holdout; rank 0 gathers the results and writes
``grid.csv`` with the columns and order of scalebench's Java ``gridsearch`` workload.

    mpirun -n 2 /usr/bin/python3 gridsearch.py --data credit.csv --preset credit-score \\
        --grid "max_depth=4,6;eta=0.05,0.1;subsample=0.8,1;rounds=50"
    mpirun -n 2 /usr/bin/python3 gridsearch.py --data any.csv --target label [--drop id,name]

Data: ``--preset credit-score`` cleans the credit-score classification file exactly as the Java
workload's ``CreditCleaner`` does (same features, same missing values, same codes); ``--target``
loads any CSV by the generic rules in README.md. The holdout split is the Java workload's too
(the same rows for the same labels, fraction and seed: its ``SplittableRandom`` is ported below),
so the two sides train on the same rows; their metrics still differ a little, since the XGBoost
versions differ.

Phases (``scalebench_phases``): ``read`` (io), ``clean`` (compute: parsing, cleaning, the split and
XGBoost's matrices), ``train`` (compute, one line per combination), ``gather`` (comm, not with one
rank), ``write`` (io, rank 0).
"""

import argparse
import csv
import io
import itertools
import json
import math
import os
import pickle
import re
import sys
import time
import unicodedata
from decimal import Context, Decimal, InvalidOperation

import numpy as np
import pandas as pd
import xgboost

import scalebench_phases as phases
from example_support import (InputError, Parser, fail, format_fixed, output_folder, read_utf8, run,
                             write_atomically)

GRID_CSV = "grid.csv"
#: Version of grid.csv's columns (its first column), as the Java workload's GridCsv.
GRID_SCHEMA_VERSION = 1
TOP = 5

PROGRAM = "gridsearch.py"
_DECIMAL = Context(prec=1000)


# ---- Java's text rules (the cleaner's results depend on them) --------------------------------------

def _java_whitespace():
    # Character.isWhitespace: the space, line and paragraph separators but the no-break ones, and
    # the ASCII controls \t \n \v \f \r and the four information separators 0x1C..0x1F
    chars = [chr(c) for c in range(0x09, 0x0E)] + [chr(c) for c in range(0x1C, 0x20)]
    for c in range(0x20, 0x3001):
        ch = chr(c)
        if unicodedata.category(ch) in ("Zs", "Zl", "Zp") and ch not in "\u00a0\u2007\u202f":
            chars.append(ch)
    return "".join(chars)


JAVA_WHITESPACE = _java_whitespace()
_CONTROL_AND_SPACE = "".join(chr(c) for c in range(0x21))


def java_strip(text):
    """String.strip(): Java whitespace off both ends."""
    return text.strip(JAVA_WHITESPACE)


def java_equals_ignore_case(a, b):
    """String.equalsIgnoreCase: char by char, equal, or equal upper cased, or equal lower cased after that."""
    if len(a) != len(b):
        return False
    for x, y in zip(a, b):
        if x == y:
            continue
        ux, uy = _upper1(x), _upper1(y)
        if ux == uy or _lower1(ux) == _lower1(uy):
            continue
        return False
    return True


def _upper1(ch):
    u = ch.upper()
    return u if len(u) == 1 else ch  # Character.toUpperCase maps one char to one char


def _lower1(ch):
    l = ch.lower()
    return l if len(l) == 1 else ch


_JAVA_DECIMAL = re.compile(r"[+-]?(?:NaN|Infinity|(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)[fFdD]?)", re.ASCII)
_JAVA_HEX = re.compile(r"([+-]?0[xX](?:[0-9a-fA-F]+\.?[0-9a-fA-F]*|\.[0-9a-fA-F]+)[pP][+-]?\d+)[fFdD]?", re.ASCII)


def java_parse_double(text):
    """Double.parseDouble: the number, or None where Java throws NumberFormatException."""
    s = text.strip(_CONTROL_AND_SPACE)
    if _JAVA_DECIMAL.fullmatch(s):
        body = s[:-1] if s[-1] in "fFdD" and not s.endswith("Infinity") and not s.endswith("NaN") else s
        return float(body.replace("Infinity", "inf").replace("NaN", "nan"))
    m = _JAVA_HEX.fullmatch(s)
    if m:
        return float.fromhex(m.group(1))
    return None


def java_sort_key(text):
    """The order of Java's String.compareTo (UTF-16 code units), for the credit preset's codes."""
    return text.encode("utf-16-be")


# ---- the Java workload's split ----------------------------------------------------------------------

_MASK = (1 << 64) - 1
_GOLDEN_GAMMA = 0x9E3779B97F4A7C15


def _signed32(x):
    x &= 0xFFFFFFFF
    return x - (1 << 32) if x & 0x80000000 else x


class SplittableRandom:
    """java.util.SplittableRandom (SplitMix64), to the bit: the stratified split is the Java side's."""

    def __init__(self, seed, gamma=_GOLDEN_GAMMA):
        self._seed = seed & _MASK
        self._gamma = gamma

    def _next_seed(self):
        self._seed = (self._seed + self._gamma) & _MASK
        return self._seed

    @staticmethod
    def _mix64(z):
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & _MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & _MASK
        return z ^ (z >> 31)

    @staticmethod
    def _mix32(z):
        z = ((z ^ (z >> 33)) * 0x62A9D9ED799705F5) & _MASK
        return _signed32((((z ^ (z >> 28)) * 0xCB24D0A5C88C35B3) & _MASK) >> 32)

    @staticmethod
    def _mix_gamma(z):
        z = ((z ^ (z >> 33)) * 0xFF51AFD7ED558CCD) & _MASK
        z = ((z ^ (z >> 33)) * 0xC4CEB9FE1A85EC53) & _MASK
        z = (z ^ (z >> 33)) | 1
        n = bin(z ^ (z >> 1)).count("1")
        return z ^ 0xAAAAAAAAAAAAAAAA if n < 24 else z

    def next_long(self):
        z = self._mix64(self._next_seed())
        return z - (1 << 64) if z >> 63 else z

    def next_int(self, bound=None):
        """nextInt(), or nextInt(bound) for bound >= 1: uniform in [0, bound), Java's rejection loop."""
        r = self._mix32(self._next_seed())
        if bound is None:
            return r
        m = bound - 1
        if bound & m == 0:
            return r & m
        u = (r & 0xFFFFFFFF) >> 1
        while True:
            r = u % bound
            if _signed32(u + m - r) >= 0:  # Java's int overflow test of an over-represented candidate
                return r
            u = (self._mix32(self._next_seed()) & 0xFFFFFFFF) >> 1

    def split(self):
        return SplittableRandom(self.next_long(), self._mix_gamma(self._next_seed()))


def stratified_holdout(labels, test_fraction, seed):
    """(train rows, test rows), each ascending: every class shuffled on its own (Fisher-Yates driven by
    ``SplittableRandom(seed)`` split once per class in label order), ``round(n_c * fraction)`` of
    class ``c`` to the test part."""
    labels = [int(l) for l in labels]
    classes = max(labels) + 1 if labels else 0
    members = [[] for _ in range(classes)]
    for i, l in enumerate(labels):
        members[l].append(i)
    root = SplittableRandom(seed)
    test = [False] * len(labels)
    for c in range(classes):
        m = members[c]
        rnd = root.split()
        for i in range(len(m) - 1, 0, -1):
            j = rnd.next_int(i + 1)
            m[i], m[j] = m[j], m[i]
        for i in range(math.floor(len(m) * test_fraction + 0.5)):  # Math.round
            test[m[i]] = True
    train_rows = np.array([i for i, t in enumerate(test) if not t], dtype=np.int64)
    test_rows = np.array([i for i, t in enumerate(test) if t], dtype=np.int64)
    if len(train_rows) == 0 or len(test_rows) == 0:
        raise InputError("%d rows are too few for a holdout of %r: a part would be empty; use more rows"
                         % (len(labels), test_fraction))
    return train_rows, test_rows


# ---- the grid -------------------------------------------------------------------------------------

STANDARD = ("max_depth", "eta", "rounds", "subsample", "colsample_bytree", "min_child_weight")
DEFAULTS = {"max_depth": "6", "eta": "0.3", "rounds": "100", "subsample": "1", "colsample_bytree": "1",
            "min_child_weight": "1"}
EXTRA = ("gamma", "min_split_loss", "lambda", "reg_lambda", "alpha", "reg_alpha", "max_delta_step",
         "colsample_bylevel", "colsample_bynode", "tree_method", "max_bin", "grow_policy", "max_leaves")
RESERVED = {"objective": "the program trains multi:softprob", "num_class": "the program sets it from the classes",
            "nthread": "the program takes it from $SCALEBENCH_CPUS_PER_TASK", "seed": "use --seed",
            "eval_metric": "the program evaluates mlogloss", "learning_rate": "the grid calls it eta",
            "num_boost_round": "the grid calls it rounds", "n_estimators": "the grid calls it rounds",
            "verbosity": "the program keeps XGBoost quiet",
            "num_parallel_tree": "early stopping counts one tree per class and round"}
MAX_COMBINATIONS = 1_000_000
SEED_GRID = {"max_depth": ["3", "6", "9"], "eta": ["0.05", "0.1", "0.3"], "rounds": ["50", "100", "200"],
             "subsample": ["0.8", "1"], "colsample_bytree": ["0.8", "1"], "min_child_weight": ["1", "5"]}


def _value_problem(key, value):
    """None when ``value`` suits ``key``, else what is wrong (the Java GridKey's checks)."""
    if not value.strip():
        return "is blank"
    if key in ("max_depth", "rounds"):
        v = value.strip()
        if not re.fullmatch(r"[+-]?\d+", v, re.ASCII) or not -2 ** 63 <= int(v) < 2 ** 63:
            return "is not a whole number"
        return "must be at least 1" if int(v) < 1 else "must be at most 1000000" if int(v) > 1_000_000 else None
    checks = {"eta": (lambda x: x > 0, "must be > 0"),
              "subsample": (lambda x: 0 < x <= 1, "must be in (0, 1]"),
              "colsample_bytree": (lambda x: 0 < x <= 1, "must be in (0, 1]"),
              "min_child_weight": (lambda x: x >= 0, "must be >= 0")}
    if key not in checks:
        return None
    x = java_parse_double(value)
    if x is None:
        return "is not a number"
    if not math.isfinite(x):
        return "is not a finite number"
    good, otherwise = checks[key]
    return None if good(x) else otherwise


def _normalize(key, value):
    """The value as grid.csv writes it: a standard key's number without trailing zeros (1.0 -> 1)."""
    v = java_strip(value)
    if key not in STANDARD:
        return v
    try:
        d = Decimal(v)
    except InvalidOperation:
        raise InputError("grid value %s='%s' is not a number" % (key, value)) from None
    if not d.is_finite() or "_" in v:
        raise InputError("grid value %s='%s' is not a number" % (key, value))
    return "0" if d == 0 else format(d.normalize(_DECIMAL), "f")


def make_grid(values):
    """key -> normalized values, the six standard keys first in their order (a missing one takes its
    default), further keys in alphabetical order; every value checked."""
    ordered = {}
    for key in STANDARD:
        ordered[key] = values.get(key, [DEFAULTS[key]])
    for key in sorted(values):
        if key in STANDARD:
            continue
        if key in RESERVED:
            raise InputError("the grid may not set %s: %s" % (key, RESERVED[key]))
        if key not in EXTRA:
            raise InputError("the grid has an unknown key '%s'; it may vary %s, %s"
                             % (key, ", ".join(STANDARD), ", ".join(EXTRA)))
        ordered[key] = values[key]
    grid = {}
    for key, given in ordered.items():
        if not given:
            raise InputError("the grid gives no values for %s, so it has no combinations" % key)
        out = []
        for raw in given:
            why = _value_problem(key, raw)
            if why:
                raise InputError("grid value %s='%s' %s" % (key, raw, why))
            v = _normalize(key, raw)
            if "," in v:
                raise InputError("grid value %s='%s' must not contain a comma" % (key, raw))
            if v in out:
                raise InputError("grid value %s='%s' is listed twice" % (key, raw))
            out.append(v)
        grid[key] = out
    size = 1
    for v in grid.values():
        size *= len(v)
        if size > MAX_COMBINATIONS:
            raise InputError("the grid has more than %d combinations (%d or more); make it smaller"
                             % (MAX_COMBINATIONS, size))
    return grid


def _parse_entries(entries, unit, need_schema):
    values = {}
    schema = None if need_schema else 1
    for number, raw in enumerate(entries, 1):
        line = java_strip(raw)
        if not line or line.startswith("#"):
            continue
        eq = line.find("=")
        if eq <= 0:
            raise InputError("%s %d is not key=value1,value2,...: '%s'" % (unit, number, line))
        key, rest = java_strip(line[:eq]), java_strip(line[eq + 1:])
        if schema is None:
            if key != "schema":
                raise InputError("%s %d: the first entry must be schema=1" % (unit, number))
            if not re.fullmatch(r"[+-]?\d+", rest, re.ASCII) or int(rest) != 1:
                raise InputError("has schema %s, this version reads schema 1" % rest)
            schema = 1
            continue
        if key in values:
            raise InputError("%s %d: %s is given twice" % (unit, number, key))
        values[key] = [java_strip(v) for v in rest.split(",")] if rest else []
    if schema is None:
        raise InputError("is empty: it needs a schema=1 line and key=values lines")
    if not values:
        raise InputError("the grid has no keys, so it is empty")
    return make_grid(values)


def parse_grid(text):
    """``--grid``: ``default`` (the seed's 216 combinations), the inline form (``key=v1,v2;key=v``) or
    a grid file (``.json`` or ``key=v1,v2`` lines after a ``schema=1`` line), as the Java workload reads it."""
    text = java_strip(text)
    if text == "default":
        return make_grid(SEED_GRID)
    if "=" in text:
        try:
            return _parse_entries(text.split(";"), "entry", False)
        except InputError as e:
            raise InputError("the inline grid '%s': %s" % (text, e)) from None
    try:
        with open(text, encoding="utf-8") as f:
            body = f.read()
    except FileNotFoundError:
        raise InputError("grid file %s does not exist" % text) from None
    except (OSError, UnicodeDecodeError) as e:
        raise InputError("cannot read grid file %s: %s" % (text, e)) from None
    try:
        if text.lower().endswith(".json"):
            return _parse_json_grid(body)
        return _parse_entries(body.split("\n"), "line", True)
    except InputError as e:
        raise InputError("grid file %s: %s" % (text, e)) from None


def _parse_json_grid(body):
    try:
        root = json.loads(body)
    except ValueError as e:
        raise InputError("is not valid JSON: %s" % e) from None
    if not isinstance(root, dict):
        raise InputError('must hold a JSON object with "schema" and "grid"')
    if root.get("schema") != 1 or isinstance(root.get("schema"), bool):
        raise InputError("has schema %s, this version reads schema 1"
                         % (json.dumps(root["schema"]) if "schema" in root else "(none)"))
    grid = root.get("grid")
    if not isinstance(grid, dict):
        raise InputError('needs an object "grid" of key: [values]')
    if not grid:
        raise InputError("the grid has no keys, so it is empty")
    values = {}
    for key, v in grid.items():
        items = v if isinstance(v, list) else [v] if not isinstance(v, dict) else None
        if items is None:
            raise InputError("%s must be a list of values" % key)
        values[key] = [_json_text(x) for x in items]
    return make_grid(values)


def _json_text(value):
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    return json.dumps(value, separators=(",", ":"))


def combinations(grid):
    """Every combination as (index, {key: value}), the first key varying slowest (itertools.product)."""
    keys = list(grid)
    return [(i, dict(zip(keys, values))) for i, values in enumerate(itertools.product(*grid.values()))]


def describe(index, combo):
    return "#%d %s" % (index, " ".join("%s=%s" % kv for kv in combo.items()))


# ---- data -----------------------------------------------------------------------------------------

def read_text(path):
    """The data file's text and size in bytes (see example_support.read_utf8)."""
    return read_utf8(path, "data file")


def csv_records(text, source):
    """The header and the data records (each with its line number) of RFC 4180 text; empty lines skipped."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    header = None
    records = []
    try:
        for record in reader:
            if not record:
                continue
            if header is None:
                header = record
                continue
            records.append((reader.line_num, record))
    except csv.Error as e:
        raise InputError("%s is not a readable CSV file: %s (line %d)" % (source, e, reader.line_num)) from None
    header = header or []
    blank = [h for h in header if not java_strip(h)]
    if blank:
        raise InputError("%s is not a readable CSV file: a header name is missing in [%s]" % (source, ", ".join(header)))
    for line, record in records:
        if len(record) != len(header):
            raise InputError("%s line %d has %d cells, the header has %d" % (source, line, len(record), len(header)))
    return header, records


class Dataset:
    """A dense float32 matrix (NaN = missing), one class index per row, the names of both."""

    def __init__(self, features, labels, feature_names, classes, note=""):
        self.features = features
        self.labels = labels
        self.feature_names = feature_names
        self.classes = classes
        self.note = note


# -- the credit-score preset: CreditSchema + CreditCleaner + CreditCsvReader

CREDIT_TARGET = "Credit_Score"
CREDIT_CLASSES = ("Good", "Standard", "Poor")
CREDIT_COLUMNS = ("ID", "Customer_ID", "Month", "Name", "Age", "SSN", "Occupation", "Annual_Income",
                  "Monthly_Inhand_Salary", "Num_Bank_Accounts", "Num_Credit_Card", "Interest_Rate", "Num_of_Loan",
                  "Type_of_Loan", "Delay_from_due_date", "Num_of_Delayed_Payment", "Changed_Credit_Limit",
                  "Num_Credit_Inquiries", "Credit_Mix", "Outstanding_Debt", "Credit_Utilization_Ratio",
                  "Credit_History_Age", "Payment_of_Min_Amount", "Total_EMI_per_month", "Amount_invested_monthly",
                  "Payment_Behaviour", "Monthly_Balance", CREDIT_TARGET)
CREDIT_IDENTIFIERS = ("ID", "Customer_ID", "Name", "SSN")
#: Numeric columns and their plausible closed ranges; a value outside is one of the file's absurd values.
CREDIT_NUMERIC = (("Age", 14, 100), ("Annual_Income", 0, 1_000_000), ("Monthly_Inhand_Salary", 0, 100_000),
                  ("Num_Bank_Accounts", 0, 20), ("Num_Credit_Card", 0, 20), ("Interest_Rate", 0, 50),
                  ("Num_of_Loan", 0, 20), ("Delay_from_due_date", -10, 100), ("Num_of_Delayed_Payment", 0, 50),
                  ("Changed_Credit_Limit", -50, 100), ("Num_Credit_Inquiries", 0, 50),
                  ("Outstanding_Debt", 0, 100_000), ("Credit_Utilization_Ratio", 0, 100),
                  ("Total_EMI_per_month", 0, 10_000), ("Amount_invested_monthly", 0, 10_000),
                  ("Monthly_Balance", -1_000_000, 1_000_000))
CREDIT_HISTORY = ("Credit_History_Age", 0, 1200)
CREDIT_CATEGORICAL = ("Occupation", "Credit_Mix", "Payment_of_Min_Amount", "Payment_Behaviour")
CREDIT_LOANS = "Type_of_Loan"
CREDIT_MONTH = "Month"
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
DIRT = ("empty", "placeholder", "trailing-underscore", "absurd", "unparsable")
_HISTORY = re.compile(r"(\d+)\s+Years?\s+and\s+(\d+)\s+Months?", re.ASCII)
NAN = float("nan")


def _is_empty(raw):
    s = java_strip(raw)
    return not s or s.lower() in ("na", "nan")


def clean_number(raw, low, high):
    """A numeric cell: (value or NaN, the dirt met)."""
    if _is_empty(raw):
        return NAN, ("empty",)
    s = java_strip(raw)
    if s.startswith("_"):
        return NAN, ("placeholder",)
    dirt = ()
    if s.endswith("_"):
        s = s.rstrip("_")
        dirt = ("trailing-underscore",)
    value = java_parse_double(s)
    if value is None or not math.isfinite(value):
        return NAN, dirt + ("unparsable",)
    if value < low or value > high:
        return NAN, dirt + ("absurd",)
    return value, dirt


def clean_history(raw):
    """``"22 Years and 1 Months"`` as months (265.0)."""
    if _is_empty(raw):
        return NAN, ("empty",)
    m = _HISTORY.fullmatch(java_strip(raw))
    if not m:
        return NAN, ("unparsable",)
    months = float(m.group(1)) * 12 + float(m.group(2))
    if months < CREDIT_HISTORY[1] or months > CREDIT_HISTORY[2]:
        return NAN, ("absurd",)
    return months, ()


def clean_month(raw):
    """An English month name (any case) as 1..12."""
    if _is_empty(raw):
        return NAN, ("empty",)
    s = java_strip(raw)
    for i, name in enumerate(MONTHS):
        if java_equals_ignore_case(name, s):
            return float(i + 1), ()
    return NAN, ("unparsable",)


def clean_category(raw):
    """A category, stripped, or None when empty or a placeholder (no letter at all)."""
    if _is_empty(raw):
        return None, ("empty",)
    s = java_strip(raw)
    if not any(ch.isalpha() for ch in s):
        return None, ("placeholder",)
    return s, ()


def clean_loans(raw):
    """``"Auto Loan, Credit-Builder Loan, and Personal Loan"`` as its types, or None."""
    s, dirt = clean_category(raw)
    if s is None:
        return None, dirt
    types = []
    for part in s.split(","):
        t = java_strip(part)
        if t.startswith("and "):
            t = java_strip(t[4:])
        if t and any(ch.isalpha() for ch in t):
            types.append(t)
    return tuple(types), ()


def _clean_column(series, clean, dirt_counts):
    """``clean`` applied once per distinct cell of a pandas Series (the file repeats most values)."""
    table = {}
    for raw, count in series.value_counts(sort=False).items():
        value, dirt = clean(raw)
        table[raw] = value
        for d in dirt:
            dirt_counts[d] += int(count)
    return series.map(table)


def load_credit(text, source):
    """The credit-score file as the Java workload's CreditCsvReader cleans it."""
    header, records = csv_records(text, source)
    if CREDIT_TARGET not in header:
        names = ", ".join(header)
        raise InputError("%s has no column %s (the target); its columns are: %s"
                         % (source, CREDIT_TARGET, names[:200] + " ..." if len(names) > 200 else names))
    missing = [c for c in CREDIT_COLUMNS if c not in CREDIT_IDENTIFIERS and c not in header]
    if missing:
        raise InputError("%s lacks the column(s) %s of the credit score data set" % (source, ", ".join(missing)))
    if not records:
        raise InputError("%s has a header but no data rows" % source)
    index = {name: i for i, name in enumerate(header)}  # a repeated name: the last one, as Commons CSV's map
    frame = pd.DataFrame([r for _, r in records], dtype=object)
    target = index[CREDIT_TARGET]
    labels = np.empty(len(records), dtype=np.int32)
    for row, (line, record) in enumerate(records):
        s = java_strip(record[target])
        if s not in CREDIT_CLASSES:
            raise InputError("%s line %d: %s '%s' is not one of %s"
                             % (source, line, CREDIT_TARGET, s, ", ".join(CREDIT_CLASSES)))
        labels[row] = CREDIT_CLASSES.index(s)

    dirt = dict.fromkeys(DIRT, 0)
    columns = {}
    for name, low, high in CREDIT_NUMERIC:
        columns[name] = _clean_column(frame[index[name]], lambda raw, lo=low, hi=high: clean_number(raw, lo, hi), dirt)
    columns[CREDIT_HISTORY[0] + "_months"] = _clean_column(frame[index[CREDIT_HISTORY[0]]], clean_history, dirt)
    columns[CREDIT_MONTH] = _clean_column(frame[index[CREDIT_MONTH]], clean_month, dirt)
    for name in CREDIT_CATEGORICAL:
        cats = _clean_column(frame[index[name]], clean_category, dirt)
        vocabulary = sorted(set(cats.dropna()), key=java_sort_key)
        columns[name] = cats.map({v: float(i) for i, v in enumerate(vocabulary)})
    loans = _clean_column(frame[index[CREDIT_LOANS]], clean_loans, dirt)
    types = sorted({t for row in loans.dropna() for t in row}, key=java_sort_key)
    for t in types:
        columns[CREDIT_LOANS + "=" + t] = loans.map(lambda row, t=t: NAN if row is None or row != row else
                                                    (1.0 if t in row else 0.0))
    table = pd.DataFrame(columns)
    features = table.to_numpy(dtype=np.float64, na_value=np.nan).astype(np.float32)
    per_class = np.bincount(labels, minlength=len(CREDIT_CLASSES))
    note = "classes %s = %s, dirt: %s" % ("/".join(CREDIT_CLASSES), "/".join(str(c) for c in per_class),
                                          " ".join("%s=%d" % kv for kv in dirt.items()))
    return Dataset(features, labels, list(table.columns), list(CREDIT_CLASSES), note)


# -- the generic loader

_DECIMAL_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?", re.ASCII)


FLOAT32_MAX = float(np.finfo(np.float32).max)


def _number_or_none(cell):
    if not _DECIMAL_NUMBER.fullmatch(cell):
        return None
    x = float(cell)
    return x if math.isfinite(x) else math.inf


def _strip_blanks(text):
    """Leading and trailing spaces and tabs off, nothing else (the Java loader's rule)."""
    return text.strip(" \t")


def load_generic(text, source, target, drop):
    """Any CSV: ``target`` holds the classes, every other column but ``drop`` is a feature (README.md)."""
    header, records = csv_records(text, source)
    header = [_strip_blanks(h) for h in header]
    records = [(line, [_strip_blanks(c) for c in record]) for line, record in records]
    seen = set()
    for name in header:
        if name in seen:
            raise InputError("%s has the column name '%s' twice; column names must be unique" % (source, name))
        seen.add(name)
    columns_text = ", ".join(header) if header else "none"
    if target not in header:
        raise InputError("--target %s is not a column of %s; its columns are: %s" % (target, source, columns_text))
    for name in drop:
        if name not in header:
            raise InputError("--drop %s is not a column of %s; its columns are: %s" % (name, source, columns_text))
        if name == target:
            raise InputError("--drop names the target column %s; drop other columns" % target)
    features = [h for h in header if h != target and h not in drop]
    if not features:
        raise InputError("%s has no feature column left besides the target %s; drop fewer columns" % (source, target))
    if not records:
        raise InputError("%s has a header but no data rows" % source)
    frame = pd.DataFrame([r for _, r in records], columns=header, dtype=object)

    for line, record in records:
        if record[header.index(target)] == "":
            raise InputError("%s line %d has an empty target cell (%s); every row needs a class" % (source, line, target))
    values = sorted(set(frame[target]))
    numbers = [_number_or_none(v) for v in values]
    if all(n is not None for n in numbers):
        values = [v for _, v in sorted(zip(numbers, values))]
    if len(values) < 2:
        raise InputError("the target %s of %s has one class (%s); a classification needs at least 2"
                         % (target, source, values[0]))
    labels = frame[target].map({v: i for i, v in enumerate(values)}).to_numpy(dtype=np.int32)

    out = {}
    for name in features:
        cells = frame[name]
        present = cells[cells != ""]
        if present.empty:
            raise InputError("column %s of %s is empty in every row; drop it with --drop %s" % (name, source, name))
        distinct = set(present)
        parsed = {v: _number_or_none(v) for v in distinct}
        if all(x is not None for x in parsed.values()):
            too_big = [v for v, x in parsed.items() if abs(x) > FLOAT32_MAX and abs(np.float32(x)) == np.inf]
            if too_big:
                line = next(line for line, r in records if r[header.index(name)] in too_big)
                raise InputError("%s line %d: the value %s of column %s is beyond the range of a 32-bit float"
                                 % (source, line, too_big[0], name))
            out[name] = cells.map(lambda c: NAN if c == "" else parsed[c])
        else:
            codes = {v: float(i) for i, v in enumerate(sorted(distinct))}
            out[name] = cells.map(lambda c: NAN if c == "" else codes[c])
    table = pd.DataFrame(out)
    per_class = np.bincount(labels, minlength=len(values))
    note = "classes %s = %s" % ("/".join(values), "/".join(str(c) for c in per_class))
    return Dataset(table.to_numpy(dtype=np.float64, na_value=np.nan).astype(np.float32), labels,
                   list(table.columns), values, note)


# ---- training -------------------------------------------------------------------------------------

LOG_LOSS_EPS = 1e-15


def evaluate(probabilities, labels, classes):
    """(accuracy, macro F1, mlogloss) of ``probabilities[row][class]`` against ``labels``: the
    predicted class is the most probable (the lowest index on ties); macro F1 averages over the
    classes in the labels or the predictions; probabilities clipped to [1e-15, 1] before the log."""
    p = np.asarray(probabilities, dtype=np.float32).reshape(len(labels), classes)
    y = np.asarray(labels, dtype=np.int64)
    predicted = np.argmax(p, axis=1)
    correct = predicted == y
    true_positive = np.bincount(y[correct], minlength=classes)
    denominator = np.bincount(predicted, minlength=classes) + np.bincount(y, minlength=classes)
    present = denominator > 0
    f1 = float(np.sum(2.0 * true_positive[present] / denominator[present])) / int(np.count_nonzero(present))
    chosen = p[np.arange(len(y)), y].astype(np.float64)
    loss = float(-np.sum(np.log(np.minimum(1.0, np.maximum(LOG_LOSS_EPS, chosen))))) / len(y)
    return float(np.count_nonzero(correct)) / len(y), f1, loss


def booster_params(combo, classes, seed, nthread):
    params = {"objective": "multi:softprob", "num_class": classes, "eval_metric": "mlogloss", "tree_method": "hist",
              "seed": seed, "nthread": nthread, "verbosity": 0}
    params.update({k: v for k, v in combo.items() if k != "rounds"})
    return params


def xgboost_reason(error):
    """XGBoost's message without its timestamp and source position."""
    text = str(error).strip()
    line = next((l for l in text.splitlines() if l.strip() and not l.startswith("Stack trace")), text)
    cut = line.rfind(": ")
    return (line[cut + 2:] if line.startswith("[") and cut > 0 else line).strip()


def probe_extras(grid):
    """Lets XGBoost check the values of the grid's further keys on 12 rows, one round each, so that a
    value it rejects is a mistake found before any rank starts the search."""
    extras = [k for k in grid if k not in STANDARD]
    if not extras:
        return
    x = np.array([[i, (i * 7) % 5] for i in range(12)], dtype=np.float32)
    y = np.array([i % 3 for i in range(12)], dtype=np.float32)
    matrix = xgboost.DMatrix(x, label=y, nthread=1)
    first = {k: v[0] for k, v in grid.items()}
    for key in extras:
        for value in grid[key]:
            combo = dict(first, **{key: value, "rounds": "1"})
            try:
                xgboost.train(booster_params(combo, 3, 1, 1), matrix, num_boost_round=1, verbose_eval=False)
            except xgboost.core.XGBoostError as e:
                raise InputError("XGBoost rejects grid combination %s: %s" % (describe(0, combo), xgboost_reason(e))) \
                    from None


def static_block(tasks, ranks, rank):
    """[start, end) of rank ``rank``'s contiguous block: ``tasks // ranks`` each, the first ``tasks % ranks`` one more."""
    counts = [tasks // ranks + (1 if r < tasks % ranks else 0) for r in range(ranks)]
    start = sum(counts[:rank])
    return start, start + counts[rank]


# ---- output ---------------------------------------------------------------------------------------

def header_line(keys):
    return ("place,combination," + ",".join(keys)
            + ",rung,rounds_trained,best_rounds,accuracy,macro_f1,mlogloss,fit_seconds,rank,host")


def _csv_cell(text):
    return '"' + text.replace('"', '""') + '"' if "," in text or '"' in text or "\n" in text else text


def result_row(place, result, combo):
    return ",".join([str(place), str(result["combination"])] + list(combo.values()) + [
        "0", str(result["rounds"]), str(result["rounds"]), format_fixed(result["accuracy"], 6),
        format_fixed(result["macro_f1"], 6), format_fixed(result["mlogloss"], 6),
        format_fixed(result["fit_seconds"], 4), str(result["rank"]), _csv_cell(result["host"])])


def best_first(results, rank_by):
    if rank_by == "accuracy":
        return sorted(results, key=lambda r: (-r["accuracy"], r["combination"]))
    return sorted(results, key=lambda r: (r["mlogloss"], r["combination"]))


def grid_csv_text(results, combos, keys):
    lines = ["schema_version," + header_line(keys)]
    for place, r in enumerate(results, 1):
        lines.append("%d,%s" % (GRID_SCHEMA_VERSION, result_row(place, r, combos[r["combination"]][1])))
    return "\n".join(lines) + "\n"


# ---- command line --------------------------------------------------------------------------------

def _fraction(text):
    try:
        x = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError("%r is not a number" % text) from None
    if not 0.01 <= x <= 0.5:
        raise argparse.ArgumentTypeError("must be in [0.01, 0.5], got %s" % text)
    return x


def _seed(text):
    try:
        x = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError("%r is not a whole number" % text) from None
    if not -2 ** 63 <= x < 2 ** 63:
        raise argparse.ArgumentTypeError("must fit in 64 bits, got %s" % text)
    return x


def parse_args(argv, rank):
    p = Parser(prog="gridsearch.py", description="XGBoost grid search over MPI ranks; writes grid.csv as "
                "scalebench's gridsearch workload does.")
    p.rank = rank
    p.add_argument("--data", required=True, metavar="FILE", help="the CSV file (UTF-8, header line)")
    kind = p.add_mutually_exclusive_group(required=True)
    kind.add_argument("--preset", choices=("credit-score",),
                      help="clean the credit-score classification file as the Java workload does")
    kind.add_argument("--target", metavar="COL", help="the class column of a generic CSV")
    p.add_argument("--drop", metavar="A,B", default="", help="generic CSV: columns that are no features")
    p.add_argument("--grid", default="default",
                   help="'default' (the seed's 216 combinations), key=v1,v2;key=v inline, or a grid file")
    p.add_argument("--test-fraction", type=_fraction, default=0.2, help="share of rows held out (default 0.2)")
    p.add_argument("--seed", type=_seed, default=42, help="seed of the split and of XGBoost (default 42)")
    p.add_argument("--rank-by", choices=("mlogloss", "accuracy"), default="mlogloss",
                   help="the metric that orders grid.csv (default mlogloss, lower is better)")
    p.add_argument("--out", metavar="DIR",
                   help="folder of grid.csv (default $SCALEBENCH_OUTPUT_DIR, else the current folder)")
    args = p.parse_args(argv)
    if args.preset and args.drop:
        raise InputError("--drop is for a generic CSV (--target); the credit-score preset picks its own columns")
    args.drop = [d for d in args.drop.split(",")] if args.drop else []
    args.grid = parse_grid(args.grid)
    return args


def threads():
    text = os.environ.get("SCALEBENCH_CPUS_PER_TASK", "").strip()
    if not text:
        return 1
    if not text.isdigit() or int(text) < 1:
        raise InputError("SCALEBENCH_CPUS_PER_TASK must be a whole number >= 1, got '%s'" % text)
    return int(text)


def host_name():
    node = os.environ.get("SLURMD_NODENAME", "").strip()
    if node:
        return node
    from mpi4py import MPI
    return MPI.Get_processor_name()


def load(args, nthread):
    """Reads, cleans and splits the data; returns what training needs."""
    with phases.phase("read", kind="io") as p:
        text, size = read_text(args.data)
        p.add_bytes(size)
    with phases.phase("clean"):
        data = load_credit(text, args.data) if args.preset else load_generic(text, args.data, args.target, args.drop)
        train_rows, test_rows = stratified_holdout(data.labels, args.test_fraction, args.seed)
        dtrain = xgboost.DMatrix(data.features[train_rows], label=data.labels[train_rows], missing=np.nan,
                                 nthread=nthread)
        dtest = xgboost.DMatrix(data.features[test_rows], label=data.labels[test_rows], missing=np.nan,
                                nthread=nthread)
    return data, dtrain, dtest, data.labels[test_rows]


def train_block(block, combos, data, dtrain, dtest, test_labels, args, nthread, rank, host):
    results = []
    for index in range(*block):
        combo = combos[index][1]
        rounds = int(combo["rounds"])
        with phases.phase("train"):
            t0 = time.perf_counter()
            try:
                # the holdout is evaluated every round, as the Java workload does (it keeps the curve for
                # early stopping): both implementations then do the same work per combination
                booster = xgboost.train(booster_params(combo, len(data.classes), args.seed, nthread), dtrain,
                                        num_boost_round=rounds, evals=[(dtest, "test")], verbose_eval=False)
            except xgboost.core.XGBoostError as e:
                raise InputError("XGBoost rejects grid combination %s: %s"
                                 % (describe(index, combo), xgboost_reason(e))) from None
            accuracy, f1, loss = evaluate(booster.predict(dtest), test_labels, len(data.classes))
            seconds = time.perf_counter() - t0
        results.append({"combination": index, "rounds": rounds, "accuracy": accuracy, "macro_f1": f1,
                        "mlogloss": loss, "fit_seconds": seconds, "rank": rank, "host": host})
    return results


def main(argv=None):
    from mpi4py import MPI
    comm = MPI.COMM_WORLD
    rank, size = comm.Get_rank(), comm.Get_size()
    try:
        args = parse_args(argv, rank)
        nthread = threads()
        probe_extras(args.grid)
    except InputError as e:
        fail(PROGRAM, rank, str(e))
    # rank 0 alone writes grid.csv; its folder is checked before anyone trains, and a mistake ends every rank
    folder_error = None
    if rank == 0:
        try:
            folder = output_folder(args.out)
        except InputError as e:
            folder_error = str(e)
    if size > 1:
        folder_error = comm.bcast(folder_error, root=0)
    if folder_error:
        fail(PROGRAM, rank, folder_error)

    combos = combinations(args.grid)
    keys = list(args.grid)
    if rank == 0:
        print("grid search: %d combinations on %d rank(s), nthread %d, scheduling static, load every-rank, "
              "stratified holdout of %s%%" % (len(combos), size, nthread, format_fixed(args.test_fraction * 100, 0)),
              flush=True)
    # a rank's mistake travels in the gather, so no rank is left waiting in it
    error = None
    mine = []
    try:
        data, dtrain, dtest, test_labels = load(args, nthread)
        if rank == 0:
            print("data: %d rows x %d features, %s" % (data.features.shape[0], data.features.shape[1], data.note),
                  flush=True)
        mine = train_block(static_block(len(combos), size, rank), combos, data, dtrain, dtest, test_labels, args,
                           nthread, rank, host_name())
    except InputError as e:
        error = str(e)

    part = (error, mine)
    if size > 1:
        sent = len(pickle.dumps(part)) + 4
        gathered = phases.timed(comm, "gather", lambda: comm.gather(part, root=0),
                                nbytes=lambda got: sum(len(pickle.dumps(g)) + 4 for r, g in enumerate(got) if r != 0)
                                if rank == 0 else sent)
    else:
        gathered = [part]
    if rank != 0:
        sys.exit(2 if error else 0)

    errors = [e for e, _ in gathered if e]
    if errors:
        fail(PROGRAM, rank, errors[0])
    results = best_first([r for _, part_results in gathered for r in part_results], args.rank_by)
    target = os.path.join(folder, GRID_CSV)
    with phases.phase("write", kind="io") as p:
        p.add_bytes(write_atomically(target, grid_csv_text(results, combos, keys)))
    print("%d combinations, %s s of fits in total; best first by %s (%s):"
          % (len(results), format_fixed(sum(r["fit_seconds"] for r in results), 3), args.rank_by,
             "higher is better" if args.rank_by == "accuracy" else "lower is better"))
    print(header_line(keys))
    for place, r in enumerate(results[:TOP], 1):
        print(result_row(place, r, combos[r["combination"]][1]))
    print("wrote " + target, flush=True)


if __name__ == "__main__":
    run(main)
