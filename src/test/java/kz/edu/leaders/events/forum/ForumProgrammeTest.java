package kz.edu.leaders.events.forum;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.common.FieldError;
import kz.edu.leaders.common.Values;
import kz.edu.leaders.demo.ForumSteps;
import kz.edu.leaders.events.forum.ForumRepository.NewSession;
import org.junit.jupiter.api.Test;

/** The programme's rows as the start form sends them: what is a session of a forum of so many days. */
class ForumProgrammeTest {

  static List<String> errors(List<Map<String, Object>> rows, int days) {
    Values values = Values.of(name -> null);
    PlanForumSubmission.sessions(rows, days, values);
    return values.errors().stream().map(FieldError::field).toList();
  }

  @Test
  void theSourcesProgrammeFitsATwoDayForum() {
    Values values = Values.of(name -> null);
    List<NewSession> sessions = PlanForumSubmission.sessions(ForumSteps.programme(), 2, values);
    assertThat(values.errors()).isEmpty();
    assertThat(sessions).extracting(NewSession::kind).contains(SessionKind.FACILITATION, SessionKind.CONTEST);
    assertThat(sessions).filteredOn(s -> s.kind() == SessionKind.FACILITATION).singleElement()
        .satisfies(s -> assertThat(s.durationMinutes()).isEqualTo(180));
  }

  @Test
  void aSessionOutsideTheDaysOrTimeOfDayIsNamedByItsRow() {
    List<Map<String, Object>> rows = new ArrayList<>();
    rows.add(ForumSteps.session("Бірінші / Первая", "PLENARY", 1, "09:00", 60, null));
    rows.add(ForumSteps.session("Үшінші күн / Третий день", "PLENARY", 3, "09:00", 60, null));
    rows.add(ForumSteps.session("Теріс / Отрицательная", "PLENARY", 1, "09:00", -5, null));
    rows.add(ForumSteps.session("Кеш / Поздно", "PLENARY", 2, "22:00", 180, null));
    rows.add(ForumSteps.session("Уақыт / Время", "PLENARY", 1, "24:00", 30, null));
    rows.add(ForumSteps.session("Түрі / Вид", "WORKSHOP", 1, "10:00", 30, null));
    rows.add(ForumSteps.session("", "PLENARY", 1, "10:00", 30, null));

    assertThat(errors(rows, 2)).containsExactly("sessions[2].day", "sessions[3].durationMinutes",
        "sessions[4].durationMinutes", "sessions[5].startsAt", "sessions[6].kind", "sessions[7].sessionTitle");
  }

  @Test
  void anEmptyProgrammeIsRefused() {
    assertThat(errors(List.of(), 2)).containsExactly("sessions");
  }
}
