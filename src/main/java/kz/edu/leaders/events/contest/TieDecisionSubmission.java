package kz.edu.leaders.events.contest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import kz.edu.leaders.common.CurrentUser;
import kz.edu.leaders.common.FormSubmission;
import kz.edu.leaders.common.Values;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * "Decide the tie": equal totals at a prize place; the chair orders all the tied entries, each once (entry numbers,
 * best first). Without this order no places are proposed and the protocol cannot proceed.
 */
@Component
public class TieDecisionSubmission extends FormSubmission<List<Integer>> {

  private final ContestRepository contests;
  private final WinnersForm winners;

  public TieDecisionSubmission(ContestRepository contests, WinnersForm winners) {
    this.contests = contests;
    this.winners = winners;
  }

  @Override
  protected List<Integer> read(DelegateExecution execution, Values values) {
    List<Integer> tied = winners.tied(execution.getProcessBusinessKey());
    List<Integer> order = numbers(values, "tieOrder");
    if (order != null && (order.size() != tied.size() || !new HashSet<>(order).equals(new HashSet<>(tied)))) {
      values.error("tieOrder", "contest.tie.orderAll", ContestRepository.join(tied));
    }
    return order;
  }

  /** Entry numbers separated by commas or spaces, each once; null with an error otherwise. */
  static List<Integer> numbers(Values values, String field) {
    String text = values.text(field, true, 300);
    if (text == null) {
      return null;
    }
    List<Integer> numbers = new ArrayList<>();
    for (String part : text.split("[,;\\s]+")) {
      if (part.isBlank()) {
        continue;
      }
      if (!part.matches("\\d{1,6}")) {
        values.error(field, "contest.entryNumbers");
        return null;
      }
      int no = Integer.parseInt(part);
      if (numbers.contains(no)) {
        values.error(field, "contest.duplicate", no);
        return null;
      }
      numbers.add(no);
    }
    return numbers;
  }

  @Override
  protected void record(DelegateExecution execution, List<Integer> order) {
    String number = execution.getProcessBusinessKey();
    contests.recordTieDecision(number, winners.tied(number), order, CurrentUser.id(execution));
    execution.removeVariable("tieOrder");
    winners.prefill(execution, number);
  }
}
