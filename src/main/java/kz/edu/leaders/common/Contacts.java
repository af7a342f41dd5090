package kz.edu.leaders.common;

import java.util.regex.Pattern;

/** What the app accepts as an e-mail address and, in imported rows, as a phone number: one rule for every feature. */
public final class Contacts {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern PHONE = Pattern.compile("\\+?\\d{10,15}");

  /** An address of the form name@domain.tld, without spaces. */
  public static boolean isEmail(String text) {
    return EMAIL.matcher(text).matches();
  }

  /** 10 to 15 digits, with an optional leading +; spaces, brackets and dashes of a written number are ignored. */
  public static boolean isPhone(String text) {
    return PHONE.matcher(text.replaceAll("[\\s()-]", "")).matches();
  }

  private Contacts() {}
}
