package kz.edu.leaders.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kz.edu.leaders.identity.IdentitySetup;
import kz.edu.leaders.appointment.AppointmentDriver;
import kz.edu.leaders.appointment.competition.CompetitionDriver;
import kz.edu.leaders.selection.ReserveSelection;
import kz.edu.leaders.support.AppTest;
import kz.edu.leaders.support.BrowserCondition;
import kz.edu.leaders.support.TestApplications;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A CPE operator in real Tasklist (Debian's headless Chromium): registers an application through the
 * start form, is stopped by a wrong IIN, checks the documents, and finds Cockpit closed.
 */
@AppTest
@ExtendWith(BrowserCondition.class)
class TasklistBrowserTest extends TasklistPage {


  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired TaskService taskService;
  @Autowired kz.edu.leaders.selection.ApplicationRepository applications;
  @Autowired AppointmentDriver appointment;
  @Autowired CompetitionDriver competition;

  static final By START = By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space()='Start']");


  @Test
  void anOperatorRegistersAnApplicationAndChecksItsDocuments() throws Exception {
    logIn("operator");

    // Start form: a short IIN is caught in the browser, a wrong check digit by the server.
    click(By.xpath("//a[normalize-space()='Start process']"));
    click(By.xpath("//ul[contains(@class,'processes')]//a[contains(normalize-space(),'Отбор в Республиканский кадровый резерв')]"));
    visible(By.cssSelector(".modal .fjs-form"));
    String iin = TestApplications.randomIin();
    String wrongIin = TestApplications.withWrongCheckDigit(iin);
    fillRegistration(iin.substring(0, 11), "School-gymnasium No. 3, Turkistan");
    WebElement iinError = visible(By.cssSelector("[id$='-Field_iin-error-message'].fjs-form-field-error"));
    assertThat(iinError.getText()).contains("minimum length of 12");
    screenshot("1-start-form-short-iin");

    long before = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ReserveSelection.PROCESS_KEY).count();
    type(field("iin"), wrongIin);
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[id$='-Field_iin-error-message'].fjs-form-field-error")));
    click(START);
    WebElement error = visible(By.xpath("//div[contains(@class,'notifications')]//*[contains(.,'check digit does not match')]"));
    assertThat(error.getText()).contains("IIN check digit does not match: please verify the number");
    screenshot("2-start-form-wrong-check-digit");
    assertThat(browser.findElement(By.cssSelector(".modal .fjs-form")).isDisplayed()).as("form stays open").isTrue();
    assertThat(historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ReserveSelection.PROCESS_KEY).count()).isEqualTo(before);
    assertThat(applications.numberFor(2026, wrongIin)).isEmpty();

    type(field("iin"), iin);
    click(START);
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal .fjs-form")));
    wait.until(d -> historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ReserveSelection.PROCESS_KEY).count() == before + 1);
    String number = applications.numberFor(2026, iin).orElseThrow();
    assertThat(number).matches("RS-2026-\\d{6}");
    List<ProcessInstance> started = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(ReserveSelection.PROCESS_KEY).processInstanceBusinessKey(number).list();
    assertThat(started).hasSize(1);
    ProcessInstance instance = started.get(0);
    assertThat(runtimeService.getVariable(instance.getId(), "candidateName")).isEqualTo("Тестова Динара");

    // The group's filter lists "Check documents" in Kazakh and Russian, with whose application it is.
    click(By.xpath("//*[contains(@class,'task-filter')]//*[contains(text(),'" + IdentitySetup.MY_GROUP_TASKS + "')]"));
    visible(By.xpath("//ol[contains(@class,'tasks-list')]//li[contains(@class,'task')]"
        + "[contains(.,'Құжаттарды тексеру / Проверка документов')][contains(.,'Тестова Динара')]"));
    screenshot("3-my-group-tasks");
    String taskId = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
    browser.get(url("/camunda/app/tasklist/default/#/?task=" + taskId));
    click(By.cssSelector("button.claim"));
    // Claimed, the task leaves "my group tasks" for "my tasks"; open it there.
    click(By.xpath("//*[contains(@class,'task-filter')]//*[contains(text(),'" + IdentitySetup.MY_TASKS + "')]"));
    wait.until(d -> taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee() != null);
    browser.get(url("/camunda/app/tasklist/default/#/?task=" + taskId));
    By accept = By.cssSelector("input[id$='-Field_documentDecision-0']");
    By reason = By.cssSelector("textarea[id$='-Field_documentDecisionReason']");
    visible(accept);
    assertThat(field("applicationNumber").getDomProperty("value")).isEqualTo(number);
    assertThat(field("candidateName").getDomProperty("value")).isEqualTo("Тестова Динара");
    assertThat(browser.findElements(reason)).as("no reason asked before a decision").isEmpty();
    screenshot("4-check-documents");
    click(By.cssSelector("input[id$='-Field_documentDecision-2']"));
    visible(reason);
    screenshot("5-check-documents-reject-needs-reason");
    click(accept);
    wait.until(ExpectedConditions.numberOfElementsToBe(reason, 0));
    click(By.xpath("//button[normalize-space()='Complete']"));

    wait.until(d -> runtimeService.createExecutionQuery().processInstanceId(instance.getId())
        .activityId("Task_WaitForTestResult").count() == 1);
    screenshot("6-completed");

    // Cockpit is not the operator's.
    browser.get(url("/camunda/app/cockpit/"));
    visible(By.xpath("//h1[contains(.,'No access')]"));
    screenshot("7-cockpit-closed");
    assertThat(browser.getPageSource()).doesNotContain("Cockpit").contains("Tasklist");
    assertThat(browser.findElements(By.cssSelector("[cam-widget-header], .dashboard"))).isEmpty();
  }


  @Test
  void aCoordinatorAssignsTheInternshipAndTheMentorFillsTheRubric() throws Exception {
    ProcessInstance instance = selection.admittedToTraining(TestApplications.eligibleTeacher());

    logIn("coordinator");
    openTask(instance, true);
    click(By.cssSelector("input[id$='-Field_basicModuleCompleted']"));
    typeDate("basicModuleCompletedOn", "2026-09-30");
    type(field("leadingSchool"), "NIS of Physics and Mathematics, Turkistan");
    chooseSearchable("mentorId", "Gulnara Mentor (mentor)");
    typeDate("internshipStart", "2026-10-01");
    typeDate("internshipEnd", "2026-12-15");
    screenshot("8-assign-internship");
    click(By.xpath("//button[normalize-space()='Complete']"));
    wait.until(d -> runtimeService.createExecutionQuery().processInstanceId(instance.getId())
        .activityId("Task_EvaluateInternship").count() == 1);

    browser.manage().deleteAllCookies();
    logIn("mentor");
    openTask(instance, false);
    int[] scores = {4, 5, 4, 3, 4};
    int i = 0;
    for (String criterion : List.of("rubricLeadership", "rubricTeaching", "rubricTeamwork", "rubricCommunity",
        "rubricReflection")) {
      type(field(criterion), String.valueOf(scores[i++]));
    }
    type(field("rubricTeamwork"), "7");
    visible(By.xpath("//*[contains(@class,'fjs-form-field-error')][contains(.,'5')]"));
    type(field("rubricTeamwork"), "4");
    type(field("mentorRecommendation"), "Ran the school's methodical council and a parents' forum with confidence.");
    screenshot("9-evaluate-internship");
    click(By.xpath("//button[normalize-space()='Complete']"));

    wait.until(d -> runtimeService.createExecutionQuery().processInstanceId(instance.getId())
        .activityId("Task_AssessReport").count() >= 1);
  }

  @Autowired kz.edu.leaders.selection.SelectionDriver selection;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  @Test
  void oneCommissionMemberRecusesAndAnotherScores() throws Exception {
    ProcessInstance instance = selection.admittedToInterview(TestApplications.eligibleTeacher());
    ProcessInstance interview = selection.interview(instance);

    logIn("commission");
    openOwnTask(interview, "commission");
    click(By.cssSelector("input[id$='-Field_conflictOfInterest']"));
    type(visible(By.cssSelector("textarea[id$='-Field_conflictReason']")), "The candidate is my sister-in-law");
    assertThat(browser.findElements(By.cssSelector("input[id$='-Field_interviewVision']"))).isEmpty();
    screenshot("10-commission-recuses");
    click(By.xpath("//button[normalize-space()='Complete']"));
    wait.until(d -> taskService.createTaskQuery().processInstanceId(interview.getId()).taskAssignee("commission")
        .count() == 0);

    browser.manage().deleteAllCookies();
    logIn("commission2");
    openOwnTask(interview, "commission2");
    type(field("interviewVision"), "8");
    type(field("interviewCompetence"), "7");
    type(field("interviewCommunication"), "9");
    type(field("interviewMotivation"), "8");
    screenshot("11-commission-scores");
    click(By.xpath("//button[normalize-space()='Complete']"));
    wait.until(d -> taskService.createTaskQuery().processInstanceId(interview.getId()).taskAssignee("commission2")
        .count() == 0);

    assertThat(jdbc.queryForList("""
        SELECT member_id, recused FROM interview_score WHERE application_number = ? ORDER BY member_id""",
        instance.getBusinessKey())).hasSize(2);
    assertThat(jdbc.queryForObject("""
        SELECT mean_score FROM interview_score WHERE application_number = ? AND member_id = 'commission2'""",
        java.math.BigDecimal.class, instance.getBusinessKey())).isEqualByComparingTo("8");
  }

  @Test
  void aCompetitionCommissionMemberVotesInTasklistAndThePublicBoardShowsTheResult() throws Exception {
    jdbc.update("UPDATE reserve_entry SET status = 'ARCHIVED' WHERE region = 'TURKISTAN' AND status = 'ACTIVE'");
    ProcessInstance appointmentCase = appointment.registerTurkistanDirectorPost();
    appointment.openCompetition(appointmentCase);
    appointment.runJobs(appointmentCase);
    String vacancy = appointmentCase.getBusinessKey();
    competition.announce(vacancy);
    competition.applicationsClose(vacancy);
    competition.recordApplications(vacancy, List.of(CompetitionDriver.applicant("Ivanova", "Aigerim"),
        CompetitionDriver.applicant("Petrov", "Bakhyt")));
    org.camunda.bpm.engine.impl.util.ClockUtil.reset();
    long ivanova = competition.candidateId(vacancy, "Ivanova");
    long petrov = competition.candidateId(vacancy, "Petrov");
    competition.checkDocuments(vacancy, java.util.Map.of());
    competition.recordTests(vacancy, java.util.Map.of(ivanova, 91.0, petrov, 74.0));
    competition.schedule(vacancy, java.util.Set.of(ivanova, petrov));
    competition.attendance(vacancy, java.util.Set.of(ivanova, petrov));
    for (String member : List.of("competition2", "competition3", "competitionchair")) {
      competition.vote(member, vacancy, java.util.Map.of(ivanova, "FOR", petrov, "AGAINST"));
    }
    ProcessInstance competitionCase = competition.instance(vacancy);

    logIn("competition");
    openOwnTask(competitionCase, "competition", "Открытое голосование");
    List<WebElement> candidates = browser.findElements(By.cssSelector("input[id*='-Field_ballot_candidateName']"));
    assertThat(candidates).hasSize(2);
    for (int row = 0; row < candidates.size(); row++) {
      boolean forIvanova = candidates.get(row).getDomProperty("value").startsWith("Ivanova");
      click(By.xpath("(//label[normalize-space()='" + (forIvanova ? "Жақтаймын / За" : "Қарсымын / Против") + "'])["
          + (row + 1) + "]"));
    }
    screenshot("12-competition-member-votes");
    click(By.xpath("//button[normalize-space()='Complete']"));
    wait.until(d -> taskService.createTaskQuery().processInstanceId(competitionCase.getId())
        .taskAssignee("competition").count() == 0);
    assertThat(jdbc.queryForList("SELECT vote FROM competition_vote WHERE member_id = 'competition' AND candidate_id = ?",
        String.class, ivanova)).containsExactly("FOR");

    competition.runJobs(vacancy);
    competition.attachRecording(vacancy);
    appointment.runJobs(appointmentCase);
    String competitionId = jdbc.queryForObject("SELECT competition_id FROM competition WHERE vacancy_number = ?",
        String.class, vacancy);

    browser.manage().deleteAllCookies();
    browser.get(url("/board?region=TURKISTAN"));
    WebElement result = visible(By.cssSelector("#finished .competition[data-id='" + competitionId + "']"));
    assertThat(result.findElement(By.cssSelector(".outcome")).getText()).contains("Winner appointed");
    assertThat(result.getText()).contains("Ivanova Aigerim", "4 : 0", "0 : 4").doesNotContain("Petrov");
    assertThat(result.findElement(By.cssSelector("a.recording")).getDomAttribute("href"))
        .isEqualTo("https://youtube.com/watch?v=turkistan-konkurs-1");
    screenshot("13-public-board-result");
  }

  void openOwnTask(ProcessInstance interview, String member) {
    openOwnTask(interview, member, "Собеседование в Республиканской комиссии");
  }

  void openOwnTask(ProcessInstance interview, String member, String taskName) {
    String taskId = taskService.createTaskQuery().processInstanceId(interview.getId()).taskAssignee(member)
        .singleResult().getId();
    click(By.xpath("//*[contains(@class,'task-filter')]//*[contains(text(),'" + IdentitySetup.MY_TASKS + "')]"));
    visible(By.xpath("//ol[contains(@class,'tasks-list')]//li[contains(@class,'task')][contains(.,'" + taskName + "')]"));
    browser.get(url("/camunda/app/tasklist/default/#/?task=" + taskId));
    visible(By.cssSelector(".fjs-form"));
  }

  void openTask(ProcessInstance instance, boolean claim) {
    String taskId = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
    browser.get(url("/camunda/app/tasklist/default/#/?task=" + taskId));
    if (claim) {
      click(By.cssSelector("button.claim"));
      wait.until(d -> taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee() != null);
      browser.navigate().refresh();
    }
    visible(By.cssSelector(".fjs-form"));
  }
}
