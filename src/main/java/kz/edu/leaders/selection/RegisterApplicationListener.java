package kz.edu.leaders.selection;

import static kz.edu.leaders.selection.SelectionVariables.*;

import kz.edu.leaders.common.CurrentUser;
import kz.edu.leaders.common.InvalidSubmissionException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Start of ReserveSelection: validates the submitted application (whichever way it came in), refuses a
 * second application of the same IIN in the cycle, writes the application record and makes its number
 * the business key. Personal data is kept in the record only.
 */
@Component("registerApplication")
public class RegisterApplicationListener implements ExecutionListener {

  private final ApplicationValidator validator;
  private final ApplicationRepository applications;

  public RegisterApplicationListener(ApplicationValidator validator, ApplicationRepository applications) {
    this.validator = validator;
    this.applications = applications;
  }

  @Override
  public void notify(DelegateExecution execution) {
    NewApplication application = validator.validate(execution.getVariables());
    applications.numberFor(application.cycle(), application.iin()).ifPresent(existing -> {
      throw new InvalidSubmissionException("iin",
          "an application with this IIN already exists in cycle " + application.cycle() + " (" + existing + ")");
    });
    String number = applications.nextNumber(application.cycle());
    Object channel = execution.getVariable(CHANNEL);
    try {
      applications.insert(number, application, channel == null ? "TASKLIST" : channel.toString(),
          CurrentUser.id(execution), execution.getProcessInstanceId());
    } catch (DuplicateKeyException e) {
      // The same IIN registered at the same moment through another channel or node.
      throw new InvalidSubmissionException("iin",
          "an application with this IIN already exists in cycle " + application.cycle());
    }

    execution.setProcessBusinessKey(number);
    // Only what the process sets itself stays: a submission may carry any variable it likes.
    for (String submitted : execution.getVariableNames()) {
      execution.removeVariable(submitted);
    }
    execution.setVariable(APPLICATION_NUMBER, number);
    execution.setVariable(CHANNEL, channel == null ? "TASKLIST" : channel.toString());
    execution.setVariable(CANDIDATE_NAME, application.candidateName());
    // Normalised copies of what eligibility and routing read.
    execution.setVariable("cycle", application.cycle());
    execution.setVariable("region", application.region().name());
    execution.setVariable("currentRole", application.currentRole().name());
    execution.setVariable("school", application.school());
    execution.setVariable("higherPedagogicalEducation", application.higherPedagogicalEducation());
    execution.setVariable("pedagogicalExperienceYears", application.pedagogicalExperienceYears());
    execution.setVariable("deputyExperienceYears", application.deputyExperienceYears());
    execution.setVariable("qualificationCategory", application.qualificationCategory().name());
    // Names people read, for the forms (the codes above are for rules and routing).
    execution.setVariable("regionName", application.region().label());
    execution.setVariable("currentRoleName", application.currentRole().label());
    execution.setVariable("qualificationCategoryName", application.qualificationCategory().label());
    execution.setVariable(ACTIVE_RESERVIST, applications.isActiveReservist(application.iin()));
    execution.setVariable(RETURNED_FOR_CORRECTION, false);
  }
}
