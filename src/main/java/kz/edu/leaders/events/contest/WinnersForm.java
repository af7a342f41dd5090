package kz.edu.leaders.events.contest;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kz.edu.leaders.events.contest.ContestRepository.Criterion;
import kz.edu.leaders.events.contest.ContestRepository.CriterionResult;
import kz.edu.leaders.events.contest.ContestRepository.Entry;
import kz.edu.leaders.events.contest.ContestRepository.Result;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** What the chair's forms show: the results table, the places proposed from the totals, the nominations. */
@Component
public class WinnersForm {

  private final ContestRepository contests;

  public WinnersForm(ContestRepository contests) {
    this.contests = contests;
  }

  /** The entries tied at a prize place, now (empty when none). */
  public List<Integer> tied(String number) {
    return ContestCombination.tiedAtPrizePlaces(totals(number), contests.get(number).prizePlaces());
  }

  public Map<Integer, BigDecimal> totals(String number) {
    Map<Integer, BigDecimal> totals = new LinkedHashMap<>();
    contests.results(number).forEach(r -> totals.put(r.entryNo(), r.total()));
    return totals;
  }

  /** The places proposed from the totals and the chair's tie order; fails while a tie is undecided. */
  public List<Integer> proposed(String number) {
    return ContestCombination.proposedPlaces(totals(number), contests.get(number).prizePlaces(),
        contests.tieOrder(number).orElse(null));
  }

  public void prefill(DelegateExecution execution, String number) {
    execution.setVariable("placeOrder", proposed(number).stream().map(String::valueOf)
        .collect(Collectors.joining(", ")));
    execution.setVariable("nominationAwards", ContestForms.json(contests.nominations(number).stream().map(n -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("nomination", n.name());
      row.put("entryNo", n.entryNo());
      row.put("note", n.note());
      return row;
    }).toList()));
  }

  /** One line per admitted entry, by rank: total and the combined score of each criterion. */
  public String table(String number) {
    List<Criterion> criteria = contests.criteria(number);
    List<CriterionResult> combined = contests.criterionResults(number);
    StringBuilder text = new StringBuilder();
    for (Result result : contests.results(number)) {
      Entry entry = contests.entry(number, result.entryNo()).orElseThrow();
      text.append(result.rank()).append(". №").append(entry.number()).append(' ').append(entry.schoolName())
          .append(" — ").append(result.total()).append(" (");
      text.append(criteria.stream().map(c -> c.name() + " " + combined.stream()
          .filter(r -> r.entryNo() == entry.number() && r.criterionNo() == c.number()).findFirst()
          .map(r -> r.combined().toString()).orElse("—")).collect(Collectors.joining("; ")));
      text.append(")\n");
    }
    return text.toString().strip();
  }
}
