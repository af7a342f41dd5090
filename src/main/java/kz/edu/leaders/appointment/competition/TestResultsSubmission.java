package kz.edu.leaders.appointment.competition;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.appointment.AppointmentSettings;
import kz.edu.leaders.appointment.AppointmentNotices;
import kz.edu.leaders.appointment.VacancyRepository;
import kz.edu.leaders.common.CurrentUser;
import kz.edu.leaders.common.FieldError;
import kz.edu.leaders.common.FormSubmission;
import kz.edu.leaders.common.Values;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * "Record test results": the National Testing Center's test, taken with an independent observer present (whose
 * name is recorded). Each admitted candidate did not attend, or scored 0-100 %; at or above
 * {@code appointmentSettings.competition.testPassMark} passes.
 */
@Component
public class TestResultsSubmission extends FormSubmission<TestResultsSubmission.Results> {

  public static final String VARIABLE = "testResults";

  private final CompetitionRepository competitions;
  private final VacancyRepository vacancies;
  private final AppointmentSettings settings;

  private final AppointmentNotices notices;

  public TestResultsSubmission(CompetitionRepository competitions, VacancyRepository vacancies,
                               AppointmentSettings settings, AppointmentNotices notices) {
    this.notices = notices;
    this.competitions = competitions;
    this.vacancies = vacancies;
    this.settings = settings;
  }

  record Results(String competitionId, List<CompetitionRepository.Candidate> candidates, String observer,
                 Map<Long, BigDecimal> scores) {}

  @Override
  protected Results read(DelegateExecution execution, Values values) {
    String competitionId = competitions.current(execution.getProcessBusinessKey()).id();
    List<CompetitionRepository.Candidate> candidates =
        competitions.candidates(competitionId, List.of(CandidateStatus.ADMITTED));
    String observer = values.text("observerName", true, 3, 200);
    Map<Long, BigDecimal> scores = Rows.answers(execution, VARIABLE, candidates, TestResultsSubmission::score,
        values.errors());
    return new Results(competitionId, candidates, observer, scores);
  }

  @Override
  protected void record(DelegateExecution execution, Results results) {
    competitions.setObserver(results.competitionId(), results.observer());
    BigDecimal passMark = BigDecimal.valueOf(settings.getCompetition().getTestPassMark());
    int passed = 0;
    VacancyRepository.Vacancy vacancy = vacancies.get(execution.getProcessBusinessKey());
    for (CompetitionRepository.Candidate candidate : results.candidates()) {
      BigDecimal score = results.scores().get(candidate.id());
      CandidateStatus status = score == null ? CandidateStatus.TEST_NO_SHOW
          : score.compareTo(passMark) >= 0 ? CandidateStatus.TEST_PASSED : CandidateStatus.TEST_FAILED;
      competitions.setTestResult(candidate.id(), score, status);
      notices.competitionTest(vacancy, candidate.id(),
          score == null ? null : score.stripTrailingZeros().toPlainString(), status == CandidateStatus.TEST_PASSED,
          passMark.stripTrailingZeros().toPlainString());
      passed += status == CandidateStatus.TEST_PASSED ? 1 : 0;
    }
    vacancies.event(execution.getProcessBusinessKey(), "COMPETITION_TEST", results.competitionId() + ": " + passed
        + " of " + results.candidates().size() + " passed the test (pass mark "
        + passMark.stripTrailingZeros().toPlainString() + " %); observer " + results.observer(),
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
    if (Values.blank(raw)) {
      row.errors().add(FieldError.of("score", "competition.test.scoreRequired"));
    } else if (score == null || score.stripTrailingZeros().scale() > 2) {
      row.errors().add(FieldError.of("score", "value.notDecimal", 2));
    } else if (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0) {
      row.errors().add(FieldError.of("score", "value.outOfRange", 0, 100));
    } else {
      return score;
    }
    return BigDecimal.ZERO;
  }
}
