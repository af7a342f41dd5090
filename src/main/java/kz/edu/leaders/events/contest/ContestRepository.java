package kz.edu.leaders.events.contest;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import kz.edu.leaders.common.Sequences;
import kz.edu.leaders.domain.Region;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.stereotype.Repository;

/** The contest_* tables: the only way to them. */
@Repository
public class ContestRepository {

  public static final String ADMITTED = "ADMITTED";
  public static final String REJECTED = "REJECTED";
  public static final String PENDING = "PENDING";
  public static final String MEMBER = "MEMBER";
  public static final String CHAIR = "CHAIR";

  public record Contest(String number, String title, Region region, String forumNumber, Instant entryDeadline,
                        int prizePlaces, String status, String announcedBy, Instant publishedAt) {}

  public record Round(int number, String name) {}

  public record Criterion(int number, String name, int round, int maxScore) {}

  public record Nomination(int number, String name, Integer entryNo, String note) {}

  public record Juror(String userId, String fullName, String role, Instant conflictsDeclaredAt) {}

  public record NewEntry(String schoolName, String district, String team, String documents, String businessCardTitle,
                         String projectTitle) {}

  public record Entry(int number, String schoolName, String district, String team, String documents,
                      String businessCardTitle, String projectTitle, String admission, String rejectionReason,
                      String registeredBy, Instant registeredAt) {}

  public record Recusal(String juror, int entryNo, String kind, String note) {}

  public record Score(int entryNo, String juror, int criterionNo, int score, Instant scoredAt) {}

  public record CriterionResult(int entryNo, int criterionNo, BigDecimal combined, int count, boolean trimmed) {}

  public record Result(int entryNo, BigDecimal total, int rank, Integer place) {}

  public record Protocol(String rule, int trimMinimum, String decision, String note, String places, String decidedBy,
                         Instant decidedAt) {}

  private final JdbcTemplate jdbc;
  private final DataFieldMaxValueIncrementer numbers;

  public ContestRepository(JdbcTemplate jdbc, DataSource dataSource) throws MetaDataAccessException {
    this.jdbc = jdbc;
    this.numbers = Sequences.of(dataSource, "contest_number_seq");
  }

  /** LS-2019-000001: readable, unique, and says the year of the entry deadline. */
  public String nextNumber(int year) {
    return String.format("LS-%d-%06d", year, numbers.nextLongValue());
  }

