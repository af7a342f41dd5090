package kz.edu.leaders.appointment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kz.edu.leaders.appointment.VacancyRepository.NewVacancy;
import kz.edu.leaders.common.CurrentUser;
import kz.edu.leaders.common.FieldError;
import kz.edu.leaders.common.InvalidSubmissionException;
import kz.edu.leaders.common.Values;
import kz.edu.leaders.identity.Groups;
import kz.edu.leaders.selection.Region;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Start of DirectorAppointment: a district officer registers a vacancy of their own region. Validates the
 * form again, writes the case record, makes its number the business key, and keeps only the variables the
 * process sets itself.
 */
@Component("registerVacancy")
public class RegisterVacancyListener implements ExecutionListener {

  /** The earliest rules we know of (Order No. 57 of 21.02.2012). */
  static final LocalDate EARLIEST = LocalDate.of(2012, 2, 21);

  private final VacancyRepository vacancies;
  private final CaseCalendar calendar;
  private final AppointmentSettings settings;

  public RegisterVacancyListener(VacancyRepository vacancies, CaseCalendar calendar, AppointmentSettings settings) {
    this.vacancies = vacancies;
    this.calendar = calendar;
    this.settings = settings;
  }

  @Override
  public void notify(DelegateExecution execution) {
    List<FieldError> errors = new ArrayList<>();
    Values values = new Values(execution.getVariables(), errors);
    String school = values.text("school", true, 300);
    if (school != null && school.length() < 3) {
      errors.add(new FieldError("school", "must be at least 3 characters"));
    }
    Region region = values.choice("region", Region.class);
    Post post = values.choice("post", Post.class);
    LocalDate vacatedOn = values.date("vacatedOn");
    LocalDate today = calendar.today();
    if (vacatedOn != null && (vacatedOn.isAfter(today) || vacatedOn.isBefore(EARLIEST))) {
      errors.add(new FieldError("vacatedOn", "must be between " + EARLIEST + " and today (" + today + ")"));
    }
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (region != null && user != null && !Groups.regionsOf(Groups.DISTRICT_OFFICERS, user.getGroupIds()).contains(region)
        && (user.getGroupIds() == null || !user.getGroupIds().contains(Groups.ADMINISTRATORS))) {
      errors.add(new FieldError("region", "you register vacancies of your own region only ("
          + Groups.regionsOf(Groups.DISTRICT_OFFICERS, user.getGroupIds()).stream().map(Region::label).toList() + ")"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidSubmissionException(errors);
    }

    String number = vacancies.nextNumber(today.getYear());
    vacancies.insert(number, new NewVacancy(school, region, post, vacatedOn), CurrentUser.id(execution),
        execution.getProcessInstanceId());
    execution.setProcessBusinessKey(number);
    for (String submitted : execution.getVariableNames()) {
      execution.removeVariable(submitted);
    }
    execution.setVariable("vacancyNumber", number);
    execution.setVariable("school", school);
    execution.setVariable("regionName", region.label());
    execution.setVariable("postName", post.label());
    execution.setVariable("vacatedOn", vacatedOn.toString());
    execution.setVariable("regionalActionDeadline", calendar.afterWorkingDays(settings.getRegionalActionWorkingDays()));
  }
}
