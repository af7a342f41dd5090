package kz.edu.leaders.common;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Reads untyped submitted values (Tasklist sends numbers as Integer, Long or Double and everything else
 * as text; JSON clients send what they like) into typed values, collecting one error per bad field.
 */
public final class Values {

  private final Map<String, Object> raw;
  private final List<FieldError> errors;

  public Values(Map<String, Object> raw, List<FieldError> errors) {
    this.raw = raw;
    this.errors = errors;
  }

  public String text(String field, boolean required, int maxLength) {
    Object value = raw.get(field);
    if (value == null || (value instanceof String s && s.isBlank())) {
      if (required) {
        errors.add(new FieldError(field, "is required"));
      }
      return null;
    }
    if (!(value instanceof String s)) {
      errors.add(new FieldError(field, "must be text"));
      return null;
    }
    String trimmed = s.strip();
    if (trimmed.length() > maxLength) {
      errors.add(new FieldError(field, "must be at most " + maxLength + " characters"));
      return null;
    }
    return trimmed;
  }

  public Integer wholeNumber(String field, int min, int max) {
    Object value = raw.get(field);
    if (value == null || (value instanceof String s && s.isBlank())) {
      errors.add(new FieldError(field, "is required"));
      return null;
    }
    BigDecimal number = decimal(value);
    if (number == null || number.stripTrailingZeros().scale() > 0) {
      errors.add(new FieldError(field, "must be a whole number"));
      return null;
    }
    if (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
      errors.add(new FieldError(field, "must be between " + min + " and " + max));
      return null;
    }
    return number.intValueExact();
  }

  public Boolean flag(String field) {
    Object value = raw.get(field);
    if (value instanceof Boolean b) {
      return b;
    }
    if (value instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
      return Boolean.valueOf(s);
    }
    errors.add(new FieldError(field, value == null ? "is required (true or false)" : "must be true or false"));
    return null;
  }

  public <E extends Enum<E>> E choice(String field, Class<E> type) {
    String value = text(field, true, 64);
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError(field, "must be one of " + List.of(type.getEnumConstants())));
      return null;
    }
  }

  /** An ISO date (form-js date fields send "2026-12-01"; the Java API may send a LocalDate or Date). */
  public java.time.LocalDate date(String field) {
    Object value = raw.get(field);
    if (value instanceof java.time.LocalDate d) {
      return d;
    }
    if (value instanceof java.util.Date d) {
      return d.toInstant().atZone(java.time.ZoneId.systemDefault()).toLocalDate();
    }
    if (value == null || (value instanceof String s && s.isBlank())) {
      errors.add(new FieldError(field, "is required"));
      return null;
    }
    try {
      return java.time.LocalDate.parse(value.toString().strip().substring(0, Math.min(10, value.toString().strip().length())));
    } catch (java.time.format.DateTimeParseException e) {
      errors.add(new FieldError(field, "must be a date written YYYY-MM-DD"));
      return null;
    }
  }

  /** A number from JSON or a form, or null when the value is not a finite number. */
  public static BigDecimal decimal(Object value) {
    try {
      if (value instanceof BigDecimal d) {
        return d;
      }
      if (value instanceof Integer || value instanceof Long || value instanceof Short) {
        return BigDecimal.valueOf(((Number) value).longValue());
      }
      if (value instanceof Double || value instanceof Float) {
        double d = ((Number) value).doubleValue();
        return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
      }
      if (value instanceof String s && !s.isBlank()) {
        return new BigDecimal(s.strip());
      }
    } catch (NumberFormatException e) {
      return null;
    }
    return null;
  }
}
