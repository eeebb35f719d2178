#!/usr/bin/env bash
# Finds a JDK of version 22 or newer for the FFM transport (java.lang.foreign is final in 22) and prints
# its home. Looks at SCALEBENCH_FFM_JDK, JAVA_HOME, /usr/lib/jvm/*, /opt/java/*, ~/.sdkman/candidates/java/*;
# as root on a Debian-like system, installs the newest openjdk-2x-jdk-headless the distribution offers
# when none is there. When it finds none it says where it looked and exits 2 (build with -DskipFfm).
set -euo pipefail
major() {  # major <java-home>: the JDK's feature version, or nothing
  [ -x "$1/bin/javac" ] || return 0
  sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null | head -1
}
candidates=()
[ -n "${SCALEBENCH_FFM_JDK:-}" ] && candidates+=("$SCALEBENCH_FFM_JDK")
[ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
for d in /usr/lib/jvm/* /opt/java/* "$HOME"/.sdkman/candidates/java/*; do [ -d "$d" ] && candidates+=("$d"); done
find_jdk() {
  local best="" best_v=0 v
  for d in "${candidates[@]}"; do
    v=$(major "$d")
    if [ -n "$v" ] && [ "$v" -ge 22 ] && [ "$v" -gt "$best_v" ]; then best=$d; best_v=$v; fi
  done
  [ -n "$best" ] && echo "$best"
}
if jdk=$(find_jdk); then echo "$jdk"; exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  pkg=$(apt-cache pkgnames 2>/dev/null | grep -E '^openjdk-(2[2-9]|[3-9][0-9])-jdk-headless$' | sort -V | tail -1 || true)
  if [ -n "$pkg" ]; then
    echo "setup-jdk: installing $pkg for the FFM transport" >&2
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y --no-install-recommends "$pkg" >/dev/null
    for d in /usr/lib/jvm/*; do [ -d "$d" ] && candidates+=("$d"); done
    if jdk=$(find_jdk); then echo "$jdk"; exit 0; fi
  fi
fi
echo "setup-jdk: no JDK 22 or newer in ${SCALEBENCH_FFM_JDK:+SCALEBENCH_FFM_JDK, }${JAVA_HOME:+JAVA_HOME, }/usr/lib/jvm, /opt/java or ~/.sdkman, and the distribution offers none; the FFM transport needs one: install it (or set SCALEBENCH_FFM_JDK), or build with -DskipFfm" >&2
exit 2
