package kz.edu.leaders.events.forum;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** /forum-feedback serves the public feedback page (static, public/forum-feedback/index.html), without login. */
@Configuration
public class ForumFeedbackPage implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addViewController("/forum-feedback").setViewName("forward:/forum-feedback/index.html");
    registry.addViewController("/forum-feedback/").setViewName("forward:/forum-feedback/index.html");
  }
}
