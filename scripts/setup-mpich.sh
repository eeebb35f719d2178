#!/usr/bin/env bash
# Installs MPICH (Debian's mpich and libmpich-dev) next to Open MPI, for the MPICH tests and studies.
# Both stay usable: the alternatives keep mpirun/mpicc on Open MPI, and MPICH's launcher and
# compiler are called by their full names (mpirun.mpich, mpicc.mpich). Idempotent.
set -euo pipefail
die() { echo "setup-mpich: $*" >&2; exit 2; }
if command -v mpirun.mpich >/dev/null && command -v mpicc.mpich >/dev/null && ldconfig -p | grep -q 'libmpich.so.12'; then
  exit 0
fi
command -v apt-get >/dev/null || die "MPICH is missing and this is not a Debian-like system; install MPICH (mpirun.mpich, mpicc.mpich, libmpich.so.12)."
[ "$(id -u)" = 0 ] || die "MPICH is missing and installing it needs root; run 'sudo apt-get install mpich libmpich-dev' first."
# keep whatever mpirun/mpicc point at now (Open MPI): installing mpich must not change them
before_run=$(readlink -f "$(command -v mpirun 2>/dev/null || echo /nonexistent)" || true)
echo "setup-mpich: installing MPICH from the distribution's packages"
apt_get() { DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 "$@"; }
apt_get install -y --no-install-recommends mpich libmpich-dev >/dev/null \
  || { apt_get update >/dev/null && apt_get install -y --no-install-recommends mpich libmpich-dev >/dev/null; } \
  || die "could not install mpich and libmpich-dev with apt-get."
after_run=$(readlink -f "$(command -v mpirun 2>/dev/null || echo /nonexistent)" || true)
if [ -n "$before_run" ] && [ "$before_run" != "$after_run" ] && [ -e "$before_run" ]; then
  for tool in mpirun mpicc; do
    target=$(update-alternatives --list "$tool" 2>/dev/null | grep -i openmpi | head -1 || true)
    [ -n "$target" ] && update-alternatives --set "$tool" "$target" >/dev/null
  done
  echo "setup-mpich: kept mpirun and mpicc on Open MPI"
fi
