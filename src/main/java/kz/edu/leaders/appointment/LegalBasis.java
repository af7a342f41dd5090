package kz.edu.leaders.appointment;

/**
 * The rules an appointment case follows. Which applies is decided by DMN table
 * {@code bpmn/appointment-legal-basis.dmn} from the date the post fell vacant; a new order is a new row there
 * and a new constant here.
 */
public enum LegalBasis {
  ORDER_57_2012("2012 жылғы 21.02. № 57 бұйрық / Приказ № 57 от 21.02.2012"),
  JOINT_ORDER_57_96_2025("2025 жылғы 31.03. № 57 / № 96 бірлескен бұйрық, 15.04.2025 бастап күшінде / "
      + "Совместный приказ № 57 / № 96 от 31.03.2025, действует с 15.04.2025");

  private final String title;

  LegalBasis(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }
}
