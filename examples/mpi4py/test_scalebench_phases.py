"""Unit tests of scalebench_phases: the lines' exact keys and types, the no-op mode, exceptions,
validation. No MPI: ``timed`` gets a small stand-in with ``Barrier()``, since what is tested is the
helper's bookkeeping (which time is wait, which is transfer), not MPI. No real timing either: a fake
``perf_counter`` advances only when a test says time passes, so durations are exact.

Run: /usr/bin/python3 -m unittest discover -s examples/mpi4py -p 'test_*.py'
"""

import json
import os
import tempfile
import unittest
from unittest import mock

import scalebench_phases
from scalebench_phases import Recorder


class Clock:
    """Stands in for time.perf_counter: time passes only through sleep()."""

    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now

    def sleep(self, seconds):
        self.now += seconds


CLOCK = Clock()


class SlowBarrier:
    """A communicator whose Barrier() takes ``seconds`` (a late rank, as seen by this one)."""

    def __init__(self, seconds=0.0, fail=False):
        self.seconds = seconds
        self.fail = fail
        self.barriers = 0

    def Barrier(self):
        self.barriers += 1
        CLOCK.sleep(self.seconds)
        if self.fail:
            raise RuntimeError("barrier broke")


class RecordsTest(unittest.TestCase):
    def setUp(self):
        patcher = mock.patch.object(scalebench_phases.time, "perf_counter", CLOCK)
        patcher.start()
        self.addCleanup(patcher.stop)
        self.dir = tempfile.TemporaryDirectory()
        self.path = os.path.join(self.dir.name, "rank-0.jsonl")
        self.recorder = Recorder(self.path)

    def tearDown(self):
        self.recorder.close()
        self.dir.cleanup()

    def lines(self):
        self.recorder.close()
        with open(self.path, encoding="utf-8") as f:
            text = f.read()
        self.assertTrue(text.endswith("\n"), "every line ends with a newline")
        return [json.loads(line) for line in text.splitlines()]

    def test_compute_phase_writes_one_line_with_exact_keys_and_types(self):
        with self.recorder.phase("compute"):
            pass
        [line] = self.lines()
        self.assertEqual(list(line), ["phase", "kind", "seconds", "bytes", "calls"])
        self.assertEqual(line["phase"], "compute")
        self.assertEqual(line["kind"], "compute")
        self.assertIsInstance(line["seconds"], float)
        self.assertGreaterEqual(line["seconds"], 0.0)
        self.assertIs(type(line["bytes"]), int)
        self.assertEqual(line["bytes"], 0)
        self.assertIs(type(line["calls"]), int)
        self.assertEqual(line["calls"], 1)

    def test_io_phase_carries_its_bytes_given_and_added(self):
        with self.recorder.phase("read", kind="io", nbytes=100) as p:
            p.add_bytes(23)
        [line] = self.lines()
        self.assertEqual(line, {"phase": "read", "kind": "io", "seconds": line["seconds"], "bytes": 123, "calls": 1})

    def test_numpy_style_integers_are_counts(self):
        class Int64(int):  # what numbers.Integral accepts, without importing numpy here
            pass
        with self.recorder.phase("read", kind="io", nbytes=Int64(7), calls=Int64(3)):
            pass
        [line] = self.lines()
        self.assertIs(type(line["bytes"]), int)
        self.assertEqual((line["bytes"], line["calls"]), (7, 3))

    def test_seconds_measure_the_block(self):
        with self.recorder.phase("sleep"):
            CLOCK.sleep(0.25)
        [line] = self.lines()
        self.assertEqual(line["seconds"], 0.25)

    def test_timed_splits_barrier_wait_from_transfer(self):
        comm = SlowBarrier(seconds=0.5)

        def transfer():
            CLOCK.sleep(0.25)
            return "payload"

        self.assertEqual(self.recorder.timed(comm, "bcast", transfer, nbytes=4096), "payload")
        self.assertEqual(comm.barriers, 1)
        [line] = self.lines()
        self.assertEqual(list(line), ["phase", "kind", "seconds", "waitSeconds", "bytes", "calls"])
        self.assertEqual((line["phase"], line["kind"], line["bytes"], line["calls"]), ("bcast", "comm", 4096, 1))
        self.assertIsInstance(line["waitSeconds"], float)
        self.assertEqual(line["waitSeconds"], 0.5)
        self.assertEqual(line["seconds"], 0.75)

    def test_timed_bytes_may_depend_on_the_result(self):
        self.recorder.timed(SlowBarrier(), "bcast", lambda: [b"ab", b"cde"], nbytes=lambda r: sum(map(len, r)))
        [line] = self.lines()
        self.assertEqual(line["bytes"], 5)

    def test_several_blocks_append_lines_in_order_to_an_existing_file(self):
        with open(self.path, "w", encoding="utf-8") as f:
            f.write('{"phase": "before", "kind": "io", "seconds": 1.0}\n')
        with self.recorder.phase("a"):
            pass
        self.recorder.timed(SlowBarrier(), "b", lambda: None)
        with self.recorder.phase("c", kind="io"):
            pass
        self.assertEqual([l["phase"] for l in self.lines()], ["before", "a", "b", "c"])

    def test_each_line_is_flushed_when_its_block_ends(self):
        with self.recorder.phase("first"):
            pass
        with open(self.path, encoding="utf-8") as f:  # read while the recorder still holds the file
            self.assertEqual(json.loads(f.readline())["phase"], "first")

    def test_a_phase_that_raises_records_its_time_and_re_raises(self):
        with self.assertRaisesRegex(KeyError, "missing"):
            with self.recorder.phase("compute"):
                CLOCK.sleep(0.125)
                raise KeyError("missing")
        [line] = self.lines()
        self.assertEqual(line["phase"], "compute")
        self.assertEqual(line["seconds"], 0.125)

    def test_a_collective_that_raises_records_its_time_and_re_raises(self):
        def broken():
            CLOCK.sleep(0.5)
            raise OSError("peer gone")

        with self.assertRaisesRegex(OSError, "peer gone"):
            self.recorder.timed(SlowBarrier(seconds=0.25), "gather", broken, nbytes=lambda r: 99)
        [line] = self.lines()
        self.assertEqual((line["phase"], line["kind"], line["bytes"]), ("gather", "comm", 0))
        self.assertEqual((line["waitSeconds"], line["seconds"]), (0.25, 0.75))

    def test_a_barrier_that_raises_counts_as_wait(self):
        with self.assertRaisesRegex(RuntimeError, "barrier broke"):
            self.recorder.timed(SlowBarrier(seconds=0.5, fail=True), "bcast", lambda: self.fail("the call must not run"))
        [line] = self.lines()
        self.assertEqual((line["waitSeconds"], line["seconds"]), (0.5, 0.5))

    def test_nested_phases_each_write_a_line_so_the_outer_one_counts_the_inner_time_again(self):
        with self.recorder.phase("outer"):
            CLOCK.sleep(1.0)
            with self.recorder.phase("inner", kind="io"):
                CLOCK.sleep(2.0)
        self.assertEqual([(l["phase"], l["seconds"]) for l in self.lines()], [("inner", 2.0), ("outer", 3.0)])

    def test_record_writes_a_caller_measured_line(self):
        self.recorder.record("train", "compute", 2.5, calls=4)
        self.recorder.record("gather", "comm", 0.5, wait_seconds=0.25, nbytes=16)
        self.assertEqual(self.lines(), [
            {"phase": "train", "kind": "compute", "seconds": 2.5, "bytes": 0, "calls": 4},
            {"phase": "gather", "kind": "comm", "seconds": 0.5, "waitSeconds": 0.25, "bytes": 16, "calls": 1}])


