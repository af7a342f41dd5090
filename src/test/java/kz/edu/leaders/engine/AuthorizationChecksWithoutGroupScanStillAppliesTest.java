package kz.edu.leaders.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import kz.edu.leaders.engine.EngineCode.Target;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What {@link AuthorizationChecksWithoutGroupScan} needs from Camunda 7.24.0: the scan it removes is
 * {@code AuthorizationManager.filterAuthenticatedGroupIds}, which only narrows the user's groups to those read by
 * {@code selectAuthorizedGroupIds} (the group of every authorization) and is the only way to that statement; the
 * engine makes its authorization manager with a plain constructor, as the patch does, and takes a custom session
 * factory for it.
 */
class AuthorizationChecksWithoutGroupScanStillAppliesTest {

  static final String PATCH = "AuthorizationChecksWithoutGroupScan";
  static final String MAPPING = "org/camunda/bpm/engine/impl/mapping/entity/Authorization.xml";

  static Stream<Target> narrowingThePatchRemoves() {
    return Stream.of(
        new Target(AuthorizationManager.class, "filterAuthenticatedGroupIds", List.class),
        new Target(AuthorizationManager.class, "getAllGroups"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("narrowingThePatchRemoves")
  void theNarrowingThePatchRemovesIsUnchanged(Target method) {
    method.assertUnchanged(PATCH);
  }

  @Test
  void theScanReadsTheGroupOfEveryAuthorization() {
    assertThat(EngineCode.mapping(MAPPING, "select", "selectAuthorizedGroupIds")).isEqualTo(
        "<select id=\"selectAuthorizedGroupIds\" resultType=\"string\">"
            + " SELECT distinct(A.GROUP_ID_) FROM ${prefix}ACT_RU_AUTHORIZATION A </select>");
  }

  @Test
  void onlyTheNarrowingRunsTheScan() {
    assertThat(EngineCode.methodsMentioning(AuthorizationManager.class, "\"selectAuthorizedGroupIds\""))
        .containsExactly("getAllGroups");
    assertThat(EngineCode.methodsMentioning(AuthorizationManager.class, "AuthorizationManager.getAllGroups("))
        .containsExactly("filterAuthenticatedGroupIds");
  }

  @Test
  void theEngineMakesItsAuthorizationManagerAsThePatchDoes() {
    var stock = EngineCode.configurationWith();
    EngineCode.call(stock, "initIdentityProviderSessionFactory", "initSessionFactories");

    assertThat(stock.getSessionFactories().get(AuthorizationManager.class).openSession())
        .isExactlyInstanceOf(AuthorizationManager.class);
  }

  @Test
  void theEngineOpensItsAuthorizationManagerWithTheFactoryThePatchAdds() {
    var configuration = EngineCode.configurationWith(new AuthorizationChecksWithoutGroupScan());

    EngineCode.call(configuration, "initIdentityProviderSessionFactory", "initSessionFactories");

    assertThat(configuration.getSessionFactories().get(AuthorizationManager.class).openSession())
        .isInstanceOf(AuthorizationChecksWithoutGroupScan.UserGroupsAsTheyAre.class);
  }
}