  public void insert(Contest contest, String processInstanceId) {
    jdbc.update("""
        INSERT INTO contest (contest_number, title, region, forum_number, entry_deadline, prize_places, status,
          announced_by, announced_at, process_instance_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        contest.number(), contest.title(), contest.region().name(), contest.forumNumber(),
        Timestamp.from(contest.entryDeadline()), contest.prizePlaces(), contest.status(), contest.announcedBy(), now(),
        processInstanceId);
  }

  public Optional<Contest> find(String number) {
    return jdbc.query("SELECT * FROM contest WHERE contest_number = ?", (rs, i) -> new Contest(
        rs.getString("contest_number"), rs.getString("title"), Region.valueOf(rs.getString("region")),
        rs.getString("forum_number"), rs.getTimestamp("entry_deadline").toInstant(), rs.getInt("prize_places"),
        rs.getString("status"), rs.getString("announced_by"),
        rs.getTimestamp("published_at") == null ? null : rs.getTimestamp("published_at").toInstant()), number)
        .stream().findFirst();
  }

  public Contest get(String number) {
    return find(number).orElseThrow(() -> new IllegalStateException("No contest " + number));
  }

  /** Holds the contest's row until the transaction ends: entries from the task and the API do not interleave. */
  public Optional<Contest> lock(String number) {
    List<String> locked = jdbc.queryForList("SELECT contest_number FROM contest WHERE contest_number = ? FOR UPDATE",
        String.class, number);
    return locked.isEmpty() ? Optional.empty() : find(number);
  }

  public List<Contest> published() {
    return jdbc.queryForList("SELECT contest_number FROM contest WHERE status = ? ORDER BY published_at DESC",
        String.class, LeadingSchoolContest.PUBLISHED).stream().map(this::get).toList();
  }

  public void status(String number, String status) {
    jdbc.update("UPDATE contest SET status = ? WHERE contest_number = ?", status, number);
  }

  public void closeEntries(String number, String by) {
    jdbc.update("UPDATE contest SET status = ?, entries_closed_by = ?, entries_closed_at = ? WHERE contest_number = ?",
        LeadingSchoolContest.ADMISSION, by, now(), number);
  }

  public void publish(String number) {
    jdbc.update("UPDATE contest SET status = ?, published_at = ? WHERE contest_number = ?",
        LeadingSchoolContest.PUBLISHED, now(), number);
  }

  public void insertRounds(String number, List<Round> rounds) {
    jdbc.batchUpdate("INSERT INTO contest_round (contest_number, round_no, name) VALUES (?, ?, ?)",
        rounds.stream().map(r -> new Object[] {number, r.number(), r.name()}).toList());
  }

  public List<Round> rounds(String number) {
    return jdbc.query("SELECT * FROM contest_round WHERE contest_number = ? ORDER BY round_no",
        (rs, i) -> new Round(rs.getInt("round_no"), rs.getString("name")), number);
  }

  public void insertCriteria(String number, List<Criterion> criteria) {
    jdbc.batchUpdate("""
        INSERT INTO contest_criterion (contest_number, criterion_no, name, round_no, max_score) VALUES (?, ?, ?, ?, ?)""",
        criteria.stream().map(c -> new Object[] {number, c.number(), c.name(), c.round(), c.maxScore()}).toList());
  }

  public List<Criterion> criteria(String number) {
    return jdbc.query("SELECT * FROM contest_criterion WHERE contest_number = ? ORDER BY criterion_no",
        (rs, i) -> new Criterion(rs.getInt("criterion_no"), rs.getString("name"), rs.getInt("round_no"),
            rs.getInt("max_score")), number);
  }

  public void insertNominations(String number, List<String> names) {
    jdbc.batchUpdate("INSERT INTO contest_nomination (contest_number, nomination_no, name) VALUES (?, ?, ?)",
        java.util.stream.IntStream.range(0, names.size()).mapToObj(i -> new Object[] {number, i + 1, names.get(i)})
            .toList());
  }

  public List<Nomination> nominations(String number) {
    return jdbc.query("SELECT * FROM contest_nomination WHERE contest_number = ? ORDER BY nomination_no",
        (rs, i) -> new Nomination(rs.getInt("nomination_no"), rs.getString("name"),
            (Integer) rs.getObject("entry_no", Integer.class), rs.getString("note")), number);
  }

  public void awardNomination(String number, int nominationNo, Integer entryNo, String note, String by) {
    jdbc.update("""
        UPDATE contest_nomination SET entry_no = ?, note = ?, decided_by = ?, decided_at = ?
        WHERE contest_number = ? AND nomination_no = ?""", entryNo, note, by, now(), number, nominationNo);
  }

  public void insertJurors(String number, List<Juror> jurors) {
    jdbc.batchUpdate("INSERT INTO contest_juror (contest_number, user_id, full_name, jury_role) VALUES (?, ?, ?, ?)",
        jurors.stream().map(j -> new Object[] {number, j.userId(), j.fullName(), j.role()}).toList());
  }

  /** The jury, the chair last (the chair is a member who also decides). */
  public List<Juror> jurors(String number) {
    return jdbc.query("SELECT * FROM contest_juror WHERE contest_number = ? ORDER BY jury_role DESC, user_id",
        (rs, i) -> new Juror(rs.getString("user_id"), rs.getString("full_name"), rs.getString("jury_role"),
            rs.getTimestamp("conflicts_declared_at") == null ? null
                : rs.getTimestamp("conflicts_declared_at").toInstant()), number);
  }

  public Optional<Juror> juror(String number, String userId) {
    return jurors(number).stream().filter(j -> j.userId().equals(userId)).findFirst();
  }

  public String chair(String number) {
    return jurors(number).stream().filter(j -> CHAIR.equals(j.role())).map(Juror::userId).findFirst()
        .orElseThrow(() -> new IllegalStateException("Contest " + number + " has no chair"));
  }

  public int insertEntry(String number, NewEntry entry, String by) {
    Integer last = jdbc.queryForObject("SELECT MAX(entry_no) FROM contest_entry WHERE contest_number = ?",
        Integer.class, number);
    int no = last == null ? 1 : last + 1;
    jdbc.update("""
        INSERT INTO contest_entry (contest_number, entry_no, school_name, district, team, documents,
          business_card_title, project_title, registered_by, registered_at, admission)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", number, no, entry.schoolName(), entry.district(), entry.team(),
        entry.documents(), entry.businessCardTitle(), entry.projectTitle(), by, now(), PENDING);
    return no;
  }

