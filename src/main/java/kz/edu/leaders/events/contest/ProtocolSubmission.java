package kz.edu.leaders.events.contest;

import java.util.List;
import kz.edu.leaders.common.CurrentUser;
import kz.edu.leaders.common.FormSubmission;
import kz.edu.leaders.common.Values;
import kz.edu.leaders.events.contest.ContestRepository.Protocol;
import kz.edu.leaders.events.contest.ContestRepository.Result;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * "Approve the protocol": the chair approves it (the results are then published) or returns it for correction with
 * a note (back to naming the winners). Recorded with who and when, with the combination rule it was computed by.
 */
@Component
public class ProtocolSubmission extends FormSubmission<ProtocolSubmission.Decision> {

  record Decision(boolean approve, String note) {}

  private final ContestRepository contests;
  private final WinnersForm winners;

  public ProtocolSubmission(ContestRepository contests, WinnersForm winners) {
    this.contests = contests;
    this.winners = winners;
  }

  @Override
  protected Decision read(DelegateExecution execution, Values values) {
    String decision = values.choice("protocolDecision", List.of("APPROVE", "RETURN"));
    String note = values.text("protocolNote", "RETURN".equals(decision), 2000);
    String number = execution.getProcessBusinessKey();
    if (!winners.tied(number).isEmpty() && contests.tieOrder(number).isEmpty()) {
      values.error("protocolDecision", "contest.tie.undecided", ContestRepository.join(winners.tied(number)));
    }
    return new Decision("APPROVE".equals(decision), note);
  }

  @Override
  protected void record(DelegateExecution execution, Decision decision) {
    String number = execution.getProcessBusinessKey();
    List<Integer> places = contests.results(number).stream().filter(r -> r.place() != null)
        .sorted(java.util.Comparator.comparing(Result::place)).map(Result::entryNo).toList();
    contests.decideProtocol(number, decision.approve() ? "APPROVED" : "RETURNED", decision.note(), places,
        CurrentUser.id(execution));
    if (!decision.approve()) {
      Protocol used = contests.protocols(number).get(contests.protocols(number).size() - 1);
      contests.recordCombination(number, new ContestCombination(ContestCombination.Rule.valueOf(used.rule()),
          used.trimMinimum()));
    }
    execution.removeVariable("protocolDecision");
    execution.removeVariable("protocolNote");
    execution.setVariable("protocolApproved", decision.approve());
  }
}
