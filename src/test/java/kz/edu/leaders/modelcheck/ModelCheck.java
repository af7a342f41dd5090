package kz.edu.leaders.modelcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The analyst's command (docs/analyst.md): {@code mvn -q test -Dmodel=path/to/diagram.bpmn} checks a diagram, or
 * every diagram of a folder, against the code, and prints what is wrong. Not one of the build's tests (its name does
 * not end in Test): the pom's profile model-check runs it, alone, when {@code -Dmodel} is given.
 */
class ModelCheck {

  @Test
  void theDiagramFitsTheCode() throws IOException {
    // The report is what the analyst reads; the in-memory engine's start and stop are not.
    ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
        .setLevel(ch.qos.logback.classic.Level.WARN);
    Path model = path(System.getProperty("model", "bpmn"));
    assertThat(model).as("the diagram to check (-Dmodel=...)").exists();
    List<Path> files;
    if (Files.isDirectory(model)) {
      try (Stream<Path> walk = Files.walk(model)) {
        files = walk.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
      }
    } else {
      files = List.of(model);
    }
    Map<Path, List<String>> report;
    try (ModelChecker checker = ModelChecker.forProject(Path.of("").toAbsolutePath())) {
      report = checker.check(files);
    }
    String text = text(report);
    System.out.println(text);
    int problems = report.values().stream().mapToInt(List::size).sum();
    assertThat(problems).as("problems in the diagrams (listed above)").isZero();
  }

  static Path path(String given) {
    String expanded = given.startsWith("~") ? System.getProperty("user.home") + given.substring(1) : given;
    return Path.of(expanded).toAbsolutePath().normalize();
  }

  /** The report people read: each diagram, then its problems numbered, then what to do. */
  static String text(Map<Path, List<String>> report) {
    StringBuilder text = new StringBuilder("\n");
    int problems = 0;
    for (Map.Entry<Path, List<String>> file : report.entrySet()) {
      List<String> found = file.getValue();
      problems += found.size();
      text.append(file.getKey().getFileName()).append(": ")
          .append(found.isEmpty() ? "fits the code." : found.size() + (found.size() == 1 ? " problem" : " problems"))
          .append('\n');
      for (int i = 0; i < found.size(); i++) {
        text.append("  ").append(i + 1).append(". ").append(found.get(i)).append('\n');
      }
    }
    text.append(problems == 0
        ? "No problems: the diagram may be deployed (docs/analyst.md, \"Deploying a new version\").\n"
        : problems + (problems == 1 ? " problem" : " problems") + ": fix them in Camunda Modeler, save, and run the "
            + "check again.\n");
    return text.toString();
  }
}
