package kz.edu.leaders.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The analyst's table bpmn/without-competition-sources.dmn, as shipped: the defaults of domain brief §6. */
class WithoutCompetitionSourcesTableTest {

  static DmnEngine dmn;
  static DmnDecision table;

  @BeforeAll
  static void parse() throws IOException {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = new FileInputStream("bpmn/without-competition-sources.dmn")) {
      table = dmn.parseDecision(WithoutCompetitionSources.DECISION_KEY, in);
    }
  }

  @ParameterizedTest(name = "{0} from {1}: {2}")
  @CsvSource({
      "DIRECTOR, REPUBLICAN_RESERVE, true",
      "DEPUTY_DIRECTOR, REPUBLICAN_RESERVE, true",
      "DIRECTOR, REGIONAL_POOL, true",
      "DEPUTY_DIRECTOR, REGIONAL_POOL, true",
      "DIRECTOR, SOME_OTHER_LIST, false",
      "JANITOR, REGIONAL_POOL, false"})
  void whoMayBeOfferedAPostWithoutCompetition(String post, String source, boolean qualifies) {
    Object result = dmn.evaluateDecisionTable(table, Variables.createVariables().putValue("post", post)
        .putValue("source", source)).getSingleResult().getSingleEntry();

    assertThat(result).isEqualTo(qualifies);
  }
}
