package kz.edu.leaders.talentpool;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import kz.edu.leaders.common.Sequences;
import kz.edu.leaders.domain.Region;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.stereotype.Repository;

/**
 * Nominations to a region's talent pool and the pool's entries: the only class that reads or writes
 * {@code pool_nomination} and {@code pool_entry}. Runs in the caller's (the engine's) transaction.
 */
@Repository
public class TalentPoolRepository {

  public static final String UNDER_REVIEW = "UNDER_REVIEW";
  public static final String APPROVED = "APPROVED";
  public static final String DECLINED = "DECLINED";
  public static final String ACTIVE = "ACTIVE";
  public static final String APPOINTED = "APPOINTED";

  private static final String NOMINATION_COLUMNS = """
      nomination_number, region, iin, surname, first_name, patronymic, phone, current_post, organisation,
      experience_years, courses, results, grounds, status, nominated_by, nominated_at, decision, decision_reason,
      decided_by, decided_at, term_from, term_until\s""";
  private static final RowMapper<Nomination> NOMINATION = (rs, i) -> new Nomination(rs.getString(1),
      Region.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
      rs.getString(7), rs.getString(8), rs.getString(9), rs.getInt(10), rs.getString(11), rs.getString(12),
      rs.getString(13), rs.getString(14), rs.getString(15), instant(rs.getTimestamp(16)), rs.getString(17),
      rs.getString(18), rs.getString(19), instant(rs.getTimestamp(20)), date(rs.getDate(21)), date(rs.getDate(22)));
  private static final String ENTRY_COLUMNS = """
      entry_number, region, iin, surname, first_name, patronymic, current_post, organisation, term_from, term_until,
      status, nomination_number\s""";
  private static final RowMapper<Entry> ENTRY = (rs, i) -> new Entry(rs.getString(1), Region.valueOf(rs.getString(2)),
      rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
      rs.getDate(9).toLocalDate(), rs.getDate(10).toLocalDate(), rs.getString(11), rs.getString(12));

  private final JdbcTemplate jdbc;
  private final DataFieldMaxValueIncrementer nominationNumbers;
  private final DataFieldMaxValueIncrementer entryNumbers;

  public TalentPoolRepository(JdbcTemplate jdbc, DataSource dataSource) throws MetaDataAccessException {
    this.jdbc = jdbc;
    this.nominationNumbers = Sequences.of(dataSource, "pool_nomination_seq");
    this.entryNumbers = Sequences.of(dataSource, "pool_entry_seq");
  }

  /** A new nomination number, e.g. {@code TPN-2026-000042}: the business key of TalentPoolNomination. */
  public String nextNominationNumber(int year) {
    return String.format("TPN-%d-%06d", year, nominationNumbers.nextLongValue());
  }

