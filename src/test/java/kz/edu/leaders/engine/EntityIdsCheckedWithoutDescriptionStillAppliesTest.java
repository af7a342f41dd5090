package kz.edu.leaders.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import kz.edu.leaders.engine.EngineCode.Target;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManagerFactory;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.util.EnsureUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What {@link EntityIdsCheckedWithoutDescription} needs from Camunda 7.24.0: every insert goes through
 * {@code DbEntityManager.validateId}, which describes the entity and then refuses only a null id or {@code *} (the
 * two cases the patch still hands to it); the engine's factory opens its entity manager as the patch's does; and a
 * custom session factory replaces the engine's for the same session type.
 */
class EntityIdsCheckedWithoutDescriptionStillAppliesTest {

  static final String PATCH = "EntityIdsCheckedWithoutDescription";

  static Stream<Target> engineCodeThePatchReliesOn() {
    return Stream.of(
        new Target(DbEntityManager.class, "insert", DbEntity.class),
        new Target(DbEntityManager.class, "validateId", DbEntity.class),
        new Target(EnsureUtil.class, "ensureValidIndividualResourceId", String.class, String.class),
        new Target(EnsureUtil.class, "ensureValidIndividualResourceId", Class.class, String.class, String.class),
        new Target(DbEntityManagerFactory.class, "openSession"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("engineCodeThePatchReliesOn")
  void theEngineCodeThePatchReliesOnIsUnchanged(Target method) {
    method.assertUnchanged(PATCH);
  }

  @Test
  void theEngineOpensItsEntityManagerWithTheFactoryThePatchAdds() {
    var configuration = EngineCode.configurationWith(new EntityIdsCheckedWithoutDescription());
    List<SessionFactory> added = configuration.getCustomSessionFactories();

    EngineCode.call(configuration, "initIdentityProviderSessionFactory", "initSessionFactories");

    assertThat(added).hasSize(1);
    assertThat(configuration.getSessionFactories().get(DbEntityManager.class)).isSameAs(added.get(0));
  }
}
