package kz.edu.leaders;

import javax.xml.datatype.DatatypeFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class LeadersApplication {

  public static void main(String[] args) {
    // The engine asks JAXP for a DatatypeFactory each time it computes a timer's due date, and without this
    // property JAXP looks for one by scanning every jar of the app for a service file, finding none and taking the
    // JDK's: a tenth of the CPU of completing a document check (the test deadline's timer). Named, it is the same.
    if (System.getProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY) == null) {
      System.setProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY, DatatypeFactory.DATATYPEFACTORY_IMPLEMENTATION_CLASS);
    }
    SpringApplication.run(LeadersApplication.class, args);
  }
}
