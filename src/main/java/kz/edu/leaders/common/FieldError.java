package kz.edu.leaders.common;

/** One refused value: the field it belongs to and what is wrong, in words a user can act on. */
public record FieldError(String field, String message) {

  @Override
  public String toString() {
    return field + ": " + message;
  }
}
