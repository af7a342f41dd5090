package kz.edu.leaders.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.edu.leaders.common.Language;
import kz.edu.leaders.common.Values;
import kz.edu.leaders.domain.Region;
import kz.edu.leaders.training.ParticipantRepository.Participant;
import org.junit.jupiter.api.Test;

/** The rules of completion, the certificate numbers and how a trainer's list of numbers is read. */
class CompletionRulesTest {

  final CompletionRules rules = new CompletionRules(80, true);

  @Test
  void attendanceAtTheMinimumWithTheFinalWorkPassedCompletes() {
    CompletionRules.Outcome outcome = rules.decide(5, 1, null);
    assertThat(outcome.completed()).isTrue();
    assertThat(outcome.attendancePercent()).isEqualByComparingTo("80.0");
  }

  @Test
  void belowTheMinimumOrAFailedFinalWorkDoesNotCompleteAndSaysWhy() {
    CompletionRules.Outcome absent = rules.decide(5, 2, null);
    assertThat(absent.completed()).isFalse();
    assertThat(absent.reasons().get(0).in(Language.RU)).contains("60.0%").contains("80%");
    CompletionRules.Outcome failed = rules.decide(5, 0, "план не сдан");
    assertThat(failed.completed()).isFalse();
    assertThat(failed.reasons().get(0).in(Language.RU)).contains("план не сдан");
    assertThat(rules.decide(5, 3, "x").reasons()).hasSize(2);
  }

  @Test
  void withoutTheFinalWorkRequiredOnlyAttendanceCounts() {
    assertThat(new CompletionRules(80, false).decide(4, 0, "не сдана").completed()).isTrue();
    assertThat(new CompletionRules(50, false).decide(4, 2, null).completed()).isTrue();
  }

  @Test
  void aStreamWithoutRecordedDaysCountsAsFullAttendance() {
    assertThat(rules.decide(0, 0, null).attendancePercent()).isEqualByComparingTo("100");
  }

  @Test
  void certificateNumbersAreRandomAndOfTheReadableAlphabet() {
    Set<String> numbers = new HashSet<>();
    for (int i = 0; i < 2000; i++) {
      numbers.add(Certificates.randomNumber());
    }
    assertThat(numbers).hasSize(2000).allMatch(n -> n.matches("TC(-[2-9A-HJ-NP-Z]{4}){3}"));
  }

  static Participant participant(long id, int number, String iin) {
    return new Participant(id, number, iin, "Аты", "Мектеп", "Аудан", "Директор", null, 1, null, null, null, null);
  }

  @Test
  void theAbsentAreNamedByNumberOrIinAndStrangersAreNamedInTheError() {
    List<Participant> stream = List.of(participant(11, 1, "880503400111"), participant(12, 2, "850301400128"));
    Values values = new Values(Map.of(), new ArrayList<>());
    assertThat(AbsentList.read("1,\n 850301400128", stream, values, "absentees", false).keySet())
        .containsExactly(11L, 12L);
    assertThat(values.valid()).isTrue();

    AbsentList.read("1 7 x", stream, values, "absentees", false);
    assertThat(values.errors()).hasSize(1);
    assertThat(values.errors().get(0).field()).isEqualTo("absentees");
    assertThat(values.errors().get(0).message()).contains("7, x");
  }

  @Test
  void aFailedFinalWorkNeedsAReasonOnItsLine() {
    List<Participant> stream = List.of(participant(11, 1, "880503400111"), participant(12, 2, "850301400128"));
    Values values = new Values(Map.of(), new ArrayList<>());
    assertThat(AbsentList.read("1: план не сдан", stream, values, "failedFinalWork", true))
        .containsEntry(11L, "план не сдан");
    AbsentList.read("2", stream, values, "failedFinalWork", true);
    assertThat(values.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("2"));
  }

  @Test
  void coursesArePlannedInTheRegionsOfTheOfficersAndCoordinatorsGroups() {
    assertThat(CourseGroups.plansIn(List.of("regional-officers", "regional-officers-turkistan"), Region.TURKISTAN))
        .isTrue();
    assertThat(CourseGroups.plansIn(List.of("cpe-coordinators-almaty"), Region.TURKISTAN)).isFalse();
    assertThat(CourseGroups.plansIn(List.of("cpe-operators-turkistan"), Region.TURKISTAN)).isFalse();
    assertThat(CourseGroups.ofRegion(Region.TURKISTAN))
        .containsExactly("regional-officers-turkistan", "cpe-coordinators-turkistan");
  }
}
