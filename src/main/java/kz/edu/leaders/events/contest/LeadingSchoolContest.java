package kz.edu.leaders.events.contest;

/** The process key and the statuses of a contest record. */
public final class LeadingSchoolContest {

  public static final String PROCESS_KEY = "LeadingSchoolContest";

  public static final String ENTRIES = "ENTRIES";
  public static final String ADMISSION = "ADMISSION";
  public static final String JUDGING = "JUDGING";
  public static final String PROTOCOL = "PROTOCOL";
  public static final String PUBLISHED = "PUBLISHED";
  public static final String NO_ENTRIES = "NO_ENTRIES";

  private LeadingSchoolContest() {}
}
