package kz.edu.leaders.events.contest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Rules of the "Best Leading School" contest that an analyst may change ({@code leaders.events.contest.*}): how the
 * jurors' scores are combined, how long the jurors have to score, and what an announcement gets when it leaves
 * rounds, criteria or nominations empty.
 */
@Component("contestSettings")
@ConfigurationProperties(prefix = "leaders.events.contest")
public class ContestSettings {

  /** How the jurors' scores of an entry on one criterion become its score. */
  private ContestCombination.Rule combination = ContestCombination.Rule.MEAN;
  /** TRIMMED_MEAN drops the highest and the lowest score only when at least this many scores exist. */
  private int trimMinimumScores = 4;
  /** Prize places when the announcement names none. */
  private int defaultPrizePlaces = 3;
  /**
   * How long a juror has to score an entry, from the moment scoring opens (the last juror's conflicts declared). The
   * announcement records no scoring deadline of its own (only the entries'), so the term is a rule of the region's
   * contests; the score reminder goes out {@code leaders.notification.digest.due-within} before it.
   */
  private Duration scoringTerm = Duration.ofDays(10);
  private List<String> defaultRounds = new ArrayList<>();
  private List<Criterion> defaultCriteria = new ArrayList<>();
  private List<String> defaultNominations = new ArrayList<>();

  /** A criterion as the settings name it: its round by the round's name. */
  public static class Criterion {
    private String name;
    private String round;
    private int maxScore = 10;

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getRound() {
      return round;
    }

    public void setRound(String round) {
      this.round = round;
    }

    public int getMaxScore() {
      return maxScore;
    }

    public void setMaxScore(int maxScore) {
      this.maxScore = maxScore;
    }
  }

  public ContestCombination.Rule getCombination() {
    return combination;
  }

  public void setCombination(ContestCombination.Rule combination) {
    this.combination = combination;
  }

  public int getTrimMinimumScores() {
    return trimMinimumScores;
  }

  public void setTrimMinimumScores(int trimMinimumScores) {
    this.trimMinimumScores = trimMinimumScores;
  }

  public int getDefaultPrizePlaces() {
    return defaultPrizePlaces;
  }

  public void setDefaultPrizePlaces(int defaultPrizePlaces) {
    this.defaultPrizePlaces = defaultPrizePlaces;
  }

  public Duration getScoringTerm() {
    return scoringTerm;
  }

  public void setScoringTerm(Duration scoringTerm) {
    this.scoringTerm = scoringTerm;
  }

  /**
   * The due date of a scoring task created now (bpmn/leading-school-contest, {@code camunda:dueDate}); the engine's
   * clock, so that a test moving it moves the deadline too.
   */
  public Date scoringDue() {
    return Date.from(ClockUtil.getCurrentTime().toInstant().plus(scoringTerm));
  }

  public List<String> getDefaultRounds() {
    return defaultRounds;
  }

  public void setDefaultRounds(List<String> defaultRounds) {
    this.defaultRounds = defaultRounds;
  }

  public List<Criterion> getDefaultCriteria() {
    return defaultCriteria;
  }

  public void setDefaultCriteria(List<Criterion> defaultCriteria) {
    this.defaultCriteria = defaultCriteria;
  }

  public List<String> getDefaultNominations() {
    return defaultNominations;
  }

  public void setDefaultNominations(List<String> defaultNominations) {
    this.defaultNominations = defaultNominations;
  }

  public ContestCombination combinationRule() {
    return new ContestCombination(combination, trimMinimumScores);
  }
}
