package kz.edu.leaders.analytics;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kz.edu.leaders.domain.Region;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The grouped queries analytics is made of, on the domain tables only. Each answers a few hundred rows at most, however
 * many applications the cycle has: the counting is the database's, on the indexes of migrations 1 and 18.
 */
@Repository
public class AnalyticsRepository {

  private final JdbcTemplate jdbc;

  public AnalyticsRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public record CycleSize(int cycle, long applications) {}

  public record StageCount(String region, String stage, String status, String outcome, long applications) {}

  public record StageTime(String stage, long applications, double medianSeconds, double p90Seconds) {}

  public record InStage(String stage, long applications) {}

  public record Enrolment(String region, String level, Instant enrolledAt, String status, LocalDate appointedOn) {}

  public record CompetitionCount(String region, String status, String ending, boolean reannounced, long count) {}

  public List<CycleSize> cycles() {
    return jdbc.query("SELECT cycle_year, COUNT(*) FROM application GROUP BY cycle_year ORDER BY cycle_year DESC",
        (rs, i) -> new CycleSize(rs.getInt(1), rs.getLong(2)));
  }

  /** Whether the cycle has any application: one index lookup, not the count of every cycle. */
  public boolean hasApplications(int cycle) {
    return !jdbc.queryForList("SELECT 1 FROM application WHERE cycle_year = ? FETCH FIRST 1 ROWS ONLY", Integer.class,
        cycle).isEmpty();
  }

  /** Applications of the cycle by region, the stage they are in or closed at, status and outcome. */
  public List<StageCount> stageCounts(int cycle, Region region) {
    List<Object> args = new ArrayList<>(List.of(cycle));
    return jdbc.query("SELECT region, stage, status, outcome, COUNT(*) FROM application WHERE cycle_year = ?"
            + regionFilter("region", region, args) + " GROUP BY region, stage, status, outcome",
        (rs, i) -> new StageCount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5)),
        args.toArray());
  }

  /**
   * Per stage, the time the cycle's applications spent in it, summed per application over its visits (a second
   * document check counts with the first), for the stages they have left.
   */
  public List<StageTime> stageTimes(int cycle, Region region) {
    List<Object> args = new ArrayList<>(List.of(cycle));
    String filter = regionFilter("a.region", region, args);
    return jdbc.query("""
            SELECT t.stage, COUNT(*),
              PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY t.seconds),
              PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY t.seconds)
            FROM (SELECT v.application_number, v.stage, SUM(v.duration_seconds) AS seconds
                  FROM application_stage_visit v JOIN application a ON a.application_number = v.application_number
                  WHERE a.cycle_year = ? AND v.left_at IS NOT NULL""" + filter + """

                  GROUP BY v.application_number, v.stage) t
            GROUP BY t.stage""",
        (rs, i) -> new StageTime(rs.getString(1), rs.getLong(2), rs.getDouble(3), rs.getDouble(4)), args.toArray());
  }

  /** Per stage, how many of the cycle's applications are in it now. */
  public List<InStage> inStageNow(int cycle, Region region) {
    List<Object> args = new ArrayList<>(List.of(cycle));
    return jdbc.query("""
            SELECT v.stage, COUNT(*) FROM application_stage_visit v
            JOIN application a ON a.application_number = v.application_number
            WHERE a.cycle_year = ? AND v.left_at IS NULL""" + regionFilter("a.region", region, args)
            + " GROUP BY v.stage",
        (rs, i) -> new InStage(rs.getString(1), rs.getLong(2)), args.toArray());
  }

  /** The cycle's reserve entries, each with the date of its first appointment order, if any. */
  public List<Enrolment> enrolments(int cycle, Region region) {
    List<Object> args = new ArrayList<>(List.of(cycle));
    return jdbc.query("""
            SELECT e.region, e.level, e.created_at, e.status, MIN(o.order_date)
            FROM reserve_entry e LEFT JOIN appointment_order o ON o.certificate_number = e.certificate_number
            WHERE e.cycle_year = ?""" + regionFilter("e.region", region, args) + """

            GROUP BY e.certificate_number, e.region, e.level, e.created_at, e.status""",
        (rs, i) -> {
          Date appointed = rs.getDate(5);
          return new Enrolment(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4),
              appointed == null ? null : appointed.toLocalDate());
        }, args.toArray());
  }

  /** Competitions announced in [from, until), by region, status, how they ended and whether one followed. */
  public List<CompetitionCount> competitions(LocalDate from, LocalDate until, Region region) {
    List<Object> args = new ArrayList<>(List.of(Date.valueOf(from), Date.valueOf(until)));
    return jdbc.query("""
            SELECT region, status, ending, reannounced, COUNT(*) FROM (
              SELECT v.region, k.status, k.ending,
                CASE WHEN EXISTS (SELECT 1 FROM competition n
                                  WHERE n.vacancy_number = k.vacancy_number AND n.attempt > k.attempt)
                     THEN 1 ELSE 0 END AS reannounced
              FROM competition k JOIN vacancy v ON v.vacancy_number = k.vacancy_number
              WHERE k.announced_on >= ? AND k.announced_on < ?""" + regionFilter("v.region", region, args) + """
            ) c GROUP BY region, status, ending, reannounced""",
        (rs, i) -> new CompetitionCount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4) == 1,
            rs.getLong(5)), args.toArray());
  }

  public record DutyCount(String region, String duty, String state, long count) {}

  /**
   * The duties of heads in post still waiting, due by {@code until}: attestations without a result (OVERDUE after
   * their window, IN_WINDOW once due, DUE_SOON before) and rotations without a decision (OVERDUE after the limit,
   * DUE_SOON before it), by region.
   */
  public List<DutyCount> dutiesDue(LocalDate today, LocalDate until, Region region) {
    List<Object> args = new ArrayList<>(List.of(Date.valueOf(today), Date.valueOf(today), Date.valueOf(until)));
    String attestations = "SELECT region, 'ATTESTATION', state, COUNT(*) FROM ("
        + "SELECT d.region, CASE WHEN a.pass_by < ? THEN 'OVERDUE' WHEN a.due_on <= ? THEN 'IN_WINDOW'"
        + " ELSE 'DUE_SOON' END AS state FROM head_attestation a JOIN head_duty d ON d.order_number = a.order_number"
        + " WHERE a.result IS NULL AND d.status = 'IN_POST' AND a.due_on <= ?" + regionFilter("d.region", region, args)
        + ") x GROUP BY region, state";
    List<DutyCount> counts = new ArrayList<>(jdbc.query(attestations,
        (rs, i) -> new DutyCount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)), args.toArray()));
    List<Object> rotationArgs = new ArrayList<>(List.of(Date.valueOf(today), Date.valueOf(until)));
    String rotations = "SELECT region, 'ROTATION', state, COUNT(*) FROM ("
        + "SELECT region, CASE WHEN rotation_limit_on < ? THEN 'OVERDUE' ELSE 'DUE_SOON' END AS state FROM head_duty"
        + " WHERE status = 'IN_POST' AND rotation_decision IS NULL AND rotation_limit_on <= ?"
        + regionFilter("region", region, rotationArgs) + ") x GROUP BY region, state";
    counts.addAll(jdbc.query(rotations,
        (rs, i) -> new DutyCount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)),
        rotationArgs.toArray()));
    return counts;
  }

  private static String regionFilter(String column, Region region, List<Object> args) {
    if (region == null) {
      return "";
    }
    args.add(region.name());
    return " AND " + column + " = ?";
  }
}
