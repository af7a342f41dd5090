package kz.edu.leaders.lookup;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kz.edu.leaders.common.Language;
import kz.edu.leaders.common.Texts;
import kz.edu.leaders.common.WorkingDayCalendar;
import kz.edu.leaders.domain.Post;
import kz.edu.leaders.domain.Region;
import kz.edu.leaders.reserve.ReserveRepository;
import kz.edu.leaders.training.ParticipantRepository;
import kz.edu.leaders.web.Refusal;
import org.springframework.stereotype.Service;

/**
 * What a certificate number certifies, for anyone who holds one: a reserve certificate (RR-2026-XXXXXXXXXX, issued on
 * enrolment) or a course certificate (TC-XXXX-XXXX-XXXX, issued on completing a course). Both numbers are drawn at
 * random (SecureRandom, 50 and 60 bits), so trying numbers finds nothing. The status comes from the record: a reserve
 * entry is valid while active and unexpired, expired after its term, appointed once its holder took a post, revoked
 * once the CPE revoked the entry (the reserve registry); a course certificate does not expire.
 */
@Service
public class CertificateVerification {

  /** Both issuers draw from this alphabet: no 0/O, no 1/I. */
  private static final String LETTER = "[2-9A-HJ-NP-Z]";
  static final Pattern RESERVE = Pattern.compile("RR-\\d{4}-" + LETTER + "{10}");
  static final Pattern COURSE = Pattern.compile("TC-" + LETTER + "{4}-" + LETTER + "{4}-" + LETTER + "{4}");

  private final ReserveRepository reserve;
  private final ParticipantRepository participants;
  private final Clock clock;

  public CertificateVerification(ReserveRepository reserve, ParticipantRepository participants,
                                 WorkingDayCalendar calendar) {
    this.reserve = reserve;
    this.participants = participants;
    this.clock = Clock.system(ZoneId.of(calendar.zone()));
  }

  /** The certificate's answer; 400 for a number of neither form, 404 for one nobody issued. */
  public Verified verify(String given, Language language) {
    String number = given == null ? "" : given.trim().toUpperCase(Locale.ROOT);
    Optional<Verified> found;
    if (RESERVE.matcher(number).matches()) {
      found = reserve.certificate(number).map(c -> ofReserve(c, language));
    } else if (COURSE.matcher(number).matches()) {
      found = participants.certificate(number).map(c -> ofCourse(c, language));
    } else {
      throw Refusal.of(400, "certificate.malformed");
    }
    return found.orElseThrow(() -> Refusal.of(404, "certificate.unknown"));
  }

  private Verified ofReserve(ReserveRepository.Certificate c, Language language) {
    LocalDate today = LocalDate.now(clock);
    String status = switch (c.status()) {
      case "APPOINTED" -> "APPOINTED";
      case "REVOKED" -> "REVOKED";
      // Past its term before the ReserveTerm timer has run (it fires the day after): expired all the same.
      case "ACTIVE" -> c.validUntil().isBefore(today) ? "EXPIRED" : "VALID";
      // EXPIRED, written by the ReserveTerm process at the end of the term, and anything unforeseen: not valid.
      default -> "EXPIRED";
    };
    Post level = Post.valueOf(c.level());
    Region region = Region.valueOf(c.region());
    String holder = Stream.of(c.surname(), c.firstName()).filter(s -> s != null && !s.isBlank())
        .collect(Collectors.joining(" "));
    return new Verified(c.number(), label("certificate.kind.", "RESERVE", language),
        label("certificate.status.", status, language), holder,
        Texts.render("certificate.certifies.reserve", language, level.name(language), region.name(language)),
        new Label(level.name(), level.name(language)), new Label(region.name(), region.name(language)), null, null,
        c.issuedAt().atZone(clock.getZone()).toLocalDate(), c.validUntil(), language.tag());
  }

  private Verified ofCourse(ParticipantRepository.CourseCertificate c, Language language) {
    Region region = Region.valueOf(c.region());
    return new Verified(c.number(), label("certificate.kind.", "COURSE", language),
        label("certificate.status.", "VALID", language), c.fullName(),
        Texts.render("certificate.certifies.course", language, c.course(), c.hours()), null,
        new Label(region.name(), region.name(language)), c.course(), c.hours(),
        c.issuedAt().atZone(clock.getZone()).toLocalDate(), null, language.tag());
  }

  private static Label label(String prefix, String code, Language language) {
    return new Label(code, Texts.render(prefix + code, language));
  }

  public record Label(String code, String label) {}

  /** The answer: {@code level} for a reserve certificate, {@code course} and {@code hours} for a course's. */
  public record Verified(String certificateNumber, Label kind, Label status, String holder, String certifies,
                         Label level, Label region, String course, Integer hours, LocalDate issuedOn,
                         LocalDate validUntil, String language) {}
}
