#!/usr/bin/env bash
# Everything a fresh machine of this kind lacks for building, running and testing scalebench.
# Idempotent and quick when nothing is missing; run by the Maven build (validate phase) and by ./scalebench.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)

missing=()
command -v fc-list >/dev/null || missing+=(fontconfig)
[ -d /usr/share/fonts/truetype/dejavu ] || missing+=(fonts-dejavu-core)
ldconfig -p | grep -q 'libgomp.so.1' || missing+=(libgomp1)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "setup: installing ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y --no-install-recommends "${missing[@]}" >/dev/null \
      || { apt-get update >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y --no-install-recommends "${missing[@]}" >/dev/null; }
  else
    echo "setup: missing ${missing[*]} (charts need fonts, XGBoost needs libgomp); install them with your package manager" >&2
  fi
fi
"$here/setup-mpi.sh"
"$here/setup-mpich.sh"
"$here/setup-python.sh"
# the FFM transport's JDK: only a warning here, so that a build with -DskipFfm still sets up the rest
"$here/setup-jdk.sh" >/dev/null || echo "setup: the FFM transport will not build here (see above); use -DskipFfm" >&2
