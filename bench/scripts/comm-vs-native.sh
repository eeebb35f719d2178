#!/usr/bin/env bash
# Java vs native MPI ping-pong on this machine, in one run, on Open MPI and on MPICH.
#
# For each library (Open MPI always; MPICH when mpirun.mpich and mpicc.mpich are installed,
# scripts/setup-mpich.sh) builds bench/native/pingpong.c with that library's mpicc and runs, one after
# the other: native, the Java pingpong workload on each of its transports (Open MPI: the JNI bindings
# and FFM; MPICH: FFM, the bindings are Open MPI's), native again (the machine's drift shows as the gap
# between the two native runs; ratios use their mean). Then the Java/native ratios:
#   - one-way latency at 8 bytes, arrays and direct buffers   (goal: FFM <= 1.2 x native)
#   - bandwidth at 1 MiB and up, arrays and direct buffers    (goal: FFM >= 0.95 x native)
#
# usage: bench/scripts/comm-vs-native.sh [OUT_DIR]
# Environment: MAX_BYTES (default 16777216), ITER WARMUP LARGE_ITER LARGE_WARMUP
# (latency counts, defaults 1000 100 100 10), BW_ITER BW_WARMUP BW_LARGE_ITER BW_LARGE_WARMUP
# (defaults 100 10 20 2), WINDOW (64), JVM_WARMUP (10000), LIBRARIES ("openmpi mpich").
# Output in OUT_DIR (default target/comm-vs-native/<time>): per library native-1.csv, native-2.csv, the
# Java runs' stores and CSVs, ratios.csv (all libraries) and summary.md (also printed).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
out=${1:-$root/target/comm-vs-native/$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$out"
out=$(cd "$out" && pwd)

MAX_BYTES=${MAX_BYTES:-16777216}
ITER=${ITER:-1000} WARMUP=${WARMUP:-100} LARGE_ITER=${LARGE_ITER:-100} LARGE_WARMUP=${LARGE_WARMUP:-10}
BW_ITER=${BW_ITER:-100} BW_WARMUP=${BW_WARMUP:-10} BW_LARGE_ITER=${BW_LARGE_ITER:-20} BW_LARGE_WARMUP=${BW_LARGE_WARMUP:-2}
WINDOW=${WINDOW:-64} JVM_WARMUP=${JVM_WARMUP:-10000}
LIBRARIES=${LIBRARIES:-openmpi mpich}

native() {  # native <library> <csv>
  local lib=$1 flags=()
  if [ "$lib" = openmpi ]; then
    flags=(--bind-to core)
    [ "$(id -u)" = 0 ] && flags+=(--allow-run-as-root)
  fi
  "mpirun.$lib" "${flags[@]}" -n 2 "$out/$lib/pingpong-native" 1 "$MAX_BYTES" "$ITER" "$WARMUP" "$LARGE_ITER" \
    "$LARGE_WARMUP" "$BW_ITER" "$BW_WARMUP" "$BW_LARGE_ITER" "$BW_LARGE_WARMUP" "$WINDOW" >"$2"
}

java_run() {  # java_run <library> <transport>: the workload's latency.csv and bandwidth.csv in $out/<lib>/<transport>-*
  local lib=$1 transport=$2 store="$out/$1/store-$2"
  "$root/scalebench" run --workload pingpong --ranks 2 --mpi "$lib" --transport "$transport" --out "$store" \
    --study comm-vs-native --param max-bytes="$MAX_BYTES" --param iterations="$ITER" --param warmup="$WARMUP" \
    --param large-iterations="$LARGE_ITER" --param large-warmup="$LARGE_WARMUP" \
    --param bw-iterations="$BW_ITER" --param bw-warmup="$BW_WARMUP" \
    --param bw-large-iterations="$BW_LARGE_ITER" --param bw-large-warmup="$BW_LARGE_WARMUP" \
    --param window="$WINDOW" --param jvm-warmup="$JVM_WARMUP" --param buffer=both >"$out/$lib/$transport-stdout.txt"
  local run_dir
  run_dir=$(find "$store/comm-vs-native" -mindepth 2 -maxdepth 2 -name 'rep-*' -type d | sort | tail -1)
  cp "$run_dir/output/latency.csv" "$out/$lib/$transport-latency.csv"
  cp "$run_dir/output/bandwidth.csv" "$out/$lib/$transport-bandwidth.csv"
}

echo "schema_version,library,transport,metric,bytes,buffer,java,native,native_1,native_2,java_over_native,goal,met" \
  >"$out/ratios.csv"
versions=()
for lib in $LIBRARIES; do
  if ! command -v "mpicc.$lib" >/dev/null || ! command -v "mpirun.$lib" >/dev/null; then
    echo "comm-vs-native: $lib is not installed (mpicc.$lib, mpirun.$lib); skipped" >&2
    continue
  fi
  mkdir -p "$out/$lib"
  "mpicc.$lib" -O2 -Wall -o "$out/$lib/pingpong-native" "$root/bench/native/pingpong.c"
  transports=(ffm)
  [ "$lib" = openmpi ] && transports=(jni ffm)
  echo "comm-vs-native: $lib native run 1" >&2
  native "$lib" "$out/$lib/native-1.csv"
  for t in "${transports[@]}"; do
    echo "comm-vs-native: $lib Java on $t (arrays and direct buffers)" >&2
    java_run "$lib" "$t"
  done
  echo "comm-vs-native: $lib native run 2" >&2
  native "$lib" "$out/$lib/native-2.csv"
  versions+=("$lib: $("mpirun.$lib" --version 2>&1 | grep -m1 -iE 'open mpi|openrte|version:' | sed 's/^ *//' || true)")
  for t in "${transports[@]}"; do
    goal_lat=$([ "$t" = ffm ] && echo "<= 1.2" || echo "-")
    goal_bw=$([ "$t" = ffm ] && echo ">= 0.95" || echo "-")
    awk -F, -v OFS=, -v lib="$lib" -v t="$t" -v glat="$goal_lat" -v gbw="$goal_bw" '
      FNR == 1 { file++; next }
      file <= 2 { v[$2 "," $3, file] = $4; next }                       # native-1, native-2: test,bytes,value
      file == 3 { if ($2 == 8) lat[$2 "," $3] = $5; next }                # latency.csv: _,bytes,buffer,_,latency_us
      file == 4 { if ($2 >= 1048576) bw[$4 "," $2 "," $3] = $8; next }    # bandwidth.csv: _,bytes,buffer,test,_,_,_,MB/s
      function met(goal, r) { return goal == "-" ? "-" : (substr(goal, 1, 2) == "<=" ? (r <= substr(goal, 4) ? "yes" : "no") : (r >= substr(goal, 4) ? "yes" : "no")) }
      END {
        for (k in lat) {
          split(k, p, ","); n1 = v["latency," p[1], 1]; n2 = v["latency," p[1], 2]; n = (n1 + n2) / 2; r = lat[k] / n
          printf "1,%s,%s,latency_us,%s,%s,%.3f,%.3f,%s,%s,%.2f,%s,%s\n", lib, t, p[1], p[2], lat[k], n, n1, n2, r, glat, met(glat, r)
        }
        for (k in bw) {
          split(k, p, ","); n1 = v[p[1] "," p[2], 1]; n2 = v[p[1] "," p[2], 2]; n = (n1 + n2) / 2; r = bw[k] / n
          printf "1,%s,%s,%s_MB_per_s,%s,%s,%.2f,%.2f,%s,%s,%.2f,%s,%s\n", lib, t, p[1], p[2], p[3], bw[k], n, n1, n2, r, gbw, met(gbw, r)
        }
      }' "$out/$lib/native-1.csv" "$out/$lib/native-2.csv" "$out/$lib/$t-latency.csv" "$out/$lib/$t-bandwidth.csv" \
      | sort -t, -k4,4 -k6,6 -k5,5n >>"$out/ratios.csv"
  done
done

{
  echo "# Java (JNI bindings, FFM) vs native MPI, $(date -u +%Y-%m-%dT%H:%MZ), $(hostname)"
  echo
  echo "${versions[*]}; Java: $(java -version 2>&1 | head -1), FFM ranks on $("$root/scripts/setup-jdk.sh" 2>/dev/null || echo none); cores: $(nproc); load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  echo "| library | transport | metric | bytes | buffer | Java | native (mean) | native runs | Java / native | goal | met |"
  echo "|---|---|---|---:|---|---:|---:|---|---:|---|---|"
  tail -n +2 "$out/ratios.csv" | awk -F, '{ printf "| %s | %s | %s | %s | %s | %s | %s | %s, %s | %s | %s | %s |\n", $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13 }'
} >"$out/summary.md"
cat "$out/summary.md"
echo >&2
echo "comm-vs-native: results in $out" >&2
