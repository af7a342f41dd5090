package kz.edu.leaders.selection;

import kz.edu.leaders.domain.Region;
import kz.edu.leaders.domain.Position;
import kz.edu.leaders.domain.QualificationCategory;

/** An application as registered, after validation. */
public record NewApplication(
    int cycle,
    String iin,
    String surname,
    String firstName,
    String patronymic,
    Region region,
    Position currentRole,
    String school,
    boolean higherPedagogicalEducation,
    int pedagogicalExperienceYears,
    int deputyExperienceYears,
    QualificationCategory qualificationCategory,
    String email,
    String phone) {

  public String candidateName() {
    return surname + " " + firstName + (patronymic == null ? "" : " " + patronymic);
  }
}
