package kz.edu.leaders.support;

import kz.edu.leaders.selection.NewApplication;
import kz.edu.leaders.domain.Position;
import kz.edu.leaders.domain.QualificationCategory;
import kz.edu.leaders.domain.Region;
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

  /** An eligible teacher's application, as the start form or the portal would submit it (a map tests may change). */
  public static Map<String, Object> eligibleTeacher() {
    return new HashMap<>(new NewApplication(2026, randomIin(), "Абенова", "Айгуль", "Серіковна", Region.TURKISTAN,
        "School-lyceum No. 12, Turkistan", Position.TEACHER, QualificationCategory.PEDAGOGUE_EXPERT, true, 9, 0,
        "aigul.abenova@example.kz", "+77011234567", null).formValues());
  }
}
