package kz.edu.leaders.common;

import java.util.regex.Pattern;

/**
 * Masks personal identifiers (IIN, e-mail address, phone number) in free text a user typed (reasons, audit
 * details) before the text leaves the system in a read-only view: those views never show them (domain §5).
 */
public final class PersonalData {

  private static final Pattern IIN = Pattern.compile("(?<!\\d)\\d{12}(?!\\d)");
  private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
  /** Kazakhstan numbers, +7 or 8 then ten digits, with the usual spaces, hyphens and brackets. */
  private static final Pattern PHONE =
      Pattern.compile("(?<![\\w+])(\\+7|8)[ -]?\\(?\\d{3}\\)?[ -]?\\d{3}[ -]?\\d{2}[ -]?\\d{2}(?!\\d)");

  private PersonalData() {}

  public static String redact(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String masked = EMAIL.matcher(text).replaceAll("[e-mail]");
    masked = PHONE.matcher(masked).replaceAll("[phone]");
    return IIN.matcher(masked).replaceAll("[IIN]");
  }
}
