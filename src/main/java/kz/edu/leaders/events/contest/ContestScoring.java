package kz.edu.leaders.events.contest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.common.FieldError;
import kz.edu.leaders.common.InvalidSubmissionException;
import kz.edu.leaders.common.Values;
import kz.edu.leaders.events.contest.ContestRepository.Criterion;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A juror's scores of one entry, checked against the record: the juror is on the jury and not recused from the
 * entry, the entry is admitted, the juror has not scored it yet, and every criterion has one score within its
 * range. Scores go to contest_score (never to process variables).
 */
@Service
public class ContestScoring {

  static final String VARIABLE = JurorTaskContextListener.SCORES;

  private final ContestRepository contests;

  public ContestScoring(ContestRepository contests) {
    this.contests = contests;
  }

  /** Criterion number to score, read from the rows (in the criteria's order); problems go to {@code values}. */
  public Map<Integer, Integer> check(String number, String juror, int entryNo, List<Map<String, Object>> rows,
                                     Values values) {
    if (contests.juror(number, juror).isEmpty()) {
      values.error(VARIABLE, "contest.notOnJury", juror, number);
      return Map.of();
    }
    if (contests.admitted(number).stream().noneMatch(e -> e.number() == entryNo)) {
      values.error(VARIABLE, "contest.entryUnknown", entryNo);
      return Map.of();
    }
    if (contests.recused(number, juror, entryNo)) {
      values.error(VARIABLE, "contest.score.recused", entryNo);
      return Map.of();
    }
    if (contests.scored(number, juror, entryNo)) {
      values.error(VARIABLE, "contest.score.twice", entryNo);
      return Map.of();
    }
    List<Criterion> criteria = contests.criteria(number);
    if (rows.size() != criteria.size()) {
      values.error(VARIABLE, "contest.score.everyCriterion", criteria.size());
      return Map.of();
    }
    Map<Integer, Integer> scores = new LinkedHashMap<>();
    for (int i = 0; i < criteria.size(); i++) {
      Criterion criterion = criteria.get(i);
      Values row = ContestForms.row(values, VARIABLE, i, rows.get(i) == null ? Map.of() : rows.get(i));
      Object named = rows.get(i) == null ? null : rows.get(i).get("criterion");
      if (named != null && !criterion.name().equals(named)) {
        row.error("criterion", "contest.score.criterionOrder", criterion.name());
        continue;
      }
      Object raw = row.raw("score");
      if (Values.blank(raw)) {
        row.error("score", "value.required");
        continue;
      }
      if (Values.whole(raw) == null) {
        row.error("score", "value.notWholeNumber");
        continue;
      }
      long score = Values.whole(raw).longValue();
      if (score < 0 || score > criterion.maxScore()) {
        row.error("score", "contest.score.outOfRange", criterion.name(), 0, criterion.maxScore());
        continue;
      }
      scores.put(criterion.number(), (int) score);
    }
    return scores;
  }

  public void record(String number, String juror, int entryNo, Map<Integer, Integer> scores, String comment) {
    List<int[]> rows = new ArrayList<>();
    scores.forEach((criterion, score) -> rows.add(new int[] {criterion, score}));
    contests.recordScores(number, entryNo, juror, rows, comment);
  }

  /** Checks and records in one go: what a task's submission does, for a caller outside a task. */
  @Transactional
  public void submit(String number, String juror, int entryNo, List<Map<String, Object>> rows, String comment) {
    List<FieldError> errors = new ArrayList<>();
    Values values = new Values(field -> null, errors);
    Map<Integer, Integer> scores = check(number, juror, entryNo, rows, values);
    if (!values.valid()) {
      throw new InvalidSubmissionException(errors);
    }
    record(number, juror, entryNo, scores, comment);
  }
}
