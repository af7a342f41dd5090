package kz.edu.leaders.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.client.RestTemplateCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * The app tests' HTTP client asks for English unless a test sets Accept-Language itself: assertions on message
 * texts read in the code's language; the Kazakh and Russian texts have tests of their own.
 */
@TestConfiguration
public class EnglishByDefault {

  @Bean
  RestTemplateCustomizer acceptEnglish() {
    return template -> template.getInterceptors().add((request, body, execution) -> {
      if (!request.getHeaders().containsKey("Accept-Language")) {
        request.getHeaders().set("Accept-Language", "en");
      }
      return execution.execute(request, body);
    });
  }
}
