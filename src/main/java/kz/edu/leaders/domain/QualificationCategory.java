package kz.edu.leaders.domain;

/** Qualification categories of pedagogues, lowest first. */
public enum QualificationCategory {
  PEDAGOGUE_INTERN("тағылымдамашы санаты / педагог-стажер"),
  PEDAGOGUE("педагог санаты / педагог"),
  PEDAGOGUE_MODERATOR("модератор санаты / педагог-модератор"),
  PEDAGOGUE_EXPERT("сарапшы санаты / педагог-эксперт"),
  PEDAGOGUE_RESEARCHER("зерттеуші санаты / педагог-исследователь"),
  PEDAGOGUE_MASTER("шебер санаты / педагог-мастер");

  private final String label;

  QualificationCategory(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
