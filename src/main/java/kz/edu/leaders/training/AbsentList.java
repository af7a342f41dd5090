package kz.edu.leaders.training;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import kz.edu.leaders.common.Values;
import kz.edu.leaders.training.ParticipantRepository.Participant;

/**
 * Reads what a person types to name some of many people: their numbers (or IINs), separated by spaces, commas,
 * semicolons or lines; a line may go on with a reason after a colon ("12: did not submit"). A name that is none of
 * the people is an error naming it. A trainer names a stream's absent this way, a forum's organiser a day's absent
 * (kz.edu.leaders.events.forum).
 */
public final class AbsentList {

  private AbsentList() {}

  /** Participant id to the reason given (empty when none). */
  static Map<Long, String> read(String text, List<Participant> stream, Values values, String field,
                                boolean reasonRequired) {
    return read(text, who -> stream.stream().filter(p -> who.equals(String.valueOf(p.number()))
        || who.equals(p.iin())).map(Participant::id).findFirst().orElse(null), values, field, reasonRequired,
        "training.notInStream");
  }

  /**
   * The ids of the people named, each with the reason given (empty when none). {@code idOf} answers the id of a
   * name as typed, or null when it names nobody; those go into one error with {@code unknownCode}.
   */
  public static Map<Long, String> read(String text, Function<String, Long> idOf, Values values, String field,
                                       boolean reasonRequired, String unknownCode) {
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
      Long id = idOf.apply(who);
      if (id == null) {
        unknown.add(who);
      } else if (reasonRequired && reason.length() < 3) {
        withoutReason.add(who);
      } else {
        named.put(id, reason.length() > 1000 ? reason.substring(0, 1000) : reason);
      }
    }
    if (!unknown.isEmpty()) {
      values.error(field, unknownCode, String.join(", ", unknown));
    }
    if (!withoutReason.isEmpty()) {
      values.error(field, "training.reasonRequired", String.join(", ", withoutReason));
    }
    return named;
  }
}
