package kz.edu.leaders.appointment;

/**
 * The rules an appointment case follows. Which applies is decided by DMN table
 * {@code bpmn/appointment-legal-basis.dmn} from the date the post fell vacant; a new order is a new row there
 * and a new constant here.
 */
public enum LegalBasis {
  ORDER_57_2012("Order No. 57 of 21.02.2012 / Приказ № 57 от 21.02.2012"),
  JOINT_ORDER_57_96_2025("Joint order No. 57 / No. 96 of 31.03.2025, in force from 15.04.2025 / "
      + "Совместный приказ № 57 / № 96 от 31.03.2025, действует с 15.04.2025");

  private final String title;

  LegalBasis(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }
}
