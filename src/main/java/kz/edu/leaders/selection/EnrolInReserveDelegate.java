package kz.edu.leaders.selection;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import kz.edu.leaders.common.Reason;
import kz.edu.leaders.domain.Post;
import kz.edu.leaders.reserve.ReserveRepository;
import kz.edu.leaders.reserve.ReserveTerm;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Enrol in the reserve": writes the reserve entry in the engine's transaction. A retried step finds the
 * entry already there and writes nothing more. The certificate number is random (not guessable); the
 * composite score is the mean of the four stage results on a 100-point scale: test overall, internship
 * rubric mean x 20, final assessment, interview mean x 10. The entry's term starts as a ReserveTerm process, whose
 * timer expires the entry at its end.
 */
@Component
public class EnrolInReserveDelegate implements JavaDelegate {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
  private final SecureRandom random = new SecureRandom();

  private final ReserveRepository reserve;
  private final ApplicationRepository applications;
  private final SelectionSettings settings;
  private final CandidateNotices notices;
  private final ReserveTerm term;

  public EnrolInReserveDelegate(ReserveRepository reserve, ApplicationRepository applications,
                                SelectionSettings settings, CandidateNotices notices, ReserveTerm term) {
    this.reserve = reserve;
    this.applications = applications;
    this.settings = settings;
    this.notices = notices;
    this.term = term;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = execution.getProcessBusinessKey();
    // From the record, not from variables: a task's submission may carry forged ones.
    ApplicationRepository.Enrolment applicant = applications.enrolment(number);
    String level = "DEPUTY_DIRECTOR".equals(applicant.positionNow()) ? "DIRECTOR" : "DEPUTY_DIRECTOR";
    LocalDate validUntil = LocalDate.of(applicant.cycle(), 12, 31).plusYears(settings.getReserve().getTermYears());
    reserve.enrol(new ReserveRepository.NewEntry(certificateNumber(applicant.cycle()), applicant.iin(), number,
        applicant.region(), level, applicant.cycle(), validUntil, applicant.surname(), applicant.firstName(),
        applications.compositeScore(number)));
    reserve.forApplication(number).ifPresent(entry -> {
      execution.setVariable("certificateNumber", entry.certificateNumber());
      Reason.Named post = Post.valueOf(level)::name;
      execution.setVariable(SelectionVariables.OUTCOME_REASON, Reason.forRecord(Reason.of("reason.enrolled", post,
          DATE.format(entry.validUntil()), entry.certificateNumber())));
      notices.enrolled(number, post, entry.certificateNumber(), entry.validUntil());
      // The entry expires by itself at the end of its term: the ReserveTerm process waits for it.
      term.start(number, entry.validUntil());
    });
  }

  String certificateNumber(int cycle) {
    StringBuilder code = new StringBuilder("RR-" + cycle + "-");
    for (int i = 0; i < 10; i++) {
      code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
    }
    return code.toString();
  }

}
