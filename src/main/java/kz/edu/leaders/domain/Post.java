package kz.edu.leaders.domain;

import kz.edu.leaders.common.Language;

/** The vacant post. A reserve entry's level names the post its reservist may take without competition. */
public enum Post {
  DIRECTOR("Мектеп директоры / Директор школы", "Мектеп директоры", "Директор школы", "School director"),
  DEPUTY_DIRECTOR("Директор орынбасары / Зам. директора", "Директордың орынбасары", "Заместитель директора",
      "Deputy director");

  private final String label;
  private final Names names;

  Post(String label, String kk, String ru, String en) {
    this.label = label;
    this.names = new Names(kk, ru, en);
  }

  /** What the forms offer and store, in Kazakh and Russian. */
  public String label() {
    return label;
  }

  /** The full name in the language; the form's label for a reader who asked for neither of ours. */
  public String name(Language language) {
    return names.in(language, label);
  }
}
