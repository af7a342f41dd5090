package kz.edu.bench.simulator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import kz.edu.leaders.common.LoggedIn;
import kz.edu.leaders.identity.Groups;
import kz.edu.leaders.domain.Region;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * The people the simulator acts as. It uses whoever is in a group (the demo users, when the demo profile is on)
 * and adds its own users, {@code sim...} (password = id; user ids may not contain hyphens), where a group it
 * needs has too few members: an operator who registers the simulated applications, an operator per region who
 * checks that region's documents, and per region of a vacancy a district officer, a regional officer and, when the
 * region has none, a competition commission with a chair.
 * Creation is idempotent and tolerates another node creating the same user.
 */
@Component
public class SimulatorUsers {

  /**
   * Registers the simulated applications: they are told apart from other applications by this. A member of
   * {@code cpe-operators} only, of no region: the documents are checked by {@link #regionalOperator}.
   */
  public static final String OPERATOR = "simoperator";
  public static final String DISTRICT_PREFIX = "simdistrict";

  private final ProcessEngine engine;
  private final Map<String, List<String>> members = new ConcurrentHashMap<>();
  private final Map<String, List<String>> groupsOf = new ConcurrentHashMap<>();

  public SimulatorUsers(ProcessEngine engine) {
    this.engine = engine;
  }

  /**
   * The selection's people: the simulator's operator who registers, an operator in every region who checks the
   * region's documents, and a sim user wherever another selection group is empty.
   */
  public void ensureSelectionPeople() {
    ensureUser(OPERATOR, "Simulated", "Operator", List.of(Groups.CPE_OPERATORS));
    ensureRegionalOperators();
    ensureAtLeast(Groups.CPE_COORDINATORS, 1, "simcoordinator", List.of(Groups.CPE_COORDINATORS));
    ensureAtLeast(Groups.MENTORS, 2, "simmentor", List.of(Groups.MENTORS));
    ensureAtLeast(Groups.CPE_ASSESSORS, 3, "simassessor", List.of(Groups.CPE_ASSESSORS));
    ensureAtLeast(Groups.REPUBLICAN_COMMISSION, 3, "simrepublican", List.of(Groups.REPUBLICAN_COMMISSION));
    ensureAtLeast(Groups.REPUBLICAN_COMMISSION_CHAIR, 1, "simrepublicanchair",
        List.of(Groups.REPUBLICAN_COMMISSION, Groups.REPUBLICAN_COMMISSION_CHAIR));
    ensureAtLeast(Groups.TESTING_CENTRE, 1, "simtestcentre", List.of(Groups.TESTING_CENTRE));
  }

  /** An operator in every region ({@link #regionalOperator}): in {@code cpe-operators} and in the region's group. */
  public void ensureRegionalOperators() {
    for (Region region : Region.values()) {
      ensureUser(regionalOperator(region), "Operator", region.name(),
          List.of(Groups.CPE_OPERATORS, Groups.inRegion(Groups.CPE_OPERATORS, region)));
    }
  }

  /** A district and a regional officer of the region, and its competition commission if it has fewer than 3. */
  public void ensureRegionPeople(Region region) {
    String token = token(region);
    ensureUser(DISTRICT_PREFIX + token, "District", region.name(),
        List.of(Groups.DISTRICT_OFFICERS, Groups.inRegion(Groups.DISTRICT_OFFICERS, region)));
    ensureUser("simregional" + token, "Regional", region.name(),
        List.of(Groups.REGIONAL_OFFICERS, Groups.inRegion(Groups.REGIONAL_OFFICERS, region)));
    String commission = Groups.inRegion(Groups.COMPETITION_COMMISSION, region);
    ensureAtLeast(commission, 3, "simcommission" + token,
        List.of(Groups.COMPETITION_COMMISSION, commission));
    String chair = Groups.inRegion(Groups.COMPETITION_COMMISSION_CHAIR, region);
    ensureAtLeast(chair, 1, "simcommission" + token + "chair", List.of(Groups.COMPETITION_COMMISSION, commission,
        Groups.COMPETITION_COMMISSION_CHAIR, chair));
  }

  public static String token(Region region) {
    return region.name().toLowerCase().replace("_", "");
  }

  /** The simulator's operator in the CPE's branch of the region: {@code simoperatorturkistan}. */
  public static String regionalOperator(Region region) {
    return OPERATOR + token(region);
  }

  public static String districtOfficer(Region region) {
    return DISTRICT_PREFIX + token(region);
  }

  /** The group's members by id, the simulator's own first (cached: the simulator changes no one's groups). */
  public List<String> members(String group) {
    return members.computeIfAbsent(group, g -> {
      List<String> ids = new ArrayList<>(engine.getIdentityService().createUserQuery().memberOfGroup(g).list().stream()
          .map(User::getId).toList());
      ids.sort(Comparator.comparing((String id) -> !id.startsWith("sim")).thenComparing(Comparator.naturalOrder()));
      return List.copyOf(ids);
    });
  }

  /** A member of the group, or an exception naming the empty group. */
  public String anyMember(String group) {
    List<String> ids = members(group);
    if (ids.isEmpty()) {
      throw new IllegalStateException("group " + group + " has no members to act as");
    }
    return ids.get(0);
  }

  /** Runs the action logged in as the user with the user's groups, as Tasklist does. */
  public <T> T as(String user, Supplier<T> action) {
    IdentityService identity = engine.getIdentityService();
    List<String> groups = groupsOf.computeIfAbsent(user, u -> LoggedIn.groupsOf(identity, u));
    return LoggedIn.as(identity, user, groups, action);
  }

  private void ensureAtLeast(String group, int count, String prefix, List<String> groups) {
    int have = members(group).size();
    for (int n = 1; have < count; n++) {
      String id = count == 1 ? prefix : prefix + n;
      if (!members(group).contains(id)) {
        ensureUser(id, "Simulated", group, groups);
        have++;
      }
    }
  }

  private void ensureUser(String id, String firstName, String lastName, List<String> groups) {
    IdentityService identity = engine.getIdentityService();
    try {
      if (identity.createUserQuery().userId(id).count() == 0) {
        User user = identity.newUser(id);
        user.setFirstName(firstName);
        user.setLastName(lastName.length() > 60 ? lastName.substring(0, 60) : lastName);
        user.setEmail(id + "@simulator.leaders.example.kz");
        user.setPassword(id);
        identity.saveUser(user);
      }
    } catch (RuntimeException e) {
      if (identity.createUserQuery().userId(id).count() == 0) {
        throw e;
      }
    }
    for (String group : groups) {
      try {
        if (identity.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
          identity.createMembership(id, group);
        }
      } catch (RuntimeException e) {
        if (identity.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
          throw e;
        }
      }
      members.remove(group);
    }
    groupsOf.remove(id);
  }
}
