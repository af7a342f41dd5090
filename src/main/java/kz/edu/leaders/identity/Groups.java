package kz.edu.leaders.identity;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kz.edu.leaders.domain.Region;

/** The people and systems of the domain brief (§4) as Camunda groups. */
public final class Groups {

  public static final String CPE_OPERATORS = "cpe-operators";
  public static final String CPE_COORDINATORS = "cpe-coordinators";
  public static final String MENTORS = "mentors";
  public static final String TRAINERS = "trainers";
  public static final String CPE_ASSESSORS = "cpe-assessors";
  public static final String REPUBLICAN_COMMISSION = "republican-commission";
  public static final String REPUBLICAN_COMMISSION_CHAIR = "republican-commission-chair";
  public static final String DISTRICT_OFFICERS = "district-officers";
  public static final String REGIONAL_OFFICERS = "regional-officers";
  public static final String REGIONAL_HEADS = "regional-heads";
  public static final String COMPETITION_COMMISSION = "competition-commission";
  public static final String COMPETITION_COMMISSION_CHAIR = "competition-commission-chair";
  public static final String FORUM_ORGANISERS = "forum-organisers";
  public static final String CONTEST_JURY = "contest-jury";
  public static final String CONTEST_JURY_CHAIR = "contest-jury-chair";
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
    PEOPLE.put(TRAINERS, "CPE trainers");
    PEOPLE.put(CPE_ASSESSORS, "CPE assessors");
    PEOPLE.put(REPUBLICAN_COMMISSION, "Republican commission");
    PEOPLE.put(REPUBLICAN_COMMISSION_CHAIR, "Republican commission chair");
    PEOPLE.put(DISTRICT_OFFICERS, "District education department officers");
    PEOPLE.put(REGIONAL_OFFICERS, "Regional education department officers");
    PEOPLE.put(REGIONAL_HEADS, "Heads of regional education departments");
    PEOPLE.put(COMPETITION_COMMISSION, "Competition commission");
    PEOPLE.put(COMPETITION_COMMISSION_CHAIR, "Competition commission chair");
    PEOPLE.put(FORUM_ORGANISERS, "Organisers of regional forums and contests");
    PEOPLE.put(CONTEST_JURY, "Jury of the Best Leading School contest");
    PEOPLE.put(CONTEST_JURY_CHAIR, "Chair of the contest jury");
    PEOPLE.put(OBSERVERS, "Independent observers");
    PEOPLE.put(ANALYSTS, "Analysts");
    SYSTEMS.put(APPLICATION_PORTAL, "National application portal");
    SYSTEMS.put(TESTING_CENTRE, "National Testing Center");
  }

  /**
   * Roles whose appointment work is scoped to a region. Each has one group per region besides the role's own group
   * ({@code regional-officers-turkistan}); tasks of a case go to the region's group only, so an officer of another
   * region never sees them, and the case API shows a member the cases of their regions only. The role's own group
   * carries Tasklist access and the filters.
   */
  public static final List<String> APPOINTMENT_REGIONAL_ROLES = List.of(DISTRICT_OFFICERS, REGIONAL_OFFICERS,
      REGIONAL_HEADS, COMPETITION_COMMISSION, COMPETITION_COMMISSION_CHAIR);

  /**
   * Roles whose selection work is scoped to a region in the same way: the CPE's operators in each region's branch
   * check the documents of that region's applications ({@code cpe-operators-turkistan}). They have no part in
   * appointment cases.
   */
  public static final List<String> SELECTION_REGIONAL_ROLES = List.of(CPE_OPERATORS);

  /**
   * Roles whose regional work (advanced-training courses, the regional talent pool) is scoped to a region: the CPE's
   * coordinators in a region's branch plan and run that region's courses ({@code cpe-coordinators-turkistan}), with
   * the region's officers. The role's own group keeps its national selection work.
   */
  public static final List<String> REGIONAL_WORK_ROLES = List.of(CPE_COORDINATORS);

  /**
   * Roles that work on nominations to a region's talent pool, each in its region's group: the district officers
   * nominate, the regional officers review. Both already have groups per region (appointments).
   */
  public static final List<String> TALENT_POOL_ROLES = List.of(DISTRICT_OFFICERS, REGIONAL_OFFICERS);

  /**
   * Roles of the regional events (directors' forums, the "Best Leading School" contest), each in its region's group:
   * the organisers plan the region's forums and contests ({@code forum-organisers-jambyl}); the jury of a region's
   * contest and its chair are members of the region's jury groups. Which members judge a given contest is its own
   * record (kz.edu.leaders.events), not a group.
   */
  public static final List<String> EVENT_REGIONAL_ROLES = List.of(FORUM_ORGANISERS, CONTEST_JURY, CONTEST_JURY_CHAIR);

  /** Every role that has a group per region. */
  public static final List<String> ROLES_WITH_REGION_GROUPS = Stream.of(APPOINTMENT_REGIONAL_ROLES,
      SELECTION_REGIONAL_ROLES, REGIONAL_WORK_ROLES, EVENT_REGIONAL_ROLES).flatMap(List::stream).distinct().toList();

  /** The region's group of a regional role: {@code inRegion("regional-officers", TURKISTAN)}. */
  public static String inRegion(String role, Region region) {
    return role + "-" + region.name().toLowerCase().replace('_', '-');
  }

  /** The regions in which a user with these groups holds the role. */
  public static Set<Region> regionsOf(String role, Collection<String> groupIds) {
    if (groupIds == null) {
      return Set.of();
    }
    return Arrays.stream(Region.values()).filter(region -> groupIds.contains(inRegion(role, region)))
        .collect(Collectors.toUnmodifiableSet());
  }

  private Groups() {}
}
