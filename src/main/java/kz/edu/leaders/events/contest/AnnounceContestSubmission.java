package kz.edu.leaders.events.contest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.edu.leaders.appointment.competition.Rows;
import kz.edu.leaders.common.CurrentUser;
import kz.edu.leaders.common.FormSubmission;
import kz.edu.leaders.common.Values;
import kz.edu.leaders.domain.Region;
import kz.edu.leaders.events.contest.ContestRepository.Contest;
import kz.edu.leaders.events.contest.ContestRepository.Criterion;
import kz.edu.leaders.events.contest.ContestRepository.Juror;
import kz.edu.leaders.events.contest.ContestRepository.Round;
import kz.edu.leaders.identity.Groups;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Start of LeadingSchoolContest: an organiser of the region announces the contest. Rounds, criteria and nominations
 * left empty take the defaults of {@code leaders.events.contest}; the jurors must be members of the region's jury
 * group and the chair of its chair group (the chair also scores). Writes the contest record; its number is the
 * business key.
 */
@Component
public class AnnounceContestSubmission extends FormSubmission<AnnounceContestSubmission.Announcement> {

  record Announcement(Contest contest, List<Round> rounds, List<Criterion> criteria, List<String> nominations,
                      List<Juror> jury) {}

  static final int MAX_ROWS = 50;

  private final ContestRepository contests;
  private final ContestSettings settings;

  public AnnounceContestSubmission(ContestRepository contests, ContestSettings settings) {
    this.contests = contests;
    this.settings = settings;
  }

  @Override
  protected Announcement read(DelegateExecution execution, Values values) {
    String title = values.text("contestTitle", true, 3, 300);
    Region region = values.choice("region", Region.class);
    String forum = values.text("forumNumber", false, 64);
    Instant deadline = ContestForms.dateTime(values, "entryDeadline");
    if (deadline != null && deadline.isBefore(ClockUtil.getCurrentTime().toInstant())) {
      values.error("entryDeadline", "contest.deadlineInThePast");
    }
    Integer places = Values.blank(values.raw("prizePlaces")) ? Integer.valueOf(settings.getDefaultPrizePlaces())
        : values.wholeNumber("prizePlaces", 1, 10);
    IdentityService identity = execution.getProcessEngineServices().getIdentityService();
    Authentication user = identity.getCurrentAuthentication();
    if (region != null && user != null && !ContestGroups.organises(user.getGroupIds(), region)) {
      values.error("region", "contest.ownRegionOnly", ContestGroups.regionsOrganisedBy(user.getGroupIds()));
    }
    List<Round> rounds = rounds(execution, values);
    List<Criterion> criteria = criteria(execution, values, rounds);
    List<String> nominations = names(execution, values, "nominations", "nominationName");
    if (nominations.isEmpty()) {
      nominations = settings.getDefaultNominations();
    }
    List<Juror> jury = region == null ? List.of() : jury(execution, values, identity, region);
    if (!values.valid()) {
      return null;
    }
    return new Announcement(new Contest(null, title, region, forum, deadline, places, LeadingSchoolContest.ENTRIES,
        CurrentUser.id(execution), null), rounds, criteria, nominations, jury);
  }

