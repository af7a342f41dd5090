package kz.edu.leaders.appointment;

import kz.edu.leaders.domain.Post;
import java.time.LocalDate;
import kz.edu.leaders.appointment.VacancyRepository.NewVacancy;
import kz.edu.leaders.common.CurrentUser;
import kz.edu.leaders.common.FormSubmission;
import kz.edu.leaders.common.Values;
import kz.edu.leaders.identity.Groups;
import kz.edu.leaders.domain.Region;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Start of DirectorAppointment: a district officer registers a vacancy of their own region. Validates the
 * form again, writes the case record, makes its number the business key, and keeps only the variables the
 * process sets itself.
 */
@Component
public class RegisterVacancyListener extends FormSubmission<NewVacancy> {

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
  protected NewVacancy read(DelegateExecution execution, Values values) {
    String school = values.text("school", true, 3, 300);
    Region region = values.choice("region", Region.class);
    Post post = values.choice("post", Post.class);
    LocalDate vacatedOn = values.date("vacatedOn");
    LocalDate today = calendar.today();
    if (vacatedOn != null && (vacatedOn.isAfter(today) || vacatedOn.isBefore(EARLIEST))) {
      values.error("vacatedOn", "appointment.vacancy.vacatedOn", EARLIEST, today);
    }
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (region != null && user != null && !Groups.regionsOf(Groups.DISTRICT_OFFICERS, user.getGroupIds()).contains(region)
        && (user.getGroupIds() == null || !user.getGroupIds().contains(Groups.ADMINISTRATORS))) {
      values.error("region", "appointment.vacancy.ownRegionOnly",
          Groups.regionsOf(Groups.DISTRICT_OFFICERS, user.getGroupIds()).stream().map(Region::label).toList());
    }
    return new NewVacancy(school, region, post, vacatedOn);
  }

  @Override
  protected void record(DelegateExecution execution, NewVacancy vacancy) {
    String number = vacancies.nextNumber(calendar.today().getYear());
    vacancies.insert(number, vacancy, CurrentUser.id(execution), execution.getProcessInstanceId());
    execution.setProcessBusinessKey(number);
    for (String submitted : execution.getVariableNames()) {
      execution.removeVariable(submitted);
    }
    execution.setVariable("vacancyNumber", number);
    execution.setVariable("school", vacancy.school());
    execution.setVariable("regionName", vacancy.region().label());
    execution.setVariable("postName", vacancy.post().label());
    execution.setVariable("vacatedOn", vacancy.vacatedOn().toString());
    execution.setVariable("regionalActionDeadline", calendar.afterWorkingDays(settings.getRegionalActionWorkingDays()));
  }
}
