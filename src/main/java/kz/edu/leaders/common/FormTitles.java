package kz.edu.leaders.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.repository.Resource;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * A task's title in the languages its form speaks: the heading of the task's Camunda Form as deployed with its process
 * ("### Құжаттарды тексеру / Проверка документов"), so the list in Tasklist reads as the form does and the diagram
 * keeps its short English name. Read once per process definition: a deployment never changes, and a task's creation
 * asks the engine nothing more.
 */
@Component
public class FormTitles {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final RepositoryService repository;
  private final Map<String, Map<String, String>> byDefinition = new ConcurrentHashMap<>();

  public FormTitles(RepositoryService repository) {
    this.repository = repository;
  }

  /** The heading of the task's form, or the task's own name when its form has none. */
  public String of(DelegateTask task) {
    UserTask element = (UserTask) task.getBpmnModelElementInstance();
    String formRef = element == null ? null : element.getCamundaFormRef();
    if (formRef == null) {
      return task.getName();
    }
    String title = byDefinition.computeIfAbsent(task.getProcessDefinitionId(),
        definition -> headings(repository.getProcessDefinition(definition).getDeploymentId())).get(formRef);
    return title == null ? task.getName() : title;
  }

  /** Form id to heading, for every form of the deployment. */
  private Map<String, String> headings(String deployment) {
    Map<String, String> headings = new HashMap<>();
    for (Resource resource : repository.getDeploymentResources(deployment)) {
      if (resource.getName().endsWith(".form")) {
        try (InputStream in = repository.getResourceAsStream(deployment, resource.getName())) {
          JsonNode form = JSON.readTree(in);
          String heading = heading(form);
          if (form.hasNonNull("id") && heading != null) {
            headings.put(form.get("id").asText(), heading);
          }
        } catch (IOException e) {
          throw new IllegalStateException("A deployed form cannot be read: " + resource.getName(), e);
        }
      }
    }
    return headings;
  }

  /** The first line of the form's first text, without its Markdown heading marks. */
  static String heading(JsonNode form) {
    for (JsonNode component : form.path("components")) {
      if ("text".equals(component.path("type").asText())) {
        String line = component.path("text").asText("").strip().split("\n", 2)[0];
        String text = line.replaceFirst("^#+\\s*", "").strip();
        return text.isEmpty() ? null : text;
      }
    }
    return null;
  }
}
