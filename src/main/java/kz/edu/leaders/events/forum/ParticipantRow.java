package kz.edu.leaders.events.forum;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.edu.leaders.common.CsvTable;

/** One participant to register, as received (a CSV row, a JSON object or a row of the task's list), unchecked. */
public record ParticipantRow(int row, String fullName, String position, String organisation, String district,
                             String email, String phone) {

  public static final List<String> REQUIRED = List.of("full_name", "position", "organisation", "district");
  public static final List<String> OPTIONAL = List.of("email", "phone");

  public static ParticipantRow of(CsvTable.Row row) {
    return new ParticipantRow(row.number(), row.get("full_name"), row.get("position"), row.get("organisation"),
        row.get("district"), row.get("email"), row.get("phone"));
  }

  public static ParticipantRow of(int row, Map<String, ?> json) {
    return new ParticipantRow(row, text(json, "fullName"), text(json, "position"), text(json, "organisation"),
        text(json, "district"), text(json, "email"), text(json, "phone"));
  }

  /** The same person twice: the same name at the same organisation, whatever the case and spacing. */
  String key() {
    return normal(fullName) + "|" + normal(organisation);
  }

  private static String normal(String text) {
    return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static String text(Map<String, ?> json, String key) {
    Object value = json == null ? null : json.get(key);
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }
}
