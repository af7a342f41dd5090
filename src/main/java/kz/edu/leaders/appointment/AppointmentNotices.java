package kz.edu.leaders.appointment;

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
import kz.edu.leaders.reserve.ReserveRepository;
import org.springframework.stereotype.Component;

/**
 * What the people of an appointment are told, queued by the step that decides it: a reservist offered the post, the
 * competition's candidates at each of its decisions, the appointee of the order. One key per event and person. A
 * competition's candidates gave no language when they applied: they read Kazakh and Russian both. A talent-pool
 * member has no e-mail on record and is not told.
 */
@Component
public class AppointmentNotices {

  public static final String RESERVIST_OFFER = "reservist-offer";
  public static final String COMPETITION_DOCUMENTS = "competition-documents";
  public static final String COMPETITION_TEST = "competition-test";
  public static final String COMPETITION_INVITATION = "competition-invitation";
  public static final String COMPETITION_NOT_INVITED = "competition-not-invited";
  public static final String COMPETITION_OUTCOME = "competition-outcome";
  public static final String APPOINTMENT_ORDER = "appointment-order";
  /** An appointed head's attestation falls due soon (HeadDuties, appointment/duties). */
  public static final String HEAD_ATTESTATION_DUE = "head-attestation-due";
  /** Every event of this class, for the test that renders each text. */
  public static final List<String> EVENTS = List.of(RESERVIST_OFFER, COMPETITION_DOCUMENTS, COMPETITION_TEST,
      COMPETITION_INVITATION, COMPETITION_NOT_INVITED, COMPETITION_OUTCOME, APPOINTMENT_ORDER, HEAD_ATTESTATION_DUE);

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private final Notifications notifications;
  private final ReserveRepository reserve;
  private final CompetitionResults competitions;
  private final CaseCalendar calendar;
  private final AppointmentSettings settings;

  public AppointmentNotices(Notifications notifications, ReserveRepository reserve, CompetitionResults competitions,
                            CaseCalendar calendar, AppointmentSettings settings) {
    this.notifications = notifications;
    this.reserve = reserve;
    this.competitions = competitions;
    this.calendar = calendar;
    this.settings = settings;
  }

  /** A Republican reservist is offered the post; the department records the answer by the day asked. */
  public void reservistOffered(VacancyRepository.Vacancy vacancy, String certificateNumber, LocalDate offeredOn) {
    LocalDate answerBy = calendar.addWorkingDays(offeredOn, settings.getReservistAnswerWorkingDays());
    toReservist(certificateNumber, "appointment:" + vacancy.number() + ":offer:" + certificateNumber + ":" + offeredOn,
        RESERVIST_OFFER, vacancy, Map.of("offeredOn", DATE.format(offeredOn), "answerBy", DATE.format(answerBy),
            "workingDays", settings.getReservistAnswerWorkingDays()));
  }

  /** The order that appoints a Republican reservist. */
  public void reservistAppointed(VacancyRepository.Vacancy vacancy, String certificateNumber,
                                 AppointmentOrderRepository.Order order) {
    toReservist(certificateNumber, "appointment:" + vacancy.number() + ":order:" + order.number(), APPOINTMENT_ORDER,
        vacancy, orderValues(order));
  }

  /** The order that appoints a competition's winner. */
  public void winnerAppointed(VacancyRepository.Vacancy vacancy, long candidateId,
                              AppointmentOrderRepository.Order order) {
    toCandidate(candidateId, "appointment:" + vacancy.number() + ":order:" + order.number(), APPOINTMENT_ORDER,
        vacancy, orderValues(order));
  }

