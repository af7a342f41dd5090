package kz.edu.leaders.appointment.competition;

import java.util.List;
import java.util.Map;
import kz.edu.leaders.appointment.AppointmentNotices;
import kz.edu.leaders.appointment.VacancyRepository;
import kz.edu.leaders.common.CurrentUser;
import kz.edu.leaders.common.FormSubmission;
import kz.edu.leaders.common.Values;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** "Check candidates' documents": each applicant admitted, or rejected with a reason. */
@Component("candidateDocumentsSubmission")
public class CandidateDocumentsSubmission extends FormSubmission<CandidateDocumentsSubmission.Check> {

  public static final String VARIABLE = "documentCheck";

  enum Decision { ACCEPT, REJECT }

  private final CompetitionRepository competitions;
  private final VacancyRepository vacancies;

  private final AppointmentNotices notices;

  public CandidateDocumentsSubmission(CompetitionRepository competitions, VacancyRepository vacancies, AppointmentNotices notices) {
    this.notices = notices;
    this.competitions = competitions;
    this.vacancies = vacancies;
  }

  record Answer(Decision decision, String reason) {}

  record Check(String competitionId, List<CompetitionRepository.Candidate> candidates, Map<Long, Answer> answers) {}

  @Override
  protected Check read(DelegateExecution execution, Values values) {
    String competitionId = competitions.current(execution.getProcessBusinessKey()).id();
    List<CompetitionRepository.Candidate> candidates =
        competitions.candidates(competitionId, List.of(CandidateStatus.APPLIED));
    Map<Long, Answer> answers = Rows.answers(execution, VARIABLE, candidates, CandidateDocumentsSubmission::answer,
        values.errors());
    return new Check(competitionId, candidates, answers);
  }

  @Override
  protected void record(DelegateExecution execution, Check check) {
    int admitted = 0;
    VacancyRepository.Vacancy vacancy = vacancies.get(execution.getProcessBusinessKey());
    for (CompetitionRepository.Candidate candidate : check.candidates()) {
      Answer answer = check.answers().get(candidate.id());
      boolean accepted = answer.decision() == Decision.ACCEPT;
      competitions.setStatus(candidate.id(), accepted ? CandidateStatus.ADMITTED : CandidateStatus.DOCUMENTS_REJECTED,
          answer.reason());
      notices.competitionDocuments(vacancy, candidate.id(), accepted, answer.reason());
      admitted += accepted ? 1 : 0;
    }
    vacancies.event(execution.getProcessBusinessKey(), "COMPETITION_DOCUMENTS", check.competitionId() + ": "
        + admitted + " of " + check.candidates().size() + " admitted", CurrentUser.id(execution));
    execution.removeVariable(VARIABLE);
    execution.setVariable("candidatesInTheRunning", admitted);
  }

  private static Answer answer(Rows.Row row) {
    Decision decision = row.values().choice("decision", Decision.class);
    String reason = decision == Decision.REJECT ? row.values().text("reason", true, 5, 1000) : null;
    return new Answer(decision, reason);
  }
}
