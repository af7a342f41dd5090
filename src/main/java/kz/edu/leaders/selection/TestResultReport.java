package kz.edu.leaders.selection;

import java.util.List;

/** What happened to each row of a batch: the valid rows went through, the others say why not. */
public record TestResultReport(String batchId, int cycle, int received, long accepted, long rejected,
                               List<RowResult> rows) {

  public enum Status { ACCEPTED, INVALID, OUT_OF_RANGE, DUPLICATE_ROW, UNKNOWN_IIN, NOT_AWAITING_RESULT }

  public record RowResult(int row, String iin, Status status, String applicationNumber, String message) {}
}
