package kz.edu.leaders.selection;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.common.Language;
import kz.edu.leaders.common.Reason;
import kz.edu.leaders.notification.Notification;
import kz.edu.leaders.notification.Notifications;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What a selection candidate is told, queued by the step that decides it, in the step's transaction. Each event has
 * one key per application (a retried step queues nothing more); the texts are notifications/&lt;event&gt;.kk|ru.txt.
 * Only what the candidate may know goes in: the number, the decision, its reason, dates; never the IIN.
 */
@Component
public class CandidateNotices {

  public static final String REGISTERED = "application-registered";
  public static final String STAGE_REACHED = "application-stage-reached";
  public static final String DOCUMENTS_RETURNED = "documents-returned";
  public static final String DOCUMENTS_REJECTED = "documents-rejected";
  public static final String TEST_RESULT = "test-result";
  public static final String CLOSED = "application-closed";
  public static final String ENROLLED = "reserve-enrolled";
  /** Every event of this class, for the test that renders each text. */
  public static final List<String> EVENTS =
      List.of(REGISTERED, STAGE_REACHED, DOCUMENTS_RETURNED, DOCUMENTS_REJECTED, TEST_RESULT, CLOSED, ENROLLED);

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private final ApplicationRepository applications;
  private final Notifications notifications;
  private final ZoneId zone;

  public CandidateNotices(ApplicationRepository applications, Notifications notifications,
                          @Value("${leaders.calendar.zone}") String zone) {
    this.applications = applications;
    this.notifications = notifications;
    this.zone = ZoneId.of(zone);
  }

  public void registered(String number) {
    queue(number, number + ":registered", REGISTERED, Map.of());
  }

  /** The application moved on to a stage after the one before was passed. */
  public void stageReached(String number, Stage stage) {
    queue(number, number + ":stage:" + stage.name(), STAGE_REACHED, Map.of("stage", stageName(stage)));
  }

  public void documentsReturned(String number, String what, Date deadline, int workingDays) {
    queue(number, number + ":documents-returned", DOCUMENTS_RETURNED, Map.of("what", what,
        // The deadline is the start of the day after the last working day: the candidate reads the last day.
        "lastDay", DATE.format(deadline.toInstant().atZone(zone).toLocalDate().minusDays(1)),
        "workingDays", workingDays));
  }

  public void testResult(String number, String overall, boolean passed, List<Reason> reasons) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("overall", overall);
    values.put("passed", passed);
    values.put("failed", !passed);
    values.put("reasons", reasons.isEmpty() ? "" : reasons);
    queue(number, number + ":test-result", TEST_RESULT, values);
  }

  /** The application closed without enrolment: at which stage, and why. */
  public void closed(String number, Stage stage, String outcome, String reason) {
    String event = stage == Stage.DOCUMENT_CHECK ? DOCUMENTS_REJECTED : CLOSED;
    queue(number, number + ":closed", event, Map.of("stage", stageName(stage),
        "outcome", Reason.of("notification.outcome." + outcome), "reason", reason == null ? "" : reason));
  }

  public void enrolled(String number, Reason.Named level, String certificateNumber, LocalDate validUntil) {
    queue(number, number + ":enrolled", ENROLLED, Map.of("level", level, "certificateNumber", certificateNumber,
        "validUntil", DATE.format(validUntil)));
  }

  static Reason stageName(Stage stage) {
    return Reason.of("notification.stage." + stage.name());
  }

  private void queue(String number, String key, String event, Map<String, Object> eventValues) {
    applications.contact(number).ifPresent(contact -> {
      Map<String, Object> values = new LinkedHashMap<>(eventValues);
      values.put("number", number);
      values.put("name", contact.salutationName());
      notifications.queue(Notification.toCandidate("selection:" + key, event, number, contact.email(),
          Language.ofTag(contact.language()).orElse(Language.KK_AND_RU), values));
    });
  }
}
