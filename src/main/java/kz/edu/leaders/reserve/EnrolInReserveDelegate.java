package kz.edu.leaders.reserve;

import kz.edu.leaders.selection.SelectionSettings;
import kz.edu.leaders.selection.SelectionVariables;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * "Enrol in the reserve": writes the reserve entry in the engine's transaction. A retried step finds the
 * entry already there and writes nothing more. The certificate number is random (not guessable); the
 * composite score is the mean of the four stage results on a 100-point scale: test overall, internship
 * rubric mean x 20, final assessment, interview mean x 10.
 */
@Component
public class EnrolInReserveDelegate implements JavaDelegate {

  private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
  private final SecureRandom random = new SecureRandom();

  private final ReserveRepository reserve;
  private final JdbcTemplate jdbc;
  private final SelectionSettings settings;

  public EnrolInReserveDelegate(ReserveRepository reserve, JdbcTemplate jdbc, SelectionSettings settings) {
    this.reserve = reserve;
    this.jdbc = jdbc;
    this.settings = settings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = execution.getProcessBusinessKey();
    // From the record, not from variables: a task's submission may carry forged ones.
    ReserveRepository.Applicant applicant = reserve.applicant(number);
    String level = "DEPUTY_DIRECTOR".equals(applicant.positionNow()) ? "DIRECTOR" : "DEPUTY_DIRECTOR";
    LocalDate validUntil = LocalDate.of(applicant.cycle(), 12, 31).plusYears(settings.getReserve().getTermYears());
    reserve.enrol(number, certificateNumber(applicant.cycle()), level, validUntil, compositeScore(number));
    reserve.forApplication(number).ifPresent(entry -> {
      execution.setVariable("certificateNumber", entry.certificateNumber());
      execution.setVariable(SelectionVariables.OUTCOME_REASON, "Enrolled in the reserve as " + level
          + " until " + entry.validUntil() + ", certificate " + entry.certificateNumber());
    });
  }

  String certificateNumber(int cycle) {
    StringBuilder code = new StringBuilder("RR-" + cycle + "-");
    for (int i = 0; i < 10; i++) {
      code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
    }
    return code.toString();
  }

  BigDecimal compositeScore(String number) {
    BigDecimal score = jdbc.queryForObject("""
        SELECT (a.test_overall + i.rubric_mean * 20 + a.final_assessment_score
                + (SELECT MAX(r.mean_score) FROM interview_round r
                   WHERE r.application_number = a.application_number) * 10) / 4
        FROM application a JOIN internship i ON i.application_number = a.application_number
        WHERE a.application_number = ?""", BigDecimal.class, number);
    return score == null ? null : score.setScale(2, RoundingMode.HALF_UP);
  }
}
