package kz.edu.leaders.competition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.appointment.VacancyRepository;
import kz.edu.leaders.common.CurrentUser;
import kz.edu.leaders.common.FieldError;
import kz.edu.leaders.common.InvalidSubmissionException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** "Check candidates' documents": each applicant admitted, or rejected with a reason. */
@Component("competitionDocumentsSubmission")
public class DocumentCheckSubmission implements ExecutionListener {

  static final String VARIABLE = "documentCheck";

  enum Decision { ACCEPT, REJECT }

  private final CompetitionRepository competitions;
  private final VacancyRepository vacancies;

  public DocumentCheckSubmission(CompetitionRepository competitions, VacancyRepository vacancies) {
    this.competitions = competitions;
    this.vacancies = vacancies;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    String number = execution.getProcessBusinessKey();
    String competitionId = competitions.current(number).id();
    List<CompetitionRepository.Candidate> candidates =
        competitions.candidates(competitionId, List.of(CandidateStatus.APPLIED));
    List<FieldError> errors = new ArrayList<>();
    Map<Long, Answer> answers = Rows.answers(execution, VARIABLE, candidates, DocumentCheckSubmission::answer, errors);
    if (!errors.isEmpty()) {
      throw new InvalidSubmissionException(errors);
    }
    int admitted = 0;
    for (CompetitionRepository.Candidate candidate : candidates) {
      Answer answer = answers.get(candidate.id());
      boolean accepted = answer.decision() == Decision.ACCEPT;
      competitions.setStatus(candidate.id(), accepted ? CandidateStatus.ADMITTED : CandidateStatus.DOCUMENTS_REJECTED,
          answer.reason());
      admitted += accepted ? 1 : 0;
    }
    vacancies.event(number, "COMPETITION_DOCUMENTS", competitionId + ": " + admitted + " of " + candidates.size()
        + " admitted", CurrentUser.id(execution));
    execution.removeVariable(VARIABLE);
    execution.setVariable("candidatesInTheRunning", admitted);
  }

  private static Answer answer(Rows.Row row) {
    Decision decision = row.values().choice("decision", Decision.class);
    String reason = row.values().text("reason", decision == Decision.REJECT, 1000);
    if (decision == Decision.REJECT && reason != null && reason.length() < 5) {
      row.errors().add(new FieldError("reason", "must be at least 5 characters"));
    }
    return new Answer(decision, decision == Decision.REJECT ? reason : null);
  }

  record Answer(Decision decision, String reason) {}
}
