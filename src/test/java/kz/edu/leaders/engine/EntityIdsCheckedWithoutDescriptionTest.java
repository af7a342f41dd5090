package kz.edu.leaders.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.junit.jupiter.api.Test;

/** An entity's id is checked as the engine checks it; the entity is described only when its id is refused. */
class EntityIdsCheckedWithoutDescriptionTest {

  private final EntityIdsCheckedWithoutDescription.DescribedOnlyWhenWrong manager =
      new EntityIdsCheckedWithoutDescription.DescribedOnlyWhenWrong(null, null);

  @Test
  void aGoodIdPassesWithoutDescribingTheEntity() {
    Entity entity = new Entity("4f1c2a9e-6b1d-11ef-9d3c-0242ac120002");

    manager.validateId(entity);

    assertThat(entity.described).isZero();
  }

  @Test
  void aMissingIdIsRefusedWithTheEnginesMessage() {
    assertThatThrownBy(() -> manager.validateId(new Entity(null)))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("Entity test-entity has an invalid id")
        .hasMessageContaining("id is null");
  }

  @Test
  void theReservedIdIsRefusedWithTheEnginesMessage() {
    assertThatThrownBy(() -> manager.validateId(new Entity("*")))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("Entity test-entity has an invalid id")
        .hasMessageContaining("cannot be *. * is a reserved identifier.");
  }

  private static final class Entity implements DbEntity {
    private String id;
    int described;

    Entity(String id) {
      this.id = id;
    }

    @Override
    public String getId() {
      return id;
    }

    @Override
    public void setId(String id) {
      this.id = id;
    }

    @Override
    public Object getPersistentState() {
      return id;
    }

    @Override
    public String toString() {
      described++;
      return "test-entity";
    }
  }
}
