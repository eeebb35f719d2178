#!/usr/bin/env bash
# Installs Open MPI from the distribution if it is missing, builds mpi.jar from the Java sources of the
# same Open MPI version's distribution source package (Debian ships libmpi_java.so but no mpi.jar), and
# installs it into the local Maven repository as org.open-mpi:mpi-java:system, the coordinates the poms use.
#
# On a cluster, point MPI_JAR at the site's own mpi.jar (the one matching its libmpi_java.so):
#   MPI_JAR=/opt/openmpi/lib/mpi.jar scripts/setup-mpi.sh
# Idempotent: a second run with nothing changed does nothing but check.
set -euo pipefail

M2_REPO=${M2_REPO:-$HOME/.m2/repository}
TARGET_DIR="$M2_REPO/org/open-mpi/mpi-java/system"
TARGET_JAR="$TARGET_DIR/mpi-java-system.jar"
WORK=${SCALEBENCH_CACHE:-$HOME/.cache/scalebench}/mpi-java

die() { echo "setup-mpi: $*" >&2; exit 2; }

install_into_m2() {  # install_into_m2 <jar> <description>
  mkdir -p "$TARGET_DIR"
  cp "$1" "$TARGET_JAR.tmp"
  mv -f "$TARGET_JAR.tmp" "$TARGET_JAR"
  cat > "$TARGET_DIR/mpi-java-system.pom.tmp" <<POM
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.open-mpi</groupId>
  <artifactId>mpi-java</artifactId>
  <version>system</version>
  <description>$2</description>
</project>
POM
  mv -f "$TARGET_DIR/mpi-java-system.pom.tmp" "$TARGET_DIR/mpi-java-system.pom"
  echo "$2" > "$TARGET_DIR/source.txt"
  echo "setup-mpi: installed $TARGET_JAR ($2)"
}

apt_get() { DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 "$@"; }

if [ -n "${MPI_JAR:-}" ]; then
  [ -f "$MPI_JAR" ] || die "MPI_JAR points at '$MPI_JAR', which is not a file; set it to the site's mpi.jar or unset it to build one."
  want="site jar $MPI_JAR ($(sha256sum "$MPI_JAR" | cut -c1-16))"
  if [ -f "$TARGET_JAR" ] && [ "$(cat "$TARGET_DIR/source.txt" 2>/dev/null)" = "$want" ]; then
    echo "setup-mpi: $TARGET_JAR is up to date ($want)"; exit 0
  fi
  install_into_m2 "$MPI_JAR" "$want"; exit 0
fi

# 1. Open MPI runtime, compiler wrappers and the JNI library from the distribution
if ! command -v mpirun >/dev/null || ! command -v mpicc >/dev/null || ! ldconfig -p | grep -q libmpi_java; then
  command -v apt-get >/dev/null || die "Open MPI is missing and this is not a Debian-like system; install Open MPI with its Java bindings, then run again with MPI_JAR=/path/to/mpi.jar."
  [ "$(id -u)" = 0 ] || die "Open MPI is missing and installing it needs root; run 'sudo apt-get install openmpi-bin libopenmpi-dev' first."
  echo "setup-mpi: installing Open MPI from the distribution's packages"
  apt_get install -y --no-install-recommends openmpi-bin libopenmpi-dev >/dev/null \
    || { apt_get update >/dev/null && apt_get install -y --no-install-recommends openmpi-bin libopenmpi-dev >/dev/null; } \
    || die "could not install openmpi-bin and libopenmpi-dev with apt-get; install them, or set MPI_JAR to a site mpi.jar."
fi
ver=$(dpkg-query -W -f='${Version}' libopenmpi3 2>/dev/null || true)
[ -n "$ver" ] || die "Open MPI is installed but not from Debian's libopenmpi3 package; set MPI_JAR=/path/to/mpi.jar of that installation."
want="debian openmpi $ver"
if [ -f "$TARGET_JAR" ] && [ "$(cat "$TARGET_DIR/source.txt" 2>/dev/null)" = "$want" ]; then
  echo "setup-mpi: $TARGET_JAR is up to date ($want)"; exit 0
fi

# 2. The Java sources of exactly that version, from the distribution's source package
mkdir -p "$WORK"; cd "$WORK"
upstream=${ver%%-*}; upstream=${upstream#*:}
orig=$(ls openmpi_"$upstream".orig.tar.* 2>/dev/null | head -1 || true)
if [ -z "$orig" ]; then
  [ "$(id -u)" = 0 ] || die "building mpi.jar needs the openmpi source package; run as root once, or set MPI_JAR."
  src_list=/etc/apt/sources.list.d/scalebench-deb-src.sources
  if ! grep -rqs '^Types:.*deb-src' /etc/apt/sources.list.d/ && ! grep -qs '^deb-src' /etc/apt/sources.list; then
    # a deb-src twin of every enabled deb822 entry (same URIs, suites, components)
    awk 'BEGIN{RS="";ORS="\n\n"} /Types:[^\n]*deb/ {sub(/Types:[^\n]*/,"Types: deb-src"); print}' \
      /etc/apt/sources.list.d/*.sources > "$src_list.tmp" 2>/dev/null || true
    if [ ! -s "$src_list.tmp" ] && [ -f /etc/apt/sources.list ]; then
      grep '^deb ' /etc/apt/sources.list | sed 's/^deb /deb-src /' > /etc/apt/sources.list.d/scalebench-deb-src.list
      rm -f "$src_list.tmp"
    else
      mv "$src_list.tmp" "$src_list"
    fi
    apt_get update >/dev/null || true
  fi
  apt_get source --download-only "openmpi=$ver" >/dev/null 2>&1 || apt_get source --download-only openmpi >/dev/null 2>&1 \
    || die "could not download Debian's openmpi source package (deb-src); set MPI_JAR to an mpi.jar built for Open MPI $ver."
  orig=$(ls openmpi_"$upstream".orig.tar.* 2>/dev/null | head -1 || true)
  [ -n "$orig" ] || die "the openmpi source package has no orig tarball for version $upstream; set MPI_JAR instead."
fi

# 3. Compile only the bindings' Java sources (seconds)
rm -rf src classes; mkdir -p src classes
tar -xf "$orig" -C src --wildcards '*/ompi/mpi/java/java/*.java'
javac -nowarn --release 17 -encoding UTF-8 -d classes $(find src -name '*.java') 2>&1 | grep -v -E '^Note:' || true
[ -f classes/mpi/MPI.class ] || die "compiling the Open MPI Java sources failed; see the javac output above."
jar cf mpi.jar -C classes .
install_into_m2 mpi.jar "$want"
