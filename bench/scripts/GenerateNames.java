import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.scalebench.workloads.matching.NameGenerator;
import org.scalebench.workloads.matching.NameLists;

/**
 * Writes the lists the matching workload generates with {@code generate=N seed=S} as two UTF-8
 * files, one name per line, so that other programs (the seed's Python) match the same names.
 * Usage: {@code java -cp scalebench.jar GenerateNames.java N SEED LEFT_FILE RIGHT_FILE}.
 */
public class GenerateNames {
  public static void main(String[] args) throws Exception {
    if (args.length != 4) {
      System.err.println("usage: GenerateNames N SEED LEFT_FILE RIGHT_FILE");
      System.exit(2);
    }
    int n = Integer.parseInt(args[0]);
    NameLists lists = new NameGenerator(Long.parseLong(args[1])).generate(n, n);
    Files.write(Path.of(args[2]), lists.left(), StandardCharsets.UTF_8);
    Files.write(Path.of(args[3]), lists.right(), StandardCharsets.UTF_8);
  }
}
