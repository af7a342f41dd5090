package kz.edu.leaders.events.forum;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Arrays;
import java.util.List;
import kz.edu.leaders.common.Language;
import kz.edu.leaders.common.Texts;

/**
 * The answer to a registration (an import or the task's list): every row's outcome, the field that was wrong and a
 * message in the caller's language. Good rows are registered, bad rows change nothing.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RegistrationReport(String batchId, int received, long accepted, long rejected, List<RowResult> rows) {

  public enum Status { REGISTERED, INVALID, DUPLICATE, FULL }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record RowResult(int row, Status status, Integer participantNo, String field, String code,
                          @JsonIgnore List<String> args, String message) {

    static RowResult registered(int row, int participantNo) {
      return new RowResult(row, Status.REGISTERED, participantNo, null, null, List.of(), null);
    }

    static RowResult refused(int row, Status status, String field, String code, Object... args) {
      return new RowResult(row, status, null, field, code, Arrays.stream(args).map(String::valueOf).toList(), null);
    }

    public boolean isAccepted() {
      return code == null;
    }

    RowResult in(Language language) {
      return code == null ? this : new RowResult(row, status, participantNo, field, code, args,
          Texts.render(code, args, language));
    }
  }

  static RegistrationReport of(String batchId, List<RowResult> rows) {
    long accepted = rows.stream().filter(RowResult::isAccepted).count();
    return new RegistrationReport(batchId, rows.size(), accepted, rows.size() - accepted, rows);
  }

  public RegistrationReport in(Language language) {
    return new RegistrationReport(batchId, received, accepted, rejected,
        rows.stream().map(r -> r.in(language)).toList());
  }
}
