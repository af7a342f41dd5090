package kz.edu.leaders.selection;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import kz.edu.leaders.common.Language;
import kz.edu.leaders.common.Texts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * An application's status as the candidate may read it (the portal's API and the public lookup): stage, status,
 * outcome and reason, the decisions with their dates (not who decided), the next step and its deadline, names in the
 * reader's language. No IIN, phone or e-mail.
 */
@Component
public class ApplicationStatus {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private final ApplicationRepository applications;
  private final ZoneId zone;

  public ApplicationStatus(ApplicationRepository applications, @Value("${leaders.calendar.zone}") String zone) {
    this.applications = applications;
    this.zone = ZoneId.of(zone);
  }

  public Optional<View> of(String number, Language language) {
    return applications.status(number).map(status -> view(status, language));
  }

  private View view(ApplicationRepository.Status status, Language language) {
    String number = status.number();
    boolean open = ApplicationRepository.IN_PROGRESS.equals(status.status());
    // The correction deadline is the start of the day after the last day: the candidate reads the last day.
    LocalDate deadline = open && status.stage() == Stage.DOCUMENT_CORRECTION && status.correctionDeadline() != null
        ? status.correctionDeadline().atZone(zone).toLocalDate().minusDays(1) : null;
    String next = !open ? null : deadline != null
        ? Texts.render("selection.status.next." + status.stage().name(), language, DAY.format(deadline))
        : Texts.render("selection.status.next." + status.stage().name(), language);
    List<DecisionView> decisions = applications.decisions(number).stream().map(d -> new DecisionView(d.stage().name(),
        Texts.render("notification.stage." + d.stage().name(), language), d.decision(),
        Texts.render("selection.decision." + d.decision(), language), d.reason(), d.decidedAt())).toList();
    return new View(number, status.status(), Texts.render("selection.state." + status.status(), language),
        status.stage().name(),
        Texts.render("notification.stage." + status.stage().name(), language), status.outcome(),
        status.outcome() == null ? null : Texts.render("notification.outcome." + status.outcome(), language),
        status.reason(), status.registeredAt(), status.closedAt(), decisions, next, deadline);
  }

  public record View(String applicationNumber, String status, String statusName, String stage, String stageName, String outcome,
                     String outcomeName, String outcomeReason, Instant registeredAt, Instant closedAt,
                     List<DecisionView> decisions, String nextStep, LocalDate nextStepDeadline) {}

  public record DecisionView(String stage, String stageName, String decision, String decisionName, String reason,
                             Instant decidedAt) {}
}
