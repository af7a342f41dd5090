package kz.edu.leaders.modelcheck;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;

/**
 * The project's rules for a diagram (the same as shared/tools/check-models.py and ModelsTest): every process has a
 * history time to live; every element is drawn, named, and has an id that says what it is; every flow is drawn;
 * no two shapes overlap; every user task has a form from forms/, bound to the deployment.
 */
final class DiagramRules {

  private DiagramRules() {}

  static void check(BpmnModelInstance model, Set<String> forms, List<String> problems) {
    Map<String, Bounds> shapes = model.getModelElementsByType(BpmnShape.class).stream()
        .filter(s -> s.getBpmnElement() != null)
        .collect(Collectors.toMap(s -> s.getBpmnElement().getId(), BpmnShape::getBounds, (a, b) -> a));
    Map<String, Integer> edges = model.getModelElementsByType(BpmnEdge.class).stream()
        .filter(e -> e.getBpmnElement() != null)
        .collect(Collectors.toMap(e -> e.getBpmnElement().getId(), e -> e.getWaypoints().size(), (a, b) -> a));
    for (Process process : model.getModelElementsByType(Process.class)) {
      if (process.getCamundaHistoryTimeToLiveString() == null) {
        problems.add(ModelChecker.describe(process) + " has no history time to live (camunda:historyTimeToLive, "
            + "\"History cleanup\" in Modeler): Camunda refuses to deploy it without one.");
      }
    }
    Collection<FlowNode> nodes = model.getModelElementsByType(FlowNode.class);
    for (FlowNode node : nodes) {
      if (!shapes.containsKey(node.getId())) {
        problems.add(ModelChecker.describe(node) + " is not drawn: it has no shape in the diagram.");
      }
      if (node.getName() == null || node.getName().isBlank()) {
        problems.add(ModelChecker.describe(node) + " has no name; every element needs one people can read.");
      }
      if (node.getId().matches("(?i)[a-z]+_[0-9a-z]{7}|[a-z]+_\\d+")) {
        problems.add(ModelChecker.describe(node) + " has the id Modeler generated; name it after what it is, "
            + "e.g. Task_CheckDocuments.");
      }
    }
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      form(task, task.getCamundaFormRef(), task.getCamundaFormRefBinding(), forms, true, problems);
    }
    for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
      form(start, start.getCamundaFormRef(), start.getCamundaFormRefBinding(), forms, false, problems);
    }
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      if (edges.getOrDefault(flow.getId(), 0) < 2) {
        problems.add(ModelChecker.describe(flow) + " is not drawn: it has no line in the diagram.");
      }
    }
    List<FlowNode> placed = nodes.stream()
        .filter(n -> shapes.containsKey(n.getId()) && !(n instanceof BoundaryEvent)).toList();
    for (int i = 0; i < placed.size(); i++) {
      for (int j = i + 1; j < placed.size(); j++) {
        FlowNode a = placed.get(i);
        FlowNode b = placed.get(j);
        if (!contains(a, b) && !contains(b, a) && overlap(shapes.get(a.getId()), shapes.get(b.getId()))) {
          problems.add(ModelChecker.describe(a) + " overlaps " + ModelChecker.describe(b)
              + " in the diagram; move one of them.");
        }
      }
    }
  }

  private static void form(BaseElement element, String ref, String binding, Set<String> forms, boolean required,
                           List<String> problems) {
    if (ref == null) {
      if (required) {
        problems.add(ModelChecker.describe(element) + " has no form: set Form type \"Camunda Forms (linked)\" and "
            + "the form's id (camunda:formRef).");
      }
      return;
    }
    if (binding == null) {
      problems.add(ModelChecker.describe(element) + " names the form '" + ref + "' without a binding: set it to "
          + "\"deployment\" (camunda:formRefBinding).");
    }
    if (!forms.contains(ref)) {
      problems.add(ModelChecker.describe(element) + " uses the form '" + ref + "', which is not in forms/"
          + ModelChecker.similar(ref, forms, "forms with similar ids") + ".");
    }
  }

  private static boolean contains(FlowNode outer, FlowNode inner) {
    if (!(outer instanceof SubProcess sub)) {
      return false;
    }
    for (FlowElement element : sub.getFlowElements()) {
      if (element == inner || (element instanceof FlowNode node && contains(node, inner))) {
        return true;
      }
    }
    return false;
  }

  private static boolean overlap(Bounds a, Bounds b) {
    return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
        && a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
  }
}
