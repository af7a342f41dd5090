package kz.edu.leaders.reserve;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.edu.leaders.domain.Post;
import kz.edu.leaders.domain.Region;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The Republican personnel reserve: one entry per enrolled application. The only class that reads or writes
 * {@code reserve_entry}: the selection enrols, the appointment offers posts to reservists and appoints them.
 */
@Repository
public class ReserveRepository {

  private static final String COLUMNS = """
      certificate_number, iin, surname, first_name, region, level, cycle_year, valid_until, status, composite_score""";
  private static final RowMapper<Entry> ENTRY = (rs, i) -> new Entry(rs.getString(1), rs.getString(2),
      rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7),
      rs.getDate(8).toLocalDate(), rs.getString(9), rs.getBigDecimal(10));

  private final JdbcTemplate jdbc;

  public ReserveRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Entry> forApplication(String number) {
    return jdbc.query("SELECT " + COLUMNS + " FROM reserve_entry WHERE application_number = ?", ENTRY, number)
        .stream().findFirst();
  }

  /**
   * Writes the entry unless the application is already enrolled (a retried step writes nothing more). A failed
   * insert would abort the engine's transaction on PostgreSQL, so the entry is looked for first; the unique
   * application number stays the guard.
   */
  public boolean enrol(NewEntry entry) {
    if (forApplication(entry.applicationNumber()).isPresent()) {
      return false;
    }
    return jdbc.update("""
        INSERT INTO reserve_entry (certificate_number, iin, application_number, region, level, cycle_year, valid_until,
          status, created_at, surname, first_name, composite_score)
        VALUES (?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?, ?)""",
        entry.certificateNumber(), entry.iin(), entry.applicationNumber(), entry.region(), entry.level(),
        entry.cycle(), Date.valueOf(entry.validUntil()), Timestamp.from(Instant.now()), entry.surname(),
        entry.firstName(), entry.compositeScore()) == 1;
  }

  /** Whether the IIN is in the reserve now (active and unexpired): the eligibility table reads it. */
  public boolean isActiveReservist(String iin) {
    Integer count = jdbc.queryForObject("""
        SELECT COUNT(*) FROM reserve_entry WHERE iin = ? AND status = 'ACTIVE' AND valid_until >= CURRENT_DATE""",
        Integer.class, iin);
    return count != null && count > 0;
  }

  /** Active, unexpired reservists of the level in the region, best composite score first. */
  public List<Entry> active(Region region, Post level, LocalDate today) {
    return jdbc.query("SELECT " + COLUMNS + """
         FROM reserve_entry
        WHERE region = ? AND level = ? AND status = 'ACTIVE' AND valid_until >= ?
        ORDER BY composite_score DESC NULLS LAST, certificate_number""",
        ENTRY, region.name(), level.name(), Date.valueOf(today));
  }

  /** The entries of these certificates, by certificate number (a missing one is left out). */
  public Map<String, Entry> byCertificate(Collection<String> certificates) {
    Map<String, Entry> entries = new LinkedHashMap<>();
    if (certificates.isEmpty()) {
      return entries;
    }
    String marks = String.join(", ", certificates.stream().map(c -> "?").toList());
    jdbc.query("SELECT " + COLUMNS + " FROM reserve_entry WHERE certificate_number IN (" + marks + ")", ENTRY,
        certificates.toArray()).forEach(entry -> entries.put(entry.certificateNumber(), entry));
    return entries;
  }

  /** What a certificate's public verification shows of its entry (no IIN): empty for an unknown number. */
  public Optional<Certificate> certificate(String number) {
    return jdbc.query("""
            SELECT certificate_number, surname, first_name, region, level, valid_until, status, created_at
            FROM reserve_entry WHERE certificate_number = ?""",
        (rs, i) -> new Certificate(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getDate(6).toLocalDate(), rs.getString(7), rs.getTimestamp(8).toInstant()), number)
        .stream().findFirst();
  }

  /** The reservist leaves the active reserve: appointed to a post. */
  public void markAppointed(String certificate) {
    jdbc.update("UPDATE reserve_entry SET status = 'APPOINTED' WHERE certificate_number = ? AND status = 'ACTIVE'",
        certificate);
  }

  public record NewEntry(String certificateNumber, String iin, String applicationNumber, String region, String level,
                         int cycle, LocalDate validUntil, String surname, String firstName,
                         BigDecimal compositeScore) {}

  /**
   * Where a Republican reservist is told about offers and orders: the e-mail and language of the application that led
   * to the entry (null language: both).
   */
  public Optional<Contact> contact(String certificateNumber) {
    return jdbc.query("""
            SELECT a.email, a.language, a.first_name, a.patronymic FROM reserve_entry r
            JOIN application a ON a.application_number = r.application_number WHERE r.certificate_number = ?""",
        (rs, i) -> new Contact(rs.getString(1), rs.getString(2),
            rs.getString(4) == null ? rs.getString(3) : rs.getString(3) + " " + rs.getString(4)), certificateNumber)
        .stream().findFirst();
  }

  public record Contact(String email, String language, String name) {}

  public record Certificate(String number, String surname, String firstName, String region, String level,
                            LocalDate validUntil, String status, Instant issuedAt) {}

  public record Entry(String certificateNumber, String iin, String surname, String firstName, String region,
                      String level, int cycle, LocalDate validUntil, String status, BigDecimal compositeScore) {}
}
