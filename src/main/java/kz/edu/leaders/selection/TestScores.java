package kz.edu.leaders.selection;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** Per-block percentages of the competency test, as the testing centre reports them. */
public record TestScores(BigDecimal legislation, BigDecimal management, BigDecimal pedagogy, BigDecimal leadership) {

  public static final String[] BLOCKS = {"legislation", "management", "pedagogy", "leadership"};

  public Map<String, BigDecimal> byBlock() {
    Map<String, BigDecimal> blocks = new LinkedHashMap<>();
    blocks.put("legislation", legislation);
    blocks.put("management", management);
    blocks.put("pedagogy", pedagogy);
    blocks.put("leadership", leadership);
    return blocks;
  }
}
