package org.scalebench.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalebench.results.BadInputException;

class StudyMatrixTest {
  @TempDir Path dir;

  @Test
  void expandsParametersTimesShapesInOrderWithStableIds() throws IOException {
    StudySpec spec = StudyReader.read(SpecFiles.write(dir, """
        study: s
        workload: p2p
        params: {value: [1, 2]}
        matrix: {nodes: [1, 2], ntasksPerNode: [1, 2], cpusPerTask: [1, 2]}
        profile: cluster
        """));
    List<Point> points = StudyMatrix.expand(spec);
    assertEquals(16, points.size());
    assertEquals("1", points.get(0).params().get("value"));
    assertEquals(List.of(1, 1, 1), List.of(points.get(0).nodes(), points.get(0).tasksPerNode(),
        points.get(0).cpusPerTask()));
    assertEquals(List.of(1, 1, 2), List.of(points.get(1).nodes(), points.get(1).tasksPerNode(),
        points.get(1).cpusPerTask()));
    assertEquals("2", points.get(8).params().get("value"));
    assertTrue(points.get(0).id().matches("p2p-n1-t1-c1-[0-9a-f]{8}"), points.get(0).id());
    assertEquals(points, StudyMatrix.expand(spec));
    assertEquals(16, points.stream().map(Point::id).distinct().count());
  }

  @Test
  void everyImpossiblePointIsReportedTogether() throws IOException {
    StudySpec spec = StudyReader.read(SpecFiles.write(dir, """
        study: s
        workload: sum
        params: {n: [100, "-5"]}
        matrix: {nodes: [1, 3], ntasksPerNode: [2, 4], cpusPerTask: [1, 2]}
        profile: cluster
        """));
    BadInputException e = assertThrows(BadInputException.class, () -> StudyMatrix.expand(spec));
    String m = e.getMessage();
    // cores: t4 x c2 = 8 > 4, for nodes 1 and 3, both parameter sets
    assertTrue(m.contains("1 node x 4 tasks x 2 cpus: needs 8 cores per node, but profile cluster has 4"),
        m);
    assertTrue(m.contains("3 nodes x 2 tasks x 1 cpu: profile cluster allows at most 2 nodes"), m);
    assertTrue(m.contains("parameter n='-5' of workload sum is out of range"), m);
    // 8 shapes x n=-5 (8) + n=100: 4 on 3 nodes + 1 core problem on 1 node = 13, some with two reasons
    assertTrue(m.contains("problems:"), m);
  }

  @Test
  void aFilterThatDropsEverythingIsAnError() throws IOException {
    StudySpec spec = StudyReader.read(SpecFiles.write(dir, """
        study: s
        workload: hello
        matrix: {nodes: 1, ntasksPerNode: 1, filter: {minRanks: 2}}
        profile: cluster
        """));
    BadInputException e = assertThrows(BadInputException.class, () -> StudyMatrix.expand(spec));
    assertTrue(e.getMessage().contains("the filter dropped all 1"), e.getMessage());
  }

  @Test
  void unknownWorkloadIsSuggested() throws IOException {
    StudySpec spec = StudyReader.read(SpecFiles.write(dir, """
        study: s
        workload: helo
        matrix: {nodes: 1}
        profile: cluster
        """));
    BadInputException e = assertThrows(BadInputException.class, () -> StudyMatrix.expand(spec));
    assertTrue(e.getMessage().contains("did you mean 'hello'?"), e.getMessage());
  }
}
