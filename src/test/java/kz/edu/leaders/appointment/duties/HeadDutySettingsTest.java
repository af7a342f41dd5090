package kz.edu.leaders.appointment.duties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

class HeadDutySettingsTest {

  final HeadDutySettings settings = new HeadDutySettings();
  static final LocalDate APPOINTED = LocalDate.of(2026, 12, 8);

  @Test
  void theAttestationFallsDueAfterEachThreeYearsAndIsPassedWithinSixMonths() {
    assertThat(settings.attestationDueOn(APPOINTED, 1)).isEqualTo("2029-12-08");
    assertThat(settings.attestationDueOn(APPOINTED, 2)).isEqualTo("2032-12-08");
    assertThat(settings.attestationPassBy(LocalDate.of(2029, 12, 8))).isEqualTo("2030-06-07");
    assertThat(settings.attestationNoticeOn(APPOINTED, LocalDate.of(2029, 12, 8))).isEqualTo("2029-10-08");
  }

  @Test
  void aHeadLeadsTheSchoolSevenYearsAndIsAskedSixMonthsBefore() {
    assertThat(settings.rotationLimitOn(APPOINTED)).isEqualTo("2033-12-07");
    assertThat(settings.rotationNoticeOn(APPOINTED, LocalDate.of(2033, 12, 7))).isEqualTo("2033-06-08");
  }

  @Test
  void aNoticeLongerThanThePeriodOpensTheTaskOnTheDayOfTheAppointment() {
    settings.setRotationLimit(Period.ofMonths(4));
    assertThat(settings.rotationNoticeOn(APPOINTED, settings.rotationLimitOn(APPOINTED))).isEqualTo(APPOINTED);
    settings.setAttestationEvery(Period.ofMonths(1));
    assertThat(settings.attestationNoticeOn(APPOINTED, settings.attestationDueOn(APPOINTED, 1))).isEqualTo(APPOINTED);
  }

  @Test
  void aZeroOrNegativePeriodIsRefusedAtStartUp() {
    assertThatThrownBy(() -> settings.setAttestationEvery(Period.ZERO))
        .hasMessageContaining("leaders.appointment.duties.attestation-every");
    assertThatThrownBy(() -> settings.setRotationLimit(Period.ofYears(-7)))
        .hasMessageContaining("rotation-limit");
    assertThatThrownBy(() -> settings.setRotationNotice(Period.ofMonths(-1))).hasMessageContaining("rotation-notice");
    settings.setAttestationNotice(Period.ZERO);
    assertThatThrownBy(() -> settings.attestationDueOn(APPOINTED, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
