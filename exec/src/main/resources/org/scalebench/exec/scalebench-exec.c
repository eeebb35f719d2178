/*
 * scalebench-exec: the wrapper that each rank of an exec run is. It starts the user's program as
 * its child (fork and execvp: no shell parses anything), tells it where to append its phase records,
 * times it, and writes the rank's exit record when it ends.
 *
 *   scalebench-exec RUN_DIR CPUS_PER_TASK [-C DIR] [-e NAME=VALUE]... -- PROGRAM [ARG]...
 *
 * The child's environment gains SCALEBENCH_RECORDS (RUN_DIR/exec/rank-R.jsonl), SCALEBENCH_RANK,
 * SCALEBENCH_CPUS_PER_TASK, SCALEBENCH_OUTPUT_DIR (RUN_DIR/output) and SCALEBENCH_RUN_DIR, then the
 * -e variables. The rank number comes from the MPI launcher's environment (OMPI_COMM_WORLD_RANK,
 * PMIX_RANK, PMI_RANK, SLURM_PROCID, in that order). The exit record RUN_DIR/exec/rank-R.exit.json
 * (format scalebench.exec-exit, schema 1) holds the host (SLURMD_NODENAME under Slurm), the child's
 * wall-clock seconds (CLOCK_MONOTONIC), its start and end as Unix seconds (CLOCK_REALTIME, to order
 * the ranks' ends), its exit status or the signal that ended it, and why it could not be started if
 * it could not.
 * It is written to a temporary file and renamed, so a reader sees all of it or nothing.
 *
 * Signals that ask the rank to stop (TERM, INT, HUP, QUIT, USR1, USR2) are passed on to the child:
 * mpirun and srun stop a job by signalling the processes they started, which are these wrappers.
 * The wrapper exits with the child's status, or 128 + the signal that ended it.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define EXIT_USAGE 125

static volatile sig_atomic_t child_pid = 0;

static void forward(int sig) {
  if (child_pid > 0) {
    kill(child_pid, sig);
  }
}

static void fail(const char *what, const char *detail) {
  fprintf(stderr, "scalebench-exec: %s%s%s\n", what, detail ? ": " : "", detail ? detail : "");
  exit(EXIT_USAGE);
}

static double seconds(const struct timespec *t) {
  return (double) t->tv_sec + (double) t->tv_nsec / 1e9;
}

/* The text as a JSON string body: quotes, backslashes and control characters escaped. */
static void json_string(FILE *out, const char *s) {
  fputc('"', out);
  for (const unsigned char *p = (const unsigned char *) s; *p; p++) {
    if (*p == '"' || *p == '\\') {
      fputc('\\', out);
      fputc(*p, out);
    } else if (*p < 0x20) {
      fprintf(out, "\\u%04x", *p);
    } else {
      fputc(*p, out);
    }
  }
  fputc('"', out);
}

static const char *rank_from_environment(void) {
  static const char *names[] = {"OMPI_COMM_WORLD_RANK", "PMIX_RANK", "PMI_RANK", "SLURM_PROCID"};
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
    const char *v = getenv(names[i]);
    if (v && *v) {
      return v;
    }
  }
  return NULL;
}

static char *join(const char *a, const char *b) {
  size_t n = strlen(a) + strlen(b) + 1;
  char *s = malloc(n);
  if (!s) {
    fail("out of memory", NULL);
  }
  snprintf(s, n, "%s%s", a, b);
  return s;
}

static void make_dir(const char *path) {
  if (mkdir(path, 0777) != 0 && errno != EEXIST) {
    fprintf(stderr, "scalebench-exec: cannot create %s: %s\n", path, strerror(errno));
    exit(EXIT_USAGE);
  }
}

