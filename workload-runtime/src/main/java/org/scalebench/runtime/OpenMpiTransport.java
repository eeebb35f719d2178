package org.scalebench.runtime;

import java.nio.Buffer;
import mpi.Datatype;
import mpi.Intracomm;
import mpi.MPI;
import mpi.MPIException;
import mpi.Op;
import mpi.Status;
import org.scalebench.api.mpi.BufferType;
import org.scalebench.api.mpi.MpiComm;
import org.scalebench.api.mpi.MpiException;
import org.scalebench.api.mpi.MpiStatus;
import org.scalebench.api.mpi.MpiTransport;
import org.scalebench.api.mpi.ReduceOp;

/**
 * The transport on the Open MPI Java bindings ({@code mpi.jar}): each call is the bindings' call of
 * the same name, with the API's constants, element types and operations mapped to theirs and their
 * {@link MPIException} turned into the API's {@link MpiException}. The only class that touches the
 * bindings besides {@link RankMain}'s init, abort and finalize.
 */
final class OpenMpiTransport implements MpiTransport {
  private final Intracomm comm;

  OpenMpiTransport(Intracomm comm) {
    this.comm = comm;
  }

  /** Per call no lambda: a capturing one allocates, and a block of sends must allocate nothing (MpiCommIT). */
  private static MpiException wrap(MPIException e) {
    return new MpiException(e.getMessage(), e);
  }

  static Datatype type(BufferType type) {
    return switch (type) {
      case BYTE -> MPI.BYTE;
      case INT -> MPI.INT;
      case LONG -> MPI.LONG;
      case FLOAT -> MPI.FLOAT;
      case DOUBLE -> MPI.DOUBLE;
    };
  }

  static Op op(ReduceOp op) {
    return switch (op) {
      case SUM -> MPI.SUM;
      case MAX -> MPI.MAX;
      case MIN -> MPI.MIN;
    };
  }

  /** A partner or source of the API as the bindings' number. */
  static int rankOf(int rank) {
    return rank == MpiComm.ANY_SOURCE ? MPI.ANY_SOURCE : rank == MpiComm.PROC_NULL ? MPI.PROC_NULL : rank;
  }

  static int tagOf(int tag) {
    return tag == MpiComm.ANY_TAG ? MPI.ANY_TAG : tag;
  }

  private static MpiStatus status(Status s) throws MPIException {
    return new MpiStatus(s.getSource(), s.getTag(), s.getCount(MPI.BYTE));
  }

  @Override
  public int rank() throws MpiException {
    try {
      return comm.getRank();
    } catch (MPIException e) {
      throw wrap(e);
    }
  }

  @Override
  public int size() throws MpiException {
    try {
      return comm.getSize();
    } catch (MPIException e) {
      throw wrap(e);
    }
  }

  @Override
  public void send(Object buffer, int count, BufferType type, int dest, int tag) throws MpiException {
    try {
      comm.send(buffer, count, type(type), rankOf(dest), tag);
    } catch (MPIException e) {
      throw wrap(e);
    }
  }

  @Override
  public int recv(Object buffer, int count, BufferType type, int source, int tag) throws MpiException {
    try {
      Status status = comm.recv(buffer, count, type(type), rankOf(source), tagOf(tag));
      return source == MpiComm.ANY_SOURCE ? status.getSource() : source;
    } catch (MPIException e) {
      throw wrap(e);
    }
  }

  @Override
  public void sendRecv(Object send, int sendCount, int dest, int sendTag, Object recv, int recvCount, int source,
      int recvTag, BufferType type) throws MpiException {
    Datatype t = type(type);
    try {
      comm.sendRecv(send, sendCount, t, rankOf(dest), sendTag, recv, recvCount, t, rankOf(source),
          tagOf(recvTag));
    } catch (MPIException e) {
      throw wrap(e);
    }
  }

  @Override
  public MpiStatus probe(int source, int tag) throws MpiException {
    try {
      return status(comm.probe(rankOf(source), tagOf(tag)));
    } catch (MPIException e) {
      throw wrap(e);
    }
  }

  @Override
  public MpiStatus iProbe(int source, int tag) throws MpiException {
    try {
      Status s = comm.iProbe(rankOf(source), tagOf(tag));
      return s == null ? null : status(s);
    } catch (MPIException e) {
      throw wrap(e);
    }
  }

