package kz.edu.leaders.reserve;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import kz.edu.leaders.domain.Region;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The reserve read as a registry: entries by filter, newest first, and one entry's history from the domain tables
 * (the entry, the offers of posts made to its holder, the appointment order, expiry and revocation). Writes only what
 * leaves the reserve without an appointment: expiry and revocation. Appointment's own tables are read, never written.
 */
@Repository
public class ReserveRegistry {

  public static final List<String> STATUSES = List.of("ACTIVE", "APPOINTED", "EXPIRED", "REVOKED");

  private static final String COLUMNS = """
      certificate_number, application_number, surname, first_name, region, level, cycle_year, created_at,
      valid_until, status, composite_score, expired_at, revoked_at, revoked_by, revocation_reason""";
  private static final RowMapper<Row> ROW = (rs, i) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3),
      rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7), rs.getTimestamp(8).toInstant(),
      rs.getDate(9).toLocalDate(), rs.getString(10), rs.getBigDecimal(11), instant(rs.getTimestamp(12)),
      instant(rs.getTimestamp(13)), rs.getString(14), rs.getString(15));

  private final JdbcTemplate jdbc;
  private final ZoneId zone;

  public ReserveRegistry(JdbcTemplate jdbc, @Value("${leaders.calendar.zone}") String zone) {
    this.jdbc = jdbc;
    this.zone = ZoneId.of(zone);
  }

  public ZoneId zone() {
    return zone;
  }

  /** The entries of the filter within the regions (null: every region), newest first; {@code limit} rows. */
  public List<Row> find(Filter filter, RegistryAccess.Scope scope, int offset, int limit) {
    Where where = where(filter, scope);
    List<Object> args = new ArrayList<>(where.args());
    args.add(limit);
    args.add(offset);
    return jdbc.query("SELECT " + COLUMNS + " FROM reserve_entry" + where.sql()
        + " ORDER BY created_at DESC, certificate_number DESC LIMIT ? OFFSET ?", ROW, args.toArray());
  }

  public long count(Filter filter, RegistryAccess.Scope scope) {
    Where where = where(filter, scope);
    Long count = jdbc.queryForObject("SELECT COUNT(*) FROM reserve_entry" + where.sql(), Long.class,
        where.args().toArray());
    return count == null ? 0 : count;
  }

  private Where where(Filter filter, RegistryAccess.Scope scope) {
    StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    if (scope.regions() != null) {
      if (scope.regions().isEmpty()) {
        sql.append(" AND 1 = 0");
      } else {
        sql.append(" AND region IN (").append(String.join(", ", scope.regions().stream().map(r -> "?").toList()))
            .append(")");
        scope.regions().stream().map(Region::name).sorted().forEach(args::add);
      }
    }
    if (filter.region() != null) {
      sql.append(" AND region = ?");
      args.add(filter.region().name());
    }
    if (filter.level() != null) {
      sql.append(" AND level = ?");
      args.add(filter.level().name());
    }
    if (filter.status() != null) {
      sql.append(" AND status = ?");
      args.add(filter.status());
    }
    if (filter.cycle() != null) {
      sql.append(" AND cycle_year = ?");
      args.add(filter.cycle());
    }
    if (filter.validOn() != null) {
      // In its term that day: enrolled by its end, term not over before it.
      sql.append(" AND created_at < ? AND valid_until >= ?");
      args.add(Timestamp.from(filter.validOn().plusDays(1).atStartOfDay(zone).toInstant()));
      args.add(Date.valueOf(filter.validOn()));
    }
    if (filter.validFrom() != null) {
      sql.append(" AND valid_until >= ?");
      args.add(Date.valueOf(filter.validFrom()));
    }
    if (filter.validTo() != null) {
      sql.append(" AND valid_until <= ?");
      args.add(Date.valueOf(filter.validTo()));
    }
    return new Where(sql.toString(), args);
  }

  /** By certificate number or by the number of the application that led to it. */
  public Optional<Row> one(String number) {
    return jdbc.query("SELECT " + COLUMNS + " FROM reserve_entry WHERE certificate_number = ? OR application_number = ?",
        ROW, number, number).stream().findFirst();
  }

  /** What happened to the entry, oldest first: enrolment, offers, appointment, expiry, revocation. */
  public List<Event> history(Row entry) {
    List<Event> events = new ArrayList<>();
    events.add(new Event(entry.enrolledAt(), "ENROLLED", null, entry.level(), null, null, null, null, null, null,
        null, entry.certificateNumber(), entry.validUntil()));
    jdbc.query("""
            SELECT o.offered_on, o.offered_by, o.answer, o.answered_on, v.vacancy_number, v.school, v.position
            FROM reservist_offer o JOIN vacancy v ON v.vacancy_number = o.vacancy_number
            WHERE o.certificate_number = ? ORDER BY o.id""",
        (rs, i) -> events.add(new Event(rs.getDate(1).toLocalDate().atStartOfDay(zone).toInstant(), "OFFERED",
            rs.getString(2), rs.getString(7), rs.getString(6), rs.getString(5), rs.getString(3),
            rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate(), null, null, null, null, null)),
        entry.certificateNumber());
    jdbc.query("""
            SELECT a.issued_at, a.order_number, a.order_date, v.vacancy_number, v.school, v.position
            FROM appointment_order a JOIN vacancy v ON v.vacancy_number = a.vacancy_number
            WHERE a.certificate_number = ?""",
        (rs, i) -> events.add(new Event(rs.getTimestamp(1).toInstant(), "APPOINTED", null, rs.getString(6),
            rs.getString(5), rs.getString(4), null, null, rs.getString(2), rs.getDate(3).toLocalDate(), null, null,
            null)),
        entry.certificateNumber());
    if (entry.expiredAt() != null) {
      events.add(new Event(entry.expiredAt(), "EXPIRED", null, null, null, null, null, null, null, null, null, null,
          entry.validUntil()));
    }
    if (entry.revokedAt() != null) {
      events.add(new Event(entry.revokedAt(), "REVOKED", entry.revokedBy(), null, null, null, null, null, null, null,
          entry.revocationReason(), null, null));
    }
    // Stable: events of one instant stay in the order they happened (an offer before the order it led to).
    events.sort(Comparator.comparing(Event::at));
    return events;
  }

  /** The entry leaves the reserve at the end of its term; true if it was in the reserve until now. */
  public boolean expire(String applicationNumber, Instant now) {
    return jdbc.update("""
        UPDATE reserve_entry SET status = 'EXPIRED', expired_at = ?
        WHERE application_number = ? AND status = 'ACTIVE'""", Timestamp.from(now), applicationNumber) == 1;
  }

  /** The entry is revoked; false if it was not in the reserve (already revoked, appointed or expired). */
  public boolean revoke(String certificateNumber, String by, String reason, Instant now) {
    return jdbc.update("""
        UPDATE reserve_entry SET status = 'REVOKED', revoked_at = ?, revoked_by = ?, revocation_reason = ?
        WHERE certificate_number = ? AND status = 'ACTIVE'""",
        Timestamp.from(now), by, reason, certificateNumber) == 1;
  }

  public LocalDate today(Clock clock) {
    return LocalDate.now(clock.withZone(zone));
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  private record Where(String sql, List<Object> args) {}

  /** The registry's filter; null fields do not filter. */
  public record Filter(Region region, kz.edu.leaders.domain.Post level, String status, Integer cycle,
                       LocalDate validOn, LocalDate validFrom, LocalDate validTo) {}

  public record Row(String certificateNumber, String applicationNumber, String surname, String firstName,
                    String region, String level, int cycle, Instant enrolledAt, LocalDate validUntil, String status,
                    BigDecimal compositeScore, Instant expiredAt, Instant revokedAt, String revokedBy,
                    String revocationReason) {}

  /**
   * One step of an entry's history: {@code by} who acted (made the offer, revoked); {@code post}, {@code school} and
   * {@code vacancy} of an offer or the appointment; an offer's {@code answer} and {@code answeredOn} (none yet: open);
   * the appointment's {@code orderNumber} and {@code orderDate}; a revocation's {@code reason}; the enrolment's
   * {@code certificateNumber} and every term's {@code validUntil}.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Event(Instant at, String event, String by, String post, String school, String vacancy, String answer,
                      LocalDate answeredOn, String orderNumber, LocalDate orderDate, String reason,
                      String certificateNumber, LocalDate validUntil) {}
}
