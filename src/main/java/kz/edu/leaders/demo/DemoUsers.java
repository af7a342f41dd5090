package kz.edu.leaders.demo;

import static kz.edu.leaders.identity.Groups.*;

import java.util.List;
import kz.edu.leaders.domain.Region;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** One user per role, for trying the system out. Only with the demo profile (leaders.demo.users=true). */
@Component
@Profile("demo")
@Order(100)
@ConditionalOnProperty(name = "leaders.demo.users", havingValue = "true")
public class DemoUsers extends AbstractCamundaConfiguration {

  /** Each demo user's password is its id; the README lists them. */
  public static final List<DemoUser> USERS = List.of(
      // Document checks by region: operator works in the CPE's Turkistan branch, operator2 in Almaty (city).
      new DemoUser("operator", "Aigerim", "Operator", inTurkistan(CPE_OPERATORS)),
      new DemoUser("operator2", "Yerbol", "Operator", List.of(CPE_OPERATORS, inRegion(CPE_OPERATORS, Region.ALMATY))),
      new DemoUser("coordinator", "Daniyar", "Coordinator", List.of(CPE_COORDINATORS)),
      new DemoUser("mentor", "Gulnara", "Mentor", List.of(MENTORS)),
      new DemoUser("mentor2", "Askar", "Mentor", List.of(MENTORS)),
      // Regional courses and talent pools: cpecoordinator works in the CPE's Turkistan branch, cpecoordinator2 in
      // Almaty (city); trainers see the streams they teach.
      new DemoUser("cpecoordinator", "Zhuldyz", "Coordinator", inTurkistan(CPE_COORDINATORS)),
      new DemoUser("cpecoordinator2", "Arman", "Coordinator",
          List.of(CPE_COORDINATORS, inRegion(CPE_COORDINATORS, Region.ALMATY))),
      new DemoUser("trainer", "Kamila", "Trainer", List.of(TRAINERS)),
      new DemoUser("trainer2", "Nurbol", "Trainer", List.of(TRAINERS)),
      new DemoUser("assessor", "Yerlan", "Assessor", List.of(CPE_ASSESSORS)),
      new DemoUser("assessor2", "Madina", "Assessor", List.of(CPE_ASSESSORS)),
      new DemoUser("assessor3", "Ruslan", "Assessor", List.of(CPE_ASSESSORS)),
      new DemoUser("commission", "Saule", "Member", List.of(REPUBLICAN_COMMISSION)),
      new DemoUser("commission2", "Berik", "Member", List.of(REPUBLICAN_COMMISSION)),
      new DemoUser("commission3", "Zhanar", "Member", List.of(REPUBLICAN_COMMISSION)),
      new DemoUser("chair", "Nurlan", "Chair", List.of(REPUBLICAN_COMMISSION, REPUBLICAN_COMMISSION_CHAIR)),
      // Appointments in Turkistan region; regional2 works in Almaty (city) and must see none of Turkistan's cases.
      new DemoUser("district", "Marat", "District", inTurkistan(DISTRICT_OFFICERS)),
      new DemoUser("district2", "Asel", "District", List.of(DISTRICT_OFFICERS, inRegion(DISTRICT_OFFICERS, Region.ALMATY))),
      new DemoUser("regional", "Aliya", "Regional", inTurkistan(REGIONAL_OFFICERS)),
      new DemoUser("regionalhead", "Serik", "Head", inTurkistan(REGIONAL_HEADS)),
      new DemoUser("regional2", "Kairat", "Regional", List.of(REGIONAL_OFFICERS, inRegion(REGIONAL_OFFICERS, Region.ALMATY))),
      new DemoUser("competition", "Bolat", "Competition", inTurkistan(COMPETITION_COMMISSION)),
      new DemoUser("competition2", "Gaukhar", "Competition", inTurkistan(COMPETITION_COMMISSION)),
      new DemoUser("competition3", "Yerzhan", "Competition", inTurkistan(COMPETITION_COMMISSION)),
      new DemoUser("competitionchair", "Aizhan", "Chair", List.of(COMPETITION_COMMISSION,
          inRegion(COMPETITION_COMMISSION, Region.TURKISTAN), COMPETITION_COMMISSION_CHAIR,
          inRegion(COMPETITION_COMMISSION_CHAIR, Region.TURKISTAN))),
      // Regional events in Jambyl region: the organiser plans the forum and the contest; three jurors and the chair
      // judge it; organiser2 works in Almaty (city) and must see none of Jambyl's events.
      new DemoUser("organiser", "Aruzhan", "Organiser", inJambyl(FORUM_ORGANISERS)),
      new DemoUser("organiser2", "Dauren", "Organiser",
          List.of(FORUM_ORGANISERS, inRegion(FORUM_ORGANISERS, Region.ALMATY))),
      new DemoUser("juror", "Bakhyt", "Juror", inJambyl(CONTEST_JURY)),
      new DemoUser("juror2", "Laura", "Juror", inJambyl(CONTEST_JURY)),
      new DemoUser("juror3", "Yerkin", "Juror", inJambyl(CONTEST_JURY)),
      new DemoUser("jurychair", "Raushan", "Chair", List.of(CONTEST_JURY, inRegion(CONTEST_JURY, Region.JAMBYL),
          CONTEST_JURY_CHAIR, inRegion(CONTEST_JURY_CHAIR, Region.JAMBYL))),
      new DemoUser("observer", "Dana", "Observer", List.of(OBSERVERS)),
      new DemoUser("analyst", "Timur", "Analyst", List.of(ANALYSTS)),
      new DemoUser("portal", "Application", "Portal", List.of(APPLICATION_PORTAL)),
      new DemoUser("testcentre", "Testing", "Centre", List.of(TESTING_CENTRE)));

  private static List<String> inTurkistan(String role) {
    return List.of(role, inRegion(role, Region.TURKISTAN));
  }

  private static List<String> inJambyl(String role) {
    return List.of(role, inRegion(role, Region.JAMBYL));
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    IdentityService identity = engine.getIdentityService();
    for (DemoUser demo : USERS) {
      if (identity.createUserQuery().userId(demo.id()).count() == 0) {
        User user = identity.newUser(demo.id());
        user.setFirstName(demo.firstName());
        user.setLastName(demo.lastName());
        user.setEmail(demo.id() + "@leaders.example.kz");
        user.setPassword(demo.id());
        identity.saveUser(user);
      }
      for (String group : demo.groups()) {
        if (identity.createUserQuery().userId(demo.id()).memberOfGroup(group).count() == 0) {
          identity.createMembership(demo.id(), group);
        }
      }
    }
  }

  public record DemoUser(String id, String firstName, String lastName, List<String> groups) {}
}
