package kz.edu.leaders.events.contest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.appointment.competition.Rows;
import kz.edu.leaders.common.CurrentUser;
import kz.edu.leaders.common.FormSubmission;
import kz.edu.leaders.common.Values;
import kz.edu.leaders.events.contest.ContestRepository.Contest;
import kz.edu.leaders.events.contest.ContestRepository.Entry;
import kz.edu.leaders.events.contest.ContestRepository.Nomination;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * "Name the winners and nominees": the chair, for the jury, names the prize places (admitted entries, best first,
 * proposed from the totals) and gives each nomination to one admitted entry or leaves it unawarded with a note. A
 * tie at a prize place must be decided first.
 */
@Component
public class WinnersSubmission extends FormSubmission<WinnersSubmission.Winners> {

  static final String NOMINATIONS = "nominationAwards";

  record Award(int nominationNo, Integer entryNo, String note) {}

  record Winners(List<Integer> places, List<Award> awards) {}

  private final ContestRepository contests;
  private final WinnersForm winners;

  public WinnersSubmission(ContestRepository contests, WinnersForm winners) {
    this.contests = contests;
    this.winners = winners;
  }

  @Override
  protected Winners read(DelegateExecution execution, Values values) {
    String number = execution.getProcessBusinessKey();
    Contest contest = contests.get(number);
    List<Entry> admitted = contests.admitted(number);
    if (!winners.tied(number).isEmpty() && contests.tieOrder(number).isEmpty()) {
      values.error("placeOrder", "contest.tie.undecided", ContestRepository.join(winners.tied(number)));
    }
    List<Integer> places = TieDecisionSubmission.numbers(values, "placeOrder");
    int expected = Math.min(contest.prizePlaces(), admitted.size());
    if (places != null) {
      for (Integer no : places) {
        if (admitted.stream().noneMatch(e -> e.number() == no)) {
          values.error("placeOrder", "contest.entryUnknown", no);
        }
      }
      if (places.size() != expected) {
        values.error("placeOrder", "contest.places.count", expected);
      }
    }
    List<Nomination> nominations = contests.nominations(number);
    List<Map<String, Object>> rows = Rows.read(execution, NOMINATIONS);
    List<Award> awards = new ArrayList<>();
    if (rows.size() != nominations.size()) {
      values.error(NOMINATIONS, "contest.nominations.everyOne", nominations.size());
      return new Winners(places, awards);
    }
    for (int i = 0; i < rows.size(); i++) {
      Values row = ContestForms.row(values, NOMINATIONS, i, rows.get(i) == null ? Map.of() : rows.get(i));
      Integer entryNo = Values.blank(row.raw("entryNo")) ? null : row.wholeNumber("entryNo", 1, 100_000);
      String note = row.text("note", false, 2000);
      if (entryNo != null && admitted.stream().noneMatch(e -> e.number() == entryNo)) {
        row.error("entryNo", "contest.entryUnknown", entryNo);
      }
      if (Values.blank(row.raw("entryNo")) && note == null) {
        row.error("note", "contest.nominations.noteIfUnawarded");
      }
      awards.add(new Award(nominations.get(i).number(), entryNo, note));
    }
    return new Winners(places, awards);
  }

  @Override
  protected void record(DelegateExecution execution, Winners decided) {
    String number = execution.getProcessBusinessKey();
    String by = CurrentUser.id(execution);
    contests.places(number, decided.places());
    decided.awards().forEach(a -> contests.awardNomination(number, a.nominationNo(), a.entryNo(), a.note(), by));
    execution.setVariable("protocolSummary", ContestProtocol.summary(contests, winners, number));
  }
}
