package kz.edu.leaders.events.contest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.common.FieldError;
import kz.edu.leaders.common.InvalidSubmissionException;
import kz.edu.leaders.common.Values;
import kz.edu.leaders.events.contest.ContestRepository.Contest;
import kz.edu.leaders.events.contest.ContestRepository.Entry;
import kz.edu.leaders.events.contest.ContestRepository.NewEntry;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering the leading schools' entries, from the organiser's task and from the API alike: only while the
 * contest takes entries and before its deadline; every row checked, and either all are registered or none.
 */
@Service
public class ContestEntries {

  static final List<String> FIELDS = List.of("schoolName", "district", "team", "documents", "businessCardTitle",
      "projectTitle");
  static final int MAX_ENTRIES = 200;

  private final ContestRepository contests;

  public ContestEntries(ContestRepository contests) {
    this.contests = contests;
  }

  /** Reads the rows (blank rows skipped) with their errors named "variable[n].field". */
  static List<NewEntry> read(List<Map<String, Object>> rows, String variable, Values values) {
    List<NewEntry> entries = new ArrayList<>();
    if (rows.size() > MAX_ENTRIES) {
      values.error(variable, "contest.tooManyRows", MAX_ENTRIES);
      return entries;
    }
    for (int i = 0; i < rows.size(); i++) {
      if (ContestForms.blankRow(rows.get(i), FIELDS)) {
        continue;
      }
      Values row = ContestForms.row(values, variable, i, rows.get(i));
      NewEntry entry = new NewEntry(row.text("schoolName", true, 3, 300), row.text("district", true, 2, 200),
          row.text("team", true, 3, 2000), row.text("documents", false, 4000),
          row.text("businessCardTitle", true, 2, 300), row.text("projectTitle", true, 2, 300));
      entries.add(entry);
    }
    return entries;
  }

  /** Whether the contest takes entries now; the error otherwise. */
  static FieldError closedFor(Contest contest, String field) {
    if (!LeadingSchoolContest.ENTRIES.equals(contest.status())) {
      return FieldError.of(field, "contest.entriesClosed", contest.number());
    }
    if (ClockUtil.getCurrentTime().toInstant().isAfter(contest.entryDeadline())) {
      return FieldError.of(field, "contest.entryAfterDeadline", contest.number(),
          ContestForms.local(contest.entryDeadline()));
    }
    return null;
  }

  @Transactional
  public List<Entry> register(String number, List<NewEntry> entries, String field, String by) {
    Contest contest = contests.lock(number).orElseThrow(() -> new IllegalStateException("No contest " + number));
    FieldError closed = closedFor(contest, field);
    if (closed != null) {
      throw new InvalidSubmissionException(closed);
    }
    List<Entry> existing = contests.entries(number);
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      String school = entries.get(i).schoolName();
      if (existing.stream().anyMatch(e -> e.schoolName().equalsIgnoreCase(school))
          || entries.subList(0, i).stream().anyMatch(e -> e.schoolName().equalsIgnoreCase(school))) {
        errors.add(FieldError.of(field + "[" + (i + 1) + "].schoolName", "contest.entryExists", school));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidSubmissionException(errors);
    }
    List<Integer> numbers = entries.stream().map(entry -> contests.insertEntry(number, entry, by)).toList();
    return contests.entries(number).stream().filter(e -> numbers.contains(e.number())).toList();
  }

  /** The registered entries as the organiser's forms list them. */
  static String summary(List<Entry> entries) {
    if (entries.isEmpty()) {
      return "—";
    }
    StringBuilder text = new StringBuilder();
    for (Entry e : entries) {
      text.append('№').append(e.number()).append(' ').append(e.schoolName()).append(" (").append(e.district())
          .append(") — ").append(e.projectTitle());
      if (ContestRepository.REJECTED.equals(e.admission())) {
        text.append(" ✗");
      }
      text.append('\n');
    }
    return text.toString().strip();
  }
}
