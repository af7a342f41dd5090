package kz.edu.leaders.lookup;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** /status and /certificates serve the public lookup pages (static, public/status and public/certificates). */
@Configuration
public class LookupPages implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    for (String page : new String[] {"status", "certificates"}) {
      registry.addViewController("/" + page).setViewName("forward:/" + page + "/index.html");
      registry.addViewController("/" + page + "/").setViewName("forward:/" + page + "/index.html");
    }
  }
}
