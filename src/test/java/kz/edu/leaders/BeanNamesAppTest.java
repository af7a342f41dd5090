package kz.edu.leaders;

import static org.assertj.core.api.Assertions.assertThat;

import java.beans.Introspector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kz.edu.leaders.support.AppTest;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.ClassUtils;

/**
 * A bean the diagrams name is found by its class: its name is the class name with a lower-case first letter, and no
 * two of the project's classes share a simple name.
 */
@AppTest
class BeanNamesAppTest {

  private static final Pattern REFERENCE = Pattern.compile("[$#]\\{([a-z][A-Za-z0-9]*)[.}]");

  @Autowired
  ApplicationContext context;

  @Test
  void everyBeanADiagramNamesIsNamedAfterItsClass() throws IOException {
    Map<String, String> wrong = new TreeMap<>();
    TreeSet<String> referenced = new TreeSet<>();
    try (Stream<Path> models = Files.list(Path.of("bpmn"))) {
      for (Path model : models.toList()) {
        Matcher m = REFERENCE.matcher(Files.readString(model));
        while (m.find()) {
          String name = m.group(1);
          if (context.containsBean(name)) {
            referenced.add(name);
            String expected = Introspector.decapitalize(
                AopUtils.getTargetClass(context.getBean(name)).getSimpleName());
            if (!expected.equals(name)) {
              wrong.put(model.getFileName() + ": " + name, expected);
            }
          }
        }
      }
    }
    assertThat(referenced).as("beans the diagrams name").hasSizeGreaterThan(40);
    assertThat(wrong).as("bean name -> the name its class gives").isEmpty();
  }

  @Test
  void everyProjectBeanIsNamedAfterItsClass() {
    List<String> wrong = new ArrayList<>();
    for (String name : context.getBeanDefinitionNames()) {
      Class<?> type = context.getType(name) == null ? null : ClassUtils.getUserClass(context.getType(name));
      if (type != null && type.getPackageName().startsWith("kz.edu.leaders") && !name.contains(".")
          && ((ConfigurableApplicationContext) context).getBeanFactory().getBeanDefinition(name).getFactoryMethodName() == null) {
        String expected = Introspector.decapitalize(type.getSimpleName());
        if (!expected.equals(name) && !type.isAnnotationPresent(ConfigurationProperties.class)) {
          wrong.add(name + " (" + type.getName() + ")");
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void noTwoClassesShareASimpleName() throws IOException {
    Map<String, List<String>> byName = new TreeMap<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java"))
          .forEach(f -> byName.computeIfAbsent(f.getFileName().toString(), k -> new ArrayList<>()).add(f.toString()));
    }
    byName.values().removeIf(paths -> paths.size() == 1);
    assertThat(byName).isEmpty();
  }
}
