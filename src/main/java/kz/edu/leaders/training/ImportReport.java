package kz.edu.leaders.training;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Arrays;
import java.util.List;
import kz.edu.leaders.common.Language;
import kz.edu.leaders.common.Texts;

/**
 * The answer to an import (participants of a course, the region's organisations): every row's outcome, the field
 * that was wrong and a message in the caller's language. Good rows are written, bad rows change nothing.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportReport(String batchId, int received, long accepted, long rejected, List<RowResult> rows) {

  public enum Status { ENROLLED, ADDED, ALREADY_KNOWN, INVALID, INVALID_IIN, UNKNOWN_ORGANISATION, DUPLICATE,
    CAPACITY_EXCEEDED }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record RowResult(int row, String iin, Status status, Integer participantNo, String field, String code,
                          @JsonIgnore List<String> args, String message) {

    static RowResult accepted(int row, String iin, Status status, Integer participantNo) {
      return new RowResult(row, iin, status, participantNo, null, null, List.of(), null);
    }

    static RowResult refused(int row, String iin, Status status, String field, String code, Object... args) {
      return new RowResult(row, iin, status, null, field, code, Arrays.stream(args).map(String::valueOf).toList(),
          null);
    }

    public boolean isAccepted() {
      return code == null;
    }

    RowResult in(Language language) {
      return code == null ? this : new RowResult(row, iin, status, participantNo, field, code, args,
          Texts.render(code, args, language));
    }
  }

  static ImportReport of(String batchId, List<RowResult> rows) {
    long accepted = rows.stream().filter(RowResult::isAccepted).count();
    return new ImportReport(batchId, rows.size(), accepted, rows.size() - accepted, rows);
  }

  public ImportReport in(Language language) {
    return new ImportReport(batchId, received, accepted, rejected, rows.stream().map(r -> r.in(language)).toList());
  }
}
