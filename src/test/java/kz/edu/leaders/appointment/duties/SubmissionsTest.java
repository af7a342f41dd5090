package kz.edu.leaders.appointment.duties;

import static kz.edu.leaders.appointment.duties.DutyFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import kz.edu.leaders.common.FieldError;
import kz.edu.leaders.common.InvalidSubmissionException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SubmissionsTest {

  static final LocalDate TODAY = LocalDate.of(2029, 11, 2);

  final HeadDutyRepository duties = mock(HeadDutyRepository.class);
  final DelegateExecution execution = execution(true);
  final AttestationSubmission attestation = new AttestationSubmission(duties, calendar(TODAY));
  final RotationDecisionSubmission rotation = new RotationDecisionSubmission(duties, calendar(TODAY));

  @BeforeEach
  void anOpenRound() {
    when(duties.get(VACANCY)).thenReturn(inPost());
    when(duties.openAttestation(ORDER)).thenReturn(Optional.of(HeadDutyRepository.Attestation.scheduled(1,
        LocalDate.of(2029, 10, 8), LocalDate.of(2029, 12, 8), LocalDate.of(2030, 6, 7))));
  }

  void submitted(Map<String, Object> values) {
    values.forEach((name, value) -> when(execution.getVariable(name)).thenReturn(value));
  }

  static java.util.List<String> fields(InvalidSubmissionException e) {
    return e.errors().stream().map(FieldError::field).toList();
  }

  @Test
  void aPassedAttestationIsRecordedOnItsRoundAndTheFormIsEmptiedForTheNext() {
    submitted(Map.of("attestationResult", "PASSED", "attestedOn", "2029-10-30"));
    attestation.notify(execution);
    verify(duties).recordAttestation(ORDER, 1, "PASSED", LocalDate.of(2029, 10, 30), null, "regional");
    verify(duties).event(ORDER, "ATTESTATION_PASSED", "round 1 on 2029-10-30", "regional");
    verify(duties, never()).leftPost(anyString(), any());
    verify(execution).removeVariable("attestationResult");
    verify(execution).removeVariable("attestedOn");
  }

  @Test
  void aFailedAttestationNeedsANoteAndADayBetweenTheTaskAndToday() {
    submitted(Map.of("attestationResult", "NOT_PASSED", "attestedOn", "2029-09-30"));
    assertThatThrownBy(() -> attestation.notify(execution))
        .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> assertThat(fields(e))
            .containsExactlyInAnyOrder("attestedOn", "attestationNote"));
    verify(duties, never()).recordAttestation(anyString(), anyInt(), anyString(), any(), any(), any());
  }

  @Test
  void aHeadWhoLeftThePostEndsTheDutiesOnThatDay() {
    submitted(Map.of("attestationResult", "LEFT_POST", "attestedOn", "2028-03-01",
        "attestationNote", "Moved to the district department"));
    attestation.notify(execution);
    verify(duties).leftPost(ORDER, LocalDate.of(2028, 3, 1));
    verify(duties).event(ORDER, "HEAD_LEFT_POST", "round 1 on 2028-03-01: Moved to the district department",
        "regional");
  }

  @Test
  void anUnknownResultIsRefused() {
    submitted(Map.of("attestationResult", "EXCELLENT", "attestedOn", "2029-10-30"));
    assertThatThrownBy(() -> attestation.notify(execution)).hasMessageContaining("attestationResult");
  }

  @Test
  void aReleaseIsRecordedAndEndsTheDuties() {
    submitted(Map.of("rotationDecision", "RELEASE", "rotationEffectiveOn", "2033-08-31"));
    rotation.notify(execution);
    verify(duties).decideRotation(ORDER, "RELEASE", "RELEASED", LocalDate.of(2033, 8, 31), null, null, "regional");
    verify(execution).removeVariable("rotationDecision");
  }

  @Test
  void aRotationNamesAnotherSchoolAndTakesEffectByTheLimit() {
    submitted(Map.of("rotationDecision", "ROTATE", "rotationEffectiveOn", "2033-12-08",
        "rotationNewSchool", " school-lyceum no. 5, turkistan "));
    assertThatThrownBy(() -> rotation.notify(execution))
        .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> assertThat(fields(e))
            .containsExactlyInAnyOrder("rotationEffectiveOn", "rotationNewSchool"));

    submitted(Map.of("rotationDecision", "ROTATE", "rotationEffectiveOn", "2033-12-07"));
    when(execution.getVariable("rotationNewSchool")).thenReturn(null);
    assertThatThrownBy(() -> rotation.notify(execution))
        .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> assertThat(fields(e))
            .containsExactly("rotationNewSchool"));
    verify(duties, never()).decideRotation(anyString(), anyString(), anyString(), any(), any(), any(), any());
  }

  @Test
  void aReleaseBeforeTheAppointmentIsRefused() {
    submitted(Map.of("rotationDecision", "RELEASE", "rotationEffectiveOn", "2026-12-07"));
    assertThatThrownBy(() -> rotation.notify(execution)).hasMessageContaining("rotationEffectiveOn");
  }
}
