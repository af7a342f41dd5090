package kz.edu.leaders.domain;

/** The candidate's post now; the reserve level follows from it (teacher to deputy, deputy to director). */
public enum Position {
  TEACHER("Teacher / Учитель"), DEPUTY_DIRECTOR("Deputy director / Заместитель директора");

  private final String label;

  Position(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
