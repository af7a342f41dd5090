package kz.edu.leaders.training;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.common.CsvTable;
import kz.edu.leaders.common.InvalidSubmissionException;
import kz.edu.leaders.common.Language;
import kz.edu.leaders.domain.Region;
import kz.edu.leaders.training.CourseRepository.Course;
import kz.edu.leaders.training.ParticipantRepository.Participant;
import kz.edu.leaders.web.Refusal;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The courses' API, for the people who work on them. The region's officers and CPE coordinators load the region's
 * organisations, enrol participants (CSV of the region's list, or JSON), read the roster and results, and ask for
 * certificates; a stream's trainer reads the roster of their own streams. A course of another region answers 404.
 */
@RestController
@RequestMapping("/api/training")
public class TrainingController {

  static final int MAX_ROWS = 20_000;

  public record CourseView(String courseNumber, String title, String region, String status, int capacity,
                           String cancelReason, List<CourseRepository.Stream> streams, List<Participant> participants) {}

  private final CourseRepository courses;
  private final ParticipantRepository participants;
  private final ParticipantEnrolment enrolment;
  private final OrganisationRegistry organisations;
  private final Certificates certificates;
  private final IdentityService identityService;

  public TrainingController(CourseRepository courses, ParticipantRepository participants,
                            ParticipantEnrolment enrolment, OrganisationRegistry organisations,
                            Certificates certificates, IdentityService identityService) {
    this.courses = courses;
    this.participants = participants;
    this.enrolment = enrolment;
    this.organisations = organisations;
    this.certificates = certificates;
    this.identityService = identityService;
  }

  @PostMapping(path = "/organisations", consumes = {"text/csv", "text/plain"})
  public ImportReport organisations(@RequestParam("region") Region region, @RequestBody String csv,
                                    HttpServletRequest request) {
    Authentication user = caller();
    if (!CourseGroups.plansIn(user.getGroupIds(), region)) {
      throw Refusal.of(403, "training.plan.ownRegionOnly", CourseGroups.regionsPlannedBy(user.getGroupIds()));
    }
    List<CsvTable.Row> rows = CsvTable.parse(csv, OrganisationRegistry.COLUMNS, List.of());
    limit(rows.size());
    return organisations.importList(region, rows, user.getUserId()).in(Language.of(request));
  }

  @PostMapping(path = "/courses/{course}/participants", consumes = {"text/csv", "text/plain"})
  public ImportReport enrolCsv(@PathVariable String course, @RequestBody String csv, HttpServletRequest request) {
    Authentication user = planner(course);
    List<EnrolmentRow> rows = CsvTable.parse(csv, EnrolmentRow.REQUIRED, EnrolmentRow.OPTIONAL).stream()
        .map(EnrolmentRow::of).toList();
    limit(rows.size());
    return enrolment.enrol(course, rows, user.getUserId()).in(Language.of(request));
  }

  @PostMapping(path = "/courses/{course}/participants", consumes = "application/json")
  public ImportReport enrolJson(@PathVariable String course, @RequestBody List<Map<String, Object>> json,
                                HttpServletRequest request) {
    Authentication user = planner(course);
    limit(json.size());
    List<EnrolmentRow> rows = new ArrayList<>();
    for (int i = 0; i < json.size(); i++) {
      rows.add(EnrolmentRow.of(i + 1, json.get(i)));
    }
    return enrolment.enrol(course, rows, user.getUserId()).in(Language.of(request));
  }

  @GetMapping("/courses/{course}")
  public CourseView course(@PathVariable String course) {
    Authentication user = caller();
    Course record = courses.find(course).orElseThrow(() -> notFound(course));
    List<CourseRepository.Stream> streams = courses.streams(course);
    if (CourseGroups.plansIn(user.getGroupIds(), record.region())) {
      return view(record, streams, participants.roster(course, null));
    }
    List<CourseRepository.Stream> own = streams.stream().filter(s -> s.trainer().equals(user.getUserId())).toList();
    if (own.isEmpty()) {
      throw notFound(course);
    }
    List<Participant> roster = new ArrayList<>();
    own.forEach(stream -> roster.addAll(participants.roster(course, stream.number())));
    return view(record, own, roster);
  }

  @PostMapping("/courses/{course}/participants/{number}/certificate")
  public Map<String, String> certificate(@PathVariable String course, @PathVariable int number) {
    Authentication user = planner(course);
    return Map.of("courseNumber", course, "certificateNumber", certificates.issue(course, number, user.getUserId()));
  }

  private static CourseView view(Course course, List<CourseRepository.Stream> streams, List<Participant> roster) {
    return new CourseView(course.number(), course.title(), course.region().name(), course.status(), course.capacity(),
        course.cancelReason(), streams, roster);
  }

  private Authentication caller() {
    Authentication user = identityService.getCurrentAuthentication();
    if (user == null) {
      throw Refusal.of(403, "request.forbidden");
    }
    return user;
  }

  /** The caller plans courses in the course's region; for anyone else the course does not exist. */
  private Authentication planner(String course) {
    Authentication user = caller();
    Course record = courses.find(course).orElseThrow(() -> notFound(course));
    if (!CourseGroups.plansIn(user.getGroupIds(), record.region())) {
      throw notFound(course);
    }
    return user;
  }

  private static Refusal notFound(String course) {
    return Refusal.of(404, "training.courseNotFound", course);
  }

  private static void limit(int rows) {
    if (rows > MAX_ROWS) {
      throw InvalidSubmissionException.of("rows", "training.tooManyRows", MAX_ROWS);
    }
  }

}
