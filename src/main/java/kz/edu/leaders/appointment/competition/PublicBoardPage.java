package kz.edu.leaders.appointment.competition;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** /board serves the public board page (static, public/board/index.html), without login. */
@Configuration
public class PublicBoardPage implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addViewController("/board").setViewName("forward:/board/index.html");
    registry.addViewController("/board/").setViewName("forward:/board/index.html");
  }
}
