#!/usr/bin/env bash
# The grid search's MPI benchmark (not a test): 216 fits on 2 ranks x 1 cpu, static and dynamic
# scheduling, and the heap check at 100,000 rows. Prints, per run: wall seconds, the sum of the fit
# seconds, parallel efficiency = sum(fit) / (ranks * wall), and the share of the ranks' time spent in
# communication and idle (comm phases, including the idle phase) = sum(comm) / (ranks * wall).
# Usage: bench/scripts/gridsearch-mpi.sh [ROWS [ROUNDS]]   (defaults 10000 rows, rounds=5 -> 5,10,20)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
rows=${1:-10000}
rounds=${2:-5}
store=$(mktemp -d /tmp/gridsearch-bench.XXXXXX)
data="$store/credit.csv"
java -cp "$root/cli/target/scalebench.jar" org.scalebench.workloads.gridsearch.data.GenerateCreditData "$data" "$rows" 42

summary() {
  python3 - "$1" <<'PY'
import json, sys, glob, os
run = sorted(glob.glob(os.path.join(sys.argv[1], "adhoc", "*", "rep-*")))[-1]
meta = json.load(open(os.path.join(run, "run.json")))
recs = [json.loads(l) for l in open(os.path.join(run, "ranks.jsonl")) if '"rank"' in l]
ranks, wall = meta["ranks"], meta["wallSeconds"]
fit = sum(r["seconds"] for r in recs if r["phase"] == "train")
comm = sum(r["seconds"] for r in recs if r["kind"] == "comm")
idle = sum(r["seconds"] for r in recs if r["phase"] == "idle")
per_rank = {}
for r in recs:
    if r["phase"] == "train":
        per_rank[r["rank"]] = per_rank.get(r["rank"], 0) + r["seconds"]
print(f"  params {meta['params']}")
print(f"  wall {wall:.2f} s, sum of fits {fit:.2f} s, efficiency {fit / (ranks * wall):.3f}, "
      f"comm+idle {comm / (ranks * wall) * 100:.2f} % (idle {idle / (ranks * wall) * 100:.2f} %), "
      f"train per rank {', '.join(f'{k}: {v:.1f} s' for k, v in sorted(per_rank.items()))}")
PY
}

for mode in "scheduling=static" "scheduling=dynamic dispatcher=training"; do
  out="$store/$(echo "$mode" | tr ' =' '__')"
  args=()
  for p in $mode; do args+=(--param "$p"); done
  echo "== 216 fits, 2 ranks x 1 cpu, $rows rows, rounds=$rounds, $mode (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
  "$root/scalebench" run --workload gridsearch --ranks 2 --cpus-per-task 1 --out "$out" \
    --param "data=$data" --param "rounds=$rounds" "${args[@]}" >/dev/null
  summary "$out"
done

echo "== heap: 100,000 rows, every rank loads, -Xmx1024m per rank, one short fit"
big="$store/credit-100k.csv"
java -cp "$root/cli/target/scalebench.jar" org.scalebench.workloads.gridsearch.data.GenerateCreditData "$big" 100000 42
printf 'schema=1\nmax_depth=6\nrounds=2\n' > "$store/one.txt"
"$root/scalebench" run --workload gridsearch --ranks 2 --rank-heap-mb 1024 --out "$store/heap" \
  --param "data=$big" --param "grid=$store/one.txt" >/dev/null && echo "  ok with 1024 MiB heap per rank"
summary "$store/heap"
echo "store: $store"
