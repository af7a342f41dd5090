package kz.edu.leaders.events.contest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.common.FieldError;
import kz.edu.leaders.common.Values;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/** What the contest's forms share: rows of dynamic lists, a date and time, JSON for a prefilled list. */
final class ContestForms {

  /** Dates and times people type are Astana's (form-js sends them without a zone). */
  static final ZoneId ZONE = ZoneId.of("Asia/Almaty");
  private static final ObjectMapper JSON = new ObjectMapper();

  private ContestForms() {}

  /** A row in which nothing is filled in: form-js sends the empty rows of a list too. */
  static boolean blankRow(Map<String, Object> row, List<String> fields) {
    return row == null || fields.stream().allMatch(field -> Values.blank(row.get(field)));
  }

  /** The row's values with its errors collected under "variable[n]." in {@code values}. */
  static Values row(Values values, String variable, int index, Map<String, Object> row) {
    List<FieldError> errors = new ArrayList<>() {
      @Override
      public boolean add(FieldError error) {
        values.errors().add(error.under(variable + "[" + (index + 1) + "]"));
        return true;
      }
    };
    return new Values(row::get, errors);
  }

  static Instant dateTime(Values values, String field) {
    Object value = values.raw(field);
    if (value instanceof Date date) {
      return date.toInstant();
    }
    if (Values.blank(value)) {
      values.error(field, "value.required");
      return null;
    }
    String text = value.toString().strip();
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeException withoutOffset) {
      try {
        return LocalDateTime.parse(text).atZone(ZONE).toInstant();
      } catch (DateTimeException e) {
        values.error(field, "value.notDateTime");
        return null;
      }
    }
  }

  static String local(Instant instant) {
    return instant.atZone(ZONE).toLocalDateTime().truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString()
        .replace('T', ' ');
  }

  static JsonValue json(Object value) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write form rows as JSON", e);
    }
  }
}
