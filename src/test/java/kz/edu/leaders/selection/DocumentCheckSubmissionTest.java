package kz.edu.leaders.selection;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import kz.edu.leaders.common.InvalidSubmissionException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DocumentCheckSubmissionTest {

  final ApplicationRepository applications = mock(ApplicationRepository.class);
  final DocumentCheckSubmission submission = new DocumentCheckSubmission(applications);
  final DelegateExecution execution = mock(DelegateExecution.class);

  @BeforeEach
  void anOpenCheck() {
    ProcessEngineServices services = mock(ProcessEngineServices.class);
    when(services.getIdentityService()).thenReturn(mock(IdentityService.class));
    when(execution.getProcessEngineServices()).thenReturn(services);
    when(execution.getProcessBusinessKey()).thenReturn("RS-2026-000007");
    when(execution.getVariable("returnedForCorrection")).thenReturn(false);
  }

  void submitted(Object decision, Object reason) {
    when(execution.getVariable("documentDecision")).thenReturn(decision);
    when(execution.getVariable("documentDecisionReason")).thenReturn(reason);
  }

  @Test
  void anAcceptanceIsRecordedWithoutAReason() {
    submitted("accept", "left over from an earlier choice");
    submission.notify(execution);
    verify(execution).setVariable("documentDecisionReason", null);
    verify(applications).recordDecision("RS-2026-000007", Stage.DOCUMENT_CHECK, "accept", null, null);
  }

  @Test
  void aRejectionIsRecordedWithItsReasonTrimmed() {
    submitted("reject", "  Diploma is not pedagogical  ");
    submission.notify(execution);
    verify(applications).recordDecision("RS-2026-000007", Stage.DOCUMENT_CHECK, "reject",
        "Diploma is not pedagogical", null);
  }

  @Test
  void aTooShortReasonIsRefusedAndNothingRecorded() {
    submitted("return", "bad");
    assertThatThrownBy(() -> submission.notify(execution)).isInstanceOf(InvalidSubmissionException.class)
        .hasMessage("documentDecisionReason: must be at least 5 characters");
    verify(applications, never()).recordDecision(anyString(), any(), anyString(), any(), any());
  }

  @Test
  void aSecondReturnIsRefusedWhateverTheVariablesSay() {
    when(applications.decisions("RS-2026-000007")).thenReturn(List.of(new ApplicationRepository.Decision(
        Stage.DOCUMENT_CHECK, "return", "Unreadable", "operator", Instant.now())));
    when(execution.getVariable("returnedForCorrection")).thenReturn(false);
    submitted("return", "Still unreadable");
    assertThatThrownBy(() -> submission.notify(execution))
        .hasMessage("documentDecision: documents were already returned once; accept or reject them now");
  }

  @Test
  void aDecisionOfTheWrongTypeIsRefused() {
    submitted(42L, null);
    assertThatThrownBy(() -> submission.notify(execution)).hasMessage("documentDecision: must be text");
  }

  @Test
  void nothingIsCheckedWhenTheDeadlineCancelsTheTask() {
    when(execution.isCanceled()).thenReturn(true);
    submission.notify(execution);
    verify(applications, never()).recordDecision(anyString(), any(), anyString(), any(), any());
  }
}