class ValidationTest(unittest.TestCase):
    """Bad arguments fail at once with the value in the message, active or not."""

    def check(self, pattern, fn):
        for recorder in (Recorder(None), Recorder(os.path.join(tempfile.gettempdir(), "never-written.jsonl"))):
            with self.subTest(active=recorder.active):
                with self.assertRaisesRegex(ValueError, pattern):
                    fn(recorder)

    def test_unknown_kind(self):
        self.check("kind must be one of compute, comm, io, got 'network'", lambda r: r.phase("x", kind="network"))

    def test_blank_or_non_text_name(self):
        self.check("non-blank string, got '  '", lambda r: r.phase("  "))
        self.check("non-blank string, got None", lambda r: r.timed(SlowBarrier(), None, lambda: 1))

    def test_negative_fractional_or_boolean_bytes(self):
        self.check("nbytes must be an int >= 0, got -1", lambda r: r.phase("x", kind="io", nbytes=-1))
        self.check("nbytes must be an int >= 0, got 1.5", lambda r: r.timed(SlowBarrier(), "x", lambda: 1, nbytes=1.5))
        self.check("nbytes must be an int >= 0, got True", lambda r: r.phase("x", kind="comm", nbytes=True))
        self.check("nbytes must be an int >= 0, got '8'", lambda r: r.phase("x", kind="io").add_bytes("8"))

    def test_bytes_on_a_compute_phase(self):
        self.check("a compute phase moves no bytes, got 10", lambda r: r.phase("x", nbytes=10))

    def test_calls(self):
        self.check("calls must be an int >= 0, got -2", lambda r: r.phase("x", calls=-2))

    def test_record_values(self):
        self.check("seconds must be a finite number >= 0, got nan", lambda r: r.record("x", "io", float("nan")))
        self.check("seconds must be a finite number >= 0, got -1", lambda r: r.record("x", "io", -1))
        self.check(r"wait_seconds must be a finite number in \[0, seconds=1\], got 2",
                   lambda r: r.record("x", "comm", 1, wait_seconds=2))
        self.check("wait_seconds is for comm phases only, got 0.5 for kind io",
                   lambda r: r.record("x", "io", 1, wait_seconds=0.5))

    def test_call_must_be_callable(self):
        self.check("call must be a function of no arguments, got 3", lambda r: r.timed(SlowBarrier(), "x", 3))

    def test_a_result_dependent_byte_count_is_checked_too(self):
        with tempfile.TemporaryDirectory() as d:
            r = Recorder(os.path.join(d, "r.jsonl"))
            with self.assertRaisesRegex(ValueError, "nbytes must be an int >= 0, got -4"):
                r.timed(SlowBarrier(), "x", lambda: 1, nbytes=lambda result: -4)
            r.close()


