package kz.edu.leaders.selection;

/** The ReserveSelection process (bpmn/reserve-selection.bpmn). */
public final class ReserveSelection {

  public static final String PROCESS_KEY = "ReserveSelection";

  private ReserveSelection() {}
}
