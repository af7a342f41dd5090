package kz.edu.leaders.selection;

import static kz.edu.leaders.selection.SelectionVariables.*;

import java.util.Map;
import java.util.Objects;
import kz.edu.leaders.common.CurrentUser;
import kz.edu.leaders.common.InvalidSubmissionException;
import kz.edu.leaders.reserve.ReserveRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Start of ReserveSelection: validates the submitted application (whichever way it came in), refuses a
 * second application of the same IIN in the cycle, writes the application record and makes its number
 * the business key. Personal data is kept in the record only, and so is the channel it came in by.
 */
@Component
public class RegisterApplicationListener implements ExecutionListener {

  private final SelectionSettings settings;
  private final ApplicationRepository applications;
  private final ReserveRepository reserve;
  private final CandidateNotices notices;

  public RegisterApplicationListener(SelectionSettings settings, ApplicationRepository applications,
                                     ReserveRepository reserve, CandidateNotices notices) {
    this.settings = settings;
    this.applications = applications;
    this.reserve = reserve;
    this.notices = notices;
  }

  @Override
  public void notify(DelegateExecution execution) {
    NewApplication application = NewApplication.read(execution.getVariables(), settings.getOpenCycles());
    applications.numberFor(application.cycle(), application.iin()).ifPresent(existing -> {
      throw InvalidSubmissionException.of("iin", "selection.application.duplicateIin", application.cycle(), existing);
    });
    String number = applications.nextNumber(application.cycle());
    Object channel = execution.getVariable(CHANNEL);
    try {
      applications.insert(number, application, channel == null ? "TASKLIST" : channel.toString(),
          CurrentUser.id(execution), execution.getProcessInstanceId());
    } catch (DuplicateKeyException e) {
      // The same IIN registered at the same moment through another channel or node.
      throw InvalidSubmissionException.of("iin", "selection.application.duplicateIinNow", application.cycle());
    }

    execution.setProcessBusinessKey(number);
    notices.registered(number);
    Map<String, Object> kept = application.processVariables(number);
    // Only what the process sets itself stays: a submission may carry any variable it likes. A submitted value
    // that is already the normalised one is left as it is: with history level full every write is a history row.
    for (String submitted : execution.getVariableNames()) {
      if (!kept.containsKey(submitted)) {
        execution.removeVariable(submitted);
      }
    }
    kept.forEach((name, value) -> {
      if (!Objects.equals(execution.getVariable(name), value)) {
        execution.setVariable(name, value);
      }
    });
    // Only the eligibility table reads it, in this transaction; its decision history keeps the value it read.
    execution.setVariable(ACTIVE_RESERVIST,
        Variables.booleanValue(reserve.isActiveReservist(application.iin()), true));
  }
}
