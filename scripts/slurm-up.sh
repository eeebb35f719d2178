#!/bin/bash
# A throwaway Slurm cluster on this one machine, for tests and trying studies: one slurmctld and
# SCALEBENCH_SLURM_NODES slurmd processes that each pretend to be a node (n1..nN), with a private
# munged. Everything lives under $BASE; nothing in /etc is changed (the apt install aside).
# Prints "export SLURM_CONF=..." last; stop it with scripts/slurm-down.sh (by PID).
#
# Exit codes: 0 up, 3 Slurm is not installed and cannot be (not root, or no apt-get), 1 it failed.
# Pitfalls handled here: per-node Open MPI shared-memory directory (TaskProlog),
# per-node PMIx temp dirs (TmpFS=%n), PMIxCollFence=ring, KillOnBadExit, no sacct (jobcomp/filetxt).
set -euo pipefail
BASE=${SCALEBENCH_SLURM_BASE:-${TMPDIR:-/tmp}/scalebench-slurm}
NODES=${SCALEBENCH_SLURM_NODES:-2}                 # emulated nodes
CPUS=${SCALEBENCH_SLURM_CPUS_PER_NODE:-4}          # may exceed the real cores (config_overrides)
MEM=${SCALEBENCH_SLURM_MEM_MB_PER_NODE:-4000}
CTLD_PORT=${SCALEBENCH_SLURM_CTLD_PORT:-6917}      # not Slurm's default 6817: a site daemon may own it
NODE_PORT0=${SCALEBENCH_SLURM_NODE_PORT0:-17201}   # n1 listens on 17201, n2 on 17202, ...

have_slurm() {
  command -v slurmctld >/dev/null && command -v slurmd >/dev/null && command -v sbatch >/dev/null \
    && command -v munged >/dev/null && command -v mungekey >/dev/null
}
if ! have_slurm; then
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
    echo "slurm-up: Slurm is not installed and this user cannot install it (needs root and apt-get)" >&2
    exit 3
  fi
  echo "slurm-up: installing slurmctld slurmd slurm-client munge" >&2
  pkgs=(slurmctld slurmd slurm-client munge)
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y --no-install-recommends "${pkgs[@]}" >&2 \
    || { apt-get -o DPkg::Lock::Timeout=600 update >&2 \
         && DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y --no-install-recommends "${pkgs[@]}" >&2; } \
    || { echo "slurm-up: apt-get could not install ${pkgs[*]}" >&2; exit 3; }
fi
if [ "$(id -u)" != 0 ]; then
  echo "slurm-up: the emulated cluster runs its daemons as root; run this as root" >&2
  exit 3
fi

# a cluster from an earlier run still up: stop it first (by its pid files)
if [ -s "$BASE/run/slurmctld.pid" ] || [ -s "$BASE/run/munged.pid" ]; then
  SCALEBENCH_SLURM_BASE="$BASE" "$(dirname "$0")/slurm-down.sh" >&2 || true
fi
rm -rf "$BASE"/{state,spool,tmp,log}    # fresh cluster every time (job ids restart at 1)
mkdir -p "$BASE"/{etc,state,run,log,spool,tmp}
chmod 700 "$BASE/run"   # munged refuses a socket directory that others can write to

# ---- munge: a private instance with its own key, socket and pid file ----
[ -s "$BASE/etc/munge.key" ] || mungekey --create --keyfile="$BASE/etc/munge.key"
chmod 600 "$BASE/etc/munge.key"
/usr/sbin/munged --force --socket="$BASE/run/munge.sock" --key-file="$BASE/etc/munge.key" \
  --pid-file="$BASE/run/munged.pid" --log-file="$BASE/log/munged.log" --seed-file="$BASE/state/munged.seed"
munge -S "$BASE/run/munge.sock" -n | unmunge -S "$BASE/run/munge.sock" >/dev/null

# ---- slurm.conf ----
LAST_PORT=$((NODE_PORT0 + NODES - 1))
cat > "$BASE/etc/slurm.conf" <<CONF
ClusterName=scalebench
SlurmctldHost=localhost
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$BASE/run/munge.sock
SlurmctldPort=$CTLD_PORT
StateSaveLocation=$BASE/state
SlurmdSpoolDir=$BASE/spool/%n
SlurmctldPidFile=$BASE/run/slurmctld.pid
SlurmdPidFile=$BASE/run/slurmd-%n.pid
SlurmctldLogFile=$BASE/log/slurmctld.log
SlurmdLogFile=$BASE/log/slurmd-%n.log
TmpFS=$BASE/tmp/%n
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
TaskProlog=$BASE/etc/taskprolog.sh
MpiDefault=pmix
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
SchedulerType=sched/backfill
SlurmdParameters=config_overrides
AccountingStorageType=accounting_storage/none
JobAcctGatherType=jobacct_gather/none
JobCompType=jobcomp/filetxt
JobCompLoc=$BASE/log/jobcomp.txt
ReturnToService=2
KillOnBadExit=1
InactiveLimit=0
KillWait=5
MinJobAge=300
MailProg=/bin/true
NodeName=n[1-$NODES] NodeHostname=localhost NodeAddr=127.0.0.1 Port=[$NODE_PORT0-$LAST_PORT] CPUs=$CPUS Sockets=1 CoresPerSocket=$CPUS ThreadsPerCore=1 RealMemory=$MEM State=UNKNOWN
PartitionName=debug Nodes=n[1-$NODES] Default=YES MaxTime=INFINITE State=UP
CONF
# Slurm 22.05 mpi/pmix with Open MPI 4.1.4 across emulated nodes: the default fence crashed a few
# percent of starts in MPI_Init; "ring" gave no failure in hundreds.
echo "PMIxCollFence=ring" > "$BASE/etc/mpi.conf"

# Emulated nodes share one host name, so Open MPI's shared-memory segments of different nodes would
# collide: each node's step tasks get their own backing directory. Not for the batch script itself,
# or mpirun would forward the batch node's value to the other nodes.
cat > "$BASE/etc/taskprolog.sh" <<'PROLOG'
#!/bin/sh
if [ -n "$SLURM_STEP_ID" ]; then
  d=/dev/shm/scalebench-slurm-${SLURMD_NODENAME}
  mkdir -p "$d"
  echo "export OMPI_MCA_btl_vader_backing_directory=$d"
fi
PROLOG
chmod 755 "$BASE/etc/taskprolog.sh"

export SLURM_CONF="$BASE/etc/slurm.conf"
slurmctld -f "$SLURM_CONF"
for i in $(seq 1 "$NODES"); do
  mkdir -p "$BASE/spool/n$i" "$BASE/tmp/n$i"
  slurmd -f "$SLURM_CONF" -N "n$i"
done

idle=0
for _ in $(seq 1 150); do
  idle=$(sinfo -h -t idle -o '%D' 2>/dev/null | awk '{s+=$1} END{print s+0}')
  [ "$idle" -ge "$NODES" ] && break
  sleep 0.2
done
if [ "$idle" -lt "$NODES" ]; then
  echo "slurm-up: only $idle of $NODES nodes became idle" >&2
  tail -20 "$BASE"/log/*.log >&2 || true
  exit 1
fi
sinfo -N >&2
echo "export SLURM_CONF=$SLURM_CONF"
