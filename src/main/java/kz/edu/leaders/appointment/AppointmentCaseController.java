package kz.edu.leaders.appointment;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kz.edu.leaders.common.ApiCaller;
import kz.edu.leaders.web.Refusal;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Vacancy cases, read only: the list a caller may see and one whole case with its competitions, open votes,
 * order and audit trail. A case of a region the caller does not work in answers 404, as if it did not exist.
 */
@RestController
@RequestMapping("/api/appointment/cases")
public class AppointmentCaseController {

  static final int LIST_LIMIT = 1000;

  private final CaseAccess access;
  private final AppointmentCaseQuery query;
  private final IdentityService identityService;
  private final ApiCaller caller;

  public AppointmentCaseController(CaseAccess access, AppointmentCaseQuery query, IdentityService identityService,
                                   ApiCaller caller) {
    this.access = access;
    this.query = query;
    this.identityService = identityService;
    this.caller = caller;
  }

  @GetMapping
  public List<AppointmentCase.Summary> cases() {
    return query.list(access.ofCaller(), LIST_LIMIT);
  }

  @GetMapping("/{vacancyNumber}")
  public AppointmentCase one(@PathVariable String vacancyNumber) {
    CaseScope scope = access.ofCaller();
    if (!query.regionOf(vacancyNumber).map(scope::covers).orElse(false)) {
      throw caseNotFound(vacancyNumber);
    }
    return query.find(vacancyNumber, this::memberNames).orElseThrow(() -> caseNotFound(vacancyNumber));
  }

  /** Members' names: the caller may not read other users in the engine, the API has already authorised the read. */
  private Map<String, String> memberNames(List<String> userIds) {
    if (userIds.isEmpty()) {
      return Map.of();
    }
    return caller.asApplication(() -> identityService.createUserQuery().userIdIn(userIds.toArray(String[]::new))
        .list().stream().collect(Collectors.toMap(User::getId, AppointmentCaseController::fullName)));
  }

  private static String fullName(User user) {
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).trim();
    return name.isEmpty() ? user.getId() : name;
  }

  /** Another region's case answers as an unknown one: its existence is not the caller's to know. */
  private static Refusal caseNotFound(String vacancyNumber) {
    return Refusal.of(404, "appointment.caseNotFound", vacancyNumber);
  }
}