class NoOpModeTest(unittest.TestCase):
    """Without $SCALEBENCH_RECORDS: the bodies run, nothing is written, no barrier is called."""

    def setUp(self):
        scalebench_phases._default = None  # the module reads the variable once, on first use
        self.addCleanup(setattr, scalebench_phases, "_default", None)
        self.dir = tempfile.TemporaryDirectory()
        self.addCleanup(self.dir.cleanup)

    def test_unset_variable_runs_bodies_and_writes_nothing(self):
        env = {k: v for k, v in os.environ.items() if k != scalebench_phases.ENV_RECORDS}
        with mock.patch.dict(os.environ, env, clear=True):
            ran = []
            with scalebench_phases.phase("compute"):
                ran.append("body")
            comm = SlowBarrier()
            self.assertEqual(scalebench_phases.timed(comm, "bcast", lambda: "result", nbytes=8), "result")
            scalebench_phases.record("x", "compute", 1.0)
            self.assertEqual(ran, ["body"])
            self.assertEqual(comm.barriers, 0)
            self.assertFalse(scalebench_phases.default_recorder().active)
        self.assertEqual(os.listdir(self.dir.name), [])

    def test_empty_variable_is_the_no_op_mode(self):
        with mock.patch.dict(os.environ, {scalebench_phases.ENV_RECORDS: ""}):
            self.assertFalse(scalebench_phases.default_recorder().active)

    def test_set_variable_names_the_file_opened_on_the_first_line(self):
        path = os.path.join(self.dir.name, "records.jsonl")
        with mock.patch.dict(os.environ, {scalebench_phases.ENV_RECORDS: path}):
            recorder = scalebench_phases.default_recorder()
            self.assertFalse(os.path.exists(path), "opened lazily, not on import or first use")
            with scalebench_phases.phase("read", kind="io", nbytes=3):
                pass
            scalebench_phases.timed(SlowBarrier(), "bcast", lambda: None, nbytes=5)
            recorder.close()
        with open(path, encoding="utf-8") as f:
            lines = [json.loads(l) for l in f]
        self.assertEqual([(l["phase"], l["kind"], l["bytes"]) for l in lines], [("read", "io", 3), ("bcast", "comm", 5)])


if __name__ == "__main__":
    unittest.main()
