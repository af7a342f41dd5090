package kz.edu.leaders.talentpool;

import kz.edu.leaders.identity.Groups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Who works on a nomination: the region's group of a role, read from the nomination record (a submitted variable
 * could name another region). The BPMN uses it by name:
 * {@code camunda:candidateGroups="${nominationGroups.of('regional-officers', execution)}"}.
 */
@Component("nominationGroups")
public class NominationGroups {

  private final TalentPoolRepository pool;

  public NominationGroups(TalentPoolRepository pool) {
    this.pool = pool;
  }

  public String of(String role, DelegateExecution execution) {
    if (!Groups.TALENT_POOL_ROLES.contains(role)) {
      throw new IllegalArgumentException("'" + role + "' works on no nomination: " + Groups.TALENT_POOL_ROLES);
    }
    return Groups.inRegion(role, pool.getNomination(execution.getProcessBusinessKey()).region());
  }
}
