package kz.edu.leaders.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The names people read for a region, a post, a position or a category are the ones the forms offer, in Kazakh and
 * Russian: a task that shows a recorded value ("Регион") reads as the form that chose it.
 */
class LabelsTest {

  static Map<String, String> options(String form, String key) throws IOException {
    Map<String, String> options = new LinkedHashMap<>();
    JsonNode field = new ObjectMapper().readTree(Path.of("forms", form).toFile()).findParents("key").stream()
        .filter(node -> key.equals(node.path("key").asText())).findFirst().orElseThrow();
    field.path("values").forEach(option -> options.put(option.get("value").asText(), option.get("label").asText()));
    return options;
  }

  static <E extends Enum<E>> Map<String, String> labels(E[] values, Function<E, String> label) {
    return Arrays.stream(values).collect(Collectors.toMap(Enum::name, label, (a, b) -> a, LinkedHashMap::new));
  }

  @Test
  void theFormsOfferTheLabelsTheRecordsAreShownWith() throws IOException {
    assertThat(options("register-application.form", "region")).isEqualTo(labels(Region.values(), Region::label));
    assertThat(options("register-vacancy.form", "region")).isEqualTo(labels(Region.values(), Region::label));
    assertThat(options("register-application.form", "currentRole"))
        .isEqualTo(labels(Position.values(), Position::label));
    assertThat(options("register-application.form", "qualificationCategory"))
        .isEqualTo(labels(QualificationCategory.values(), QualificationCategory::label));
    assertThat(options("register-vacancy.form", "post")).isEqualTo(labels(Post.values(), Post::label));
  }
}