  @Override
  public MpiTransport.Request iSend(Buffer buffer, int count, BufferType type, int dest, int tag) throws MpiException {
    try {
      return new Pending(comm.iSend(buffer, count, type(type), rankOf(dest), tag));
    } catch (MPIException e) {
      throw wrap(e);
    }
  }

  @Override
  public MpiTransport.Request iRecv(Buffer buffer, int count, BufferType type, int source, int tag)
      throws MpiException {
    try {
      return new Pending(comm.iRecv(buffer, count, type(type), rankOf(source), tagOf(tag)));
    } catch (MPIException e) {
      throw wrap(e);
    }
  }

  @Override
  public void waitAll(MpiTransport.Request[] requests) throws MpiException {
    mpi.Request[] raw = new mpi.Request[requests.length];
    for (int i = 0; i < requests.length; i++) {
      raw[i] = ((Pending) requests[i]).request;
    }
    try {
      mpi.Request.waitAll(raw);
    } catch (MPIException e) {
      throw wrap(e);
    }
  }

  @Override
  public void barrier() throws MpiException {
    try {
      comm.barrier();
    } catch (MPIException e) {
      throw wrap(e);
    }
  }

  @Override
  public void bcast(Object buffer, int count, BufferType type, int root) throws MpiException {
    try {
      comm.bcast(buffer, count, type(type), root);
    } catch (MPIException e) {
      throw wrap(e);
    }
  }

  @Override
  public void scatter(Object send, Object recv, int chunk, BufferType type, int root) throws MpiException {
    try {
      comm.scatter(send, chunk, type(type), recv, chunk, type(type), root);
    } catch (MPIException e) {
      throw wrap(e);
    }
  }

  @Override
  public void scatterv(Object send, int[] counts, int[] displs, Object recv, int recvCount, BufferType type, int root)
      throws MpiException {
    try {
      comm.scatterv(send, counts, displs, type(type), recv, recvCount, type(type), root);
    } catch (MPIException e) {
      throw wrap(e);
    }
  }

  @Override
  public void gather(Object send, Object recv, int chunk, BufferType type, int root) throws MpiException {
    try {
      comm.gather(send, chunk, type(type), recv, chunk, type(type), root);
    } catch (MPIException e) {
      throw wrap(e);
    }
  }

  @Override
  public void gatherv(Object send, int sendCount, Object recv, int[] counts, int[] displs, BufferType type, int root)
      throws MpiException {
    try {
      comm.gatherv(send, sendCount, type(type), recv, counts, displs, type(type), root);
    } catch (MPIException e) {
      throw wrap(e);
    }
  }

  @Override
  public void reduce(Object send, Object recv, int count, BufferType type, ReduceOp op, int root)
      throws MpiException {
    try {
      comm.reduce(send, recv, count, type(type), op(op), root);
    } catch (MPIException e) {
      throw wrap(e);
    }
  }

  @Override
  public void allReduce(Object send, Object recv, int count, BufferType type, ReduceOp op) throws MpiException {
    try {
      comm.allReduce(send, recv, count, type(type), op(op));
    } catch (MPIException e) {
      throw wrap(e);
    }
  }

  @Override
  public void allGather(Object send, Object recv, int chunk, BufferType type) throws MpiException {
    try {
      comm.allGather(send, chunk, type(type), recv, chunk, type(type));
    } catch (MPIException e) {
      throw wrap(e);
    }
  }

  @Override
  public void allToAll(Object send, Object recv, int chunk, BufferType type) throws MpiException {
    try {
      comm.allToAll(send, chunk, type(type), recv, chunk, type(type));
    } catch (MPIException e) {
      throw wrap(e);
    }
  }

  /** A request of the bindings; it keeps its buffer reachable until it completes, as the bindings do. */
  private static final class Pending implements MpiTransport.Request {
    final mpi.Request request;

    Pending(mpi.Request request) {
      this.request = request;
    }

    @Override
    public void await() throws MpiException {
      try {
        request.waitFor();
      } catch (MPIException e) {
        throw wrap(e);
      }
    }

    @Override
    public boolean test() throws MpiException {
      try {
        return request.test();
      } catch (MPIException e) {
        throw wrap(e);
      }
    }
  }
}
