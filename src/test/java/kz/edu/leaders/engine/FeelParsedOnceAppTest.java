package kz.edu.leaders.engine;

import static org.assertj.core.api.Assertions.assertThat;

import kz.edu.leaders.support.AppTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The engine's decision tables evaluate their FEEL cells with the engine that keeps what it parsed. */
@AppTest
class FeelParsedOnceAppTest {

  @Autowired ProcessEngine engine;

  @Test
  void decisionTablesUseTheFeelEngineThatParsesOnce() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

    assertThat(configuration.getDmnEngineConfiguration().getFeelEngine())
        .isInstanceOf(FeelParsedOnce.Engine.class);
  }
}
