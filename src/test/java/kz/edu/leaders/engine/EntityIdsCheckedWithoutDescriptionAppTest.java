package kz.edu.leaders.engine;

import static org.assertj.core.api.Assertions.assertThat;

import kz.edu.leaders.support.AppTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The engine's commands write through the entity manager that describes an entity only for a refused id. */
@AppTest
class EntityIdsCheckedWithoutDescriptionAppTest {

  @Autowired ProcessEngine engine;

  @Test
  void everyCommandUsesTheEntityManagerThatChecksIdsWithoutDescribing() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

    Object manager = configuration.getCommandExecutorTxRequired().execute(CommandContext::getDbEntityManager);

    assertThat(manager).isInstanceOf(EntityIdsCheckedWithoutDescription.DescribedOnlyWhenWrong.class);
  }
}
