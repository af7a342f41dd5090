package kz.edu.leaders;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.Test;

/**
 * What shared/tools/check-models.py checks, kept in the build so CI guards it: every diagram is complete
 * and free of overlaps, every user task and start form refers to a form in forms/, ids name what they are.
 */
class ModelsTest {

  static final Path BPMN = Path.of("bpmn");
  static final Path FORMS = Path.of("forms");

  @Test
  void everyFormParsesAndHasAUniqueId() throws IOException {
    assertThat(formIds()).isNotEmpty();
  }

  @Test
  void everyBpmnModelIsCompleteAndReadable() throws IOException {
    Set<String> forms = formIds().keySet();
    List<String> problems = new ArrayList<>();
    List<Path> models = files(BPMN, ".bpmn");
    assertThat(models).isNotEmpty();
    for (Path path : models) {
      BpmnModelInstance model = Bpmn.readModelFromFile(path.toFile());
      Map<String, Bounds> shapes = model.getModelElementsByType(BpmnShape.class).stream()
          .collect(Collectors.toMap(s -> s.getBpmnElement().getId(), BpmnShape::getBounds));
      Map<String, Integer> edges = model.getModelElementsByType(BpmnEdge.class).stream()
          .collect(Collectors.toMap(e -> e.getBpmnElement().getId(), e -> e.getWaypoints().size()));
      for (Process process : model.getModelElementsByType(Process.class)) {
        if (process.getCamundaHistoryTimeToLiveString() == null) {
          problems.add(path + ": process " + process.getId() + " has no camunda:historyTimeToLive");
        }
      }
      Collection<FlowNode> nodes = model.getModelElementsByType(FlowNode.class);
      for (FlowNode node : nodes) {
        check(problems, path, node, shapes.containsKey(node.getId()), "has no BPMNShape");
        check(problems, path, node, node.getName() != null && !node.getName().isBlank(), "has no name");
        check(problems, path, node, !node.getId().matches("(?i)[a-z]+_[0-9a-z]{7}|[a-z]+_\\d+"),
            "has a generated id; name it after what it is (Task_CheckDocuments)");
      }
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        checkForm(problems, path, task, task.getCamundaFormRef(), task.getCamundaFormRefBinding(), forms, true);
      }
      for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
        checkForm(problems, path, start, start.getCamundaFormRef(), start.getCamundaFormRefBinding(), forms, false);
      }
      for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
        check(problems, path, flow, edges.getOrDefault(flow.getId(), 0) >= 2, "has no BPMNEdge with two waypoints");
      }
      List<FlowNode> placed = nodes.stream()
          .filter(n -> shapes.containsKey(n.getId()) && !(n instanceof BoundaryEvent)).toList();
      for (int i = 0; i < placed.size(); i++) {
        for (int j = i + 1; j < placed.size(); j++) {
          FlowNode a = placed.get(i);
          FlowNode b = placed.get(j);
          if (contains(a, b) || contains(b, a)) {
            continue;
          }
          check(problems, path, a, !overlap(shapes.get(a.getId()), shapes.get(b.getId())),
              "overlaps " + b.getId());
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyDecisionHasADiagramShape() throws Exception {
    List<Path> tables = files(BPMN, ".dmn");
    assertThat(tables).isNotEmpty();
    for (Path path : tables) {
      DmnModelInstance model = Dmn.readModelFromFile(path.toFile());
      // The DMN model API does not read DMNDI; the shapes are plain XML elements.
      Set<String> shaped = new java.util.HashSet<>();
      org.w3c.dom.NodeList list = javax.xml.parsers.DocumentBuilderFactory.newDefaultNSInstance()
          .newDocumentBuilder().parse(path.toFile()).getElementsByTagNameNS("*", "DMNShape");
      for (int i = 0; i < list.getLength(); i++) {
        shaped.add(((org.w3c.dom.Element) list.item(i)).getAttribute("dmnElementRef"));
      }
      for (Decision decision : model.getModelElementsByType(Decision.class)) {
        assertThat(shaped).as(path + ": decision " + decision.getId() + " has a DMNShape").contains(decision.getId());
      }
    }
  }

  static void checkForm(List<String> problems, Path path, BaseElement element, String ref, String binding,
                        Set<String> forms, boolean required) {
    if (ref == null) {
      check(problems, path, element, !required, "has no form (camunda:formRef)");
      return;
    }
    check(problems, path, element, binding != null, "has camunda:formRef without camunda:formRefBinding");
    check(problems, path, element, forms.contains(ref), "refers to form '" + ref + "', not found in forms/");
  }

  static void check(List<String> problems, Path path, BaseElement element, boolean ok, String problem) {
    if (!ok) {
      problems.add(path + ": " + element.getElementType().getTypeName() + " '" + element.getId() + "' " + problem);
    }
  }

  static boolean contains(FlowNode outer, FlowNode inner) {
    return outer instanceof SubProcess sub && sub.getFlowElements().contains(inner);
  }

  static boolean overlap(Bounds a, Bounds b) {
    return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
        && a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
  }

  static Map<String, Path> formIds() throws IOException {
    Map<String, Path> ids = new HashMap<>();
    ObjectMapper json = new ObjectMapper();
    for (Path form : files(FORMS, ".form")) {
      JsonNode root = json.readTree(form.toFile());
      String id = root.path("id").asText(null);
      assertThat(id).as(form + " has an id").isNotBlank();
      assertThat(ids.put(id, form)).as("form id " + id + " is used once").isNull();
      assertThat(root.path("components").isArray()).as(form + " has components").isTrue();
    }
    return ids;
  }

  static List<Path> files(Path dir, String suffix) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }
}
