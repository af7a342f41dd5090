package kz.edu.leaders.appointment.competition;

import java.util.List;
import java.util.Map;
import kz.edu.leaders.appointment.AppointmentNotices;
import kz.edu.leaders.appointment.VacancyRepository;
import kz.edu.leaders.common.ModelProperties;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * On an end event: closes the competition with the end event's {@code outcome} property (WINNER or NO_WINNER)
 * and its {@code reason} property, or, after a vote, the decided session's reason, and records how it ended in the
 * terms analytics counts (the {@code ending} property: WINNER, NO_SHOW, NOT_CHOSEN ...). Sets
 * {@code competitionOutcome}, which the calling DirectorAppointment maps out.
 */
@Component("competitionOutcomeListener")
public class CompetitionOutcomeListener implements ExecutionListener {

  public static final String VARIABLE = "competitionOutcome";
  public static final String WINNER = "WINNER";
  public static final String NO_WINNER = "NO_WINNER";

  private final CompetitionRepository competitions;
  private final CompetitionSessionRepository sessions;
  private final VacancyRepository vacancies;

  private final AppointmentNotices notices;

  public CompetitionOutcomeListener(CompetitionRepository competitions, CompetitionSessionRepository sessions,
                                    VacancyRepository vacancies, AppointmentNotices notices) {
    this.notices = notices;
    this.competitions = competitions;
    this.sessions = sessions;
    this.vacancies = vacancies;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Map<String, String> properties = ModelProperties.of(execution);
    String outcome = ModelProperties.required(properties, execution, "outcome");
    String number = execution.getProcessBusinessKey();
    CompetitionRepository.Competition competition = competitions.current(number);
    if (WINNER.equals(outcome) && competition.winnerCandidateId() == null) {
      throw new IllegalStateException("Competition " + competition.id() + " reached '"
          + execution.getCurrentActivityId() + "' without a winner on record");
    }
    String reason = properties.get("reason");
    if (reason == null) {
      reason = sessions.session(competition.id(), sessions.lastRound(competition.id())).reason();
    }
    competitions.decide(competition.id(), outcome, properties.get("ending"), reason);
    VacancyRepository.Vacancy vacancy = vacancies.get(number);
    for (CompetitionRepository.Candidate candidate : competitions.candidates(competition.id(),
        List.of(CandidateStatus.WINNER, CandidateStatus.NOT_SELECTED))) {
      notices.competitionOutcome(vacancy, candidate.id(), candidate.status() == CandidateStatus.WINNER, reason);
    }
    vacancies.event(number, "COMPETITION_DECIDED", competition.id() + ": " + outcome + ". " + reason, null);
    execution.setVariable(VARIABLE, outcome);
    execution.setVariable("competitionOutcomeReason", reason);
  }
}
