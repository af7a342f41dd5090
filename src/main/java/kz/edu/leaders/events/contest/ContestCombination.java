package kz.edu.leaders.events.contest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How the jurors' scores become an entry's result. Per criterion: the mean of its scores, or (TRIMMED_MEAN) the mean
 * without the one highest and one lowest score, applied only when at least {@code trimMinimum} scores exist (and
 * never to fewer than three). The total is the sum of the criteria's combined scores, rounded to hundredths.
 * Equal totals share a rank; a tie at a prize place needs the chair's order.
 */
public record ContestCombination(Rule rule, int trimMinimum) {

  public enum Rule { MEAN, TRIMMED_MEAN }

  public record Combined(BigDecimal value, int count, boolean trimmed) {}

  public Combined combine(List<Integer> scores) {
    if (scores.isEmpty()) {
      return new Combined(BigDecimal.ZERO.setScale(2), 0, false);
    }
    List<Integer> used = new ArrayList<>(scores);
    boolean trim = rule == Rule.TRIMMED_MEAN && scores.size() >= Math.max(3, trimMinimum);
    if (trim) {
      used.sort(Integer::compare);
      used = used.subList(1, used.size() - 1);
    }
    long sum = used.stream().mapToLong(Integer::longValue).sum();
    return new Combined(BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(used.size()), 2, RoundingMode.HALF_UP),
        scores.size(), trim);
  }

  /** Competition ranking of the totals (1, 2, 2, 4), entries in entry-number order within a rank. */
  public static Map<Integer, Integer> ranks(Map<Integer, BigDecimal> totals) {
    Map<Integer, Integer> ranks = new LinkedHashMap<>();
    List<Map.Entry<Integer, BigDecimal>> sorted = sorted(totals);
    for (int i = 0; i < sorted.size(); i++) {
      BigDecimal total = sorted.get(i).getValue();
      int rank = i + 1;
      if (i > 0 && sorted.get(i - 1).getValue().compareTo(total) == 0) {
        rank = ranks.get(sorted.get(i - 1).getKey());
      }
      ranks.put(sorted.get(i).getKey(), rank);
    }
    return ranks;
  }

  /**
   * The entries tied at a prize place: every group of two or more equal totals whose rank is a prize place. Their
   * order decides who gets which place (or whether one gets a place at all), so the chair must give it.
   */
  public static List<Integer> tiedAtPrizePlaces(Map<Integer, BigDecimal> totals, int prizePlaces) {
    Map<Integer, Integer> ranks = ranks(totals);
    Map<Integer, List<Integer>> byRank = ranks.entrySet().stream().collect(Collectors.groupingBy(Map.Entry::getValue,
        LinkedHashMap::new, Collectors.mapping(Map.Entry::getKey, Collectors.toList())));
    List<Integer> tied = new ArrayList<>();
    byRank.forEach((rank, entries) -> {
      if (rank <= prizePlaces && entries.size() > 1) {
        tied.addAll(entries);
      }
    });
    return tied;
  }

  /**
   * The places proposed from the totals: highest first, tied entries in the chair's order; at most
   * {@code prizePlaces} entries. Without a needed tie order there is no proposal.
   */
  public static List<Integer> proposedPlaces(Map<Integer, BigDecimal> totals, int prizePlaces, List<Integer> tieOrder) {
    List<Integer> tied = tiedAtPrizePlaces(totals, prizePlaces);
    if (!tied.isEmpty() && (tieOrder == null || !tieOrder.containsAll(tied))) {
      throw new IllegalStateException("The tie of " + tied + " is not decided");
    }
    Comparator<Map.Entry<Integer, BigDecimal>> byTieOrder = Comparator.comparingInt(e ->
        tieOrder == null || !tieOrder.contains(e.getKey()) ? Integer.MAX_VALUE : tieOrder.indexOf(e.getKey()));
    return totals.entrySet().stream()
        .sorted(Map.Entry.<Integer, BigDecimal>comparingByValue().reversed().thenComparing(byTieOrder)
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(prizePlaces).map(Map.Entry::getKey).toList();
  }

  private static List<Map.Entry<Integer, BigDecimal>> sorted(Map<Integer, BigDecimal> totals) {
    return totals.entrySet().stream().sorted(Map.Entry.<Integer, BigDecimal>comparingByValue().reversed()
        .thenComparing(Map.Entry.comparingByKey())).toList();
  }
}
