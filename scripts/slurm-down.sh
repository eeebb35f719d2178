#!/bin/bash
# Stops what scripts/slurm-up.sh started, by the PIDs in its pid files (never by name), after
# cancelling the cluster's jobs. Checks /proc/<pid>/comm so that a stale pid file cannot hit another process.
BASE=${SCALEBENCH_SLURM_BASE:-${TMPDIR:-/tmp}/scalebench-slurm}
export SLURM_CONF="$BASE/etc/slurm.conf"
if [ -f "$SLURM_CONF" ] && command -v scancel >/dev/null; then
  scancel --quiet --user="$(id -un)" 2>/dev/null || true   # end jobs first so no slurmstepd is left behind
  for _ in $(seq 1 50); do [ -z "$(squeue -h 2>/dev/null)" ] && break; sleep 0.2; done
fi

stop() {  # stop <expected-comm> <pidfile>...
  local comm=$1; shift; local pids="" f p alive
  for f in "$@"; do
    [ -s "$f" ] || continue; p=$(cat "$f")
    [ "$(cat "/proc/$p/comm" 2>/dev/null)" = "$comm" ] && pids="$pids $p"
    rm -f "$f"
  done
  [ -z "$pids" ] && return 0
  kill -TERM $pids 2>/dev/null || true
  for _ in $(seq 1 100); do
    alive=""; for p in $pids; do kill -0 "$p" 2>/dev/null && alive="$alive $p"; done
    [ -z "$alive" ] && { echo "slurm-down: stopped $comm:$pids"; return 0; }
    sleep 0.1
  done
  echo "slurm-down: force-killing $comm:$alive"; kill -KILL $alive 2>/dev/null || true
}
stop slurmd "$BASE"/run/slurmd-*.pid &
stop slurmctld "$BASE/run/slurmctld.pid" &
wait
stop munged "$BASE/run/munged.pid"
rm -rf /dev/shm/scalebench-slurm-* 2>/dev/null || true
