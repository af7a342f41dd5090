package kz.edu.leaders;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class LeadersApplication {

  public static void main(String[] args) {
    SpringApplication.run(LeadersApplication.class, args);
  }
}
