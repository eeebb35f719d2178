package org.scalebench.bench.comm;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.util.ArrayList;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.scalebench.workloads.comm.objects.Serialization;

/**
 * What the objects-vs-buffers workload pays before and after MPI moves a byte, without MPI: turning
 * {@code elements} doubles into something MPI can send and back.
 *
 * <ul>
 *   <li>{@code serializeBoxedList} / {@code deserializeBoxedList}: an {@code ArrayList<Double>}
 *       through {@code ObjectOutputStream}/{@code ObjectInputStream} (the workload's objects form,
 *       mpi4py's pickle);
 *   <li>{@code copyArray}: a {@code double[]} copied once ({@code System.arraycopy}), the copy
 *       Open MPI's Java bindings make into native memory for every send of a Java array;
 *   <li>{@code fillDirectBuffer}: the same doubles put into a direct {@code DoubleBuffer} (bulk
 *       put), which MPI then reads in place.
 * </ul>
 *
 * Results are per call; divide by {@code elements} for ns per element.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SerializationBenchmark {
  @Param({"1000", "100000", "1000000"})
  public int elements;

  private ArrayList<Double> boxed;
  private byte[] serialized;
  private double[] primitive;
  private double[] copyTarget;
  private DoubleBuffer direct;

  @Setup
  public void setUp() {
    boxed = new ArrayList<>(elements);
    primitive = new double[elements];
    for (int i = 0; i < elements; i++) {
      boxed.add((double) i);
      primitive[i] = i;
    }
    serialized = Serialization.toBytes(boxed);
    copyTarget = new double[elements];
    direct = ByteBuffer.allocateDirect(elements * Double.BYTES).order(ByteOrder.nativeOrder()).asDoubleBuffer();
  }

  @Benchmark
  public byte[] serializeBoxedList() {
    return Serialization.toBytes(boxed);
  }

  @Benchmark
  public ArrayList<Double> deserializeBoxedList() {
    return Serialization.fromBytes(serialized, 0, serialized.length);
  }

  @Benchmark
  public double[] copyArray() {
    System.arraycopy(primitive, 0, copyTarget, 0, elements);
    return copyTarget;
  }

  @Benchmark
  public DoubleBuffer fillDirectBuffer() {
    direct.clear();
    return direct.put(primitive);
  }
}
