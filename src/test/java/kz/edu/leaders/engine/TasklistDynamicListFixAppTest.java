package kz.edu.leaders.engine;

import static org.assertj.core.api.Assertions.assertThat;

import kz.edu.leaders.support.AppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Tasklist's script as the browser loads it: with the dynamic-list check corrected, otherwise the webjar's. */
@AppTest
class TasklistDynamicListFixAppTest {

  @Autowired TestRestTemplate rest;

  @Test
  void tasklistCountsFieldsWithErrorsNotEveryFieldOfADynamicList() throws Exception {
    ResponseEntity<String> script =
        rest.getForEntity("/camunda/app/tasklist/camunda-tasklist-bootstrap.js?bust=7.24.0", String.class);

    assertThat(script.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(script.getHeaders().getContentType().toString()).startsWith("application/javascript");
    assertThat(script.getBody()).contains(TasklistDynamicListFix.COUNTS_ERRORS)
        .doesNotContain(TasklistDynamicListFix.COUNTS_ENTRIES);
    assertThat(script.getBody()).hasSize(new String(TasklistDynamicListFix.patchedScript(), "UTF-8").length());
  }
}
