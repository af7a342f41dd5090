package kz.edu.leaders.selection;

import kz.edu.leaders.domain.Iin;
import static kz.edu.leaders.selection.TestResultReport.Status.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import kz.edu.leaders.common.ApiCaller;
import kz.edu.leaders.common.Values;
import kz.edu.leaders.selection.TestResultReport.RowResult;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Correlates a testing-centre batch to the applications waiting for a result. Each row is checked and
 * delivered in a transaction of its own, so a bad row is reported and the good ones still go through.
 */
@Service
public class TestResultImport {

  private final ApplicationRepository applications;
  private final RuntimeService runtimeService;
  private final ApiCaller caller;
  private final TransactionTemplate perRow;

  public TestResultImport(ApplicationRepository applications, RuntimeService runtimeService, ApiCaller caller,
                          PlatformTransactionManager transactionManager) {
    this.applications = applications;
    this.runtimeService = runtimeService;
    this.caller = caller;
    this.perRow = new TransactionTemplate(transactionManager);
    this.perRow.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  public TestResultReport importBatch(int cycle, List<TestResultRow> rows) {
    String batchId = UUID.randomUUID().toString();
    Set<String> seen = new HashSet<>();
    List<RowResult> results = new ArrayList<>();
    for (TestResultRow row : rows) {
      results.add(importRow(cycle, row, batchId, seen));
    }
    long accepted = results.stream().filter(r -> r.status() == ACCEPTED).count();
    return new TestResultReport(batchId, cycle, rows.size(), accepted, rows.size() - accepted, results);
  }

  private RowResult importRow(int cycle, TestResultRow row, String batchId, Set<String> seen) {
    String iin = row.iin() == null ? null : row.iin().strip();
    String iinProblem = Iin.problem(iin);
    if (iinProblem != null) {
      return RowResult.of(row.row(), iin, INVALID, null, iinProblem);
    }
    if (!seen.add(iin)) {
      return RowResult.of(row.row(), iin, DUPLICATE_ROW, null, "testImport.duplicateRow");
    }
    Map<String, BigDecimal> scores = new HashMap<>();
    for (String block : TestScores.BLOCKS) {
      Object raw = row.scores().get(block);
      BigDecimal score = Values.decimal(raw);
      if (score == null) {
        return RowResult.of(row.row(), iin, INVALID, null,
            raw == null ? "testImport.scoreMissing" : "testImport.scoreNotANumber", block);
      }
      if (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0) {
        return RowResult.of(row.row(), iin, OUT_OF_RANGE, null, "testImport.scoreOutOfRange", block,
            score.toPlainString());
      }
      scores.put(block, score);
    }
    Optional<String> number = applications.numberFor(cycle, iin);
    if (number.isEmpty()) {
      return RowResult.of(row.row(), iin, UNKNOWN_IIN, null, "testImport.unknownIin", cycle);
    }
    TestScores testScores = new TestScores(scores.get("legislation"), scores.get("management"),
        scores.get("pedagogy"), scores.get("leadership"));
    try {
      caller.asApplication(() -> perRow.execute(status -> {
        applications.recordTestScores(number.get(), testScores, batchId);
        // Transient: "Score test" reads them in this transaction; the record above keeps them, with the batch.
        Map<String, Object> variables = new HashMap<>();
        testScores.byBlock().forEach((block, score) ->
            variables.put(SelectionVariables.testVariable(block), Variables.doubleValue(score.doubleValue(), true)));
        return runtimeService.createMessageCorrelation(SelectionVariables.TEST_RESULT_MESSAGE)
            .processInstanceBusinessKey(number.get())
            .setVariables(variables)
            .correlateWithResult();
      }));
    } catch (MismatchingMessageCorrelationException e) {
      // Already scored, closed, or not yet at the test: nothing waits for the message, and the row's transaction,
      // scores included, is rolled back.
      return notAwaiting(row, iin, number.get());
    }
    return RowResult.of(row.row(), iin, ACCEPTED, number.get(), null);
  }

  private static RowResult notAwaiting(TestResultRow row, String iin, String number) {
    return RowResult.of(row.row(), iin, NOT_AWAITING_RESULT, number, "testImport.notAwaiting");
  }
}