int main(int argc, char **argv) {
  if (argc < 5) {
    fail("usage: scalebench-exec RUN_DIR CPUS_PER_TASK [-C DIR] [-e NAME=VALUE]... -- PROGRAM [ARG]...", NULL);
  }
  const char *run_dir = argv[1];
  const char *cpus = argv[2];
  const char *work_dir = NULL;
  int i = 3;
  int first_env = -1, env_count = 0;
  for (; i < argc && strcmp(argv[i], "--") != 0; i++) {
    if (strcmp(argv[i], "-C") == 0 && i + 1 < argc) {
      work_dir = argv[++i];
    } else if (strcmp(argv[i], "-e") == 0 && i + 1 < argc && strchr(argv[i + 1], '=') && argv[i + 1][0] != '=') {
      if (first_env < 0) {
        first_env = i + 1;
      }
      env_count++;
      i++;
    } else {
      fail("unknown option or missing value", argv[i]);
    }
  }
  if (i >= argc - 1) {
    fail("no program after --", NULL);
  }
  char **program = argv + i + 1;

  const char *rank = rank_from_environment();
  if (!rank) {
    fail("no rank number in the environment (OMPI_COMM_WORLD_RANK, PMIX_RANK, PMI_RANK or SLURM_PROCID); "
         "start it with mpirun or srun", NULL);
  }
  for (const char *p = rank; *p; p++) {
    if (*p < '0' || *p > '9') {
      fail("the rank number in the environment is not a whole number", rank);
    }
  }
  char *exec_dir = join(run_dir, "/exec");
  char *output_dir = join(run_dir, "/output");
  make_dir(exec_dir);
  make_dir(output_dir);
  char *rank_base = join(exec_dir, "/rank-");
  char *records_base = join(rank_base, rank);
  char *records = join(records_base, ".jsonl");
  char *exit_file = join(records_base, ".exit.json");
  char *exit_tmp = join(exec_dir, "/.rank-");
  char *exit_tmp2 = join(exit_tmp, rank);
  char *exit_tmp3 = join(exit_tmp2, ".exit.json.tmp");

  setenv("SCALEBENCH_RECORDS", records, 1);
  setenv("SCALEBENCH_RANK", rank, 1);
  setenv("SCALEBENCH_CPUS_PER_TASK", cpus, 1);
  setenv("SCALEBENCH_OUTPUT_DIR", output_dir, 1);
  setenv("SCALEBENCH_RUN_DIR", run_dir, 1);
  for (int k = 0, at = first_env; k < env_count; k++, at += 2) {
    char *eq = strchr(argv[at], '=');
    *eq = '\0';
    setenv(argv[at], eq + 1, 1);
  }

  /* Slurm's node name, as the Java ranks take it: several slurmd on one host share its host name */
  char host[256] = "unknown";
  const char *node = getenv("SLURMD_NODENAME");
  if (node && *node) {
    snprintf(host, sizeof host, "%s", node);
  } else if (gethostname(host, sizeof host - 1) != 0) {
    strcpy(host, "unknown");
  }
  host[sizeof host - 1] = '\0';

  /* a pipe closed by a successful execvp: what comes through it is the errno of a failed start */
  int start_pipe[2];
  if (pipe2(start_pipe, O_CLOEXEC) != 0) {
    fail("cannot create a pipe", strerror(errno));
  }
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = forward;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = SA_RESTART;
  int stops[] = {SIGTERM, SIGINT, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2};
  for (size_t k = 0; k < sizeof stops / sizeof stops[0]; k++) {
    sigaction(stops[k], &sa, NULL);
  }

  struct timespec start, end, start_real, end_real;
  clock_gettime(CLOCK_REALTIME, &start_real);
  clock_gettime(CLOCK_MONOTONIC, &start);
  pid_t pid = fork();
  if (pid < 0) {
    fail("cannot fork", strerror(errno));
  }
  if (pid == 0) {
    struct sigaction dfl;
    memset(&dfl, 0, sizeof dfl);
    dfl.sa_handler = SIG_DFL;
    for (size_t k = 0; k < sizeof stops / sizeof stops[0]; k++) {
      sigaction(stops[k], &dfl, NULL);
    }
    close(start_pipe[0]);
    int err = 0;
    if (work_dir && chdir(work_dir) != 0) {
      err = errno;
    } else {
      execvp(program[0], program);
      err = errno;
    }
    ssize_t ignored = write(start_pipe[1], &err, sizeof err);
    (void) ignored;
    _exit(127);
  }
  child_pid = pid;
  close(start_pipe[1]);
  int start_errno = 0;
  ssize_t got;
  do {
    got = read(start_pipe[0], &start_errno, sizeof start_errno);
  } while (got < 0 && errno == EINTR);
  if (got != (ssize_t) sizeof start_errno) {
    start_errno = 0;
  }
  close(start_pipe[0]);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) {
      fail("cannot wait for the program", strerror(errno));
    }
  }
  clock_gettime(CLOCK_MONOTONIC, &end);
  clock_gettime(CLOCK_REALTIME, &end_real);

  int exit_status = 0, signal_number = 0;
  if (WIFEXITED(status)) {
    exit_status = WEXITSTATUS(status);
  } else if (WIFSIGNALED(status)) {
    signal_number = WTERMSIG(status);
    exit_status = 128 + signal_number;
  }

  FILE *out = fopen(exit_tmp3, "w");
  if (!out) {
    fprintf(stderr, "scalebench-exec: cannot write %s: %s\n", exit_tmp3, strerror(errno));
    return exit_status != 0 ? exit_status : EXIT_USAGE;
  }
  fprintf(out, "{\"format\":\"scalebench.exec-exit\",\"schemaVersion\":1,\"rank\":%s,\"host\":", rank);
  json_string(out, host);
  fprintf(out, ",\"wallSeconds\":%.9f,\"startedAtEpochSeconds\":%.6f,\"endedAtEpochSeconds\":%.6f,"
               "\"exitStatus\":%d,\"signal\":%d,\"startError\":",
          seconds(&end) - seconds(&start), seconds(&start_real), seconds(&end_real), exit_status, signal_number);
  if (start_errno != 0) {
    json_string(out, work_dir && start_errno == ENOENT && access(work_dir, F_OK) != 0
        ? "its working directory does not exist" : strerror(start_errno));
  } else {
    fputs("null", out);
  }
  fputs("}\n", out);
  if (fflush(out) != 0 || fsync(fileno(out)) != 0 || fclose(out) != 0 || rename(exit_tmp3, exit_file) != 0) {
    fprintf(stderr, "scalebench-exec: cannot write %s: %s\n", exit_file, strerror(errno));
    return exit_status != 0 ? exit_status : EXIT_USAGE;
  }
  return exit_status;
}
