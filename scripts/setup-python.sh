#!/usr/bin/env bash
# Installs what the mpi4py examples (examples/mpi4py) and the exec studies need: Debian's python3 with
# mpi4py (built on Open MPI), python-Levenshtein, pandas and XGBoost, and a C compiler for the exec
# workload's rank wrapper. Debian's packages live in /usr/bin/python3's dist-packages, so the examples
# and studies name that interpreter (a python3 of pyenv or a venv earlier on the PATH lacks them).
# Idempotent: quick when everything imports.
set -euo pipefail
die() { echo "setup-python: $*" >&2; exit 2; }
py=/usr/bin/python3
if [ -x "$py" ] && "$py" -c 'import mpi4py, Levenshtein, pandas, xgboost' 2>/dev/null && command -v cc >/dev/null; then
  exit 0
fi
command -v apt-get >/dev/null || die "the mpi4py examples need python3 with mpi4py, Levenshtein, pandas and xgboost, and cc; this is not a Debian-like system, so install them yourself."
[ "$(id -u)" = 0 ] || die "python3-mpi4py, python3-levenshtein, python3-pandas, python3-xgboost or gcc is missing and installing needs root; run 'sudo apt-get install python3-mpi4py python3-levenshtein python3-pandas python3-xgboost gcc' first."
echo "setup-python: installing Debian's python3-mpi4py, python3-levenshtein, python3-pandas, python3-xgboost and gcc"
apt_get() { DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 "$@"; }
pkgs=(python3 python3-mpi4py python3-levenshtein python3-pandas python3-xgboost gcc libc6-dev)
apt_get install -y --no-install-recommends "${pkgs[@]}" >/dev/null \
  || { apt_get update >/dev/null && apt_get install -y --no-install-recommends "${pkgs[@]}" >/dev/null; } \
  || die "could not install ${pkgs[*]} with apt-get."
"$py" -c 'import mpi4py, Levenshtein, pandas, xgboost' || die "$py still cannot import mpi4py, Levenshtein, pandas and xgboost after installing them."
