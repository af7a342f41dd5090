package kz.edu.leaders.events.contest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kz.edu.leaders.common.FieldError;
import kz.edu.leaders.common.InvalidSubmissionException;
import kz.edu.leaders.common.Values;
import kz.edu.leaders.events.contest.ContestRepository.Contest;
import kz.edu.leaders.events.contest.ContestRepository.Criterion;
import kz.edu.leaders.events.contest.ContestRepository.Entry;
import kz.edu.leaders.events.contest.ContestRepository.Juror;
import kz.edu.leaders.events.contest.ContestRepository.NewEntry;
import kz.edu.leaders.events.contest.ContestRepository.Score;
import kz.edu.leaders.identity.Groups;
import kz.edu.leaders.web.Refusal;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The contests' API, for those who work on them. The region's organisers register entries and read the contest;
 * its jurors read it and the scores as far as they may (their own, and the table of each entry they have scored);
 * the chair, the organisers and observers read the whole table once every score is in. Anyone else: 404.
 */
@RestController
@RequestMapping("/api/contests")
public class ContestController {

  public record ContestView(String contestNumber, String title, String region, String forumNumber,
                            String entryDeadline, int prizePlaces, String status, List<Criterion> criteria,
                            List<Juror> jury, List<Entry> entries) {}

  public record ScoreView(int entryNo, String juror, int criterionNo, String criterion, int score, String scoredAt) {}

  /** Which scores the caller sees: {@code complete} says whether every juror has scored every entry. */
  public record ScoresView(String contestNumber, boolean complete, List<ScoreView> scores) {}

  private final ContestRepository contests;
  private final ContestEntries entries;
  private final IdentityService identityService;

  public ContestController(ContestRepository contests, ContestEntries entries, IdentityService identityService) {
    this.contests = contests;
    this.entries = entries;
    this.identityService = identityService;
  }

  @GetMapping("/{number}")
  public ContestView contest(@PathVariable String number) {
    Authentication user = caller();
    Contest contest = visible(number, user);
    return new ContestView(contest.number(), contest.title(), contest.region().name(), contest.forumNumber(),
        ContestForms.local(contest.entryDeadline()), contest.prizePlaces(), contest.status(),
        contests.criteria(number), contests.jurors(number), contests.entries(number));
  }

  @PostMapping(path = "/{number}/entries", consumes = "application/json")
  public List<Entry> register(@PathVariable String number, @RequestBody List<Map<String, Object>> rows) {
    Authentication user = caller();
    Contest contest = contests.find(number).orElseThrow(() -> notFound(number));
    if (!ContestGroups.organises(user.getGroupIds(), contest.region())) {
      throw notFound(number);
    }
    List<FieldError> errors = new ArrayList<>();
    List<NewEntry> read = ContestEntries.read(rows, "entries", new Values(field -> null, errors));
    if (!errors.isEmpty()) {
      throw new InvalidSubmissionException(errors);
    }
    if (read.isEmpty()) {
      throw InvalidSubmissionException.of("entries", "value.required");
    }
    return entries.register(number, read, "entries", user.getUserId());
  }

  @GetMapping("/{number}/scores")
  public ScoresView scores(@PathVariable String number) {
    Authentication user = caller();
    Contest contest = visible(number, user);
    Map<Integer, String> criteria = contests.criteria(number).stream()
        .collect(Collectors.toMap(Criterion::number, Criterion::name));
    List<Score> all = contests.scores(number);
    boolean complete = LeadingSchoolContest.PROTOCOL.equals(contest.status())
        || LeadingSchoolContest.PUBLISHED.equals(contest.status());
    List<Score> shown;
    boolean chair = contests.juror(number, user.getUserId()).map(j -> ContestRepository.CHAIR.equals(j.role()))
        .orElse(false);
    if (complete && (chair || oversees(user, contest))) {
      shown = all;
    } else if (contests.juror(number, user.getUserId()).isPresent()) {
      // A juror sees nothing of an entry before submitting their own scores of it; then the entry's whole table.
      Set<Integer> scored = all.stream().filter(s -> s.juror().equals(user.getUserId())).map(Score::entryNo)
          .collect(Collectors.toSet());
      shown = all.stream().filter(s -> scored.contains(s.entryNo())).toList();
    } else {
      throw Refusal.of(403, "contest.scores.notYet", number);
    }
    return new ScoresView(number, complete, shown.stream().map(s -> new ScoreView(s.entryNo(), s.juror(),
        s.criterionNo(), criteria.get(s.criterionNo()), s.score(), s.scoredAt().toString())).toList());
  }

  /** Organisers of the region, observers and administrators oversee a contest. */
  private static boolean oversees(Authentication user, Contest contest) {
    List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
    return ContestGroups.organises(groups, contest.region()) || groups.contains(Groups.OBSERVERS);
  }

  /** The contest, if the caller oversees it or is on its jury; for anyone else it does not exist. */
  private Contest visible(String number, Authentication user) {
    Contest contest = contests.find(number).orElseThrow(() -> notFound(number));
    if (!oversees(user, contest) && contests.juror(number, user.getUserId()).isEmpty()) {
      throw notFound(number);
    }
    return contest;
  }

  private Authentication caller() {
    Authentication user = identityService.getCurrentAuthentication();
    if (user == null) {
      throw Refusal.of(403, "request.forbidden");
    }
    return user;
  }

  private static Refusal notFound(String number) {
    return Refusal.of(404, "contest.notFound", number);
  }
}