  /** Records the nomination as waiting for review; a second open one of the person in the region fails. */
  public void nominate(String number, NewNomination n, String nominatedBy, String processInstanceId) {
    jdbc.update("""
        INSERT INTO pool_nomination (nomination_number, region, iin, surname, first_name, patronymic, phone,
          current_post, organisation, experience_years, courses, results, grounds, status, nominated_by, nominated_at,
          process_instance_id, open_person)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        number, n.region().name(), n.iin(), n.surname(), n.firstName(), n.patronymic(), n.phone(), n.currentPost(),
        n.organisation(), n.experienceYears(), n.courses(), n.results(), n.grounds(), UNDER_REVIEW, nominatedBy,
        now(), processInstanceId, openPerson(n.region(), n.iin()));
  }

  public Optional<Nomination> nomination(String number) {
    return jdbc.query("SELECT " + NOMINATION_COLUMNS + " FROM pool_nomination WHERE nomination_number = ?",
        NOMINATION, number).stream().findFirst();
  }

  public Nomination getNomination(String number) {
    return nomination(number).orElseThrow(() -> new IllegalStateException("No nomination " + number));
  }

  /** The person's nomination in the region still waiting for review, if any. */
  public Optional<String> openNomination(Region region, String iin) {
    return jdbc.queryForList("SELECT nomination_number FROM pool_nomination WHERE open_person = ?", String.class,
        openPerson(region, iin)).stream().findFirst();
  }

  /** Records the reviewer's decision once; the nomination is no longer open. */
  public boolean decide(String number, String decision, String reason, LocalDate termFrom, LocalDate termUntil,
                        String decidedBy) {
    return jdbc.update("""
        UPDATE pool_nomination SET status = ?, decision = ?, decision_reason = ?, decided_by = ?, decided_at = ?,
          term_from = ?, term_until = ?, open_person = NULL
        WHERE nomination_number = ? AND status = ?""",
        decision, decision, reason, decidedBy, now(), termFrom == null ? null : Date.valueOf(termFrom),
        termUntil == null ? null : Date.valueOf(termUntil), number, UNDER_REVIEW) == 1;
  }

  /** The pool entry of an approved nomination, unless it exists (a retried step writes nothing more). */
  public Entry enter(Nomination nomination, int year) {
    Optional<Entry> existing = jdbc.query("SELECT " + ENTRY_COLUMNS + " FROM pool_entry WHERE nomination_number = ?",
        ENTRY, nomination.number()).stream().findFirst();
    if (existing.isPresent()) {
      return existing.get();
    }
    String number = String.format("TP-%d-%06d", year, entryNumbers.nextLongValue());
    jdbc.update("""
        INSERT INTO pool_entry (entry_number, region, iin, surname, first_name, patronymic, current_post, organisation,
          term_from, term_until, status, nomination_number, created_by, created_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        number, nomination.region().name(), nomination.iin(), nomination.surname(), nomination.firstName(),
        nomination.patronymic(), nomination.currentPost(), nomination.organisation(),
        Date.valueOf(nomination.termFrom()), Date.valueOf(nomination.termUntil()), ACTIVE, nomination.number(),
        nomination.decidedBy(), now());
    return entry(number).orElseThrow();
  }

  public Optional<Entry> entry(String number) {
    return jdbc.query("SELECT " + ENTRY_COLUMNS + " FROM pool_entry WHERE entry_number = ?", ENTRY, number)
        .stream().findFirst();
  }

  /** The person's entry in the region's pool that is active on the day, if any. */
  public Optional<Entry> activeEntry(Region region, String iin, LocalDate day) {
    return jdbc.query("SELECT " + ENTRY_COLUMNS + """
         FROM pool_entry WHERE region = ? AND iin = ? AND status = 'ACTIVE' AND term_from <= ? AND term_until >= ?""",
        ENTRY, region.name(), iin, Date.valueOf(day), Date.valueOf(day)).stream().findFirst();
  }

  /** The region's pool on the day: active entries whose term has begun and not ended, by name. */
  public List<Entry> active(Region region, LocalDate day) {
    return jdbc.query("SELECT " + ENTRY_COLUMNS + """
         FROM pool_entry WHERE region = ? AND status = 'ACTIVE' AND term_from <= ? AND term_until >= ?
        ORDER BY surname, first_name, entry_number""",
        ENTRY, region.name(), Date.valueOf(day), Date.valueOf(day));
  }

  /** Every entry of the region's pool, active or not, newest first. */
  public List<Entry> entries(Region region) {
    return jdbc.query("SELECT " + ENTRY_COLUMNS + " FROM pool_entry WHERE region = ? ORDER BY created_at DESC, "
        + "entry_number DESC", ENTRY, region.name());
  }

  public List<Nomination> nominations(Region region) {
    return jdbc.query("SELECT " + NOMINATION_COLUMNS + " FROM pool_nomination WHERE region = ? ORDER BY nominated_at "
        + "DESC, nomination_number DESC", NOMINATION, region.name());
  }

  /** The entries of these numbers, by number (a missing one is left out). */
  public Map<String, Entry> byNumber(Collection<String> numbers) {
    Map<String, Entry> entries = new LinkedHashMap<>();
    if (numbers.isEmpty()) {
      return entries;
    }
    String marks = String.join(", ", numbers.stream().map(c -> "?").toList());
    jdbc.query("SELECT " + ENTRY_COLUMNS + " FROM pool_entry WHERE entry_number IN (" + marks + ")", ENTRY,
        numbers.toArray()).forEach(entry -> entries.put(entry.number(), entry));
    return entries;
  }

  /** The member leaves the active pool: appointed to a post. */
  public void markAppointed(String entryNumber) {
    jdbc.update("UPDATE pool_entry SET status = 'APPOINTED', left_at = ? WHERE entry_number = ? AND status = 'ACTIVE'",
        now(), entryNumber);
  }

  private static String openPerson(Region region, String iin) {
    return region.name() + ":" + iin;
  }

  private static Timestamp now() {
    return Timestamp.from(Instant.now());
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  private static LocalDate date(Date date) {
    return date == null ? null : date.toLocalDate();
  }

  public record NewNomination(String iin, String surname, String firstName, String patronymic, String phone,
                              String currentPost, String organisation, Region region, int experienceYears,
                              String courses, String results, String grounds) {}

  public record Nomination(String number, Region region, String iin, String surname, String firstName,
                           String patronymic, String phone, String currentPost, String organisation,
                           int experienceYears, String courses, String results, String grounds, String status,
                           String nominatedBy, Instant nominatedAt, String decision, String decisionReason,
                           String decidedBy, Instant decidedAt, LocalDate termFrom, LocalDate termUntil) {

    public String fullName() {
      return surname + " " + firstName + (patronymic == null ? "" : " " + patronymic);
    }
  }

  public record Entry(String number, Region region, String iin, String surname, String firstName, String patronymic,
                      String currentPost, String organisation, LocalDate termFrom, LocalDate termUntil, String status,
                      String nominationNumber) {

    public String fullName() {
      return surname + " " + firstName + (patronymic == null ? "" : " " + patronymic);
    }
  }
}
