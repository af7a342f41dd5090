package kz.edu.leaders.events.forum;

/** The process RegionalForum: its key and the statuses of its forum record. */
public final class RegionalForum {

  public static final String PROCESS_KEY = "RegionalForum";

  /** forum.status */
  public static final String REGISTRATION = "REGISTRATION";
  public static final String HELD = "HELD";
  public static final String REVIEW = "REVIEW";
  public static final String CLOSED = "CLOSED";

  private RegionalForum() {}
}
