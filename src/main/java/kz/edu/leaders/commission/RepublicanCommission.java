package kz.edu.leaders.commission;

import java.util.List;
import kz.edu.leaders.identity.Groups;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * The members of the Republican commission, read from group republican-commission when a round starts.
 * The interview's multi-instance task takes its collection from here: {@code ${republicanCommission.members()}}.
 */
@Component("republicanCommission")
public class RepublicanCommission {

  private final IdentityService identityService;

  public RepublicanCommission(IdentityService identityService) {
    this.identityService = identityService;
  }

  public List<String> members() {
    return identityService.createUserQuery().memberOfGroup(Groups.REPUBLICAN_COMMISSION).orderByUserId().asc().list()
        .stream().map(user -> user.getId()).toList();
  }
}
