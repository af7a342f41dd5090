package kz.edu.leaders.selection;

/** Qualification categories of pedagogues, lowest first. */
public enum QualificationCategory {
  PEDAGOGUE_INTERN, PEDAGOGUE, PEDAGOGUE_MODERATOR, PEDAGOGUE_EXPERT, PEDAGOGUE_RESEARCHER, PEDAGOGUE_MASTER
}
