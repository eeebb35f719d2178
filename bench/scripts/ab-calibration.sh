#!/usr/bin/env bash
# Calibrates the A/B gate on this machine: A/A trials (the same build on both sides) and trials with a
# planted slowdown of 5%, 10% and 20% in PlantedWorkBenchmark (the current side does that much more
# real work: -p work=105/110/120), each judged by `ab` with the CI's settings, and side by side the
# stored-baseline `compare` of `bench --quick` against a baseline recorded at the start.
#
# Usage: bench/scripts/ab-calibration.sh [TRIALS [REGEX]]   (defaults: 20 trials, PlantedWorkBenchmark)
# Output: target/ab-calibration/trials.csv (one line per trial) and calibration.md (the counts).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
trials=${1:-20}
regex=${2:-'org\.scalebench\.bench\.ab\.PlantedWorkBenchmark\.'}
out=target/ab-calibration
mkdir -p "$out"
# the CI's settings (see .ci/run)
ab_settings=(--mode duet --rounds 20 --jmh-iterations "-wi 2 -w 200ms -i 3 -r 200ms" --report-only)

./scalebench workloads >/dev/null                       # builds the jar when stale
./mvnw -q -B -o -DskipTests -DskipSetup -pl bench -am package
./scalebench bench --quick --include "$regex" --ignore-lock --out "$out/stored-baseline.json" >/dev/null 2>&1

csv="$out/trials.csv"
echo "schema_version,kind,planted_percent,trial,ab_flags,ab_planted_verdict,compare_flags,compare_planted_verdict" > "$csv"
verdicts() { # ab.json -> "flags planted-verdict"
  python3 - "$1" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
flags = sum(1 for b in d["benchmarks"] if b["verdict"] in ("regression", "improvement"))
planted = [b["verdict"] for b in d["benchmarks"] if "PlantedWorkBenchmark" in b["id"]]
print(flags, planted[0] if planted else "none")
PY
}
compare_verdicts() { # compare.json -> "flags planted-verdict"
  python3 - "$1" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
rows = d.get("samples", [])
flags = sum(1 for r in rows if r["verdict"] in ("regression", "improvement"))
planted = [r["verdict"] for r in rows if "PlantedWorkBenchmark" in r["id"]]
print(flags, planted[0] if planted else "none")
PY
}
for planted in 0 5 10 20; do
  n=$trials
  [ "$planted" = 20 ] && n=$(( (trials + 1) / 2 ))  # a 20% slowdown is caught or not by far: fewer trials
  for t in $(seq 1 "$n"); do
    dir="$out/p$planted-t$t"
    rm -rf "$dir"
    extra=()
    [ "$planted" != 0 ] && extra=(--current-param "work=$((100 + planted))")
    ./scalebench ab --baseline worktree --current worktree --bench "$regex" "${ab_settings[@]}" --seed "$((planted * 1000 + t))" \
      "${extra[@]}" --out "$dir" >"$dir.log" 2>&1 || { echo "trial $dir failed; see $dir.log" >&2; exit 1; }
    read -r ab_flags ab_planted < <(verdicts "$dir/ab.json")
    jmh_extra=()
    [ "$planted" != 0 ] && jmh_extra=(-- -p "work=$((100 + planted))")
    ./scalebench bench --quick --include "$regex" --ignore-lock --out "$dir/quick.json" "${jmh_extra[@]}" >/dev/null 2>&1
    ./scalebench compare --baseline "$out/stored-baseline.json" --current "$dir/quick.json" --ignore-param work \
      --out "$dir/compare" --report-only >/dev/null 2>&1
    read -r cmp_flags cmp_planted < <(compare_verdicts "$dir/compare/compare.json")
    kind=$([ "$planted" = 0 ] && echo aa || echo planted)
    echo "1,$kind,$planted,$t,$ab_flags,$ab_planted,$cmp_flags,$cmp_planted" >> "$csv"
    echo "$(date -u +%H:%M:%S) planted ${planted}% trial $t: ab flags $ab_flags ($ab_planted), compare flags $cmp_flags ($cmp_planted)"
  done
done
python3 - "$csv" "$out/calibration.md" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1])))
lines = ["| trials | planted | `ab` runs flagging anything | `ab` caught the planted slowdown | stored-baseline `compare` flagging anything | `compare` caught it |",
         "|---|---:|---:|---:|---:|---:|"]
for p in ("0", "5", "10", "20"):
    rs = [r for r in rows if r["planted_percent"] == p]
    if not rs:
        continue
    n = len(rs)
    ab_any = sum(1 for r in rs if int(r["ab_flags"]) > 0)
    ab_hit = sum(1 for r in rs if r["ab_planted_verdict"] == "regression")
    c_any = sum(1 for r in rs if int(r["compare_flags"]) > 0)
    c_hit = sum(1 for r in rs if r["compare_planted_verdict"] == "regression")
    lines.append(f"| {n} | {p}% | {ab_any} of {n} | {'-' if p == '0' else f'{ab_hit} of {n}'} | {c_any} of {n} | {'-' if p == '0' else f'{c_hit} of {n}'} |")
open(sys.argv[2], "w").write("\n".join(lines) + "\n")
print("\n".join(lines))
PY
