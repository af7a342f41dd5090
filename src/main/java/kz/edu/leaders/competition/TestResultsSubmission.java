package kz.edu.leaders.competition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.appointment.AppointmentSettings;
import kz.edu.leaders.appointment.VacancyRepository;
import kz.edu.leaders.common.CurrentUser;
import kz.edu.leaders.common.FieldError;
import kz.edu.leaders.common.InvalidSubmissionException;
import kz.edu.leaders.common.Values;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * "Record test results": the National Testing Center's test, taken with an independent observer present (whose
 * name is recorded). Each admitted candidate did not attend, or scored 0-100 %; at or above
 * {@code appointmentSettings.competition.testPassMark} passes.
 */
@Component("competitionTestsSubmission")
public class TestResultsSubmission implements ExecutionListener {

  static final String VARIABLE = "testResults";

  private final CompetitionRepository competitions;
  private final VacancyRepository vacancies;
  private final AppointmentSettings settings;

  public TestResultsSubmission(CompetitionRepository competitions, VacancyRepository vacancies,
                               AppointmentSettings settings) {
    this.competitions = competitions;
    this.vacancies = vacancies;
    this.settings = settings;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    String number = execution.getProcessBusinessKey();
    String competitionId = competitions.current(number).id();
    List<CompetitionRepository.Candidate> candidates =
        competitions.candidates(competitionId, List.of(CandidateStatus.ADMITTED));
    List<FieldError> errors = new ArrayList<>();
    String observer = new Values(execution.getVariables(), errors).text("observerName", true, 200);
    if (observer != null && observer.length() < 3) {
      errors.add(new FieldError("observerName", "must be at least 3 characters"));
    }
    Map<Long, BigDecimal> scores = Rows.answers(execution, VARIABLE, candidates, TestResultsSubmission::score, errors);
    if (!errors.isEmpty()) {
      throw new InvalidSubmissionException(errors);
    }
    competitions.setObserver(competitionId, observer);
    BigDecimal passMark = BigDecimal.valueOf(settings.getCompetition().getTestPassMark());
    int passed = 0;
    for (CompetitionRepository.Candidate candidate : candidates) {
      BigDecimal score = scores.get(candidate.id());
      CandidateStatus status = score == null ? CandidateStatus.TEST_NO_SHOW
          : score.compareTo(passMark) >= 0 ? CandidateStatus.TEST_PASSED : CandidateStatus.TEST_FAILED;
      competitions.setTestResult(candidate.id(), score, status);
      passed += status == CandidateStatus.TEST_PASSED ? 1 : 0;
    }
    vacancies.event(number, "COMPETITION_TEST", competitionId + ": " + passed + " of " + candidates.size()
        + " passed the test (pass mark " + passMark.stripTrailingZeros().toPlainString() + " %); observer " + observer,
        CurrentUser.id(execution));
    execution.removeVariable(VARIABLE);
    execution.setVariable("candidatesInTheRunning", passed);
  }

  /** The score, or null for a candidate who did not attend. */
  private static BigDecimal score(Rows.Row row) {
    if (Rows.ticked(row, "noShow")) {
      return null;
    }
    Object raw = row.raw().get("score");
    BigDecimal score = Values.decimal(raw);
    if (raw == null || (raw instanceof String s && s.isBlank())) {
      row.errors().add(new FieldError("score", "is required unless the candidate did not attend"));
    } else if (score == null || score.stripTrailingZeros().scale() > 2) {
      row.errors().add(new FieldError("score", "must be a number with at most 2 decimals"));
    } else if (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0) {
      row.errors().add(new FieldError("score", "must be between 0 and 100"));
    } else {
      return score;
    }
    return BigDecimal.ZERO;
  }
}
