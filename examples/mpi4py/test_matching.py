"""Tests of matching.py: its reading, quoting and number formatting rules, and real mpirun runs at 1
and 2 ranks whose pairs.csv must be byte for byte the Java workload's (testdata/README.md says how
the golden files were made).

Run: /usr/bin/python3 -m unittest discover -s examples/mpi4py -p 'test_*.py'
"""

import json
import os
import shutil
import subprocess
import tempfile
import unittest

import matching
from matching import InputError

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "testdata")
PYTHON = "/usr/bin/python3"
MPIRUN = ["mpirun", "--allow-run-as-root", "--oversubscribe", "--mca", "btl", "self,vader"]


class FormatTest(unittest.TestCase):
    def test_scores_round_half_up_on_the_shortest_decimal_as_java_formats_them(self):
        self.assertEqual(matching.format_fixed(105 / 128, 6), "0.820313")  # Python's %.6f: 0.820312
        self.assertEqual(matching.format_fixed(103 / 128, 6), "0.804688")
        self.assertEqual(matching.format_fixed(5e-7, 6), "0.000001")
        self.assertEqual(matching.format_fixed(1.0000005, 6), "1.000001")
        self.assertEqual(matching.format_fixed(0.8, 6), "0.800000")
        self.assertEqual(matching.format_fixed(1.0, 6), "1.000000")
        self.assertEqual(matching.format_fixed(0.0, 6), "0.000000")
        self.assertEqual(matching.format_fixed(2 / 3, 6), "0.666667")
        self.assertEqual(matching.format_fixed(1e-10, 6), "0.000000")

    def test_fields_are_quoted_as_commons_csv_quotes_a_non_first_value(self):
        cases = {"": "", "Robert Fischer": "Robert Fischer", " lead": '" lead"', "trail ": '"trail "',
                 "tab\t": '"tab\t"', "#hash": '"#hash"', "!bang": '"!bang"', "$x": "$x", "a,b": '"a,b"',
                 'x"y': '"x""y"', '"': '""""', "a\nb": '"a\nb"', "a\rb": '"a\rb"', "in\tside": "in\tside",
                 "\x01c": '"\x01c"', "z\x7f": "z\x7f", "𠮷": "𠮷", "ends\x1f": '"ends\x1f"'}
        for text, want in cases.items():
            with self.subTest(text=text):
                self.assertEqual(matching.csv_field(text), want)

    def test_pairs_csv_text_has_the_header_and_one_line_per_pair(self):
        text = matching.pairs_csv_text(["a", "b,c"], ["x"], [(0, 0, 0.5), (1, 0, 105 / 128)])
        self.assertEqual(text, 'left_index,right_index,ratio,left,right\n0,0,0.500000,a,x\n1,0,0.820313,"b,c",x\n')


class ReadTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.addCleanup(self.dir.cleanup)

    def file(self, name, data):
        path = os.path.join(self.dir.name, name)
        with open(path, "wb") as f:
            f.write(data)
        return path

    def test_lines_keep_empty_lines_and_drop_the_last_newline_and_a_bom(self):
        self.assertEqual(matching.split_lines("a\r\n\nb\n"), ["a", "", "b"])
        self.assertEqual(matching.split_lines("a\nb"), ["a", "b"])
        self.assertEqual(matching.split_lines("\n"), [""])
        self.assertEqual(matching.split_lines(""), [])
        path = self.file("l.txt", "\ufeffé\r\nx\r".encode("utf-8"))
        self.assertEqual(matching.read_strings(path, "auto", None, True), (["é", "x"], 9))  # bytes of the file, BOM included

    def test_a_file_without_strings_is_refused(self):
        path = self.file("e.txt", b"")
        with self.assertRaisesRegex(InputError, "input file .*e.txt holds no strings; give a file with at least one"):
            matching.read_strings(path, "lines", None, True)

    def test_invalid_utf8_names_line_and_byte(self):
        path = self.file("bad.txt", b"ok\nab\xc3(\n")
        with self.assertRaisesRegex(InputError, r"line 2 of .*bad.txt is not valid UTF-8 \(byte 3 of the line, 0xC3\)"):
            matching.read_strings(path, "lines", None, True)

    def test_a_missing_file_or_folder(self):
        with self.assertRaisesRegex(InputError, "input file /nonexistent/x.txt does not exist"):
            matching.read_strings("/nonexistent/x.txt", "lines", None, True)
        with self.assertRaisesRegex(InputError, "is a folder, not a file"):
            matching.read_strings(self.dir.name, "lines", None, True)

    def test_csv_column_by_name_or_index_and_the_only_column(self):
        path = self.file("n.csv", b'id,name\n1,"Smith, John"\n2,\n')
        self.assertEqual(matching.read_strings(path, "auto", "name", True)[0], ["Smith, John", ""])
        self.assertEqual(matching.read_strings(path, "auto", 0, True)[0], ["1", "2"])
        one = self.file("one.csv", b"name\nAnn\n\nBob\n")
        self.assertEqual(matching.read_strings(one, "csv", None, True)[0], ["Ann", "", "Bob"])
        self.assertEqual(matching.read_strings(one, "csv", None, False)[0], ["name", "Ann", "", "Bob"])

    def test_csv_mistakes_are_one_sentence(self):
        path = self.file("n.csv", b"id,name\n1,Ann\n")
        for column, header, pattern in [
                (None, True, r"has 2 columns \(id, name\) and no --column says which one holds the strings"),
                ("nope", True, r"column 'nope' is not in the header of .* \(columns: id, name\)"),
                ("name", False, "column 'name' is selected by name, but .* is read without a header"),
                (5, True, r"line 2 of .* has 2 column\(s\), so column 5 is missing")]:
            with self.subTest(column=column):
                with self.assertRaisesRegex(InputError, pattern):
                    matching.read_strings(path, "auto", column, header)
        ragged = self.file("r.csv", b"name\nAnn\nBob,Smith\n")
        with self.assertRaisesRegex(InputError, "line 3 of .* has 2 columns where the header has 1; quote a value"):
            matching.read_strings(ragged, "auto", None, True)
        only_header = self.file("h.csv", b"name\n")
        with self.assertRaisesRegex(InputError, r"holds no strings \(only a header\)"):
            matching.read_strings(only_header, "auto", None, True)
        unclosed = self.file("u.csv", b'name\n"Ann\n')
        with self.assertRaisesRegex(InputError, "cannot parse .* as CSV"):
            matching.read_strings(unclosed, "auto", None, True)

    def test_column_text(self):
        self.assertIsNone(matching.parse_column(None))
        self.assertIsNone(matching.parse_column(""))
        self.assertEqual(matching.parse_column("3"), 3)
        self.assertEqual(matching.parse_column("name"), "name")
        self.assertEqual(matching.parse_column("1234567890"), "1234567890")  # ten digits: a name, as the Java side

    def test_blocks_cover_the_list_once_in_rank_order(self):
        for n in (0, 1, 5, 1500):
            for size in (1, 2, 3, 7):
                blocks = [matching.block(n, r, size) for r in range(size)]
                self.assertEqual(blocks[0][0], 0)
                self.assertEqual(blocks[-1][1], n)
                for (a, b), (c, d) in zip(blocks, blocks[1:]):
                    self.assertEqual(b, c)
                self.assertLessEqual(max(b - a for a, b in blocks) - min(b - a for a, b in blocks), 1)

    def test_match_block_keeps_pairs_at_the_threshold(self):
        left, right = ["abcd", "zzzz"], ["abce", "abcd", ""]
        self.assertEqual(matching.match_block(left, right, 0, 2, 0.75), [(0, 0, 0.75), (0, 1, 1.0)])
        self.assertEqual(matching.match_block(left, right, 1, 2, 0.0)[2], (1, 2, 0.0))


