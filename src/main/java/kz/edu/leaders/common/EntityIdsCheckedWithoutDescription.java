package kz.edu.leaders.common;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.IdGenerator;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.PersistenceSession;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManagerFactory;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.stereotype.Component;

/**
 * Before it inserts an entity, the engine checks its id (not null, not {@code *}) and builds the message for the
 * failure first, with the entity's {@code toString()}: every field of every history row, variable, task and job
 * it writes, turned into text and thrown away. In a simulated cycle that was a twentieth of the app's CPU
 * (docs/performance.md). Here the check runs as before, with the same exception and message, but the message
 * is built only when the id is wrong. Plugged in through the engine's extension point for its sessions
 * ({@code customSessionFactories}); everything else its entity manager does stays as it is.
 */
@Component
public class EntityIdsCheckedWithoutDescription extends AbstractCamundaConfiguration {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories = configuration.getCustomSessionFactories() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomSessionFactories());
    factories.add(new DbEntityManagerFactory(null) {
      @Override
      public DbEntityManager openSession() {
        // The id generator is set up after the plugins' preInit: take the engine's at the time of use.
        return new DescribedOnlyWhenWrong(configuration.getIdGenerator(),
            Context.getCommandContext().getSession(PersistenceSession.class));
      }
    });
    configuration.setCustomSessionFactories(factories);
  }

  /** The engine's entity manager, describing an entity only for an id it refuses. */
  static class DescribedOnlyWhenWrong extends DbEntityManager {

    DescribedOnlyWhenWrong(IdGenerator idGenerator, PersistenceSession persistenceSession) {
      super(idGenerator, persistenceSession);
    }

    @Override
    protected void validateId(DbEntity dbEntity) {
      String id = dbEntity.getId();
      if (id == null || "*".equals(id)) {
        super.validateId(dbEntity);
      }
    }
  }
}
