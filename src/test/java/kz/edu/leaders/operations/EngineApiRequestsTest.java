package kz.edu.leaders.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The uri tag of the engine APIs' timings: their paths, with no id, user or variable name in them. */
class EngineApiRequestsTest {

  static String template(String path) {
    return EngineApiRequests.template(path, "/camunda", 6);
  }

  @Test
  void tasklistsCallsKeepTheirResourcesAndLoseTheirIds() {
    assertThat(template("/camunda/api/engine/engine/default/task/count"))
        .isEqualTo("/camunda/api/engine/engine/{name}/task/count");
    assertThat(template("/camunda/api/engine/engine/default/task/5f0c7a1e-2b3d-11ef-9a2b-0242ac120002/form-variables"))
        .isEqualTo("/camunda/api/engine/engine/{name}/task/{id}/form-variables");
    assertThat(template("/camunda/api/engine/engine/default/user/operator/profile"))
        .isEqualTo("/camunda/api/engine/engine/{name}/user/{id}/profile");
    assertThat(template("/camunda/api/engine/engine/default/filter/abc123/list"))
        .isEqualTo("/camunda/api/engine/engine/{name}/filter/{id}/list");
    assertThat(template("/camunda/api/cockpit/plugin/base/default/process-definition/statistics"))
        .isEqualTo("/camunda/api/cockpit/plugin/base/default/process-definition/statistics");
  }

  @Test
  void theRestApisToo() {
    assertThat(template("/engine-rest/task")).isEqualTo("/engine-rest/task");
    assertThat(template("/engine-rest/user/count")).isEqualTo("/engine-rest/user/count");
    assertThat(template("/engine-rest/process-definition/key/ReserveSelection/start"))
        .isEqualTo("/engine-rest/process-definition/key/{id}/start");
    assertThat(template("/engine-rest/task/1234/variables/iin")).isEqualTo("/engine-rest/task/{id}/variables/{id}");
    assertThat(template("/engine-rest/engine/default/task")).isEqualTo("/engine-rest/engine/{name}/task");
  }

  @Test
  void anyPathGivesFewSeries() {
    assertThat(template("/engine-rest/" + "a/".repeat(20))).isEqualTo("/engine-rest/a/a/a/a/a/a/**");
    assertThat(template("/engine-rest/Robert'); DROP TABLE/x")).isEqualTo("/engine-rest/{id}/x");
    assertThat(template("/camunda/app/tasklist/")).isNull();
    assertThat(template("/api/notifications")).isNull();
  }
}
