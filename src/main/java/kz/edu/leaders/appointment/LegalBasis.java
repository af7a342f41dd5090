package kz.edu.leaders.appointment;

import kz.edu.leaders.common.Language;

/**
 * The rules an appointment case follows. Which applies is decided by DMN table
 * {@code bpmn/appointment-legal-basis.dmn} from the date the post fell vacant; a new order is a new row there
 * and a new constant here.
 */
public enum LegalBasis {
  ORDER_57_2012("2012 жылғы 21.02. № 57 бұйрық", "Приказ № 57 от 21.02.2012", "Order No. 57 of 21.02.2012"),
  JOINT_ORDER_57_96_2025("2025 жылғы 31.03. № 57 / № 96 бірлескен бұйрық, 15.04.2025 бастап күшінде",
      "Совместный приказ № 57 / № 96 от 31.03.2025, действует с 15.04.2025",
      "Joint order No. 57 / No. 96 of 31.03.2025, in force since 15.04.2025");

  private final String kk;
  private final String ru;
  private final String en;

  LegalBasis(String kk, String ru, String en) {
    this.kk = kk;
    this.ru = ru;
    this.en = en;
  }

  /** Kazakh / Russian, as the forms show it. */
  public String title() {
    return kk + " / " + ru;
  }

  public String name(Language language) {
    return switch (language) {
      case KK -> kk;
      case RU -> ru;
      case EN -> en;
      case KK_AND_RU -> title();
    };
  }
}
