package kz.edu.leaders.reserve;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import kz.edu.leaders.common.Language;
import kz.edu.leaders.common.Reason;
import kz.edu.leaders.domain.Post;
import kz.edu.leaders.notification.Notification;
import kz.edu.leaders.notification.Notifications;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * "Expire the reserve entry", at the end of its term: the entry of the instance's application leaves the reserve
 * (EXPIRED, with the moment) and its holder is told, in the language they applied in. Only an entry still in the
 * reserve expires; an appointed or revoked one stays as it is, and its holder is told nothing.
 */
@Component
public class ExpireReserveEntryDelegate implements JavaDelegate {

  public static final String EXPIRED = "reserve-expired";
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private final ReserveRegistry registry;
  private final ReserveRepository reserve;
  private final Notifications notifications;

  public ExpireReserveEntryDelegate(ReserveRegistry registry, ReserveRepository reserve,
                                    Notifications notifications) {
    this.registry = registry;
    this.reserve = reserve;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = execution.getProcessBusinessKey();
    // The engine's clock: the moment the timer fired (tests move it).
    if (!registry.expire(number, ClockUtil.getCurrentTime().toInstant())) {
      return;
    }
    ReserveRepository.Entry entry = reserve.forApplication(number).orElseThrow();
    reserve.contact(entry.certificateNumber()).ifPresent(contact -> notifications.queue(Notification.toCandidate(
        "reserve:" + entry.certificateNumber() + ":expired", EXPIRED, number, contact.email(),
        Language.ofTag(contact.language()).orElse(Language.KK_AND_RU),
        values(contact.name(), entry.certificateNumber(), Post.valueOf(entry.level()), entry.validUntil()))));
  }

  public static Map<String, Object> values(String name, String certificate, Post level, LocalDate validUntil) {
    return Map.of("name", name, "certificateNumber", certificate, "level", (Reason.Named) level::name,
        "validUntil", DATE.format(validUntil));
  }
}
