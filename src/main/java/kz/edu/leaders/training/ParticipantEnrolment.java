package kz.edu.leaders.training;

import static kz.edu.leaders.training.ImportReport.Status.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import kz.edu.leaders.common.ApiCaller;
import kz.edu.leaders.common.Contacts;
import kz.edu.leaders.domain.Iin;
import kz.edu.leaders.training.CourseRepository.Course;
import kz.edu.leaders.training.ImportReport.RowResult;
import kz.edu.leaders.training.OrganisationRegistry.Organisation;
import kz.edu.leaders.training.ParticipantRepository.NewParticipant;
import kz.edu.leaders.web.Refusal;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrols participants in a course while its enrolment is open: from the region's list (a CSV import), through the API
 * one by one, or from the enrolment task's form. Every row is checked against the organisations of the course's
 * region, the IIN rule, the participants already enrolled and the capacity, in memory; then the good rows are written
 * with one batch statement. Per row: a bad row is reported and changes nothing, the good ones are enrolled. The
 * course's row is locked meanwhile, so two imports at once number their participants one after the other.
 */
@Service
public class ParticipantEnrolment {


  private final CourseRepository courses;
  private final ParticipantRepository participants;
  private final OrganisationRegistry organisations;
  private final RuntimeService runtimeService;
  private final ApiCaller caller;

  public ParticipantEnrolment(CourseRepository courses, ParticipantRepository participants,
                              OrganisationRegistry organisations, RuntimeService runtimeService, ApiCaller caller) {
    this.courses = courses;
    this.participants = participants;
    this.organisations = organisations;
    this.runtimeService = runtimeService;
    this.caller = caller;
  }

  @Transactional
  public ImportReport enrol(String courseNumber, List<EnrolmentRow> rows, String by) {
    Course course = courses.lockForEnrolment(courseNumber)
        .orElseThrow(() -> Refusal.of(404, "training.courseNotFound", courseNumber));
    if (!TrainingCourse.ENROLMENT.equals(course.status())) {
      throw Refusal.of(409, "training.enrolmentClosed", courseNumber);
    }
    Map<String, Organisation> known = organisations.of(course.region());
    Set<String> enrolled = participants.iins(courseNumber);
    Set<String> inFile = new HashSet<>();
    int count = enrolled.size();
    int next = participants.lastNumber(courseNumber) + 1;
    String batchId = UUID.randomUUID().toString();
    List<RowResult> results = new ArrayList<>();
    List<NewParticipant> accepted = new ArrayList<>();
    for (EnrolmentRow row : rows) {
      RowResult problem = problem(row, known, enrolled, inFile, course);
      if (problem != null) {
        results.add(problem);
        continue;
      }
      if (count >= course.capacity()) {
        results.add(RowResult.refused(row.row(), row.iin(), CAPACITY_EXCEEDED, "iin", "training.enrol.capacity",
            course.capacity()));
        continue;
      }
      Organisation organisation = known.get(OrganisationRegistry.key(row.organisation()));
      accepted.add(new NewParticipant(next, row.iin(), row.fullName(), organisation.id(), organisation.district(),
          row.post(), row.phone()));
      inFile.add(row.iin());
      results.add(RowResult.accepted(row.row(), row.iin(), ENROLLED, next));
      next++;
      count++;
    }
    participants.insert(courseNumber, accepted, by, batchId);
    int total = count;
    if (!accepted.isEmpty()) {
      // The enrolment task shows the count; the API's caller has no right to write variables, the app does.
      caller.asApplication(() -> {
        runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(courseNumber)
            .processDefinitionKey(TrainingCourse.PROCESS_KEY).active().list()
            .forEach(instance -> runtimeService.setVariable(instance.getId(), "enrolledCount", total));
        return null;
      });
    }
    return ImportReport.of(batchId, results);
  }

  private static RowResult problem(EnrolmentRow row, Map<String, Organisation> known, Set<String> enrolled,
                                   Set<String> inFile, Course course) {
    String iinProblem = Iin.problem(row.iin());
    if (iinProblem != null) {
      return RowResult.refused(row.row(), row.iin(), INVALID_IIN, "iin", iinProblem);
    }
    if (row.fullName() == null || row.fullName().length() < 3 || row.fullName().length() > 300) {
      return RowResult.refused(row.row(), row.iin(), INVALID, "fullName", "training.enrol.fullName");
    }
    if (row.organisation() == null) {
      return RowResult.refused(row.row(), row.iin(), INVALID, "organisation", "value.required");
    }
    Organisation organisation = known.get(OrganisationRegistry.key(row.organisation()));
    if (organisation == null) {
      return RowResult.refused(row.row(), row.iin(), UNKNOWN_ORGANISATION, "organisation",
          "training.enrol.unknownOrganisation", row.organisation(), course.region().label());
    }
    if (row.district() == null || !row.district().strip().equalsIgnoreCase(organisation.district())) {
      return RowResult.refused(row.row(), row.iin(), INVALID, "district", "training.enrol.district",
          organisation.district());
    }
    if (row.post() == null || row.post().length() > 200) {
      return RowResult.refused(row.row(), row.iin(), INVALID, "post", "value.required");
    }
    if (row.phone() != null && !Contacts.isPhone(row.phone())) {
      return RowResult.refused(row.row(), row.iin(), INVALID, "phone", "training.enrol.phone");
    }
    if (enrolled.contains(row.iin())) {
      return RowResult.refused(row.row(), row.iin(), DUPLICATE, "iin", "training.enrol.alreadyEnrolled",
          course.number());
    }
    if (inFile.contains(row.iin())) {
      return RowResult.refused(row.row(), row.iin(), DUPLICATE, "iin", "training.enrol.duplicateRow");
    }
    return null;
  }
}
