package kz.edu.leaders.talentpool;

import java.util.List;
import kz.edu.leaders.common.CurrentUser;
import kz.edu.leaders.common.FormSubmission;
import kz.edu.leaders.common.InvalidSubmissionException;
import kz.edu.leaders.common.Values;
import kz.edu.leaders.domain.Iin;
import kz.edu.leaders.domain.Region;
import kz.edu.leaders.identity.Groups;
import kz.edu.leaders.talentpool.TalentPoolRepository.NewNomination;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Start of TalentPoolNomination: a district officer nominates a person of their own region with the grounds.
 * Validates the form again, refuses a person already nominated or in the region's pool, writes the nomination,
 * makes its number the business key, and keeps only the variables the review form shows.
 */
@Component
public class NominateListener extends FormSubmission<NewNomination> {

  private final TalentPoolRepository pool;
  private final PoolCalendar calendar;

  public NominateListener(TalentPoolRepository pool, PoolCalendar calendar) {
    this.pool = pool;
    this.calendar = calendar;
  }

  @Override
  protected NewNomination read(DelegateExecution execution, Values values) {
    String iin = values.text("iin", true, 12);
    if (iin != null && Iin.problem(iin) != null) {
      values.error("iin", Iin.problem(iin));
      iin = null;
    }
    String surname = values.text("surname", true, 2, 100);
    String firstName = values.text("firstName", true, 2, 100);
    String patronymic = values.text("patronymic", false, 100);
    String phone = values.text("phone", false, 20);
    if (phone != null && !phone.matches("\\+7[67]\\d{9}")) {
      values.error("phone", "pool.phone");
    }
    String currentPost = values.text("currentPost", true, 2, 300);
    String organisation = values.text("organisation", true, 3, 300);
    Region region = values.choice("region", Region.class);
    Integer experience = values.wholeNumber("experienceYears", 0, 60);
    String courses = values.text("courses", false, 2000);
    String results = values.text("results", false, 2000);
    String grounds = values.text("grounds", true, 10, 4000);
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    List<String> groups = user == null || user.getGroupIds() == null ? List.of() : user.getGroupIds();
    if (region != null && user != null && !Groups.regionsOf(Groups.DISTRICT_OFFICERS, groups).contains(region)
        && !groups.contains(Groups.ADMINISTRATORS)) {
      values.error("region", "pool.ownRegionOnly",
          Groups.regionsOf(Groups.DISTRICT_OFFICERS, groups).stream().map(Region::label).toList());
    } else if (region != null && iin != null) {
      pool.openNomination(region, iin).ifPresent(open -> values.error("iin", "pool.alreadyNominated", open));
      pool.activeEntry(region, iin, calendar.today()).ifPresent(entry ->
          values.error("iin", "pool.alreadyInPool", entry.number(), entry.termUntil()));
    }
    return new NewNomination(iin, surname, firstName, patronymic, phone, currentPost, organisation, region,
        experience == null ? 0 : experience, courses, results, grounds);
  }

  @Override
  protected void record(DelegateExecution execution, NewNomination nomination) {
    String number = pool.nextNominationNumber(calendar.today().getYear());
    try {
      pool.nominate(number, nomination, CurrentUser.id(execution), execution.getProcessInstanceId());
    } catch (DuplicateKeyException e) {
      // Another officer nominated the same person a moment ago.
      throw InvalidSubmissionException.of("iin", "pool.alreadyNominated", "");
    }
    execution.setProcessBusinessKey(number);
    for (String submitted : execution.getVariableNames()) {
      execution.removeVariable(submitted);
    }
    execution.setVariable("nominationNumber", number);
    execution.setVariable("regionName", nomination.region().label());
  }
}
