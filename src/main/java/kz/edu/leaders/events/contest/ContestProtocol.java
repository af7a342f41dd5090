package kz.edu.leaders.events.contest;

import java.util.stream.Collectors;
import kz.edu.leaders.events.contest.ContestRepository.Entry;
import kz.edu.leaders.events.contest.ContestRepository.Nomination;
import kz.edu.leaders.events.contest.ContestRepository.Protocol;
import kz.edu.leaders.events.contest.ContestRepository.Result;

/** The protocol as the chair reads it before approving: places, nominations, the results table, the rule used. */
final class ContestProtocol {

  private ContestProtocol() {}

  static String summary(ContestRepository contests, WinnersForm winners, String number) {
    StringBuilder text = new StringBuilder("Орындар / Места:\n");
    for (Result result : contests.results(number)) {
      if (result.place() != null) {
        text.append(result.place()).append(" — ").append(name(contests, number, result.entryNo())).append(" (")
            .append(result.total()).append(")\n");
      }
    }
    text.append("\nНоминациялар / Номинации:\n");
    for (Nomination n : contests.nominations(number)) {
      text.append(n.name()).append(" — ").append(n.entryNo() == null ? "берілмеді / не присуждена"
          : name(contests, number, n.entryNo())).append(n.note() == null ? "" : " (" + n.note() + ")").append('\n');
    }
    Protocol protocol = contests.protocols(number).get(contests.protocols(number).size() - 1);
    text.append("\nЕсептеу ережесі / Правило подсчёта: ").append(protocol.rule()).append(" (")
        .append(protocol.trimMinimum()).append(")\n\n").append(winners.table(number));
    text.append("\n\nҚазылар / Жюри: ").append(contests.jurors(number).stream()
        .map(j -> j.fullName() + (ContestRepository.CHAIR.equals(j.role()) ? " (төраға / председатель)" : ""))
        .collect(Collectors.joining(", ")));
    return text.toString();
  }

  private static String name(ContestRepository contests, String number, int entryNo) {
    Entry entry = contests.entry(number, entryNo).orElseThrow();
    return "№" + entry.number() + " " + entry.schoolName();
  }
}
