package kz.edu.leaders.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import kz.edu.leaders.common.Language;
import org.springframework.stereotype.Component;

/** Writes a refusal from a servlet filter, where no controller advice runs. */
@Component
public class ErrorWriter {

  private final ObjectMapper json;

  public ErrorWriter(ObjectMapper json) {
    this.json = json;
  }

  public void write(HttpServletResponse response, Refusal refusal, Language language) throws IOException {
    response.setStatus(refusal.status());
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    json.writeValue(response.getOutputStream(), refusal.body(language, FieldLabels.NONE));
  }
}
