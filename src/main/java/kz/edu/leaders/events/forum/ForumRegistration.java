package kz.edu.leaders.events.forum;

import static kz.edu.leaders.events.forum.RegistrationReport.Status.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kz.edu.leaders.common.ApiCaller;
import kz.edu.leaders.common.Contacts;
import kz.edu.leaders.common.FieldError;
import kz.edu.leaders.common.InvalidSubmissionException;
import kz.edu.leaders.events.forum.ForumParticipants.NewParticipant;
import kz.edu.leaders.events.forum.ForumRepository.Forum;
import kz.edu.leaders.events.forum.RegistrationReport.RowResult;
import kz.edu.leaders.web.Refusal;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers participants of a forum while its registration is open: from a list (CSV import or JSON, the forum API)
 * or from the registration task's list. Each row is checked in memory (required fields, e-mail and phone when given,
 * the same person twice); the good rows are written with one batch statement and numbered after those registered
 * before. The forum's row is locked meanwhile, so two imports at once number one after the other.
 */
@Service
public class ForumRegistration {


  private final ForumRepository forums;
  private final ForumParticipants participants;
  private final ForumSettings settings;
  private final RuntimeService runtimeService;
  private final ApiCaller caller;

  public ForumRegistration(ForumRepository forums, ForumParticipants participants, ForumSettings settings,
                           RuntimeService runtimeService, ApiCaller caller) {
    this.forums = forums;
    this.participants = participants;
    this.settings = settings;
    this.runtimeService = runtimeService;
    this.caller = caller;
  }

  @Transactional
  public RegistrationReport register(String number, List<ParticipantRow> rows, String by) {
    return register(number, rows, by, false);
  }

  /**
   * With allOrNothing (the task's list, where a person corrects the row and submits again), one bad row refuses the
   * whole list, each bad row named as {@code participants[n].field}; else each row stands on its own (an import).
   */
  @Transactional
  public RegistrationReport register(String number, List<ParticipantRow> rows, String by, boolean allOrNothing) {
    Forum forum = forums.lock(number).orElseThrow(() -> Refusal.of(404, "forum.notFound", number));
    if (!RegionalForum.REGISTRATION.equals(forum.status())) {
      throw Refusal.of(409, "forum.registrationClosed", number);
    }
    Set<String> known = participants.nameKeys(number);
    Set<String> inList = new HashSet<>();
    int count = known.size();
    int next = participants.lastNumber(number) + 1;
    String batchId = UUID.randomUUID().toString();
    List<RowResult> results = new ArrayList<>();
    List<NewParticipant> accepted = new ArrayList<>();
    for (ParticipantRow row : rows) {
      RowResult problem = problem(row, known, inList, number);
      if (problem != null) {
        results.add(problem);
        continue;
      }
      if (count >= settings.getMaximumParticipants()) {
        results.add(RowResult.refused(row.row(), FULL, "fullName", "forum.register.full",
            settings.getMaximumParticipants()));
        continue;
      }
      accepted.add(new NewParticipant(next, row.fullName(), row.key(), row.position(), row.organisation(),
          row.district(), row.email(), row.phone()));
      inList.add(row.key());
      results.add(RowResult.registered(row.row(), next));
      next++;
      count++;
    }
    if (allOrNothing && accepted.size() < rows.size()) {
      throw new InvalidSubmissionException(results.stream().filter(r -> !r.isAccepted())
          .map(r -> FieldError.of("participants[" + r.row() + "]." + r.field(), r.code(), r.args().toArray()))
          .toList());
    }
    participants.insert(number, accepted, by, batchId);
    int total = count;
    if (!accepted.isEmpty()) {
      // The registration task shows the count; the API's caller has no right to write variables, the app does.
      caller.asApplication(() -> {
        runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number)
            .processDefinitionKey(RegionalForum.PROCESS_KEY).active().list()
            .forEach(instance -> runtimeService.setVariable(instance.getId(), "registeredCount", total));
        return null;
      });
    }
    return RegistrationReport.of(batchId, results);
  }

  private static RowResult problem(ParticipantRow row, Set<String> known, Set<String> inList, String forum) {
    if (row.fullName() == null || row.fullName().length() < 3 || row.fullName().length() > 300) {
      return RowResult.refused(row.row(), INVALID, "fullName", "forum.register.fullName");
    }
    if (row.position() == null || row.position().length() > 200) {
      return RowResult.refused(row.row(), INVALID, "position", "forum.register.text", 200);
    }
    if (row.organisation() == null || row.organisation().length() > 300) {
      return RowResult.refused(row.row(), INVALID, "organisation", "forum.register.text", 300);
    }
    if (row.district() == null || row.district().length() > 200) {
      return RowResult.refused(row.row(), INVALID, "district", "forum.register.text", 200);
    }
    if (row.email() != null && (row.email().length() > 254 || !Contacts.isEmail(row.email()))) {
      return RowResult.refused(row.row(), INVALID, "email", "forum.register.email");
    }
    if (row.phone() != null && !Contacts.isPhone(row.phone())) {
      return RowResult.refused(row.row(), INVALID, "phone", "forum.register.phone");
    }
    if (known.contains(row.key())) {
      return RowResult.refused(row.row(), DUPLICATE, "fullName", "forum.register.already", forum);
    }
    if (inList.contains(row.key())) {
      return RowResult.refused(row.row(), DUPLICATE, "fullName", "forum.register.duplicateRow");
    }
    return null;
  }
}
