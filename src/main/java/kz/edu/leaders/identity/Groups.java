package kz.edu.leaders.identity;

import java.util.LinkedHashMap;
import java.util.Map;

/** The people and systems of the domain brief (§4) as Camunda groups. */
public final class Groups {

  public static final String CPE_OPERATORS = "cpe-operators";
  public static final String CPE_COORDINATORS = "cpe-coordinators";
  public static final String MENTORS = "mentors";
  public static final String CPE_ASSESSORS = "cpe-assessors";
  public static final String REPUBLICAN_COMMISSION = "republican-commission";
  public static final String REPUBLICAN_COMMISSION_CHAIR = "republican-commission-chair";
  public static final String DISTRICT_OFFICERS = "district-officers";
  public static final String REGIONAL_OFFICERS = "regional-officers";
  public static final String COMPETITION_COMMISSION = "competition-commission";
  public static final String COMPETITION_COMMISSION_CHAIR = "competition-commission-chair";
  public static final String OBSERVERS = "observers";
  public static final String ANALYSTS = "analysts";
  public static final String APPLICATION_PORTAL = "application-portal";
  public static final String TESTING_CENTRE = "testing-centre";
  public static final String ADMINISTRATORS = "camunda-admin";

  /** Groups of people, who work in Tasklist; id to name. */
  public static final Map<String, String> PEOPLE = new LinkedHashMap<>();
  /** Technical accounts of other systems, which use the REST API only. */
  public static final Map<String, String> SYSTEMS = new LinkedHashMap<>();

  static {
    PEOPLE.put(CPE_OPERATORS, "CPE operators");
    PEOPLE.put(CPE_COORDINATORS, "CPE coordinators");
    PEOPLE.put(MENTORS, "Mentors at leading schools");
    PEOPLE.put(CPE_ASSESSORS, "CPE assessors");
    PEOPLE.put(REPUBLICAN_COMMISSION, "Republican commission");
    PEOPLE.put(REPUBLICAN_COMMISSION_CHAIR, "Republican commission chair");
    PEOPLE.put(DISTRICT_OFFICERS, "District education department officers");
    PEOPLE.put(REGIONAL_OFFICERS, "Regional education department officers");
    PEOPLE.put(COMPETITION_COMMISSION, "Competition commission");
    PEOPLE.put(COMPETITION_COMMISSION_CHAIR, "Competition commission chair");
    PEOPLE.put(OBSERVERS, "Independent observers");
    PEOPLE.put(ANALYSTS, "Analysts");
    SYSTEMS.put(APPLICATION_PORTAL, "National application portal");
    SYSTEMS.put(TESTING_CENTRE, "National Testing Center");
  }

  private Groups() {}
}
