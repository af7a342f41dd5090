package kz.edu.leaders.selection;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Arrays;
import java.util.List;
import kz.edu.leaders.common.Language;
import kz.edu.leaders.common.Texts;

/** The answer to a test-result batch: every row's outcome, with a message in the caller's language. */
public record TestResultReport(String batchId, int cycle, int received, long accepted, long rejected,
                               List<RowResult> rows) {

  public enum Status { ACCEPTED, INVALID, OUT_OF_RANGE, DUPLICATE_ROW, UNKNOWN_IIN, NOT_AWAITING_RESULT }

  /**
   * One row's outcome. {@code code} is the stable message code for machines (null when accepted), {@code message}
   * its text once {@link #in(Language)} has rendered it.
   */
  public record RowResult(int row, String iin, Status status, String applicationNumber, String code,
                          @JsonIgnore List<String> args, String message) {

    static RowResult of(int row, String iin, Status status, String applicationNumber, String code, Object... args) {
      return new RowResult(row, iin, status, applicationNumber, code,
          Arrays.stream(args).map(String::valueOf).toList(), null);
    }

    RowResult in(Language language) {
      return code == null ? this
          : new RowResult(row, iin, status, applicationNumber, code, args, Texts.render(code, args, language));
    }
  }

  /** The same report with each row's message in the language. */
  public TestResultReport in(Language language) {
    return new TestResultReport(batchId, cycle, received, accepted, rejected,
        rows.stream().map(r -> r.in(language)).toList());
  }
}
