package kz.edu.leaders.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import kz.edu.leaders.appointment.AppointmentDriver;
import kz.edu.leaders.support.AppTest;
import kz.edu.leaders.support.BrowserCondition;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Three years after an appointment, the region's officer records the head's attestation in Tasklist: the form in
 * Kazakh and in Russian, as the officer reads it. The engine's clock is moved to the day the task opens; Tasklist
 * runs in the same engine, so it sees that day too.
 */
@AppTest
@ExtendWith(BrowserCondition.class)
class HeadDutiesBrowserTest extends TasklistPage {

  static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

  @Autowired AppointmentDriver appointment;
  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void realClock() {
    ClockUtil.reset();
  }

  @Test
  void theRegionalOfficerRecordsThatTheHeadPassedTheAttestation() throws Exception {
    ProcessInstance duties = appointment.appointedHead();
    Job notice = engine.getManagementService().createJobQuery().processInstanceId(duties.getId()).timers()
        .activityId("Timer_AttestationNotice").singleResult();
    ClockUtil.setCurrentTime(new Date(notice.getDuedate().getTime() + 60_000));
    engine.getManagementService().executeJob(notice.getId());
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(duties.getId())
        .taskDefinitionKey("Task_RecordAttestation").singleResult();
    LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ALMATY);

    logIn("regional");
    browser.manage().addCookie(new Cookie("leaders-language", "kk", "/"));
    browser.get(url("/camunda/app/tasklist/default/#/?task=" + task.getId()));
    visible(By.cssSelector("[id$='-Field_attestationResult-0']"));
    assertThat(browser.findElement(By.cssSelector(".fjs-form")).getText()).contains("Нәтиже / Результат",
        "Өтті / Прошёл", "Өтудің соңғы күні / Последний день");
    screenshot("duties-1-record-attestation-kk");

    browser.manage().addCookie(new Cookie("leaders-language", "ru", "/"));
    browser.navigate().refresh();
    click(By.cssSelector("button.claim"));
    wait.until(d -> engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult().getAssignee() != null);
    browser.navigate().refresh();
    click(By.cssSelector("input[id$='-Field_attestationResult-0']"));
    typeDate("attestedOn", today.toString());
    screenshot("duties-2-record-attestation-ru-filled");
    click(By.xpath("//button[normalize-space()='Завершить']"));

    wait.until(d -> jdbc.queryForObject("SELECT COUNT(*) FROM head_attestation a JOIN head_duty h"
        + " ON h.order_number = a.order_number WHERE h.vacancy_number = ? AND a.attestation_round = 1"
        + " AND a.result = 'PASSED' AND a.recorded_by = 'regional'", Integer.class, duties.getBusinessKey()) == 1);
    screenshot("duties-3-recorded-ru");
  }
}
