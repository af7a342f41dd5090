package kz.edu.leaders.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import kz.edu.leaders.analytics.AnalyticsRepository.CompetitionCount;
import kz.edu.leaders.analytics.AnalyticsRepository.Enrolment;
import kz.edu.leaders.analytics.AnalyticsRepository.StageCount;
import kz.edu.leaders.common.Language;
import kz.edu.leaders.selection.Stage;
import org.junit.jupiter.api.Test;

/** How the grouped rows become the report: reach, windows that are over, competitions' endings. */
class CycleAnalyticsTest {

  static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
  static final Clock TODAY = Clock.fixed(Instant.parse("2027-06-30T06:00:00Z"), ALMATY);

  final AnalyticsRepository repository = mock(AnalyticsRepository.class);
  final AnalyticsSettings settings = new AnalyticsSettings();
  final CycleAnalytics analytics = new CycleAnalytics(repository, settings, ALMATY, TODAY);

  static Instant enrolledOn(String day) {
    return LocalDate.parse(day).atTime(12, 0).atZone(ALMATY).toInstant();
  }

  @Test
  void documentCorrectionCountsAsHavingReachedTheDocumentCheckAndNoFurther() {
    assertThat(CycleAnalytics.funnelPosition(Stage.DOCUMENT_CORRECTION))
        .isEqualTo(CycleAnalytics.funnelPosition(Stage.DOCUMENT_CHECK)).isEqualTo(1);
    when(repository.stageCounts(2026, null)).thenReturn(List.of(
        new StageCount("TURKISTAN", "DOCUMENT_CORRECTION", "IN_PROGRESS", null, 3),
        new StageCount("TURKISTAN", "TEST", "CLOSED", "TEST_FAILED", 1)));

    CycleReport report = analytics.report(2026, null, Language.EN);

    assertThat(report.funnel().total().reached()).containsExactly(4L, 4L, 1L, 0L, 0L, 0L, 0L, 0L);
    assertThat(report.funnel().total().conversion()).containsExactly(null, 1.0, 0.25, 0.0, null, null, null, null);
    assertThat(report.funnel().total().inProgress()).isEqualTo(3);
  }

  @Test
  void aPlacementWindowCountsThoseWhoseWindowIsOverOrWhoWereAppointedWithinIt() {
    when(repository.enrolments(2026, null)).thenReturn(List.of(
        // Window of 6 months over on 2027-01-15, of 12 months not yet; appointed after 7 months: within 12.
        new Enrolment("TURKISTAN", "DIRECTOR", enrolledOn("2026-07-15"), "APPOINTED", LocalDate.of(2027, 2, 20)),
        // Enrolled this spring, appointed within a month: counts for both windows already.
        new Enrolment("TURKISTAN", "DIRECTOR", enrolledOn("2027-04-01"), "APPOINTED", LocalDate.of(2027, 4, 20)),
        // Enrolled this spring, not appointed: says nothing yet.
        new Enrolment("TURKISTAN", "DIRECTOR", enrolledOn("2027-04-01"), "ACTIVE", null)));

    CycleReport.PlacementRow total = analytics.report(2026, null, Language.EN).placement().total();

    assertThat(total.enrolled()).isEqualTo(3);
    assertThat(total.appointed()).isEqualTo(2);
    assertThat(total.windowPassed()).containsExactly(2L, 2L);
    assertThat(total.appointedWithin()).containsExactly(1L, 2L);
    assertThat(total.share()).containsExactly(0.5, 1.0);
  }

  @Test
  void competitionsUnderWayAreNotCountedByEndingButARepeatIs() {
    when(repository.competitions(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1), null)).thenReturn(List.of(
        new CompetitionCount("ALMATY", "DECIDED", "NO_CONSENT", true, 2),
        new CompetitionCount("ALMATY", "DECIDED", "NO_SHOW", true, 1),
        new CompetitionCount("ALMATY", "ANNOUNCED", null, false, 1),
        new CompetitionCount("ALMATY", "DECIDED", "WINNER", false, 3)));

    CycleReport.CompetitionRow almaty = analytics.report(2026, null, Language.EN).competitions().total();

    assertThat(almaty.announced()).isEqualTo(7);
    assertThat(almaty.noCandidates()).isEqualTo(2);
    assertThat(almaty.noShow()).isEqualTo(1);
    assertThat(almaty.winner()).isEqualTo(3);
    assertThat(almaty.inProgress()).isEqualTo(1);
    assertThat(almaty.reannounced()).isEqualTo(3);
  }

  @Test
  void placementWindowsMustBePositiveAndAreKeptInOrder() {
    settings.setPlacementWindows(List.of(Period.ofYears(1), Period.ofMonths(3)));
    assertThat(settings.getPlacementWindows()).containsExactly(Period.ofMonths(3), Period.ofYears(1));
    assertThatThrownBy(() -> settings.setPlacementWindows(List.of(Period.ZERO)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
