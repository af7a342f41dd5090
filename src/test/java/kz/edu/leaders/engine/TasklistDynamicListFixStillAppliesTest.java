package kz.edu.leaders.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.camunda.bpm.spring.boot.starter.property.WebappProperty;
import org.junit.jupiter.api.Test;

/**
 * What {@link TasklistDynamicListFix} needs from Camunda 7.24.0's webjar: Tasklist's script, where the starter serves
 * it from, counting a form's error entries once, in the form's "changed" handler, and Tasklist's page loading that
 * script from the address the fix serves. The fix serves the script unchanged with a warning when the check is
 * gone; this test fails instead.
 */
class TasklistDynamicListFixStillAppliesTest {

  static final String TASKLIST = "META-INF/resources/webjars/camunda/app/tasklist/";
  /** form-js's "changed" event: Complete is enabled unless the form reports errors. */
  static final String CHANGED_HANDLER = "v.on(\"changed\",(function(e){h.notifyFormDirty(!0);"
      + TasklistDynamicListFix.COUNTS_ENTRIES + "h.notifyFormValidated(t)}))";

  @Test
  void theScriptIsWhereTheStarterServesTasklistFrom() {
    assertThat("/" + TasklistDynamicListFix.SCRIPT)
        .isEqualTo(new WebappProperty().getWebjarClasspath() + "/app/tasklist/camunda-tasklist-bootstrap.js");
  }

  @Test
  void theScriptCountsErrorEntriesOnceInTheFormsChangedHandler() {
    String script = EngineCode.resource(TasklistDynamicListFix.SCRIPT);

    assertThat(script.split(java.util.regex.Pattern.quote(TasklistDynamicListFix.COUNTS_ENTRIES), -1)).hasSize(2);
    assertThat(script).contains(CHANGED_HANDLER);
  }

  @Test
  void theFixChangesThatOneCheckAndNothingElse() throws Exception {
    String script = EngineCode.resource(TasklistDynamicListFix.SCRIPT);

    String served = new String(TasklistDynamicListFix.patchedScript(), StandardCharsets.UTF_8);

    assertThat(served).isNotEqualTo(script).isEqualTo(
        script.replace(TasklistDynamicListFix.COUNTS_ENTRIES, TasklistDynamicListFix.COUNTS_ERRORS));
  }

  @Test
  void tasklistsPageLoadsTheScriptFromTheAddressTheFixServes() {
    assertThat(EngineCode.resource(TASKLIST + "index.html"))
        .contains("src=\"$APP_ROOT/app/tasklist/camunda-tasklist-bootstrap.js?bust=");
  }
}
