package kz.edu.leaders.events.contest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.events.contest.ContestRepository.Contest;
import kz.edu.leaders.events.contest.ContestRepository.Criterion;
import kz.edu.leaders.events.contest.ContestRepository.CriterionResult;
import kz.edu.leaders.events.contest.ContestRepository.Entry;
import kz.edu.leaders.events.contest.ContestRepository.Result;
import kz.edu.leaders.events.contest.ContestRepository.Score;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * All scores are in: combines them per entry and criterion by the rule set now
 * ({@code leaders.events.contest.combination}, {@code trim-minimum-scores}), records the results and the rule used,
 * and finds ties at prize places, which the chair must order before places are named.
 */
@Component
public class CombineContestScoresDelegate implements JavaDelegate {

  private final ContestRepository contests;
  private final ContestSettings settings;
  private final WinnersForm winners;

  public CombineContestScoresDelegate(ContestRepository contests, ContestSettings settings, WinnersForm winners) {
    this.contests = contests;
    this.settings = settings;
    this.winners = winners;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = execution.getProcessBusinessKey();
    Contest contest = contests.get(number);
    ContestCombination rule = settings.combinationRule();
    List<Score> scores = contests.scores(number);
    List<CriterionResult> criteria = new ArrayList<>();
    Map<Integer, BigDecimal> totals = new LinkedHashMap<>();
    for (Entry entry : contests.admitted(number)) {
      BigDecimal total = BigDecimal.ZERO.setScale(2);
      for (Criterion criterion : contests.criteria(number)) {
        List<Integer> given = scores.stream()
            .filter(s -> s.entryNo() == entry.number() && s.criterionNo() == criterion.number())
            .map(Score::score).toList();
        ContestCombination.Combined combined = rule.combine(given);
        criteria.add(new CriterionResult(entry.number(), criterion.number(), combined.value(), combined.count(),
            combined.trimmed()));
        total = total.add(combined.value());
      }
      totals.put(entry.number(), total);
    }
    Map<Integer, Integer> ranks = ContestCombination.ranks(totals);
    contests.replaceResults(number, criteria, totals.entrySet().stream()
        .map(t -> new Result(t.getKey(), t.getValue(), ranks.get(t.getKey()), null)).toList());
    contests.recordCombination(number, rule);
    contests.status(number, LeadingSchoolContest.PROTOCOL);
    List<Integer> tied = ContestCombination.tiedAtPrizePlaces(totals, contest.prizePlaces());
    execution.setVariable("tieAtPrizePlace", !tied.isEmpty());
    execution.setVariable("resultsTable", winners.table(number));
    if (tied.isEmpty()) {
      winners.prefill(execution, number);
    } else {
      execution.setVariable("tiedEntries", tied.stream().map(no -> "№" + no + " "
          + contests.entry(number, no).orElseThrow().schoolName() + ": " + totals.get(no))
          .reduce((a, b) -> a + "\n" + b).orElse(""));
    }
  }
}
