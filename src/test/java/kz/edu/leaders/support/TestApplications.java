package kz.edu.leaders.support;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Valid applications with IINs that are unique per call, so tests never collide on a shared database. */
public final class TestApplications {

  private TestApplications() {}

  /** A random valid IIN of someone born 1970-1999. */
  public static String randomIin() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    while (true) {
      String base = String.format("%02d%02d%02d%d%04d", 70 + random.nextInt(30), 1 + random.nextInt(12),
          1 + random.nextInt(28), 3 + random.nextInt(2), random.nextInt(10_000));
      int check = checkDigit(base);
      if (check != 10) {
        return base + check;
      }
    }
  }

  /** The same IIN with a wrong check digit. */
  public static String withWrongCheckDigit(String iin) {
    int last = iin.charAt(11) - '0';
    return iin.substring(0, 11) + ((last + 1) % 10);
  }

  private static int checkDigit(String first11) {
    int sum = 0;
    for (int i = 0; i < 11; i++) {
      sum += (first11.charAt(i) - '0') * (i + 1);
    }
    sum %= 11;
    if (sum == 10) {
      int[] weights = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};
      sum = 0;
      for (int i = 0; i < 11; i++) {
        sum += (first11.charAt(i) - '0') * weights[i];
      }
      sum %= 11;
    }
    return sum;
  }

  /** An eligible teacher's application, as the start form or the portal would submit it. */
  public static Map<String, Object> eligibleTeacher() {
    Map<String, Object> values = new HashMap<>();
    values.put("cycle", 2026);
    values.put("iin", randomIin());
    values.put("surname", "Абенова");
    values.put("firstName", "Айгуль");
    values.put("patronymic", "Серіковна");
    values.put("region", "TURKISTAN");
    values.put("currentRole", "TEACHER");
    values.put("school", "School-lyceum No. 12, Turkistan");
    values.put("higherPedagogicalEducation", true);
    values.put("pedagogicalExperienceYears", 9);
    values.put("deputyExperienceYears", 0);
    values.put("qualificationCategory", "PEDAGOGUE_EXPERT");
    values.put("email", "aigul.abenova@example.kz");
    values.put("phone", "+77011234567");
    return values;
  }
}
