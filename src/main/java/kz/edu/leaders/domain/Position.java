package kz.edu.leaders.domain;

/** The candidate's post now; the reserve level follows from it (teacher to deputy, deputy to director). */
public enum Position {
  TEACHER("Мұғалім / Учитель"),
  DEPUTY_DIRECTOR("Директор орынбасары / Зам. директора");

  private final String label;

  Position(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
