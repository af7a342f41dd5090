package kz.edu.leaders.selection;

import kz.edu.leaders.domain.Region;
import kz.edu.leaders.domain.Position;
import kz.edu.leaders.domain.QualificationCategory;
import kz.edu.leaders.domain.Iin;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import kz.edu.leaders.common.FieldError;
import kz.edu.leaders.common.InvalidSubmissionException;
import kz.edu.leaders.common.Values;
import org.springframework.stereotype.Component;

/**
 * The server-side twin of the registration form's validation, for both ways in (Tasklist start form
 * and the portal's JSON). The limits here and in forms/register-application.form must stay equal.
 */
@Component
public class ApplicationValidator {

  /** Latin, Cyrillic and Kazakh letters: the same class as the form's pattern (browsers lack \\p{L} there). */
  static final String LETTERS = "A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі";
  static final Pattern NAME = Pattern.compile("[" + LETTERS + "][" + LETTERS + "' .-]*");
  static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  static final Pattern PHONE = Pattern.compile("\\+7[67]\\d{9}");
  static final int MAX_YEARS = 50;

  /** The fields of an application, in the order of the registration form. */
  public static final List<String> FIELDS = List.of("cycle", "iin", "surname", "firstName", "patronymic", "region",
      "currentRole", "school", "higherPedagogicalEducation", "pedagogicalExperienceYears", "deputyExperienceYears",
      "qualificationCategory", "email", "phone");

  private final SelectionSettings settings;

  public ApplicationValidator(SelectionSettings settings) {
    this.settings = settings;
  }

  /** For clients of the API: a field that is not part of an application is an error, not silently kept. */
  public void refuseUnknownFields(Map<String, Object> raw) {
    List<FieldError> errors = raw.keySet().stream().filter(key -> !FIELDS.contains(key)).sorted()
        .map(key -> FieldError.of(key, "selection.application.unknownField", FIELDS)).toList();
    if (!errors.isEmpty()) {
      throw new InvalidSubmissionException(errors);
    }
  }

  /** The validated application, or an exception listing every bad field. */
  public NewApplication validate(Map<String, Object> raw) {
    List<FieldError> errors = new ArrayList<>();
    Values values = new Values(raw, errors);

    Integer cycle = values.wholeNumber("cycle", 2023, 2099);
    if (cycle != null && !settings.getOpenCycles().contains(cycle)) {
      values.error("cycle", "selection.application.cycleClosed", settings.getOpenCycles());
    }
    String iin = values.text("iin", true, 12);
    if (iin != null && Iin.problem(iin) != null) {
      values.error("iin", Iin.problem(iin));
    }
    String surname = name(values, "surname", true);
    String firstName = name(values, "firstName", true);
    String patronymic = name(values, "patronymic", false);
    Region region = values.choice("region", Region.class);
    Position role = values.choice("currentRole", Position.class);
    String school = values.text("school", true, 300);
    Boolean education = values.flag("higherPedagogicalEducation");
    Integer experience = values.wholeNumber("pedagogicalExperienceYears", 0, MAX_YEARS);
    Integer deputyYears = values.wholeNumber("deputyExperienceYears", 0, MAX_YEARS);
    if (experience != null && deputyYears != null && deputyYears > experience) {
      values.error("deputyExperienceYears", "selection.application.deputyYearsExceedExperience");
    }
    if (role == Position.TEACHER && deputyYears != null && deputyYears > 0) {
      values.error("deputyExperienceYears", "selection.application.teacherDeputyYears");
    }
    QualificationCategory category = values.choice("qualificationCategory", QualificationCategory.class);
    String email = values.text("email", true, 254);
    if (email != null && !EMAIL.matcher(email).matches()) {
      values.error("email", "value.notEmail");
    }
    String phone = values.text("phone", true, 12);
    if (phone != null && !PHONE.matcher(phone).matches()) {
      values.error("phone", "selection.application.phone");
    }
    if (!errors.isEmpty()) {
      throw new InvalidSubmissionException(errors);
    }
    return new NewApplication(cycle, iin, surname, firstName, patronymic, region, role, school, education,
        experience, deputyYears, category, email.toLowerCase(), phone);
  }

  private static String name(Values values, String field, boolean required) {
    String name = values.text(field, required, 100);
    if (name != null && !NAME.matcher(name).matches()) {
      values.error(field, "value.notAName");
      return null;
    }
    return name;
  }
}
