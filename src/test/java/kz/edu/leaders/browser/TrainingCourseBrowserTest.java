package kz.edu.leaders.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import kz.edu.leaders.demo.TrainingSteps;
import kz.edu.leaders.domain.Region;
import kz.edu.leaders.support.AppTest;
import kz.edu.leaders.support.BrowserCondition;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A regional officer plans a course from Tasklist's start form; after enrolment and streams, the stream's trainer
 * marks the absent of a day in Tasklist (Debian's headless Chromium).
 */
@AppTest
@ExtendWith(BrowserCondition.class)
class TrainingCourseBrowserTest extends TasklistPage {

  static final By START = By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space()='Start']");
  static final By COMPLETE = By.xpath("//button[normalize-space()='Complete']");

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired TrainingSteps training;
  @Autowired JdbcTemplate jdbc;

  @Test
  void anOfficerPlansACourseAndTheTrainerMarksTheAbsentOfADay() throws Exception {
    LocalDate start = LocalDate.now().minusDays(5);
    logIn("regional");
    click(By.xpath("//a[normalize-space()='Start process']"));
    click(By.xpath("//ul[contains(@class,'processes')]//a[contains(normalize-space(),'Курс повышения квалификации')]"));
    visible(By.cssSelector(".modal .fjs-form"));
    chooseSearchable("region", "Түркістан облысы / Туркестанская");
    type(field("trainer"), "trainer");
    type(field("hours"), "72");
    type(field("capacity"), "300");
    typeDate("plannedStart", start.toString());
    typeDate("plannedEnd", start.plusDays(11).toString());
    screenshot("training-1-plan-course");
    Integer before = jdbc.queryForObject("SELECT COUNT(*) FROM training_course", Integer.class);
    click(START);
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal .fjs-form")));
    wait.until(d -> jdbc.queryForObject("SELECT COUNT(*) FROM training_course", Integer.class) == before + 1);
    String number = jdbc.queryForObject("SELECT course_number FROM training_course WHERE planned_by = 'regional' "
        + "ORDER BY planned_at DESC, course_number DESC FETCH FIRST 1 ROWS ONLY", String.class);
    ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number)
        .singleResult();
    assertThat(jdbc.queryForObject("SELECT hours FROM training_course WHERE course_number = ?", Integer.class, number))
        .isEqualTo(72);

    training.registerOrganisations(Region.TURKISTAN, 20);
    training.enrolCsv(number, TrainingSteps.headsCsv(1, 20, 88), "regional");
    training.closeEnrolment("regional", instance);
    training.splitIntoStreams("regional", instance, List.of(
        List.of(start.toString(), start.plusDays(4).toString(), "trainer"),
        List.of(start.plusDays(7).toString(), start.plusDays(11).toString(), "trainer2")));

    browser.manage().deleteAllCookies();
    logIn("trainer");
    String taskId = training.streamTask("trainer", instance, "Task_RecordStreamAttendance", 1).getId();
    browser.get(url("/camunda/app/tasklist/default/#/?task=" + taskId));
    visible(By.cssSelector(".fjs-form"));
    typeDate("attendanceDay", start.plusDays(1).toString());
    type(visible(By.cssSelector("textarea[id$='-Field_absentees']")), "2 5 9");
    screenshot("training-2-mark-absent");
    click(COMPLETE);
    wait.until(d -> jdbc.queryForObject("SELECT COUNT(*) FROM training_absence a JOIN training_participant p "
        + "ON p.id = a.participant_id WHERE p.course_number = ?", Integer.class, number) == 3);
    assertThat(jdbc.queryForList("SELECT p.participant_no FROM training_absence a JOIN training_participant p "
        + "ON p.id = a.participant_id WHERE p.course_number = ? ORDER BY 1", Integer.class, number))
        .containsExactly(2, 5, 9);
    assertThat(jdbc.queryForObject("SELECT recorded_by FROM training_attendance_day WHERE course_number = ?",
        String.class, number)).isEqualTo("trainer");
    wait.until(d -> training.streamTask("trainer", instance, "Task_RecordStreamAttendance", 1) != null
        && !training.streamTask("trainer", instance, "Task_RecordStreamAttendance", 1).getId().equals(taskId));
  }
}
