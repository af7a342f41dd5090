package kz.edu.leaders.submission;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.form.FormData;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The form a task or a start event shows, as deployed with its process definition ({@code formRefBinding}
 * "deployment"), read once per definition and element: a deployment never changes.
 */
@Component
public class DeployedForms {

  private final FormService formService;
  private final Map<String, FormSchema> cache = new ConcurrentHashMap<>();

  public DeployedForms(FormService formService) {
    this.formService = formService;
  }

  /** The task's form; call it without an authenticated user (the caller has checked access). */
  public FormSchema ofTask(Task task) {
    return cache.computeIfAbsent(task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey(), key -> {
      FormData data = formService.getTaskFormData(task.getId());
      return hasForm(data) ? read(formService.getDeployedTaskForm(task.getId())) : FormSchema.none();
    });
  }

  /** The start form of a process definition; call it without an authenticated user. */
  public FormSchema ofStart(String processDefinitionId) {
    return cache.computeIfAbsent(processDefinitionId + "#start", key -> {
      FormData data = formService.getStartFormData(processDefinitionId);
      return hasForm(data) ? read(formService.getDeployedStartForm(processDefinitionId)) : FormSchema.none();
    });
  }

  private static boolean hasForm(FormData data) {
    return data != null && (data.getCamundaFormRef() != null || data.getFormKey() != null);
  }

  private static FormSchema read(InputStream form) {
    try (form) {
      return FormSchema.parse(new String(form.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("A deployed form cannot be read", e);
    }
  }
}
