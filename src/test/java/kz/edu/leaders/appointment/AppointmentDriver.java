package kz.edu.leaders.appointment;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.demo.SelectionSteps;
import kz.edu.leaders.support.TestApplications;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Drives DirectorAppointment the way its users do (logged in, claiming, submitting forms). */
@Component
@Profile("demo") // drives cases with the demo steps
public class AppointmentDriver {

  private final ProcessEngine engine;
  private final SelectionSteps steps;
  private final JdbcTemplate jdbc;
  private final VacancyRepository vacancies;

  public AppointmentDriver(ProcessEngine engine, SelectionSteps steps, JdbcTemplate jdbc, VacancyRepository vacancies) {
    this.engine = engine;
    this.steps = steps;
    this.jdbc = jdbc;
    this.vacancies = vacancies;
  }

  public static Map<String, Object> directorVacancy(String region, String vacatedOn) {
    Map<String, Object> values = new HashMap<>();
    values.put("school", "School-lyceum No. " + (int) (Math.random() * 900 + 100) + ", Turkistan");
    values.put("region", region);
    values.put("post", "DIRECTOR");
    values.put("vacatedOn", vacatedOn);
    return values;
  }

  /** The district officer submits the start form in Tasklist. */
  public ProcessInstance register(String user, Map<String, Object> vacancy) {
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(DirectorAppointment.PROCESS_KEY).latestVersion().singleResult().getId();
    return steps.as(user, () -> engine.getFormService().submitStartForm(definition, vacancy));
  }

  public ProcessInstance registerTurkistanDirectorPost() {
    return register("district", directorVacancy("TURKISTAN", LocalDate.now().minusDays(2).toString()));
  }

  /** The user claims the open task of that kind (theirs or still free) and submits its form. */
  public void complete(String user, ProcessInstance instance, String taskKey, Map<String, Object> values) {
    steps.as(user, () -> {
      Task task = openTask(user, instance, taskKey);
      if (task.getAssignee() == null) {
        engine.getTaskService().claim(task.getId(), user);
      }
      engine.getFormService().submitTaskForm(task.getId(), values);
      return null;
    });
  }

  private Task openTask(String user, ProcessInstance instance, String taskKey) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey)
        .list().stream().findFirst().orElseThrow(() -> new IllegalStateException(
            user + " sees no open task " + taskKey + " in " + instance.getBusinessKey()));
  }

  /** The task as the user sees it in Tasklist (null when the user may not see it). */
  public Task visibleTask(String user, ProcessInstance instance, String taskKey) {
    return steps.as(user, () -> engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(taskKey).singleResult());
  }

  public void assignActingHead(ProcessInstance instance, String from, String until) {
    complete("district", instance, "Task_AssignActingHead",
        Map.of("actingHeadName", "Сериков Нурлан", "actingHeadPost", "DEPUTY_DIRECTOR", "actingFrom", from,
            "actingUntil", until));
  }

  public void offerToReservist(ProcessInstance instance, String certificate) {
    complete("regional", instance, "Task_ChoosePath", Map.of("appointmentPath", "RESERVIST",
        "reservistCertificate", certificate, "offeredOn", LocalDate.now().toString()));
  }

  public void openCompetition(ProcessInstance instance) {
    complete("regional", instance, "Task_ChoosePath", Map.of("appointmentPath", "COMPETITION"));
  }

  public void reservistAnswers(ProcessInstance instance, String answer) {
    complete("regional", instance, "Task_RecordReservistAnswer", Map.of("reservistAnswer", answer,
        "answeredOn", LocalDate.now().toString()));
    if ("ACCEPTED".equals(answer)) {
      runJobs(instance);
    }
  }

  /**
   * A Turkistan director post filled by a reservist who accepted: the order is issued, and the running HeadDuties
   * instance of the case (the appointed head's recurring duties) is returned.
   */
  public ProcessInstance appointedHead() {
    return appointedHead(reservist("TURKISTAN", "DIRECTOR", 90));
  }

  /** The same for the active Turkistan reservist of the director level with the certificate. */
  public ProcessInstance appointedHead(String certificate) {
    ProcessInstance vacancy = registerTurkistanDirectorPost();
    offerToReservist(vacancy, certificate);
    reservistAnswers(vacancy, "ACCEPTED");
    String number = record(vacancy).number();
    ProcessInstance duties = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("HeadDuties").processInstanceBusinessKey(number).singleResult();
    if (duties == null) {
      throw new IllegalStateException("No HeadDuties started for " + number);
    }
    return duties;
  }

  /** Runs the instance's asynchronous continuations (not timers) now. */
  public void runJobs(ProcessInstance instance) {
    steps.runJobs(instance);
  }

  /** Fires the timer of that event now, as if its time had come. */
  public void timerFires(ProcessInstance instance, String timerId) {
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers()
        .activityId(timerId).singleResult();
    if (timer == null) {
      throw new IllegalStateException("No timer " + timerId + " waits in " + instance.getBusinessKey());
    }
    engine.getManagementService().executeJob(timer.getId());
  }

  /** An active reservist enrolled in an earlier cycle, as the selection would have left them. */
  public String reservist(String region, String level, double compositeScore) {
    String certificate = "RR-2025-T" + Long.toString(System.nanoTime(), 36).toUpperCase();
    jdbc.update("""
        INSERT INTO reserve_entry (certificate_number, iin, region, level, cycle_year, valid_until, status, created_at,
          surname, first_name, composite_score) VALUES (?, ?, ?, ?, 2025, ?, 'ACTIVE', ?, ?, ?, ?)""",
        certificate, TestApplications.randomIin(), region, level, Date.valueOf(LocalDate.now().plusYears(2)),
        Timestamp.from(Instant.now()), "Резервистова", "Айжан " + certificate.substring(9, 12),
        BigDecimal.valueOf(compositeScore));
    return certificate;
  }

  public String reserveStatus(String certificate) {
    return jdbc.queryForObject("SELECT status FROM reserve_entry WHERE certificate_number = ?", String.class,
        certificate);
  }

  public VacancyRepository.Vacancy record(ProcessInstance instance) {
    String number = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(instance.getId()).singleResult().getBusinessKey();
    return vacancies.get(number);
  }

  public List<String> events(ProcessInstance instance) {
    return vacancies.events(record(instance).number()).stream().map(VacancyRepository.Event::event).toList();
  }
}