@unittest.skipUnless(shutil.which("mpirun"), "needs Open MPI's mpirun")
class MpirunTest(unittest.TestCase):
    """Real mpirun jobs against golden files written by the Java workload."""

    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.addCleanup(self.dir.cleanup)

    def run_matching(self, ranks, *args, env=None):
        out = os.path.join(self.dir.name, "out-%d" % ranks)
        os.makedirs(out, exist_ok=True)
        proc = subprocess.run(MPIRUN + ["-n", str(ranks), PYTHON, os.path.join(HERE, "matching.py"), *args,
                                        "--out", out], capture_output=True, text=True, timeout=300,
                              env=dict(os.environ, **(env or {})))
        return proc, os.path.join(out, "pairs.csv")

    def golden(self, name):
        with open(os.path.join(DATA, name), "rb") as f:
            return f.read()

    def test_pairs_csv_is_the_java_workloads_at_1_and_2_ranks(self):
        # every pair (threshold 0): each string quoted, every score formatted, a 7th-decimal tie (105/128)
        for ranks in (1, 2):
            with self.subTest(ranks=ranks):
                proc, pairs = self.run_matching(ranks, "--left", os.path.join(DATA, "names-left.txt"),
                                                "--right", os.path.join(DATA, "names-right.txt"), "--threshold", "0")
                self.assertEqual(proc.returncode, 0, proc.stderr)
                with open(pairs, "rb") as f:
                    self.assertEqual(f.read(), self.golden("pairs-threshold-0.csv"))

    def test_a_csv_column_gives_the_java_workloads_pairs_at_2_ranks(self):
        proc, pairs = self.run_matching(2, "--left", os.path.join(DATA, "names-left.csv"), "--column", "name",
                                        "--right", os.path.join(DATA, "names-right.txt"), "--threshold", "0.3")
        self.assertEqual(proc.returncode, 0, proc.stderr)
        with open(pairs, "rb") as f:
            self.assertEqual(f.read(), self.golden("pairs-csv-name-0.3.csv"))

    def test_records_of_both_ranks_follow_the_contract(self):
        records = os.path.join(self.dir.name, "records")
        os.makedirs(records)
        # the exec wrapper's job, done by a shell here: one records file per rank
        script = ('SCALEBENCH_RECORDS=%s/rank-$OMPI_COMM_WORLD_RANK.jsonl exec %s %s --left %s --right %s --out %s'
                  % (records, PYTHON, os.path.join(HERE, "matching.py"), os.path.join(DATA, "names-left.txt"),
                     os.path.join(DATA, "names-right.txt"), self.dir.name))
        proc = subprocess.run(MPIRUN + ["-n", "2", "sh", "-c", script], capture_output=True, text=True, timeout=300)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        lines = {}
        for rank in (0, 1):
            with open(os.path.join(records, "rank-%d.jsonl" % rank), encoding="utf-8") as f:
                lines[rank] = [json.loads(l) for l in f]
        self.assertEqual([(l["phase"], l["kind"]) for l in lines[0]],
                         [("read", "io"), ("bcast", "comm"), ("match", "compute"), ("gather", "comm"), ("write", "io")])
        self.assertEqual([(l["phase"], l["kind"]) for l in lines[1]],
                         [("bcast", "comm"), ("match", "compute"), ("gather", "comm")])
        for line in lines[0] + lines[1]:
            self.assertTrue(set(line) <= {"phase", "kind", "seconds", "waitSeconds", "bytes", "calls"}, line)
            self.assertLessEqual(line.get("waitSeconds", 0), line["seconds"])
        payload = sum(len(s.encode("utf-8")) for name in ("names-left.txt", "names-right.txt")
                      for s in matching.split_lines(matching.decode_utf8(os.path.join(DATA, name))[0]))
        self.assertEqual(lines[0][1]["bytes"], payload)  # the root sends the lists to one other rank
        self.assertEqual(lines[1][0]["bytes"], payload)
        self.assertEqual(lines[0][0]["bytes"], sum(os.path.getsize(os.path.join(DATA, n))
                                                   for n in ("names-left.txt", "names-right.txt")))
        self.assertEqual(lines[0][4]["bytes"], os.path.getsize(os.path.join(self.dir.name, "pairs.csv")))

    def test_bad_input_is_one_sentence_from_rank_0_and_exit_2(self):
        for args, sentence in [
                (["--left", "/nonexistent.txt", "--right", "x"], "matching.py: input file /nonexistent.txt does not exist"),
                (["--left", "a", "--right", "b", "--threshold", "2"],
                 "matching.py: argument --threshold: must be in [0, 1], got 2")]:
            with self.subTest(args=args):
                proc, _ = self.run_matching(2, *args)
                self.assertEqual(proc.returncode, 2)
                ours = [l for l in proc.stderr.splitlines() if l.startswith("matching.py")]
                self.assertEqual(ours, [sentence])
                self.assertNotIn("Traceback", proc.stderr)


if __name__ == "__main__":
    unittest.main()
