package kz.edu.leaders.appointment.duties;

import static kz.edu.leaders.appointment.duties.DutyFixtures.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import kz.edu.leaders.appointment.duties.HeadDutyRepository.Attestation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;

class ScheduleDelegatesTest {

  final HeadDutyRepository duties = mock(HeadDutyRepository.class);
  final HeadDutySettings settings = new HeadDutySettings();
  final DelegateExecution execution = execution(false);
  final ScheduleAttestationDelegate attestation =
      new ScheduleAttestationDelegate(duties, settings, calendar(APPOINTED));
  final ScheduleRotationDelegate rotation = new ScheduleRotationDelegate(duties, settings, calendar(APPOINTED));

  @Test
  void theFirstRoundIsScheduledThreeYearsAfterTheAppointment() {
    when(duties.get(VACANCY)).thenReturn(inPost());
    when(duties.openAttestation(ORDER)).thenReturn(Optional.empty());
    when(duties.attestations(ORDER)).thenReturn(List.of());

    attestation.execute(execution);

    verify(duties).scheduleAttestation(ORDER, Attestation.scheduled(1, LocalDate.of(2029, 10, 8),
        LocalDate.of(2029, 12, 8), LocalDate.of(2030, 6, 7)));
    verify(execution).setVariable("attestationRound", 1);
    verify(execution).setVariable("attestationDueOn", "2029-12-08");
    verify(execution).setVariable("attestationPassBy", "2030-06-07");
    verify(execution).setVariable("attestationNoticeAt", midnight(LocalDate.of(2029, 10, 8)));
    verify(execution).setVariable("attestationOverdueAt", midnight(LocalDate.of(2030, 6, 8)));
  }

  @Test
  void theRoundAfterARecordedOneComesThreeYearsLater() {
    when(duties.get(VACANCY)).thenReturn(inPost());
    when(duties.openAttestation(ORDER)).thenReturn(Optional.empty());
    when(duties.attestations(ORDER)).thenReturn(List.of(new Attestation(1, LocalDate.of(2029, 10, 8),
        LocalDate.of(2029, 12, 8), LocalDate.of(2030, 6, 7), "PASSED", LocalDate.of(2030, 1, 15), null, "regional",
        null)));

    attestation.execute(execution);

    verify(duties).scheduleAttestation(ORDER, Attestation.scheduled(2, LocalDate.of(2032, 10, 8),
        LocalDate.of(2032, 12, 8), LocalDate.of(2033, 6, 7)));
  }

  @Test
  void aRoundStillOpenIsNotScheduledAgain() {
    Attestation open = Attestation.scheduled(1, LocalDate.of(2029, 10, 8), LocalDate.of(2029, 12, 8),
        LocalDate.of(2030, 6, 7));
    when(duties.get(VACANCY)).thenReturn(inPost());
    when(duties.openAttestation(ORDER)).thenReturn(Optional.of(open));

    attestation.execute(execution);

    verify(duties, never()).scheduleAttestation(anyString(), any());
    verify(execution).setVariable("attestationOverdueAt", midnight(LocalDate.of(2030, 6, 8)));
  }

  @Test
  void theRotationIsScheduledFromTheSettingsOnceAndThenReadFromTheRecord() {
    settings.setRotationLimit(Period.ofYears(4));
    when(duties.get(VACANCY)).thenReturn(duty(HeadDutyRepository.IN_POST, null, null));

    rotation.execute(execution);

    verify(duties).scheduleRotation(ORDER, LocalDate.of(2030, 12, 7), LocalDate.of(2030, 6, 8));
    verify(execution).setVariable("rotationLimitOn", "2030-12-07");
    verify(execution).setVariable("rotationNoticeAt", midnight(LocalDate.of(2030, 6, 8)));
    verify(execution).setVariable("rotationOverdueAt", midnight(LocalDate.of(2030, 12, 8)));
  }

  @Test
  void aRotationAlreadyScheduledKeepsItsDates() {
    when(duties.get(VACANCY)).thenReturn(inPost());

    rotation.execute(execution);

    verify(duties, never()).scheduleRotation(anyString(), any(), any());
    verify(execution).setVariable("rotationLimitOn", "2033-12-07");
  }
}