  public List<Entry> entries(String number) {
    return jdbc.query("SELECT * FROM contest_entry WHERE contest_number = ? ORDER BY entry_no", (rs, i) -> new Entry(
        rs.getInt("entry_no"), rs.getString("school_name"), rs.getString("district"), rs.getString("team"),
        rs.getString("documents"), rs.getString("business_card_title"), rs.getString("project_title"),
        rs.getString("admission"), rs.getString("rejection_reason"), rs.getString("registered_by"),
        rs.getTimestamp("registered_at").toInstant()), number);
  }

  public List<Entry> admitted(String number) {
    return entries(number).stream().filter(e -> ADMITTED.equals(e.admission())).toList();
  }

  public Optional<Entry> entry(String number, int entryNo) {
    return entries(number).stream().filter(e -> e.number() == entryNo).findFirst();
  }

  public void decideAdmission(String number, int entryNo, boolean admit, String reason, String by) {
    jdbc.update("""
        UPDATE contest_entry SET admission = ?, rejection_reason = ?, admission_by = ?, admission_at = ?
        WHERE contest_number = ? AND entry_no = ?""", admit ? ADMITTED : REJECTED, reason, by, now(), number, entryNo);
  }

  public void recordConflicts(String number, String juror, List<Recusal> recusals) {
    jdbc.batchUpdate("""
        INSERT INTO contest_recusal (contest_number, juror, entry_no, kind, note, declared_at) VALUES (?, ?, ?, ?, ?, ?)""",
        recusals.stream().map(r -> new Object[] {number, juror, r.entryNo(), r.kind(), r.note(), now()}).toList());
    jdbc.update("UPDATE contest_juror SET conflicts_declared_at = ? WHERE contest_number = ? AND user_id = ?",
        now(), number, juror);
  }

  public List<Recusal> recusals(String number) {
    return jdbc.query("SELECT * FROM contest_recusal WHERE contest_number = ? ORDER BY juror, entry_no",
        (rs, i) -> new Recusal(rs.getString("juror"), rs.getInt("entry_no"), rs.getString("kind"),
            rs.getString("note")), number);
  }

  public boolean recused(String number, String juror, int entryNo) {
    return recusals(number).stream().anyMatch(r -> r.juror().equals(juror) && r.entryNo() == entryNo);
  }

  public boolean scored(String number, String juror, int entryNo) {
    Integer count = jdbc.queryForObject(
        "SELECT COUNT(*) FROM contest_scoring WHERE contest_number = ? AND juror = ? AND entry_no = ?", Integer.class,
        number, juror, entryNo);
    return count != null && count > 0;
  }

  public void recordScores(String number, int entryNo, String juror, List<int[]> criterionScores, String comment) {
    Timestamp at = now();
    jdbc.update("INSERT INTO contest_scoring (contest_number, entry_no, juror, comment, submitted_at) VALUES (?, ?, ?, ?, ?)",
        number, entryNo, juror, comment, at);
    jdbc.batchUpdate("""
        INSERT INTO contest_score (contest_number, entry_no, juror, criterion_no, score, scored_at)
        VALUES (?, ?, ?, ?, ?, ?)""",
        criterionScores.stream().map(s -> new Object[] {number, entryNo, juror, s[0], s[1], at}).toList());
  }

  public List<Score> scores(String number) {
    return jdbc.query("SELECT * FROM contest_score WHERE contest_number = ? ORDER BY entry_no, juror, criterion_no",
        (rs, i) -> new Score(rs.getInt("entry_no"), rs.getString("juror"), rs.getInt("criterion_no"),
            rs.getInt("score"), rs.getTimestamp("scored_at").toInstant()), number);
  }

