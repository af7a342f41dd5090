package kz.edu.leaders.talentpool;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Rules of the regional talent pools that are ours, not published ({@code leaders.talent-pool.*}): how long a pool
 * entry lasts when the reviewer gives no end date.
 */
@Component("talentPoolSettings")
@ConfigurationProperties(prefix = "leaders.talent-pool")
public class TalentPoolSettings {

  /** ISO-8601 period of a pool entry from its start, when the reviewer leaves the end empty. */
  private Period term = Period.ofYears(3);

  public Period getTerm() {
    return term;
  }

  public void setTerm(Period term) {
    this.term = term;
  }
}
