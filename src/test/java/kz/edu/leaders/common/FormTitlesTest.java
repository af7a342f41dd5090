package kz.edu.leaders.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class FormTitlesTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theHeadingIsTheFirstLineOfTheFirstTextWithoutItsMarks() throws IOException {
    assertThat(FormTitles.heading(JSON.readTree("""
        {"components": [{"type": "textfield", "key": "x"},
          {"type": "text", "text": "### Құжаттарды тексеру / Проверка документов\\n\\nMore"}]}""")))
        .isEqualTo("Құжаттарды тексеру / Проверка документов");
    assertThat(FormTitles.heading(JSON.readTree("{\"components\": [{\"type\": \"textfield\", \"key\": \"x\"}]}")))
        .isNull();
  }

  @Test
  void everyFormHasAHeadingInKazakhAndRussianForItsTasksTitle() throws IOException {
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      for (Path form : forms.filter(f -> f.toString().endsWith(".form")).toList()) {
        String heading = FormTitles.heading(JSON.readTree(form.toFile()));
        assertThat(heading).as(form.toString()).isNotNull().contains(" / ").hasSizeLessThan(90);
      }
    }
  }
}