  private List<Round> rounds(DelegateExecution execution, Values values) {
    List<String> names = names(execution, values, "rounds", "roundName");
    if (names.isEmpty()) {
      names = settings.getDefaultRounds();
    }
    List<Round> rounds = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      rounds.add(new Round(i + 1, names.get(i)));
    }
    return rounds;
  }

  private List<Criterion> criteria(DelegateExecution execution, Values values, List<Round> rounds) {
    List<Map<String, Object>> rows = Rows.read(execution, "criteria");
    List<Criterion> criteria = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      if (ContestForms.blankRow(rows.get(i), List.of("criterionName", "roundNo", "maxScore"))) {
        continue;
      }
      Values row = ContestForms.row(values, "criteria", i, rows.get(i));
      String name = row.text("criterionName", true, 2, 300);
      Integer round = row.wholeNumber("roundNo", 1, Math.max(1, rounds.size()));
      Integer max = row.wholeNumber("maxScore", 1, 100);
      if (name != null && !seen.add(name.toLowerCase())) {
        row.error("criterionName", "contest.duplicate", name);
      }
      if (name != null && round != null && max != null) {
        criteria.add(new Criterion(criteria.size() + 1, name, round, max));
      }
    }
    if (criteria.isEmpty() && values.valid()) {
      for (ContestSettings.Criterion preset : settings.getDefaultCriteria()) {
        Round round = rounds.stream().filter(r -> r.name().equalsIgnoreCase(preset.getRound())).findFirst()
            .orElse(null);
        if (round == null) {
          values.error("criteria", "contest.criteriaRequired");
          return List.of();
        }
        criteria.add(new Criterion(criteria.size() + 1, preset.getName(), round.number(), preset.getMaxScore()));
      }
    }
    if (criteria.isEmpty()) {
      values.error("criteria", "contest.criteriaRequired");
    }
    return criteria;
  }

  private static List<String> names(DelegateExecution execution, Values values, String variable, String field) {
    List<Map<String, Object>> rows = Rows.read(execution, variable);
    if (rows.size() > MAX_ROWS) {
      values.error(variable, "contest.tooManyRows", MAX_ROWS);
      return List.of();
    }
    List<String> names = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      if (ContestForms.blankRow(rows.get(i), List.of(field))) {
        continue;
      }
      String name = ContestForms.row(values, variable, i, rows.get(i)).text(field, true, 2, 300);
      if (name != null && names.stream().anyMatch(name::equalsIgnoreCase)) {
        values.error(variable + "[" + (i + 1) + "]." + field, "contest.duplicate", name);
      } else if (name != null) {
        names.add(name);
      }
    }
    return names;
  }

  private static List<Juror> jury(DelegateExecution execution, Values values, IdentityService identity, Region region) {
    List<Juror> jury = new ArrayList<>();
    List<Map<String, Object>> rows = Rows.read(execution, "jury");
    String juryGroup = Groups.inRegion(Groups.CONTEST_JURY, region);
    String chairGroup = Groups.inRegion(Groups.CONTEST_JURY_CHAIR, region);
    String chair = values.text("chair", true, 64);
    for (int i = 0; i < rows.size(); i++) {
      if (ContestForms.blankRow(rows.get(i), List.of("userId"))) {
        continue;
      }
      Values row = ContestForms.row(values, "jury", i, rows.get(i));
      String id = row.text("userId", true, 64);
      if (id == null) {
        continue;
      }
      User member = identity.createUserQuery().userId(id).memberOfGroup(juryGroup).singleResult();
      if (member == null) {
        row.error("userId", "contest.notAJuror", id, region.label());
      } else if (id.equals(chair) || jury.stream().anyMatch(j -> j.userId().equals(id))) {
        row.error("userId", "contest.duplicate", id);
      } else {
        jury.add(new Juror(id, fullName(member), ContestRepository.MEMBER, null));
      }
    }
    if (chair != null) {
      User member = identity.createUserQuery().userId(chair).memberOfGroup(chairGroup).singleResult();
      if (member == null) {
        values.error("chair", "contest.notAChair", chair, region.label());
      } else {
        jury.add(new Juror(chair, fullName(member), ContestRepository.CHAIR, null));
      }
    }
    if (jury.stream().noneMatch(j -> ContestRepository.MEMBER.equals(j.role()))) {
      values.error("jury", "contest.juryRequired");
    }
    return jury;
  }

  static String fullName(User user) {
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).strip();
    return name.isEmpty() ? user.getId() : name;
  }

  @Override
  protected void record(DelegateExecution execution, Announcement announcement) {
    Contest given = announcement.contest();
    String number = contests.nextNumber(given.entryDeadline().atZone(ContestForms.ZONE).getYear());
    Contest contest = new Contest(number, given.title(), given.region(), given.forumNumber(), given.entryDeadline(),
        given.prizePlaces(), given.status(), given.announcedBy(), null);
    contests.insert(contest, execution.getProcessInstanceId());
    contests.insertRounds(number, announcement.rounds());
    contests.insertCriteria(number, announcement.criteria());
    contests.insertNominations(number, announcement.nominations());
    contests.insertJurors(number, announcement.jury());
    execution.setProcessBusinessKey(number);
    for (String submitted : execution.getVariableNames()) {
      execution.removeVariable(submitted);
    }
    execution.setVariable("contestNumber", number);
    execution.setVariable("contestTitle", contest.title());
    execution.setVariable("regionName", contest.region().label());
    execution.setVariable("entryDeadlineText", ContestForms.local(contest.entryDeadline()));
    execution.setVariable("registeredEntries", "—");
  }
}
