package kz.edu.leaders.events.contest;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** /contests serves the public page of the published contests (static, public/contests/index.html), without login. */
@Configuration
public class PublicContestsPage implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addViewController("/contests").setViewName("forward:/contests/index.html");
    registry.addViewController("/contests/").setViewName("forward:/contests/index.html");
  }
}
