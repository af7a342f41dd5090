package kz.edu.leaders.modelcheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.ScannedGenericBeanDefinition;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.type.MethodMetadata;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;

/**
 * What the code provides to a diagram, found without starting the application: the beans (every {@code @Component}
 * of the app's classes under kz.edu.leaders, named as Spring names them, and the {@code @Bean} methods of its
 * configuration classes), and the names the code writes as strings (variable names, message names, activity ids),
 * read from src/main/java.
 */
public record ProjectCode(Map<String, String> beans, Map<String, String> names) {

  private static final Pattern STRING = Pattern.compile("\"([A-Za-z_][A-Za-z0-9_]*)\"");

  /** The beans and names of the project whose sources are under {@code root} (the checkout). */
  public static ProjectCode of(Path root) {
    return new ProjectCode(scanBeans(), names(root.resolve("src/main/java")));
  }

  /** Bean name to the class (or, for a {@code @Bean} method, the return type) that provides it. */
  public static Map<String, String> scanBeans() {
    // Every profile's beans: a diagram must not depend on the demo profile, but a bean that exists only there is
    // a question for the developers, not a missing bean.
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false,
        new StandardEnvironment() {
          @Override
          public boolean acceptsProfiles(org.springframework.core.env.Profiles profiles) {
            return true;
          }
        });
    scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
    Map<String, String> beans = new TreeMap<>();
    SimpleBeanDefinitionRegistry registry = new SimpleBeanDefinitionRegistry();
    for (BeanDefinition candidate : scanner.findCandidateComponents("kz.edu.leaders")) {
      if (!inAppClasses(candidate)) {
        continue;
      }
      beans.put(AnnotationBeanNameGenerator.INSTANCE.generateBeanName(candidate, registry),
          candidate.getBeanClassName());
      if (candidate instanceof AnnotatedBeanDefinition annotated) {
        for (MethodMetadata method : annotated.getMetadata().getAnnotatedMethods(Bean.class.getName())) {
          String[] names = (String[]) method.getAnnotationAttributes(Bean.class.getName()).get("name");
          beans.put(names != null && names.length > 0 ? names[0] : method.getMethodName(),
              method.getReturnTypeName());
        }
      }
    }
    return beans;
  }

  /** The app's classes, not the tests' drivers and configuration (target/test-classes). */
  private static boolean inAppClasses(BeanDefinition candidate) {
    if (candidate instanceof ScannedGenericBeanDefinition scanned) {
      try {
        String location = scanned.getResource().getURL().toString();
        return !location.contains("/test-classes/") && !location.contains("/bench-classes/");
      } catch (IOException e) {
        return true;
      }
    }
    return true;
  }

  /** Each string in the code that could name a variable, message or activity, with one file that writes it. */
  static Map<String, String> names(Path sources) {
    Map<String, String> names = new TreeMap<>();
    if (!Files.isDirectory(sources)) {
      return names;
    }
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        Matcher m = STRING.matcher(Files.readString(file));
        while (m.find()) {
          names.putIfAbsent(m.group(1), sources.relativize(file).toString());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return names;
  }
}
