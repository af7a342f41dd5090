package kz.edu.leaders.selection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The rules a stage measures an application against, as configured now ({@code leaders.selection.*}): pass marks,
 * minimums, the quorum, the reserve's term. Written with each stage visit when the application leaves the stage, so
 * its story says which rules decided it even after the settings change.
 */
@Component
public class StageRules {

  private final SelectionSettings settings;
  private final ObjectMapper json;

  public StageRules(SelectionSettings settings, ObjectMapper json) {
    this.settings = settings;
    this.json = json;
  }

  /** The stage's rules now, or null for a stage that applies none of the settings. */
  public Map<String, Object> of(Stage stage) {
    Map<String, Object> rules = new LinkedHashMap<>();
    switch (stage) {
      case TEST -> {
        rules.put("passMark", settings.getTest().getPassMark());
        rules.put("blockMinimum", settings.getTest().getBlockMinimum());
      }
      case INTERNSHIP -> {
        rules.put("passMark", settings.getInternship().getPassMark());
        rules.put("criterionMinimum", settings.getInternship().getCriterionMinimum());
      }
      case FINAL_ASSESSMENT -> {
        rules.put("passMark", settings.getAssessment().getPassMark());
        rules.put("divergenceMargin", settings.getAssessment().getDivergenceMargin());
      }
      case INTERVIEW -> {
        rules.put("passMark", settings.getInterview().getPassMark());
        rules.put("quorumFraction", settings.getInterview().getQuorumFraction());
      }
      case RESERVE -> rules.put("termYears", settings.getReserve().getTermYears());
      default -> {
        return null;
      }
    }
    return rules;
  }

  /** The stage's rules now as JSON text, or null. */
  public String json(Stage stage) {
    Map<String, Object> rules = of(stage);
    try {
      return rules == null ? null : json.writeValueAsString(rules);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
