package kz.edu.leaders.selection;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;

class ScoreTestDelegateTest {

  final ApplicationRepository applications = mock(ApplicationRepository.class);
  final ScoreTestDelegate delegate = new ScoreTestDelegate(new TestScoring(settings()), applications,
      mock(CandidateNotices.class));
  final DelegateExecution execution = mock(DelegateExecution.class);

  static SelectionSettings settings() {
    SelectionSettings settings = new SelectionSettings();
    settings.getTest().getBlockMinimum().put("pedagogy", 50.0);
    return settings;
  }

  void scores(Object legislation, Object management, Object pedagogy, Object leadership) {
    when(execution.getProcessBusinessKey()).thenReturn("RS-2026-000009");
    when(execution.getVariable("testLegislation")).thenReturn(legislation);
    when(execution.getVariable("testManagement")).thenReturn(management);
    when(execution.getVariable("testPedagogy")).thenReturn(pedagogy);
    when(execution.getVariable("testLeadership")).thenReturn(leadership);
  }

  @Test
  void aPassIsRoutedAndTheOverallScoreRecorded() {
    scores(80.0, 75, 70L, 90.0);
    delegate.execute(execution);
    verify(execution).setVariable("testPassed", true);
    verify(execution).setVariable("testOverall", 78.75);
    verify(execution).setVariable("outcomeReason",
        "Құзыреттілік тесті 78.75% нәтижемен тапсырылды / Тест компетенций сдан с результатом 78.75%");
    verify(applications).recordTestOverall("RS-2026-000009", new BigDecimal("78.75"));
  }

  @Test
  void aFailSaysWhy() {
    scores(90.0, 90.0, 45.0, 90.0);
    delegate.execute(execution);
    verify(execution).setVariable("testPassed", false);
    verify(execution).setVariable("outcomeReason", "Құзыреттілік тесті тапсырылмады; «педагогика» блогы: 45% — "
        + "ең төменгі мәннен (50%) төмен / Тест компетенций не сдан; блок «педагогика»: 45% ниже минимума 50%");
  }

  @Test
  void aMissingBlockIsAnIncidentNotAGuess() {
    scores(80.0, null, 70.0, 90.0);
    assertThatThrownBy(() -> delegate.execute(execution)).hasMessage("No score for test block 'management'");
  }
}
