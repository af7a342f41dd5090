package kz.edu.leaders.training;

import java.util.List;
import java.util.Map;
import kz.edu.leaders.common.CsvTable;

/** One participant to enrol, as received (a CSV row, a JSON object or the enrolment task's form), before any check. */
public record EnrolmentRow(int row, String iin, String fullName, String organisation, String district, String post,
                           String phone) {

  public static final List<String> REQUIRED = List.of("iin", "full_name", "organisation", "district", "post");
  public static final List<String> OPTIONAL = List.of("phone");

  public static EnrolmentRow of(CsvTable.Row row) {
    return new EnrolmentRow(row.number(), row.get("iin"), row.get("full_name"), row.get("organisation"),
        row.get("district"), row.get("post"), row.get("phone"));
  }

  static EnrolmentRow of(int row, Map<String, ?> json) {
    return new EnrolmentRow(row, text(json, "iin"), text(json, "fullName"), text(json, "organisation"),
        text(json, "district"), text(json, "post"), text(json, "phone"));
  }

  private static String text(Map<String, ?> json, String key) {
    Object value = json == null ? null : json.get(key);
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }
}
