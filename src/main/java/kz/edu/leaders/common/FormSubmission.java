package kz.edu.leaders.common;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * The end listener of a user task (or the start listener of a start form): the one place that runs a task's own
 * rules when its submission arrives, in the engine's transaction. It reads the submitted values through
 * {@link #read}, refuses the submission with every error at once, and only then lets {@link #record} write the
 * records: a refusal changes nothing. Which variables a submission may carry at all is checked before the engine
 * sees it, from the task's form ({@code submission/}); this class is about what the values mean.
 *
 * @param <T> what a valid submission says, as the task's own type
 */
public abstract class FormSubmission<T> implements ExecutionListener {

  @Override
  public final void notify(DelegateExecution execution) {
    // A cancelled task (boundary event, process deleted) submits nothing; listeners of a multi-instance task also
    // fire for its body, which submits nothing either.
    if (execution.isCanceled() || String.valueOf(execution.getCurrentActivityId()).endsWith("#multiInstanceBody")) {
      return;
    }
    Values values = Values.of(execution::getVariable);
    T submission = read(execution, values);
    if (!values.valid()) {
      throw new InvalidSubmissionException(values.errors());
    }
    record(execution, submission);
  }

  /** Reads and checks the submission; every problem goes to {@code values}' errors. */
  protected abstract T read(DelegateExecution execution, Values values);

  /** Writes the valid submission: records, and the variables the process goes on with. */
  protected abstract void record(DelegateExecution execution, T submission);
}
