package kz.edu.leaders.selection;

import kz.edu.leaders.domain.Region;
import kz.edu.leaders.identity.Groups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Who works on an application: the group of a role in the application's region, read from the application record
 * by the business key (never from the process variable {@code region}, which a form submission could change). The
 * BPMN uses it by name: {@code camunda:candidateGroups="${applicationGroups.of('cpe-operators', execution)}"} gives
 * {@code cpe-operators-turkistan} for an application from Turkistan region.
 */
@Component("applicationGroups")
public class ApplicationGroups {

  private final ApplicationRepository applications;

  public ApplicationGroups(ApplicationRepository applications) {
    this.applications = applications;
  }

  /** The region's group of the role for the application the execution belongs to. */
  public String of(String role, DelegateExecution execution) {
    return ofApplication(role, execution.getProcessBusinessKey());
  }

  public String ofApplication(String role, String applicationNumber) {
    if (!Groups.SELECTION_REGIONAL_ROLES.contains(role)) {
      throw new IllegalArgumentException("'" + role + "' is not a regional role in the selection: "
          + Groups.SELECTION_REGIONAL_ROLES);
    }
    return Groups.inRegion(role, regionOf(applicationNumber));
  }

  /** The region the application was registered in. */
  public Region regionOf(String applicationNumber) {
    return applications.region(applicationNumber).orElseThrow(() ->
        new IllegalStateException("No application " + applicationNumber + " in the application records"));
  }
}
