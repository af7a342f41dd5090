package kz.edu.leaders.selection;

import static kz.edu.leaders.selection.SelectionVariables.APPLICATION_NUMBER;
import static kz.edu.leaders.selection.SelectionVariables.CANDIDATE_NAME;
import static kz.edu.leaders.selection.SelectionVariables.RETURNED_FOR_CORRECTION;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import kz.edu.leaders.common.FieldError;
import kz.edu.leaders.common.InvalidSubmissionException;
import kz.edu.leaders.common.Values;
import kz.edu.leaders.domain.Iin;
import kz.edu.leaders.domain.Position;
import kz.edu.leaders.domain.QualificationCategory;
import kz.edu.leaders.domain.Region;

/**
 * An application for the reserve: the one owner of its fields. It reads and checks what the registration form or the
 * portal sends ({@link #read}), gives back those values ({@link #formValues}) and the variables the process keeps
 * ({@link #processVariables}); the record is written from it ({@link ApplicationRepository#insert}).
 * forms/register-application.form asks for the same fields with the same limits (RegisterApplicationFormTest).
 */
public record NewApplication(
    int cycle,
    String iin,
    String surname,
    String firstName,
    String patronymic,
    Region region,
    String school,
    Position currentRole,
    QualificationCategory qualificationCategory,
    boolean higherPedagogicalEducation,
    int pedagogicalExperienceYears,
    int deputyExperienceYears,
    String email,
    String phone,
    String language) {

  /** Latin, Cyrillic and Kazakh letters: the same class as the form's pattern (browsers lack \\p{L} there). */
  static final String LETTERS = "A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі";
  static final Pattern NAME = Pattern.compile("[" + LETTERS + "][" + LETTERS + "' .-]*");
  static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  static final Pattern PHONE = Pattern.compile("\\+7[67]\\d{9}");
  static final int FIRST_CYCLE = 2023;
  static final int LAST_CYCLE = 2099;
  static final int NAME_LENGTH = 100;
  static final int SCHOOL_LENGTH = 300;
  static final int EMAIL_LENGTH = 254;
  static final int MAX_YEARS = 50;
  /** The languages a candidate may ask notifications in; none given means both. */
  public static final List<String> LANGUAGES = List.of("kk", "ru");

  /** The fields of an application, in the order of the registration form. */
  public static final List<String> FIELDS = Arrays.stream(NewApplication.class.getRecordComponents())
      .map(RecordComponent::getName).toList();

  /** For clients of the API: a field that is not part of an application is an error, not silently kept. */
  public static void refuseUnknownFields(Map<String, ?> raw) {
    List<FieldError> errors = raw.keySet().stream().filter(key -> !FIELDS.contains(key)).sorted()
        .map(key -> FieldError.of(key, "selection.application.unknownField", FIELDS)).toList();
    if (!errors.isEmpty()) {
      throw new InvalidSubmissionException(errors);
    }
  }

  /** The checked and normalised application, or an exception listing every bad field. */
  public static NewApplication read(Map<String, Object> raw, Collection<Integer> openCycles) {
    List<FieldError> errors = new ArrayList<>();
    Values values = new Values(raw, errors);

    Integer cycle = values.wholeNumber("cycle", FIRST_CYCLE, LAST_CYCLE);
    if (cycle != null && !openCycles.contains(cycle)) {
      values.error("cycle", "selection.application.cycleClosed", openCycles);
    }
    String iin = values.text("iin", true, Iin.LENGTH);
    if (iin != null && Iin.problem(iin) != null) {
      values.error("iin", Iin.problem(iin));
    }
    String surname = name(values, "surname", true);
    String firstName = name(values, "firstName", true);
    String patronymic = name(values, "patronymic", false);
    Region region = values.choice("region", Region.class);
    Position role = values.choice("currentRole", Position.class);
    String school = values.text("school", true, SCHOOL_LENGTH);
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
    String email = values.text("email", true, EMAIL_LENGTH);
    if (email != null && !EMAIL.matcher(email).matches()) {
      values.error("email", "value.notEmail");
    }
    String phone = values.text("phone", true, 12);
    if (phone != null && !PHONE.matcher(phone).matches()) {
      values.error("phone", "selection.application.phone");
    }
    // Optional, for clients written before it existed: none means Kazakh and Russian both.
    String language = Values.blank(raw.get("language")) ? null : values.choice("language", LANGUAGES);
    if (!errors.isEmpty()) {
      throw new InvalidSubmissionException(errors);
    }
    return new NewApplication(cycle, iin, surname, firstName, patronymic, region, school, role, category,
        education, experience, deputyYears, email.toLowerCase(), phone, language);
  }

  private static String name(Values values, String field, boolean required) {
    String name = values.text(field, required, NAME_LENGTH);
    if (name != null && !NAME.matcher(name).matches()) {
      values.error(field, "value.notAName");
      return null;
    }
    return name;
  }

  public String candidateName() {
    return surname + " " + firstName + (patronymic == null ? "" : " " + patronymic);
  }

  /** The application as the registration form or the portal submits it (an empty patronymic left out). */
  public Map<String, Object> formValues() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("cycle", cycle);
    values.put("iin", iin);
    values.put("surname", surname);
    values.put("firstName", firstName);
    if (patronymic != null) {
      values.put("patronymic", patronymic);
    }
    values.put("region", region.name());
    values.put("school", school);
    values.put("currentRole", currentRole.name());
    values.put("qualificationCategory", qualificationCategory.name());
    values.put("higherPedagogicalEducation", higherPedagogicalEducation);
    values.put("pedagogicalExperienceYears", pedagogicalExperienceYears);
    values.put("deputyExperienceYears", deputyExperienceYears);
    values.put("email", email);
    values.put("phone", phone);
    if (language != null) {
      values.put("language", language);
    }
    return values;
  }

  /**
   * What the process keeps of the application, and who reads it: the eligibility table (bpmn/eligibility.dmn) its
   * codes, "Check documents" the names people read. Everything else stays in the record only.
   */
  public Map<String, Object> processVariables(String number) {
    Map<String, Object> kept = new LinkedHashMap<>();
    kept.put(APPLICATION_NUMBER, number);
    kept.put(CANDIDATE_NAME, candidateName());
    kept.put("currentRole", currentRole.name());
    kept.put("higherPedagogicalEducation", higherPedagogicalEducation);
    kept.put("pedagogicalExperienceYears", pedagogicalExperienceYears);
    kept.put("deputyExperienceYears", deputyExperienceYears);
    kept.put("qualificationCategory", qualificationCategory.name());
    kept.put("school", school);
    kept.put("regionName", region.label());
    kept.put("currentRoleName", currentRole.label());
    kept.put("qualificationCategoryName", qualificationCategory.label());
    kept.put(RETURNED_FOR_CORRECTION, false);
    return kept;
  }
}
