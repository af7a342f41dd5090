package kz.edu.leaders.common;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/**
 * The {@code camunda:properties} of the element an execution is at. Lets one listener serve many
 * elements while each element says in the model what it means (an end event's outcome, a task's stage),
 * where an analyst can read and change it in Modeler.
 */
public final class ModelProperties {

  private ModelProperties() {}

  public static Map<String, String> of(DelegateExecution execution) {
    Map<String, String> properties = new HashMap<>();
    FlowElement element = execution.getBpmnModelElementInstance();
    ExtensionElements extensions = element == null ? null : element.getExtensionElements();
    if (extensions == null) {
      return properties;
    }
    for (CamundaProperties group : extensions.getChildElementsByType(CamundaProperties.class)) {
      for (CamundaProperty property : group.getCamundaProperties()) {
        properties.put(property.getCamundaName(), property.getCamundaValue());
      }
    }
    return properties;
  }

  public static String required(DelegateExecution execution, String name) {
    return required(of(execution), execution, name);
  }

  public static String required(Map<String, String> properties, DelegateExecution execution, String name) {
    String value = properties.get(name);
    if (value == null) {
      throw new IllegalStateException("Element '" + execution.getCurrentActivityId()
          + "' needs the camunda:property '" + name + "'");
    }
    return value;
  }
}
