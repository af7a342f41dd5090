package kz.edu.leaders.appointment;

/** The DirectorAppointment process (bpmn/director-appointment.bpmn) and the competition it calls. */
public final class DirectorAppointment {

  public static final String PROCESS_KEY = "DirectorAppointment";
  /** bpmn/open-competition.bpmn: one announcement of an open competition, called with the vacancy number. */
  public static final String COMPETITION_PROCESS_KEY = "OpenCompetition";

  private DirectorAppointment() {}
}
