package kz.edu.leaders.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Production has no demo: without the demo profile, no bean of this package exists and no demo user is created.
 * Its engine has a name of its own and closes after the test: the webapps and REST of the other tests' context find
 * their engine by name.
 */
@SpringBootTest(properties = "camunda.bpm.generate-unique-process-engine-name=true")
@ActiveProfiles("test")
@DirtiesContext
class WithoutDemoProfileAppTest {

  @Autowired
  ApplicationContext context;

  @Autowired
  IdentityService identity;

  @Test
  void noDemoBeanAndNoDemoUser() {
    assertThat(Arrays.stream(context.getBeanDefinitionNames())
        .map(name -> context.getType(name))
        .filter(type -> type != null && type.getPackageName().equals(DemoUsers.class.getPackageName())))
        .isEmpty();
    assertThat(DemoUsers.USERS).allSatisfy(user ->
        assertThat(identity.createUserQuery().userId(user.id()).count()).as(user.id()).isZero());
  }
}
