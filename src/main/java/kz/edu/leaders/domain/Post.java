package kz.edu.leaders.domain;

/** The vacant post. A reserve entry's level names the post its reservist may take without competition. */
public enum Post {
  DIRECTOR("Мектеп директоры / Директор школы"),
  DEPUTY_DIRECTOR("Директор орынбасары / Зам. директора");

  private final String label;

  Post(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
