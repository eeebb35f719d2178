"""Tests of gridsearch.py: the port of the Java workload's split, cleaning and grid rules (checked
against values the Java classes produced, see testdata/README.md), the generic loader's rules, the
metrics, and real mpirun runs at 1 and 2 ranks.

Run: /usr/bin/python3 -m unittest discover -s examples/mpi4py -p 'test_*.py'
"""

import csv
import hashlib
import json
import math
import os
import shutil
import subprocess
import tempfile
import unittest

import numpy as np

import gridsearch as g
from gridsearch import InputError

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "testdata")
PYTHON = "/usr/bin/python3"
MPIRUN = ["mpirun", "--allow-run-as-root", "--oversubscribe", "--mca", "btl", "self,vader"]


class JavaPortTest(unittest.TestCase):
    def test_splittable_random_gives_javas_numbers(self):
        # printed by java.util.SplittableRandom on JDK 17
        r = g.SplittableRandom(42)
        self.assertEqual([r.next_long(), r.next_long(), r.next_int(), r.next_int(10), r.next_int(1 << 20),
                          r.next_int(1_000_000_007)],
                         [-4767286540954276203, 2949826092126892291, -1877322334, 2, 412987, 274364064])
        s = r.split()
        self.assertEqual([s.next_long(), s.next_int(7), s.next_int(3)], [5807589984522723168, 2, 1])
        n = g.SplittableRandom(-7)
        self.assertEqual([n.next_int(5), n.split().next_long()], [1, -3247413663369846774])

    def test_stratified_holdout_takes_the_java_workloads_rows(self):
        labels = [(i * 7 + i // 3) % 3 for i in range(50)]
        train, test = g.stratified_holdout(labels, 0.2, 42)
        self.assertEqual(list(test), [0, 1, 4, 10, 17, 29, 32, 34, 47])  # StratifiedSplit.holdout(labels, 0.2, 42)
        self.assertEqual(sorted(list(train) + list(test)), list(range(50)))
        self.assertEqual(list(g.stratified_holdout(labels, 0.3, -5)[1]),
                         [0, 1, 7, 9, 14, 27, 28, 29, 31, 33, 39, 40, 44, 47, 48])

    def test_a_holdout_with_an_empty_part_is_refused(self):
        with self.assertRaisesRegex(InputError, "2 rows are too few for a holdout of 0.2: a part would be empty"):
            g.stratified_holdout([0, 1], 0.2, 1)

    def test_credit_cleaning_is_the_java_workloads_bit_for_bit(self):
        # testdata/credit-dirty.csv holds the dirt the cleaner knows and more (Unicode spaces, 'NA',
        # '12d', '0x1p3', Infinity, Arabic digits, case-folded months, supplementary characters in
        # categories, whose order is UTF-16's: 𝒜 before ﬀ); the hashes are of CreditCsvReader's
        # float32 matrix and int labels, little-endian
        text, _ = g.read_text(os.path.join(DATA, "credit-dirty.csv"))
        data = g.load_credit(text, "credit-dirty.csv")
        self.assertEqual(data.features.shape, (60, 32))
        self.assertEqual(hashlib.sha256(data.features.astype("<f4").tobytes()).hexdigest(),
                         "7517189f1bb652b24d0b4f633e7a49fa6955d5ced5f0d9febc347054ae8b79d2")
        self.assertEqual(hashlib.sha256(data.labels.astype("<i4").tobytes()).hexdigest(),
                         "3cc6afd29ace5034c4dc80ee9129e09f3e2497cdca1ede2f79acba691a811846")
        self.assertEqual(data.note, "classes Good/Standard/Poor = 24/12/24, dirt: empty=274 placeholder=99 "
                                    "trailing-underscore=74 absurd=92 unparsable=255")
        self.assertEqual(data.feature_names[16:19], ["Credit_History_Age_months", "Month", "Occupation"])
        self.assertEqual(data.feature_names[22:], ["Type_of_Loan=Auto Loan", "Type_of_Loan=Credit-Builder Loan",
                                                   "Type_of_Loan=Not Specified", "Type_of_Loan=Payday Loan",
                                                   "Type_of_Loan=Personal Loan", "Type_of_Loan=Student Loan",
                                                   "Type_of_Loan=Zeta Loan", "Type_of_Loan=and",
                                                   "Type_of_Loan=𝒜 Loan",
                                                   "Type_of_Loan=ﬀ Loan"])

    def test_cell_rules(self):
        self.assertEqual(g.clean_number(" 34847.84_ ", 0, 1e6), (34847.84, ("trailing-underscore",)))
        self.assertTrue(math.isnan(g.clean_number("__10000__", 0, 1e6)[0]))
        self.assertEqual(g.clean_number("-500", 14, 100)[1], ("absurd",))
        self.assertEqual(g.clean_number("12d", 0, 100), (12.0, ()))
        self.assertEqual(g.clean_number("1_000", 0, 1e6)[1], ("unparsable",))  # Python's float() would take it
        self.assertEqual(g.clean_history("22 Years and 1 Months"), (265.0, ()))
        self.assertEqual(g.clean_month("ſeptember"), (9.0, ()))  # Java's equalsIgnoreCase: upper case of ſ is S
        self.assertEqual(g.clean_category("!@9#%8"), (None, ("placeholder",)))
        self.assertEqual(g.clean_category("\u00a0Teacher"), ("\u00a0Teacher", ()))  # no-break space: not Java whitespace
        self.assertEqual(g.clean_loans("Auto Loan, Credit-Builder Loan, and Personal Loan"),
                         (("Auto Loan", "Credit-Builder Loan", "Personal Loan"), ()))

    def test_java_numbers_and_text(self):
        for text, want in [("1", 1.0), (" 1.5 ", 1.5), ("+.5", 0.5), ("5.", 5.0), ("1e3", 1000.0), ("2f", 2.0),
                           ("0x1p3", 8.0), ("Infinity", math.inf), (".", None), ("1_0", None), ("١", None),
                           ("inf", None), ("", None)]:
            with self.subTest(text=text):
                self.assertEqual(g.java_parse_double(text), want)
        self.assertEqual(g.java_strip("\u2003 x\t\u001c"), "x")
        self.assertEqual(g.format_fixed(0.7475, 6), "0.747500")
        self.assertEqual(g.format_fixed(0.00005, 4), "0.0001")


class GridTest(unittest.TestCase):
    def test_keys_in_the_java_order_defaults_and_normalized_values(self):
        grid = g.parse_grid("subsample=0.80,1.0;max_depth=4,6;rounds=050;gamma=0,1;eta=0.05,1e-1")
        self.assertEqual(grid, {"max_depth": ["4", "6"], "eta": ["0.05", "0.1"], "rounds": ["50"],
                                "subsample": ["0.8", "1"], "colsample_bytree": ["1"], "min_child_weight": ["1"],
                                "gamma": ["0", "1"]})
        combos = g.combinations(grid)
        self.assertEqual(len(combos), 16)
        self.assertEqual(combos[1], (1, {"max_depth": "4", "eta": "0.05", "rounds": "50", "subsample": "0.8",
                                         "colsample_bytree": "1", "min_child_weight": "1", "gamma": "1"}))
        self.assertEqual(combos[-1][1]["max_depth"], "6")  # the first key varies slowest

    def test_the_seed_grid_has_216_combinations(self):
        self.assertEqual(len(g.combinations(g.parse_grid("default"))), 216)

    def test_grid_files(self):
        with tempfile.TemporaryDirectory() as d:
            lines = os.path.join(d, "grid.txt")
            with open(lines, "w") as f:
                f.write("schema=1\n# a comment\nmax_depth=3, 6\n\neta=0.3\n")
            self.assertEqual(g.parse_grid(lines)["max_depth"], ["3", "6"])
            js = os.path.join(d, "grid.json")
            with open(js, "w") as f:
                json.dump({"schema": 1, "grid": {"eta": [0.1, 0.3], "max_depth": 4}}, f)
            grid = g.parse_grid(js)
            self.assertEqual((grid["eta"], grid["max_depth"]), (["0.1", "0.3"], ["4"]))
            with open(js, "w") as f:
                json.dump({"schema": 2, "grid": {}}, f)
            with self.assertRaisesRegex(InputError, "grid file .*grid.json: has schema 2, this version reads schema 1"):
                g.parse_grid(js)
        with self.assertRaisesRegex(InputError, "grid file /nonexistent.grid does not exist"):
            g.parse_grid("/nonexistent.grid")

    def test_grid_mistakes(self):
        for text, pattern in [("max_depth=0", "grid value max_depth='0' must be at least 1"),
                              ("max_depth=2.5", "grid value max_depth='2.5' is not a whole number"),
                              ("eta=0", "grid value eta='0' must be > 0"),
                              ("subsample=1.5", r"must be in \(0, 1\]"),
                              ("eta=abc", "is not a number"),
                              ("eta=0.1,0.10", "grid value eta='0.10' is listed twice"),
                              ("eta=", "the grid gives no values for eta"),
                              ("eta=0.1;eta=0.2", "entry 2: eta is given twice"),
                              ("max_depth", None),  # no '=': not inline, so a file name
                              ("=3;eta=1", r"entry 1 is not key=value1,value2,...: '=3'"),
                              ("seed=1", "the grid may not set seed: use --seed"),
                              ("depth=3", "the grid has an unknown key 'depth'"),
                              ("max_depth=1,2,3,4,5,6,7,8,9,10;eta=" + ",".join("0.%d" % i for i in range(1, 10))
                               + ";rounds=" + ",".join(str(i) for i in range(1, 101))
                               + ";max_bin=" + ",".join(str(i) for i in range(2, 200)),
                               "the grid has more than 1000000 combinations")]:
            with self.subTest(text=text):
                with self.assertRaisesRegex(InputError, pattern or "grid file max_depth does not exist"):
                    g.parse_grid(text)


class GenericLoaderTest(unittest.TestCase):
    def load(self, text, target="y", drop=()):
        return g.load_generic(text, "data.csv", target, list(drop))

    def test_numeric_and_text_columns_missing_cells_and_classes(self):
        data = self.load("n,t,y,id\n1.5,b,10,a\n,a,9,b\n-2e1,,10,c\n3,b,2,d\n", drop=["id"])
        self.assertEqual(data.feature_names, ["n", "t"])
        self.assertEqual(data.classes, ["2", "9", "10"])  # numeric classes sort as numbers
        self.assertEqual(list(data.labels), [2, 1, 2, 0])
        np.testing.assert_array_equal(data.features, np.array(
            [[1.5, 1], [np.nan, 0], [-20, np.nan], [3, 1]], dtype=np.float32))
        self.assertEqual(data.features.dtype, np.float32)

    def test_text_sorts_by_code_point_and_a_non_number_makes_the_column_text(self):
        data = self.load("t,n,y\nb,1,x\nB,2,y\né,one,x\n")
        self.assertEqual(list(data.features[:, 0]), [1.0, 0.0, 2.0])  # B < b < é
        self.assertEqual(list(data.features[:, 1]), [0.0, 1.0, 2.0])  # '1' < '2' < 'one'
        self.assertEqual(data.classes, ["x", "y"])

    def test_values_that_are_no_finite_decimal_numbers_are_text(self):
        for cell in ("inf", "nan", "0x10", "1_0", "1d"):
            with self.subTest(cell=cell):
                data = self.load("v,y\n%s,a\n2,b\n" % cell)
                self.assertEqual(list(data.features[:, 0]), [0.0, 1.0] if cell < "2" else [1.0, 0.0])  # codes, not values

    def test_spaces_and_tabs_around_a_cell_are_not_part_of_it(self):
        data = self.load(" v\t,y\n 1\t,a\n2 , b \n")
        self.assertEqual(list(data.features[:, 0]), [1.0, 2.0])
        self.assertEqual(data.classes, ["a", "b"])

    def test_a_number_beyond_the_float_range_is_refused_not_made_text(self):
        with self.assertRaisesRegex(g.InputError, "data.csv line 2: the value 1e999 of column v is beyond the range"):
            self.load("v,y\n1e999,a\n2,b\n")

    def test_mistakes_are_one_sentence(self):
        for text, kwargs, pattern in [
                ("a,y\n1,x\n", {"target": "z"}, "--target z is not a column of data.csv; its columns are: a, y"),
                ("a,y\n1,x\n", {"drop": ["q"]}, "--drop q is not a column of data.csv; its columns are: a, y"),
                ("a,y\n1,x\n", {"drop": ["y"]}, "--drop names the target column y"),
                ("a,y\n1,x\n", {"drop": ["a"]}, "no feature column left besides the target y"),
                ("a,y\n1,x\n2,\n", {}, "data.csv line 3 has an empty target cell"),
                ("a,y\n1,x\n2,x\n", {}, r"the target y of data.csv has one class \(x\)"),
                ("a,b,y\n1,,x\n2,,z\n", {}, "column b of data.csv is empty in every row; drop it with --drop b"),
                ("a,a,y\n1,2,x\n", {}, "has the column name 'a' twice"),
                ("a,y\n", {}, "data.csv has a header but no data rows"),
                ("a,y\n1,x,3\n", {}, "data.csv line 2 has 3 cells, the header has 2"),
                ("a,,y\n1,2,x\n", {}, "a header name is missing")]:
            with self.subTest(text=text, kwargs=kwargs):
                with self.assertRaisesRegex(InputError, pattern):
                    self.load(text, **kwargs)


class MetricsTest(unittest.TestCase):
    def test_accuracy_macro_f1_and_log_loss(self):
        p = np.array([[0.5, 0.5, 0], [0.1, 0.8, 0.1], [0.2, 0.2, 0.6], [0.7, 0.2, 0.1]], dtype=np.float32)
        accuracy, f1, loss = g.evaluate(p, [1, 1, 2, 1], 3)
        self.assertEqual(accuracy, 0.5)  # a tie goes to the lower class: row 0 predicts 0
        self.assertEqual(f1, (0 + 0.5 + 1) / 3)  # class 0 predicted but never true counts with F1 0
        want = -sum(math.log(float(np.float32(x))) for x in (0.5, 0.8, 0.6, 0.2)) / 4
        self.assertAlmostEqual(loss, want, places=12)

    def test_a_zero_probability_is_clipped(self):
        _, _, loss = g.evaluate(np.array([[1.0, 0.0]], dtype=np.float32), [1], 2)
        self.assertAlmostEqual(loss, -math.log(1e-15), places=9)

    def test_rows_and_order(self):
        results = [{"combination": c, "rounds": 50, "accuracy": a, "macro_f1": 0.5, "mlogloss": l,
                    "fit_seconds": 1.23456, "rank": 0, "host": "h,1"} for c, a, l in
                   [(0, 0.7, 0.6), (1, 0.8, 0.5), (2, 0.8, 0.6)]]
        self.assertEqual([r["combination"] for r in g.best_first(results, "mlogloss")], [1, 0, 2])
        self.assertEqual([r["combination"] for r in g.best_first(results, "accuracy")], [1, 2, 0])
        combo = {"max_depth": "4", "eta": "0.1"}
        self.assertEqual(g.result_row(1, results[1], combo),
                         '1,1,4,0.1,0,50,50,0.800000,0.500000,0.500000,1.2346,0,"h,1"')
        self.assertEqual(g.static_block(5, 2, 0), (0, 3))
        self.assertEqual(g.static_block(5, 2, 1), (3, 5))
        self.assertEqual(g.static_block(1, 3, 2), (1, 1))


@unittest.skipUnless(shutil.which("mpirun"), "needs Open MPI's mpirun")
class MpirunTest(unittest.TestCase):
    """Real mpirun jobs on a small generated data set."""

    @classmethod
    def setUpClass(cls):
        cls.dir = tempfile.TemporaryDirectory()
        cls.data = os.path.join(cls.dir.name, "data.csv")
        rnd = np.random.default_rng(3)
        with open(cls.data, "w", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["id", "x", "colour", "label"])
            for i in range(200):
                x = rnd.normal()
                colour = ["red", "green", "blue"][i % 3]
                label = "high" if x + (0.5 if colour == "red" else 0) + rnd.normal(0, 0.3) > 0.3 else "low"
                w.writerow([i, "%.4f" % x if i % 17 else "", colour, label])

    @classmethod
    def tearDownClass(cls):
        cls.dir.cleanup()

    def run_grid(self, ranks, out, *args, env=None):
        os.makedirs(out, exist_ok=True)
        return subprocess.run(MPIRUN + ["-n", str(ranks), PYTHON, os.path.join(HERE, "gridsearch.py"),
                                        "--data", self.data, "--target", "label", "--drop", "id",
                                        "--grid", "max_depth=2,3;eta=0.3;rounds=3", "--out", out, *args],
                              capture_output=True, text=True, timeout=300, env=dict(os.environ, **(env or {})))

    def rows(self, out):
        with open(os.path.join(out, "grid.csv"), newline="") as f:
            return list(csv.DictReader(f))

    def test_one_and_two_ranks_give_the_same_metrics_and_split_the_blocks(self):
        one = os.path.join(self.dir.name, "one")
        two = os.path.join(self.dir.name, "two")
        self.assertEqual(self.run_grid(1, one).returncode, 0)
        proc = self.run_grid(2, two)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        with open(os.path.join(two, "grid.csv")) as f:
            self.assertEqual(f.readline().strip(), "schema_version,place,combination,max_depth,eta,rounds,subsample,"
                             "colsample_bytree,min_child_weight,rung,rounds_trained,best_rounds,accuracy,macro_f1,"
                             "mlogloss,fit_seconds,rank,host")
        a, b = self.rows(one), self.rows(two)
        self.assertEqual(len(b), 2)
        key = ("combination", "accuracy", "macro_f1", "mlogloss")
        self.assertEqual([tuple(r[k] for k in key) for r in a], [tuple(r[k] for k in key) for r in b])
        self.assertEqual({r["combination"]: r["rank"] for r in b}, {"0": "0", "1": "1"})
        for r in b:
            self.assertEqual((r["schema_version"], r["rung"], r["rounds_trained"], r["best_rounds"]), ("1", "0", "3", "3"))
            self.assertLessEqual(float(b[0]["mlogloss"]), float(b[1]["mlogloss"]))

    def test_records_of_both_ranks(self):
        out = os.path.join(self.dir.name, "records")
        os.makedirs(out)
        script = ("SCALEBENCH_RECORDS=%s/rank-$OMPI_COMM_WORLD_RANK.jsonl SCALEBENCH_OUTPUT_DIR=%s "
                  "SCALEBENCH_CPUS_PER_TASK=1 exec %s %s --data %s --target label --drop id --grid 'max_depth=2;rounds=2'"
                  % (out, out, PYTHON, os.path.join(HERE, "gridsearch.py"), self.data))
        proc = subprocess.run(MPIRUN + ["-n", "2", "sh", "-c", script], capture_output=True, text=True, timeout=300)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        phases = {}
        for rank in (0, 1):
            with open(os.path.join(out, "rank-%d.jsonl" % rank)) as f:
                phases[rank] = [(l["phase"], l["kind"]) for l in map(json.loads, f)]
        # one combination: rank 0 trains it, rank 1's block is empty
        self.assertEqual(phases[0], [("read", "io"), ("clean", "compute"), ("train", "compute"), ("gather", "comm"),
                                     ("write", "io")])
        self.assertEqual(phases[1], [("read", "io"), ("clean", "compute"), ("gather", "comm")])
        self.assertEqual(len(self.rows(out)), 1)

    def test_bad_input_is_one_sentence_from_rank_0_and_exit_2_on_every_rank(self):
        out = os.path.join(self.dir.name, "bad")
        for args, sentence in [
                (["--grid", "depth=3"], "gridsearch.py: the inline grid 'depth=3': the grid has an unknown key 'depth'"),
                (["--grid", "tree_method=bogus"], "gridsearch.py: XGBoost rejects grid combination #0"),
                (["--out", "/nonexistent"], "gridsearch.py: output folder /nonexistent does not exist")]:
            with self.subTest(args=args):
                proc = self.run_grid(2, out, *args)
                self.assertEqual(proc.returncode, 2, proc.stderr)
                ours = [l for l in proc.stderr.splitlines() if l.startswith("gridsearch.py")]
                self.assertEqual(len(ours), 1, proc.stderr)
                self.assertTrue(ours[0].startswith(sentence), ours[0])
                self.assertNotIn("Traceback", proc.stderr)


if __name__ == "__main__":
    unittest.main()
