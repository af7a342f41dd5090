package kz.edu.leaders.appointment;

import java.util.List;
import kz.edu.leaders.identity.Groups;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Who works on a vacancy case: the region's group of a role, read from the case record (a submitted
 * variable could name another region). The BPMN uses it by name, e.g.
 * {@code camunda:candidateGroups="${caseGroups.of('regional-officers', execution)}"}, and for the members
 * of the region's competition commission, {@code ${caseGroups.members('competition-commission', execution)}}.
 */
@Component("caseGroups")
public class CaseGroups {

  private final VacancyRepository vacancies;
  private final IdentityService identityService;

  public CaseGroups(VacancyRepository vacancies, IdentityService identityService) {
    this.vacancies = vacancies;
    this.identityService = identityService;
  }

  /** The region's group of the role for the case the execution belongs to (its business key). */
  public String of(String role, DelegateExecution execution) {
    return ofVacancy(role, execution.getProcessBusinessKey());
  }

  public String ofVacancy(String role, String vacancyNumber) {
    if (!Groups.APPOINTMENT_REGIONAL_ROLES.contains(role)) {
      throw new IllegalArgumentException("'" + role + "' is not a regional role in appointments: "
          + Groups.APPOINTMENT_REGIONAL_ROLES);
    }
    return Groups.inRegion(role, vacancies.get(vacancyNumber).region());
  }

  /** The current members of the region's group of the role, by user id. */
  public List<String> members(String role, DelegateExecution execution) {
    return membersOf(role, execution.getProcessBusinessKey());
  }

  public List<String> membersOf(String role, String vacancyNumber) {
    return identityService.createUserQuery().memberOfGroup(ofVacancy(role, vacancyNumber)).orderByUserId().asc()
        .list().stream().map(user -> user.getId()).toList();
  }
}
