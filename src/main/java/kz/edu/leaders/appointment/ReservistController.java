package kz.edu.leaders.appointment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import kz.edu.leaders.common.ApiCaller;
import kz.edu.leaders.identity.Groups;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The people who may take a vacancy's post without competition, for the regional department of the vacancy's region
 * (and administrators): reservists, best composite score first, then members of the region's talent pool, each with
 * its source ({@code certificateNumber} is the pool entry number for a pool member). Never an IIN.
 */
@RestController
public class ReservistController {

  private final VacancyRepository vacancies;
  private final ReservistRepository reservists;
  private final CaseCalendar calendar;
  private final ApiCaller caller;
  private final IdentityService identityService;
  private final WithoutCompetitionSources sources;

  public ReservistController(VacancyRepository vacancies, ReservistRepository reservists, CaseCalendar calendar,
                             ApiCaller caller, IdentityService identityService, WithoutCompetitionSources sources) {
    this.sources = sources;
    this.vacancies = vacancies;
    this.reservists = reservists;
    this.calendar = calendar;
    this.caller = caller;
    this.identityService = identityService;
  }

  @GetMapping("/api/appointment/cases/{number}/reservists")
  public List<ReservistView> reservists(@PathVariable String number) {
    caller.requireAnyGroup(Groups.REGIONAL_OFFICERS, Groups.ADMINISTRATORS);
    Authentication user = identityService.getCurrentAuthentication();
    VacancyRepository.Vacancy vacancy = vacancies.find(number)
        .filter(v -> user.getGroupIds().contains(Groups.ADMINISTRATORS)
            || Groups.regionsOf(Groups.REGIONAL_OFFICERS, user.getGroupIds()).contains(v.region()))
        // Another region's case answers as if it did not exist.
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such case: " + number));
    return reservists.candidatesFor(vacancy.number(), vacancy.region(), vacancy.post(), calendar.today(),
            sources.qualifying(vacancy.post())).stream()
        .map(r -> new ReservistView(r.certificateNumber(), r.surname(), r.firstName(), r.compositeScore(), r.cycle(),
            r.validUntil(), r.source().name(), r.source().label()))
        .toList();
  }

  public record ReservistView(String certificateNumber, String surname, String firstName, BigDecimal compositeScore,
                              int cycle, LocalDate validUntil, String source, String sourceName) {}
}