  /**
   * The head appointed by the order is told that their attestation falls due and by when to pass it: a reservist or a
   * competition's winner, by the contact they gave; a talent-pool member has none on record and is not told.
   */
  public void headAttestationDue(VacancyRepository.Vacancy vacancy, AppointmentOrderRepository.Order order, int round,
                                 LocalDate dueOn, LocalDate passBy) {
    String key = "duties:" + order.number() + ":attestation:" + round;
    Map<String, Object> own = Map.of("orderNumber", order.number(), "orderDate", DATE.format(order.orderDate()),
        "dueOn", DATE.format(dueOn), "passBy", DATE.format(passBy));
    if (order.poolEntryNumber() == null && order.certificateNumber() != null) {
      toReservist(order.certificateNumber(), key, HEAD_ATTESTATION_DUE, vacancy, own);
    } else if (order.candidateId() != null) {
      toCandidate(order.candidateId(), key, HEAD_ATTESTATION_DUE, vacancy, own);
    }
  }

  public void competitionDocuments(VacancyRepository.Vacancy vacancy, long candidateId, boolean admitted,
                                   String reason) {
    toCandidate(candidateId, "competition:" + candidateId + ":documents", COMPETITION_DOCUMENTS, vacancy,
        Map.of("admitted", admitted, "rejected", !admitted, "reason", reason == null ? "" : reason));
  }

  /** The test result: {@code score} null for a candidate who did not sit it. */
  public void competitionTest(VacancyRepository.Vacancy vacancy, long candidateId, String score, boolean passed,
                              String passMark) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("sat", score != null);
    values.put("absent", score == null);
    values.put("score", score == null ? "" : score);
    values.put("passed", passed);
    values.put("failed", score != null && !passed);
    values.put("passMark", passMark);
    toCandidate(candidateId, "competition:" + candidateId + ":test", COMPETITION_TEST, vacancy, values);
  }

  /**
   * The session: when (Kazakhstan time), the public stream, and the consent to the broadcast the candidate gave; one
   * without it is not interviewed and is told so.
   */
  public void competitionSession(VacancyRepository.Vacancy vacancy, long candidateId, Date sessionAt, String link,
                                 boolean consent) {
    ZoneId zone = calendar.zone();
    var at = sessionAt.toInstant().atZone(zone);
    Map<String, Object> values = Map.of("date", DATE.format(at), "time", TIME.format(at), "link", link);
    toCandidate(candidateId, "competition:" + candidateId + ":session:" + sessionAt.getTime(),
        consent ? COMPETITION_INVITATION : COMPETITION_NOT_INVITED, vacancy, values);
  }

  public void competitionOutcome(VacancyRepository.Vacancy vacancy, long candidateId, boolean won, String reason) {
    toCandidate(candidateId, "competition:" + candidateId + ":outcome", COMPETITION_OUTCOME, vacancy,
        Map.of("won", won, "lost", !won, "reason", reason == null ? "" : reason));
  }

  private static Map<String, Object> orderValues(AppointmentOrderRepository.Order order) {
    return Map.of("orderNumber", order.number(), "orderDate", DATE.format(order.orderDate()));
  }

  private void toReservist(String certificateNumber, String key, String event, VacancyRepository.Vacancy vacancy,
                           Map<String, Object> own) {
    reserve.contact(certificateNumber).ifPresent(contact -> notifications.queue(new Notification(key, event,
        Notification.RecipientKind.CANDIDATE, certificateNumber, contact.email(),
        Language.ofTag(contact.language()).orElse(Language.KK_AND_RU), values(vacancy, contact.name(), own))));
  }

  private void toCandidate(long candidateId, String key, String event, VacancyRepository.Vacancy vacancy,
                           Map<String, Object> own) {
    competitions.contact(candidateId).ifPresent(contact -> notifications.queue(new Notification(key, event,
        Notification.RecipientKind.CANDIDATE, vacancy.number(), contact.email(), Language.KK_AND_RU,
        values(vacancy, contact.name(), own))));
  }

  private static Map<String, Object> values(VacancyRepository.Vacancy vacancy, String name, Map<String, Object> own) {
    Map<String, Object> values = new LinkedHashMap<>(own);
    values.put("name", name);
    values.put("vacancy", vacancy.number());
    values.put("post", (Reason.Named) vacancy.post()::name);
    values.put("school", vacancy.school());
    return values;
  }
}
