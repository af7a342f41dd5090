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
 * Offers the regional officer the people who may take the post without competition as the choices of the path form,
 * each marked with where they come from: reservists (right level, the vacancy's region, best composite score first)
 * and members of the region's talent pool, as far as the DMN table without-competition-sources lets each source.
 */
// Named apart from the variable it sets: an expression finds a variable before a bean of the same name.
@Component
public class ReservistOptionsListener implements ExecutionListener {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, String> RESERVIST = Map.of("value", "RESERVIST",
      "label", "Лауазымды конкурссыз ұсыну: резервистке немесе өңірлік кадрлық пулдағы адамға / "
          + "Предложить без конкурса: резервисту или человеку из регионального кадрового пула");
  private static final Map<String, String> COMPETITION = Map.of("value", "COMPETITION",
      "label", "Конкурс жариялау / Объявить конкурс");

  private final VacancyRepository vacancies;
  private final ReservistRepository reservists;
  private final CaseCalendar calendar;
  private final WithoutCompetitionSources sources;

  public ReservistOptionsListener(VacancyRepository vacancies, ReservistRepository reservists, CaseCalendar calendar,
                                  WithoutCompetitionSources sources) {
    this.vacancies = vacancies;
    this.reservists = reservists;
    this.calendar = calendar;
    this.sources = sources;
  }

  @Override
  public void notify(DelegateExecution execution) throws JsonProcessingException {
    VacancyRepository.Vacancy vacancy = vacancies.get(execution.getProcessBusinessKey());
    List<Map<String, String>> options = reservists.candidatesFor(vacancy.number(), vacancy.region(), vacancy.post(),
        calendar.today(), sources.qualifying(vacancy.post())).stream()
        .map(r -> Map.of("label", r.label(), "value", r.certificateNumber())).toList();
    execution.setVariable("reservistOptions", SpinValues.jsonValue(JSON.writeValueAsString(options)).create());
    execution.setVariable("reservistsAvailable", options.size());
    // The path form offers only the paths open now: no reservist, no offer.
    List<Map<String, String>> paths = options.isEmpty() ? List.of(COMPETITION) : List.of(RESERVIST, COMPETITION);
    execution.setVariable("pathOptions", SpinValues.jsonValue(JSON.writeValueAsString(paths)).create());
    execution.setVariable("reservistsSummary", options.isEmpty()
        ? "Өңірде лауазымды конкурссыз ұсынуға болатын адам жоқ: конкурс жариялаңыз. / "
            + "В регионе нет никого, кому можно предложить должность без конкурса: объявите конкурс."
        : "Лауазымды конкурссыз ұсынуға болатындар (Республикалық резерв және өңірлік кадрлық пул): "
            + options.size() + ". / Тех, кому можно предложить должность без конкурса (Республиканский резерв и "
            + "региональный кадровый пул): " + options.size() + ".");
  }
}
