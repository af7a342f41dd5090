package kz.edu.leaders.training;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.common.Values;
import kz.edu.leaders.training.ParticipantRepository.Participant;

/**
 * Reads what a trainer types to name people of a stream: participant numbers (or IINs), separated by spaces, commas,
 * semicolons or lines; a line may go on with a reason after a colon ("12: did not submit"). A name that is not a
 * participant of the stream is an error naming it.
 */
final class AbsentList {

  private AbsentList() {}

  /** Participant id to the reason given (empty when none). */
  static Map<Long, String> read(String text, List<Participant> stream, Values values, String field,
                                boolean reasonRequired) {
    Map<Long, String> named = new LinkedHashMap<>();
    if (text == null || text.isBlank()) {
      return named;
    }
    List<String> unknown = new ArrayList<>();
    List<String> withoutReason = new ArrayList<>();
    List<String> entries = reasonRequired ? text.lines().filter(l -> !l.isBlank()).toList()
        : List.of(text.split("[\\s,;]+"));
    for (String entry : entries) {
      String[] parts = entry.split(":", 2);
      String who = parts[0].strip();
      String reason = parts.length > 1 ? parts[1].strip() : "";
      if (who.isEmpty()) {
        continue;
      }
      Participant participant = stream.stream().filter(p -> who.equals(String.valueOf(p.number()))
          || who.equals(p.iin())).findFirst().orElse(null);
      if (participant == null) {
        unknown.add(who);
      } else if (reasonRequired && reason.length() < 3) {
        withoutReason.add(who);
      } else {
        named.put(participant.id(), reason.length() > 1000 ? reason.substring(0, 1000) : reason);
      }
    }
    if (!unknown.isEmpty()) {
      values.error(field, "training.notInStream", String.join(", ", unknown));
    }
    if (!withoutReason.isEmpty()) {
      values.error(field, "training.reasonRequired", String.join(", ", withoutReason));
    }
    return named;
  }
}
