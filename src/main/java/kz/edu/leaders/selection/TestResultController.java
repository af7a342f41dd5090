package kz.edu.leaders.selection;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.common.ApiCaller;
import kz.edu.leaders.common.InvalidSubmissionException;
import kz.edu.leaders.common.Language;
import kz.edu.leaders.identity.Groups;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Batches of competency-test results from the testing centre, as JSON or as its CSV export. */
@RestController
@RequestMapping("/api/selection/test-results")
public class TestResultController {

  static final int MAX_ROWS = 20_000;

  private final TestResultImport testResults;
  private final ApiCaller caller;

  public TestResultController(TestResultImport testResults, ApiCaller caller) {
    this.testResults = testResults;
    this.caller = caller;
  }

  @PostMapping(consumes = "application/json")
  public TestResultReport postJson(@RequestBody JsonBatch batch, HttpServletRequest request) {
    caller.requireAnyGroup(Groups.CPE_OPERATORS, Groups.TESTING_CENTRE);
    if (batch.cycle() == null) {
      throw InvalidSubmissionException.of("cycle", "value.required");
    }
    if (batch.results() == null) {
      throw InvalidSubmissionException.of("results", "testImport.resultsRequired");
    }
    List<TestResultRow> rows = new ArrayList<>();
    for (int i = 0; i < batch.results().size(); i++) {
      Map<String, Object> row = batch.results().get(i);
      Object iin = row == null ? null : row.get("iin");
      rows.add(new TestResultRow(i + 1, iin == null ? null : iin.toString(), row == null ? Map.of() : row));
    }
    return importRows(batch.cycle(), rows).in(Language.of(request));
  }

  @PostMapping(consumes = {"text/csv", "text/plain"})
  public TestResultReport postCsv(@RequestParam("cycle") int cycle, @RequestBody String csv,
                                  HttpServletRequest request) {
    caller.requireAnyGroup(Groups.CPE_OPERATORS, Groups.TESTING_CENTRE);
    return importRows(cycle, TestResultCsv.parse(csv)).in(Language.of(request));
  }

  private TestResultReport importRows(int cycle, List<TestResultRow> rows) {
    if (rows.size() > MAX_ROWS) {
      throw InvalidSubmissionException.of("results", "testImport.tooManyRows", MAX_ROWS);
    }
    return testResults.importBatch(cycle, rows);
  }

  public record JsonBatch(Integer cycle, List<Map<String, Object>> results) {}
}
