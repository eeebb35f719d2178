/*
 * Native reference for the pingpong workload: the same loops as
 * org.scalebench.workloads.comm.pingpong.PingPongLoops, in C (after OSU's osu_latency,
 * osu_bw and osu_bibw), so that bench/scripts/comm-vs-native.sh can compare the Java bindings
 * with plain MPI on the same machine in one run.
 *
 * usage: mpirun -n 2 pingpong MIN MAX ITER WARMUP LARGE_ITER LARGE_WARMUP
 *                             BW_ITER BW_WARMUP BW_LARGE_ITER BW_LARGE_WARMUP WINDOW
 * Sizes MIN, 2 MIN, ... <= MAX bytes; counts switch to the LARGE ones above 8 KiB (OSU's
 * LARGE_MESSAGE_SIZE). Rank 0 prints CSV: schema_version,test,bytes,value,mean with latency in
 * microseconds (one way) and bandwidth in MB/s (10^6 bytes per second). As in the Java
 * BatchTiming, the timed iterations are split into min(10, timed) batches: value is the median
 * batch (robust to a preempted rank on a shared machine), mean is OSU's mean over all of them.
 */
#include <mpi.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define LARGE_MESSAGE_BYTES 8192
#define TAG 11
#define ACK_TAG 12
#define BATCHES 10

/* Clock borders of the timed batches; at() is called at the top of every iteration. */
typedef struct { int untimed, timed, batches, next; double border[BATCHES + 1]; } batch_clock;

static void start(batch_clock *c, int untimed, int timed) {
  c->untimed = untimed; c->timed = timed; c->next = 0;
  c->batches = timed < BATCHES ? (timed < 1 ? 1 : timed) : BATCHES;
}

static void at(batch_clock *c, int i) {
  int k = i - c->untimed;
  if (k >= 0 && c->next < c->batches && k == (int)((long)c->next * c->timed / c->batches)) {
    c->border[c->next++] = MPI_Wtime();
  }
}

static void finish(batch_clock *c) { c->border[c->batches] = MPI_Wtime(); }

static int cmp(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

/* Seconds per iteration: of the median batch (lower middle), and the mean over all. */
static void stats(batch_clock *c, double *median, double *mean) {
  double per[BATCHES];
  for (int b = 0; b < c->batches; b++) {
    int first = (int)((long)b * c->timed / c->batches), end = (int)((long)(b + 1) * c->timed / c->batches);
    per[b] = (c->border[b + 1] - c->border[b]) / (end - first);
  }
  qsort(per, c->batches, sizeof(double), cmp);
  *median = per[(c->batches - 1) / 2];
  *mean = (c->border[c->batches] - c->border[0]) / c->timed;
}

static long arg(char **argv, int i) { return strtol(argv[i], NULL, 10); }

int main(int argc, char **argv) {
  MPI_Init(&argc, &argv);
  int rank, size;
  MPI_Comm_rank(MPI_COMM_WORLD, &rank);
  MPI_Comm_size(MPI_COMM_WORLD, &size);
  if (argc != 12 || size < 2) {
    if (rank == 0) {
      fprintf(stderr, "usage: mpirun -n 2 %s MIN MAX ITER WARMUP LARGE_ITER LARGE_WARMUP "
                      "BW_ITER BW_WARMUP BW_LARGE_ITER BW_LARGE_WARMUP WINDOW\n", argv[0]);
    }
    MPI_Finalize();
    return 2;
  }
  long min = arg(argv, 1), max = arg(argv, 2);
  int iter = arg(argv, 3), warm = arg(argv, 4), liter = arg(argv, 5), lwarm = arg(argv, 6);
  int bwiter = arg(argv, 7), bwwarm = arg(argv, 8), bwliter = arg(argv, 9), bwlwarm = arg(argv, 10);
  int window = arg(argv, 11);
  char *s = malloc(max), *r = malloc(max), ack[4] = {0};
  MPI_Request *req = malloc(sizeof(MPI_Request) * 2 * window);
  memset(s, 1, max);
  memset(r, 0, max);
  int partner = 1 - rank;
  if (rank == 0) {
    printf("schema_version,test,bytes,value,mean\n");
  }
  for (long b = min; b <= max; b *= 2) {
    int n = (int)b;
    int timed = b > LARGE_MESSAGE_BYTES ? liter : iter, untimed = b > LARGE_MESSAGE_BYTES ? lwarm : warm;
    batch_clock clock;
    double med, mean;
    MPI_Barrier(MPI_COMM_WORLD);
    if (rank < 2) {
      start(&clock, untimed, timed);
      for (int i = 0; i < untimed + timed; i++) {
        at(&clock, i);
        if (rank == 0) {
          MPI_Send(s, n, MPI_BYTE, partner, TAG, MPI_COMM_WORLD);
          MPI_Recv(r, n, MPI_BYTE, partner, TAG, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
        } else {
          MPI_Recv(r, n, MPI_BYTE, partner, TAG, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
          MPI_Send(r, n, MPI_BYTE, partner, TAG, MPI_COMM_WORLD);
        }
      }
      finish(&clock);
      stats(&clock, &med, &mean);
      if (rank == 0) printf("1,latency,%d,%.3f,%.3f\n", n, med * 1e6 / 2, mean * 1e6 / 2);
    }

    timed = b > LARGE_MESSAGE_BYTES ? bwliter : bwiter;
    untimed = b > LARGE_MESSAGE_BYTES ? bwlwarm : bwwarm;
    MPI_Barrier(MPI_COMM_WORLD);
    if (rank < 2) {
      start(&clock, untimed, timed);
      for (int i = 0; i < untimed + timed; i++) {
        at(&clock, i);
        if (rank == 0) {
          for (int w = 0; w < window; w++) MPI_Isend(s, n, MPI_BYTE, partner, TAG, MPI_COMM_WORLD, &req[w]);
          MPI_Waitall(window, req, MPI_STATUSES_IGNORE);
          MPI_Recv(ack, 4, MPI_BYTE, partner, ACK_TAG, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
        } else {
          for (int w = 0; w < window; w++) MPI_Irecv(r, n, MPI_BYTE, partner, TAG, MPI_COMM_WORLD, &req[w]);
          MPI_Waitall(window, req, MPI_STATUSES_IGNORE);
          MPI_Send(ack, 4, MPI_BYTE, partner, ACK_TAG, MPI_COMM_WORLD);
        }
      }
      finish(&clock);
      stats(&clock, &med, &mean);
      if (rank == 0) printf("1,bw,%d,%.2f,%.2f\n", n, (double)n * window / med / 1e6, (double)n * window / mean / 1e6);
    }

    MPI_Barrier(MPI_COMM_WORLD);
    if (rank < 2) {
      start(&clock, untimed, timed);
      for (int i = 0; i < untimed + timed; i++) {
        at(&clock, i);
        for (int w = 0; w < window; w++) MPI_Irecv(r, n, MPI_BYTE, partner, TAG, MPI_COMM_WORLD, &req[w]);
        for (int w = 0; w < window; w++) MPI_Isend(s, n, MPI_BYTE, partner, TAG, MPI_COMM_WORLD, &req[window + w]);
        MPI_Waitall(2 * window, req, MPI_STATUSES_IGNORE);
      }
      finish(&clock);
      stats(&clock, &med, &mean);
      if (rank == 0) printf("1,bibw,%d,%.2f,%.2f\n", n, 2.0 * n * window / med / 1e6, 2.0 * n * window / mean / 1e6);
    }
    fflush(stdout);
  }
  free(s);
  free(r);
  free(req);
  MPI_Finalize();
  return 0;
}
