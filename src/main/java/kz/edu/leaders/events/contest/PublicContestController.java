package kz.edu.leaders.events.contest;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import kz.edu.leaders.common.InvalidSubmissionException;
import kz.edu.leaders.common.Language;
import kz.edu.leaders.events.contest.ContestRepository.Contest;
import kz.edu.leaders.events.contest.ContestRepository.CriterionResult;
import kz.edu.leaders.events.contest.ContestRepository.Entry;
import kz.edu.leaders.events.contest.ContestRepository.Result;
import kz.edu.leaders.web.Refusal;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The published contests, without login: schools, places, nominations, the combined score per criterion and the
 * total, and the jury by name and role. Nothing else: no scores by juror, no user ids, e-mails, teams or documents.
 * A contest whose protocol is not approved does not exist here. The page is /contests.
 */
@RestController
public class PublicContestController {

  public record ContestSummary(String contestNumber, String title, String region, String forumNumber,
                               String publishedAt) {}

  public record CriterionView(int number, String name, String round, int maxScore) {}

  public record CriterionScore(int criterion, BigDecimal score) {}

  public record EntryResult(int entryNo, String school, String district, Integer place, BigDecimal total,
                            List<CriterionScore> criteria) {}

  public record NominationView(String nomination, Integer entryNo, String school, String note) {}

  public record JurorView(String name, String role) {}

  public record PublishedContest(String contestNumber, String title, String region, String forumNumber,
                                 String publishedAt, String combination, List<CriterionView> criteria,
                                 List<EntryResult> results, List<NominationView> nominations, List<JurorView> jury) {}

  private final ContestRepository contests;

  public PublicContestController(ContestRepository contests) {
    this.contests = contests;
  }

  @GetMapping("/public/api/contests")
  public ResponseEntity<List<ContestSummary>> published(@RequestParam(required = false) String lang,
                                                        HttpServletRequest request) {
    Language language = language(lang, request);
    return cached(contests.published().stream().map(c -> new ContestSummary(c.number(), c.title(),
        c.region().name(language), c.forumNumber(), ContestForms.local(c.publishedAt()))).toList());
  }

  @GetMapping("/public/api/contests/{number}")
  public ResponseEntity<PublishedContest> contest(@PathVariable String number,
                                                  @RequestParam(required = false) String lang,
                                                  HttpServletRequest request) {
    Language language = language(lang, request);
    Contest contest = contests.find(number).filter(c -> LeadingSchoolContest.PUBLISHED.equals(c.status()))
        .orElseThrow(() -> Refusal.of(404, "contest.notFound", number));
    List<ContestRepository.Round> rounds = contests.rounds(number);
    List<CriterionView> criteria = contests.criteria(number).stream().map(c -> new CriterionView(c.number(), c.name(),
        rounds.stream().filter(r -> r.number() == c.round()).map(ContestRepository.Round::name).findFirst().orElse(""),
        c.maxScore())).toList();
    List<CriterionResult> combined = contests.criterionResults(number);
    List<Entry> entries = contests.admitted(number);
    List<Result> results = contests.results(number).stream()
        .sorted(java.util.Comparator.comparing((Result r) -> r.place() == null ? Integer.MAX_VALUE : r.place())
            .thenComparing(Result::rank).thenComparing(Result::entryNo)).toList();
    List<EntryResult> shown = results.stream().map(r -> {
      Entry entry = entries.stream().filter(e -> e.number() == r.entryNo()).findFirst().orElseThrow();
      return new EntryResult(entry.number(), entry.schoolName(), entry.district(), r.place(), r.total(),
          combined.stream().filter(c -> c.entryNo() == r.entryNo())
              .map(c -> new CriterionScore(c.criterionNo(), c.combined())).toList());
    }).toList();
    List<NominationView> nominations = contests.nominations(number).stream().map(n -> new NominationView(n.name(),
        n.entryNo(), n.entryNo() == null ? null : entries.stream().filter(e -> e.number() == n.entryNo())
            .map(Entry::schoolName).findFirst().orElse(null), n.note())).toList();
    List<JurorView> jury = contests.jurors(number).stream().map(j -> new JurorView(j.fullName(), j.role())).toList();
    List<ContestRepository.Protocol> protocols = contests.protocols(number);
    ContestRepository.Protocol used = protocols.get(protocols.size() - 1);
    return cached(new PublishedContest(contest.number(), contest.title(), contest.region().name(language),
        contest.forumNumber(), ContestForms.local(contest.publishedAt()),
        used.rule() + (used.rule().equals("TRIMMED_MEAN") ? " (" + used.trimMinimum() + ")" : ""), criteria, shown,
        nominations, jury));
  }

  private static <T> ResponseEntity<T> cached(T body) {
    return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofSeconds(30)).cachePublic())
        .varyBy(HttpHeaders.ACCEPT_LANGUAGE, HttpHeaders.COOKIE).body(body);
  }

  private static Language language(String tag, HttpServletRequest request) {
    if (tag == null || tag.isBlank()) {
      return Language.of(request);
    }
    return Language.ofTag(tag.trim().toLowerCase(Locale.ROOT))
        .orElseThrow(() -> InvalidSubmissionException.of("lang", "value.unknownLanguage", tag));
  }
}
