package kz.edu.leaders.talentpool;

/** The nomination process's key, as deployed from bpmn/talent-pool-nomination.bpmn. */
public final class TalentPoolNomination {

  public static final String PROCESS_KEY = "TalentPoolNomination";

  private TalentPoolNomination() {}
}
