package kz.edu.leaders.appointment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Offers the regional officer the reservists who may take the post without competition (right level, the
 * vacancy's region, best composite score first) as the choices of the path form.
 */
// Named apart from the variable it sets: an expression finds a variable before a bean of the same name.
@Component
public class ReservistOptionsListener implements ExecutionListener {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, String> RESERVIST = Map.of("value", "RESERVIST",
      "label", "Лауазымды резервистке конкурссыз ұсыну / Предложить резервисту без конкурса");
  private static final Map<String, String> COMPETITION = Map.of("value", "COMPETITION",
      "label", "Конкурс жариялау / Объявить конкурс");

  private final VacancyRepository vacancies;
  private final ReservistRepository reservists;
  private final CaseCalendar calendar;

  public ReservistOptionsListener(VacancyRepository vacancies, ReservistRepository reservists, CaseCalendar calendar) {
    this.vacancies = vacancies;
    this.reservists = reservists;
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateExecution execution) throws JsonProcessingException {
    VacancyRepository.Vacancy vacancy = vacancies.get(execution.getProcessBusinessKey());
    List<Map<String, String>> options = reservists.candidatesFor(vacancy.number(), vacancy.region(), vacancy.post(),
        calendar.today()).stream().map(r -> Map.of("label", r.label(), "value", r.certificateNumber())).toList();
    execution.setVariable("reservistOptions", SpinValues.jsonValue(JSON.writeValueAsString(options)).create());
    execution.setVariable("reservistsAvailable", options.size());
    // The path form offers only the paths open now: no reservist, no offer.
    List<Map<String, String>> paths = options.isEmpty() ? List.of(COMPETITION) : List.of(RESERVIST, COMPETITION);
    execution.setVariable("pathOptions", SpinValues.jsonValue(JSON.writeValueAsString(paths)).create());
    execution.setVariable("reservistsSummary", options.isEmpty()
        ? "Өңірде осы деңгейдегі белсенді резервист жоқ: конкурс жариялаңыз. / "
            + "Нет резервистов этого уровня в регионе: объявите конкурс."
        : "Лауазымды конкурссыз ұсынуға болатын резервистер: " + options.size() + ". / "
            + "Резервистов, которым можно предложить должность без конкурса: " + options.size() + ".");
  }
}
