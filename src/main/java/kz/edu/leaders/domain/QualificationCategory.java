package kz.edu.leaders.domain;

/** Qualification categories of pedagogues, lowest first. */
public enum QualificationCategory {
  PEDAGOGUE_INTERN("Pedagogue-intern / педагог-стажер"), PEDAGOGUE("Pedagogue / педагог"),
  PEDAGOGUE_MODERATOR("Pedagogue-moderator / педагог-модератор"), PEDAGOGUE_EXPERT("Pedagogue-expert / педагог-эксперт"),
  PEDAGOGUE_RESEARCHER("Pedagogue-researcher / педагог-исследователь"),
  PEDAGOGUE_MASTER("Pedagogue-master / педагог-мастер");

  private final String label;

  QualificationCategory(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
