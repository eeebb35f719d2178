#!/usr/bin/env bash
# Java vs native MPI ping-pong on this machine, in one run.
#
# Builds bench/native/pingpong.c with mpicc, runs it with mpirun -n 2, runs the Java pingpong
# workload (./scalebench run --workload pingpong --ranks 2) with the same sizes and counts, runs
# the native one again (the machine's drift shows as the gap between the two native runs; ratios
# use their mean), and writes the Java/native ratios:
#   - one-way latency at 8 bytes, arrays and direct buffers   (goal: Java <= 1.5 x native)
#   - bandwidth at 1 MiB and up, arrays and direct buffers    (goal: Java >= 0.9 x native, direct)
#
# usage: bench/scripts/comm-vs-native.sh [OUT_DIR]
# Environment: MAX_BYTES (default 16777216), ITER WARMUP LARGE_ITER LARGE_WARMUP
# (latency counts, defaults 1000 100 100 10), BW_ITER BW_WARMUP BW_LARGE_ITER BW_LARGE_WARMUP
# (defaults 100 10 20 2), WINDOW (64), JVM_WARMUP (10000).
# Output in OUT_DIR (default target/comm-vs-native/<time>): native-1.csv, native-2.csv, the Java
# run's store, java-latency.csv, java-bandwidth.csv, ratios.csv and summary.md (also printed).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
out=${1:-$root/target/comm-vs-native/$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$out"
out=$(cd "$out" && pwd)

MAX_BYTES=${MAX_BYTES:-16777216}
ITER=${ITER:-1000} WARMUP=${WARMUP:-100} LARGE_ITER=${LARGE_ITER:-100} LARGE_WARMUP=${LARGE_WARMUP:-10}
BW_ITER=${BW_ITER:-100} BW_WARMUP=${BW_WARMUP:-10} BW_LARGE_ITER=${BW_LARGE_ITER:-20} BW_LARGE_WARMUP=${BW_LARGE_WARMUP:-2}
WINDOW=${WINDOW:-64} JVM_WARMUP=${JVM_WARMUP:-10000}

command -v mpicc >/dev/null || { echo "comm-vs-native: mpicc not found; run scripts/setup.sh (libopenmpi-dev)" >&2; exit 2; }
as_root=()
[ "$(id -u)" = 0 ] && as_root=(--allow-run-as-root)

exe="$out/pingpong-native"
mpicc -O2 -Wall -o "$exe" "$root/bench/native/pingpong.c"
native() {
  mpirun "${as_root[@]}" -n 2 "$exe" 1 "$MAX_BYTES" "$ITER" "$WARMUP" "$LARGE_ITER" "$LARGE_WARMUP" \
    "$BW_ITER" "$BW_WARMUP" "$BW_LARGE_ITER" "$BW_LARGE_WARMUP" "$WINDOW" >"$1"
}

echo "comm-vs-native: native run 1" >&2
native "$out/native-1.csv"
echo "comm-vs-native: Java run (arrays and direct buffers)" >&2
"$root/scalebench" run --workload pingpong --ranks 2 --out "$out/store" --study comm-vs-native \
  --param max-bytes="$MAX_BYTES" --param iterations="$ITER" --param warmup="$WARMUP" \
  --param large-iterations="$LARGE_ITER" --param large-warmup="$LARGE_WARMUP" \
  --param bw-iterations="$BW_ITER" --param bw-warmup="$BW_WARMUP" \
  --param bw-large-iterations="$BW_LARGE_ITER" --param bw-large-warmup="$BW_LARGE_WARMUP" \
  --param window="$WINDOW" --param jvm-warmup="$JVM_WARMUP" --param buffer=both >"$out/java-stdout.txt"
run_dir=$(find "$out/store/comm-vs-native" -mindepth 2 -maxdepth 2 -name 'rep-*' -type d | sort | tail -1)
cp "$run_dir/output/latency.csv" "$out/java-latency.csv"
cp "$run_dir/output/bandwidth.csv" "$out/java-bandwidth.csv"
echo "comm-vs-native: native run 2" >&2
native "$out/native-2.csv"

# ratios.csv: metric,bytes,buffer,java,native (mean of the two runs),native_1,native_2,java_over_native,goal,met
awk -F, -v OFS=, '
  FNR == 1 { file++; next }
  file <= 2 { v[$2 "," $3, file] = $4; next }                       # native-1, native-2: test,bytes,value
  file == 3 { if ($2 == 8) lat[$2 "," $3] = $5; next }                # java latency.csv: _,bytes,buffer,_,latency_us
  file == 4 { if ($2 >= 1048576) bw[$4 "," $2 "," $3] = $8; next }    # java bandwidth.csv: _,bytes,buffer,test,_,_,_,MB/s
  END {
    print "schema_version,metric,bytes,buffer,java,native,native_1,native_2,java_over_native,goal,met"
    for (k in lat) {
      split(k, p, ","); n1 = v["latency," p[1], 1]; n2 = v["latency," p[1], 2]; n = (n1 + n2) / 2
      r = lat[k] / n
      printf "1,latency_us,%s,%s,%.3f,%.3f,%s,%s,%.2f,<= 1.5,%s\n", p[1], p[2], lat[k], n, n1, n2, r, (r <= 1.5 ? "yes" : "no")
    }
    for (k in bw) {
      split(k, p, ","); n1 = v[p[1] "," p[2], 1]; n2 = v[p[1] "," p[2], 2]; n = (n1 + n2) / 2
      r = bw[k] / n
      goal = (p[3] == "direct") ? ">= 0.9" : "-"
      met = (p[3] == "direct") ? (r >= 0.9 ? "yes" : "no") : "-"
      printf "1,%s_MB_per_s,%s,%s,%.2f,%.2f,%s,%s,%.2f,%s,%s\n", p[1], p[2], p[3], bw[k], n, n1, n2, r, goal, met
    }
  }' "$out/native-1.csv" "$out/native-2.csv" "$out/java-latency.csv" "$out/java-bandwidth.csv" \
  | { IFS= read -r header; echo "$header"; sort -t, -k2,2 -k4,4 -k3,3n; } >"$out/ratios.csv"

{
  echo "# Java (Open MPI Java bindings) vs native MPI, $(date -u +%Y-%m-%dT%H:%MZ), $(hostname)"
  echo
  echo "Open MPI: $(mpirun --version 2>/dev/null | head -1); Java: $(java -version 2>&1 | head -1); cores: $(nproc); load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  echo "| metric | bytes | buffer | Java | native (mean) | native runs | Java / native | goal | met |"
  echo "|---|---:|---|---:|---:|---|---:|---|---|"
  tail -n +2 "$out/ratios.csv" | awk -F, '{ printf "| %s | %s | %s | %s | %s | %s, %s | %s | %s | %s |\n", $2, $3, $4, $5, $6, $7, $8, $9, $10, $11 }'
} >"$out/summary.md"
cat "$out/summary.md"
echo >&2
echo "comm-vs-native: results in $out" >&2
