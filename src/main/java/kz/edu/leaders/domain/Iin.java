package kz.edu.leaders.domain;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Kazakhstan's individual identification number: YYMMDD, a century/sex digit, four digits and a check
 * digit computed with weights 1..11 (and 3..11,1,2 when the first pass gives 10).
 */
public final class Iin {

  private static final int[] FIRST_WEIGHTS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
  private static final int[] SECOND_WEIGHTS = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};

  /** Digits in an IIN. */
  public static final int LENGTH = 12;

  private Iin() {}

  /** Null when the IIN is valid, otherwise the message code of why it is not (see {@code messages/texts}). */
  public static String problem(String iin) {
    if (iin == null || !iin.matches("\\d{12}")) {
      return "iin.digits";
    }
    int centuryDigit = iin.charAt(6) - '0';
    if (centuryDigit < 1 || centuryDigit > 6) {
      return "iin.century";
    }
    int century = 1800 + ((centuryDigit - 1) / 2) * 100;
    try {
      LocalDate.of(century + Integer.parseInt(iin.substring(0, 2)),
          Integer.parseInt(iin.substring(2, 4)), Integer.parseInt(iin.substring(4, 6)));
    } catch (DateTimeException e) {
      return "iin.birthDate";
    }
    int check = checkDigit(iin);
    if (check == 10) {
      return "iin.noCheckDigit";
    }
    if (check != iin.charAt(11) - '0') {
      return "iin.checkDigit";
    }
    return null;
  }

  public static boolean isValid(String iin) {
    return problem(iin) == null;
  }

  /** The check digit for the first 11 digits, or 10 when the number cannot be valid. */
  static int checkDigit(String iin) {
    int sum = weightedSum(iin, FIRST_WEIGHTS) % 11;
    if (sum == 10) {
      sum = weightedSum(iin, SECOND_WEIGHTS) % 11;
    }
    return sum;
  }

  private static int weightedSum(String iin, int[] weights) {
    int sum = 0;
    for (int i = 0; i < 11; i++) {
      sum += (iin.charAt(i) - '0') * weights[i];
    }
    return sum;
  }
}