  public void replaceResults(String number, List<CriterionResult> criteria, List<Result> results) {
    jdbc.update("DELETE FROM contest_result_criterion WHERE contest_number = ?", number);
    jdbc.update("DELETE FROM contest_result WHERE contest_number = ?", number);
    jdbc.batchUpdate("""
        INSERT INTO contest_result_criterion (contest_number, entry_no, criterion_no, combined, scores_count, trimmed)
        VALUES (?, ?, ?, ?, ?, ?)""", criteria.stream().map(c -> new Object[] {number, c.entryNo(), c.criterionNo(),
        c.combined(), c.count(), c.trimmed()}).toList());
    jdbc.batchUpdate("INSERT INTO contest_result (contest_number, entry_no, total, rank_by_total) VALUES (?, ?, ?, ?)",
        results.stream().map(r -> new Object[] {number, r.entryNo(), r.total(), r.rank()}).toList());
  }

  public List<CriterionResult> criterionResults(String number) {
    return jdbc.query("SELECT * FROM contest_result_criterion WHERE contest_number = ? ORDER BY entry_no, criterion_no",
        (rs, i) -> new CriterionResult(rs.getInt("entry_no"), rs.getInt("criterion_no"), rs.getBigDecimal("combined"),
            rs.getInt("scores_count"), rs.getBoolean("trimmed")), number);
  }

  public List<Result> results(String number) {
    return jdbc.query("SELECT * FROM contest_result WHERE contest_number = ? ORDER BY rank_by_total, entry_no",
        (rs, i) -> new Result(rs.getInt("entry_no"), rs.getBigDecimal("total"), rs.getInt("rank_by_total"),
            (Integer) rs.getObject("place", Integer.class)), number);
  }

  public void places(String number, List<Integer> entriesInPlaceOrder) {
    jdbc.update("UPDATE contest_result SET place = NULL WHERE contest_number = ?", number);
    for (int i = 0; i < entriesInPlaceOrder.size(); i++) {
      jdbc.update("UPDATE contest_result SET place = ? WHERE contest_number = ? AND entry_no = ?", i + 1, number,
          entriesInPlaceOrder.get(i));
    }
  }

  public void recordTieDecision(String number, List<Integer> tied, List<Integer> order, String by) {
    jdbc.update("DELETE FROM contest_tie_decision WHERE contest_number = ?", number);
    jdbc.update("""
        INSERT INTO contest_tie_decision (contest_number, tied_entries, entry_order, decided_by, decided_at)
        VALUES (?, ?, ?, ?, ?)""", number, join(tied), join(order), by, now());
  }

  /** The chair's order of the tied entries, or empty when none was given. */
  public Optional<List<Integer>> tieOrder(String number) {
    return jdbc.queryForList("SELECT entry_order FROM contest_tie_decision WHERE contest_number = ?", String.class,
        number).stream().findFirst().map(ContestRepository::split);
  }

  public void recordCombination(String number, ContestCombination rule) {
    jdbc.update("INSERT INTO contest_protocol (contest_number, combination_rule, trim_minimum) VALUES (?, ?, ?)",
        number, rule.rule().name(), rule.trimMinimum());
  }

  /** The latest protocol row: the combination used and, once decided, the chair's decision. */
  public void decideProtocol(String number, String decision, String note, List<Integer> places, String by) {
    jdbc.update("""
        UPDATE contest_protocol SET decision = ?, note = ?, places = ?, decided_by = ?, decided_at = ?
        WHERE id = (SELECT MAX(id) FROM contest_protocol WHERE contest_number = ?)""",
        decision, note, join(places), by, now(), number);
  }

  public List<Protocol> protocols(String number) {
    return jdbc.query("SELECT * FROM contest_protocol WHERE contest_number = ? ORDER BY id", (rs, i) -> new Protocol(
        rs.getString("combination_rule"), rs.getInt("trim_minimum"), rs.getString("decision"), rs.getString("note"),
        rs.getString("places"), rs.getString("decided_by"),
        rs.getTimestamp("decided_at") == null ? null : rs.getTimestamp("decided_at").toInstant()), number);
  }

  static String join(List<Integer> numbers) {
    return String.join(",", numbers.stream().map(String::valueOf).toList());
  }

  static List<Integer> split(String text) {
    return text == null || text.isBlank() ? List.of()
        : java.util.Arrays.stream(text.split(",")).map(String::strip).map(Integer::valueOf).toList();
  }

  static Timestamp now() {
    return Timestamp.from(Instant.now());
  }
}
