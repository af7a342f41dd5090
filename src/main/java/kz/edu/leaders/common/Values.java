package kz.edu.leaders.common;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads untyped submitted values (Tasklist sends numbers as Integer, Long or Double and everything else as text;
 * JSON clients send what they like) into typed values, collecting one error per bad field.
 *
 * <p>The rules, the same for every form and API: surrounding whitespace of a text, an IIN or a choice is ignored and
 * whitespace inside is kept; a whole number is a JSON integer or a string of digits (not 7.0, not 1e1); a decimal is
 * a JSON number or digits with one decimal point, never an exponent.
 */
public final class Values {

  private static final Pattern DIGITS = Pattern.compile("[+-]?\\d{1,18}");
  private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d{1,18}([.]\\d{1,18})?");

  private final Function<String, Object> source;
  private final List<FieldError> errors;

  public Values(Map<String, ?> raw, List<FieldError> errors) {
    this(raw::get, errors);
  }

  public Values(Function<String, Object> source, List<FieldError> errors) {
    this.source = source;
    this.errors = errors;
  }

  /** A reader with its own error list. */
  public static Values of(Function<String, Object> source) {
    return new Values(source, new ArrayList<>());
  }

  public List<FieldError> errors() {
    return errors;
  }

  public boolean valid() {
    return errors.isEmpty();
  }

  public void error(String field, String code, Object... args) {
    errors.add(FieldError.of(field, code, args));
  }

  public Object raw(String field) {
    return source.apply(field);
  }

  public String text(String field, boolean required, int maxLength) {
    return text(field, required, 0, maxLength);
  }

  /** Text of minLength to maxLength characters (after stripping), or null with an error. */
  public String text(String field, boolean required, int minLength, int maxLength) {
    Object value = raw(field);
    if (blank(value)) {
      if (required) {
        error(field, "value.required");
      }
      return null;
    }
    if (!(value instanceof String s)) {
      error(field, "value.notText");
      return null;
    }
    String trimmed = s.strip();
    if (trimmed.length() > maxLength) {
      error(field, "value.tooLong", maxLength);
      return null;
    }
    if (trimmed.length() < minLength) {
      error(field, "value.tooShort", minLength);
      return null;
    }
    return trimmed;
  }

  public Integer wholeNumber(String field, int min, int max) {
    Object value = raw(field);
    if (blank(value)) {
      error(field, "value.required");
      return null;
    }
    BigInteger number = whole(value);
    if (number == null) {
      error(field, "value.notWholeNumber");
      return null;
    }
    if (number.compareTo(BigInteger.valueOf(min)) < 0 || number.compareTo(BigInteger.valueOf(max)) > 0) {
      error(field, "value.outOfRange", min, max);
      return null;
    }
    return number.intValueExact();
  }

  public Boolean flag(String field) {
    Object value = raw(field);
    if (value instanceof Boolean b) {
      return b;
    }
    if (value instanceof String s && (s.strip().equalsIgnoreCase("true") || s.strip().equalsIgnoreCase("false"))) {
      return Boolean.valueOf(s.strip());
    }
    error(field, value == null ? "value.flagRequired" : "value.notFlag");
    return null;
  }

  public <E extends Enum<E>> E choice(String field, Class<E> type) {
    String value = text(field, true, 64);
    if (value == null) {
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(value)) {
        return constant;
      }
    }
    error(field, "value.notAChoice", List.of(type.getEnumConstants()));
    return null;
  }

  /** One of the given codes (a radio group's values). */
  public String choice(String field, List<String> options) {
    String value = text(field, true, 64);
    if (value != null && !options.contains(value)) {
      error(field, "value.notAChoice", options);
      return null;
    }
    return value;
  }

  /** An ISO date (form-js date fields send "2026-12-01"; the Java API may send a LocalDate or Date). */
  public LocalDate date(String field) {
    Object value = raw(field);
    if (value instanceof LocalDate d) {
      return d;
    }
    if (value instanceof Date d) {
      return d.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }
    if (blank(value)) {
      error(field, "value.required");
      return null;
    }
    String text = value.toString().strip();
    try {
      return LocalDate.parse(text.substring(0, Math.min(10, text.length())));
    } catch (DateTimeParseException e) {
      error(field, "value.notDate");
      return null;
    }
  }

  public static boolean blank(Object value) {
    return value == null || (value instanceof String s && s.isBlank());
  }

  /** A whole number: a JSON integer or a string of digits; null for anything else (7.0, 1e1, "7,0"). */
  public static BigInteger whole(Object value) {
    if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
      return BigInteger.valueOf(((Number) value).longValue());
    }
    if (value instanceof BigInteger b) {
      return b;
    }
    if (value instanceof String s && DIGITS.matcher(s.strip()).matches()) {
      return new BigInteger(s.strip());
    }
    return null;
  }

  /** A number from JSON or a form, or null when the value is not a finite number written plainly. */
  public static BigDecimal decimal(Object value) {
    if (value instanceof BigDecimal d) {
      return d;
    }
    BigInteger whole = value instanceof String ? null : whole(value);
    if (whole != null) {
      return new BigDecimal(whole);
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
    }
    if (value instanceof String s && DECIMAL.matcher(s.strip()).matches()) {
      return new BigDecimal(s.strip());
    }
    return null;
  }
}
