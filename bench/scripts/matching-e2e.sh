#!/usr/bin/env bash
# End-to-end benchmark of the matching workload through ./scalebench (JVM and mpirun start
# included), against the seed's numbers (bench/README.md):
#   1. 1725 x 1725 generated names (2,975,625 ratios) on 2 ranks, tiles and broadcast, with
#      hyperfine (5 runs after 1 warm-up), next to `hello` on 2 ranks (the launcher's floor);
#   2. the seed's sequential Python (python3-levenshtein) on the same names, once, and its pairs
#      compared with scalebench's line by line;
#   3. with BIG=1: 34,500 x 34,500 (1,190,250,000 ratios) on 2 ranks with a 1 GiB heap per rank,
#      once, under /usr/bin/time -v;
#   4. a table per run from the store (bench/scripts/matching_report.py).
# Usage: bench/scripts/matching-e2e.sh [OUT_DIR]   (BIG=1 to add step 3; RUNS=N hyperfine runs)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
out=${1:-/tmp/scalebench-matching-bench}
runs=${RUNS:-5}
store="$out/store"
mkdir -p "$out"
rm -rf "$store"

if ! command -v hyperfine >/dev/null && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y --no-install-recommends hyperfine >/dev/null
fi
"$root/scalebench" workloads >/dev/null   # builds the jar if the sources changed
jar="$root/cli/target/scalebench.jar"

echo "== machine"
nproc; uptime; java -version 2>&1 | head -1

echo "== 1725 x 1725 end to end, 2 ranks"
hyperfine --warmup 1 --runs "$runs" --export-markdown "$out/e2e-1725.md" \
  -n "hello, 2 ranks" "$root/scalebench run --workload hello --ranks 2 --study hello --out $store" \
  -n "matching tiles, 2 ranks" "$root/scalebench run --workload matching --ranks 2 --study e2e --param generate=1725 --param strategy=tiles --out $store" \
  -n "matching broadcast, 2 ranks" "$root/scalebench run --workload matching --ranks 2 --study e2e --param generate=1725 --param strategy=broadcast --out $store"
cat "$out/e2e-1725.md"

echo "== the seed's sequential Python on the same 1725 x 1725 names"
java -cp "$jar" "$here/GenerateNames.java" 1725 20240601 "$out/left.txt" "$out/right.txt"
if /usr/bin/python3 -c "import Levenshtein" 2>/dev/null; then
  hyperfine --runs 1 --export-markdown "$out/python-1725.md" \
    -n "python sequential" "/usr/bin/python3 $here/seed_sequential.py $out/left.txt $out/right.txt 0.8 $out/python-pairs.csv"
  "$root/scalebench" run --workload matching --ranks 2 --study files --out "$store" \
    --param left="$out/left.txt" --param right="$out/right.txt"
  java_pairs=$(ls "$store"/files/*/rep-1/output/pairs.csv)
  /usr/bin/python3 - "$java_pairs" "$out/java-pairs-3cols.csv" <<'PY'
import csv, sys
with open(sys.argv[1], encoding="utf-8", newline="") as f, open(sys.argv[2], "w", encoding="utf-8") as out:
    for row in csv.reader(f):
        out.write(",".join(row[:3]) + "\n")
PY
  if cmp -s "$out/java-pairs-3cols.csv" "$out/python-pairs.csv"; then
    echo "pairs: python and scalebench agree ($(($(wc -l < "$out/python-pairs.csv") - 1)) pairs)"
  else
    echo "pairs: python and scalebench DIFFER (see $out/java-pairs-3cols.csv, $out/python-pairs.csv)" >&2
    exit 1
  fi
else
  echo "python3-levenshtein is not installed (apt-get install -y python3-levenshtein): skipped"
fi

if [ "${BIG:-0}" = 1 ]; then
  echo "== 34,500 x 34,500 on 2 ranks, 1 GiB heap per rank (once)"
  /usr/bin/time -v "$root/scalebench" run --workload matching --ranks 2 --rank-heap-mb 1024 --study big \
    --param generate=34500 --param strategy=tiles --out "$store" 2> "$out/big-time.txt"
  grep -E "Elapsed|Maximum resident" "$out/big-time.txt"
fi

echo "== per run, from the store"
/usr/bin/python3 "$here/matching_report.py" "$store" | tee "$out/report.md"
