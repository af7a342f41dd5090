package kz.edu.leaders.selection;

/** The candidate's post now; the reserve level follows from it (teacher to deputy, deputy to director). */
public enum Position {
  TEACHER, DEPUTY_DIRECTOR
}
