"""Reads matching runs from a scalebench result store and prints, per run: ranks, wall time,
pairs per second per core, and each rank's share of compute, communication (wait + transfer) and
I/O, from ranks.jsonl and output/matching.csv.

usage: matching_report.py STORE_DIR
"""
import csv
import json
import pathlib
import sys


def main():
    root = pathlib.Path(sys.argv[1])
    print("| run | strategy | ranks x threads | pairs | matches | rank wall [s] | compute [s] | "
          "pairs/s/core (compute) | per rank: compute / comm (wait) / io share |")
    print("|---|---|---|---:|---:|---:|---:|---:|---|")
    for run_json in sorted(root.glob("*/*/rep-*/run.json")):
        run_dir = run_json.parent
        meta = json.loads(run_json.read_text())
        if meta.get("workload") != "matching" or meta.get("status") != "ok":
            continue
        with open(run_dir / "output" / "matching.csv", encoding="utf-8") as f:
            summary = next(csv.DictReader(f))
        ranks = {}
        for line in (run_dir / "ranks.jsonl").read_text().splitlines()[1:]:
            rec = json.loads(line)
            times = ranks.setdefault(rec["rank"], {"compute": 0.0, "comm": 0.0, "wait": 0.0, "io": 0.0})
            times[rec["kind"]] += rec["seconds"]
            times["wait"] += rec["waitSeconds"]
        shares = []
        for rank in sorted(ranks):
            t = ranks[rank]
            total = t["compute"] + t["comm"] + t["io"]
            shares.append("r%d %.0f%% / %.0f%% (%.0f%%) / %.0f%%" % (
                rank, 100 * t["compute"] / total, 100 * t["comm"] / total, 100 * t["wait"] / total,
                100 * t["io"] / total))
        cores = int(summary["ranks"]) * int(summary["threads_per_rank"])
        compute = float(summary["compute_seconds"])
        pairs = int(summary["pairs"])
        print("| %s | %s | %s x %s | %s | %s | %.3f | %.3f | %s | %s |" % (
            meta["pointId"] + "/" + run_dir.name, summary["strategy"], summary["ranks"],
            summary["threads_per_rank"], format(pairs, ","), format(int(summary["matches"]), ","),
            meta["wallSeconds"], compute,
            ("%.1f M" % (pairs / compute / cores / 1e6)) if compute > 0 else "-", "; ".join(shares)))


if __name__ == "__main__":
    main()
