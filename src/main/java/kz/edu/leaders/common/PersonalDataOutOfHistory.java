package kz.edu.leaders.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps personal data out of the engine's history. A start form or a list of applicants is submitted as process
 * variables; the listeners move it into the domain records and remove it, but with history level full the engine
 * would still keep every submitted value (ACT_HI_VARINST, ACT_HI_DETAIL), readable by anyone with history access.
 * Variables named in {@code leaders.history.personal-variables} are not written to history at all; every other
 * variable, and every other history event, is.
 *
 * <p>Nor are the "form property" details the engine writes for every string a form submits: they copied the start
 * form's IIN, names, phone and e-mail into ACT_HI_DETAIL past the filter above. Without them nothing is lost: each
 * submitted value is also a variable update in the same detail table, with its activity instance, and the user
 * operation log says who completed the task (the form-property copy holds strings only).
 */
@Component
public class PersonalDataOutOfHistory extends AbstractCamundaConfiguration {

  private final Set<String> personal;

  public PersonalDataOutOfHistory(@Value("${leaders.history.personal-variables:iin,surname,firstName,patronymic,email,phone,candidates}") List<String> personal) {
    this.personal = Set.copyOf(personal);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
    handlers.add(new WithoutPersonalData(new DbHistoryEventHandler(), personal));
    configuration.setCustomHistoryEventHandlers(handlers);
    configuration.setEnableDefaultDbHistoryEventHandler(false);
  }

  /** The engine's own history writer, minus the events of personal variables. */
  record WithoutPersonalData(HistoryEventHandler writer, Set<String> personal) implements HistoryEventHandler {

    @Override
    public void handleEvent(HistoryEvent event) {
      if (event instanceof HistoricFormPropertyEventEntity) {
        return;
      }
      if (!(event instanceof HistoricVariableUpdateEventEntity variable && personal.contains(variable.getVariableName()))) {
        writer.handleEvent(event);
      }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
      events.forEach(this::handleEvent);
    }
  }
}
