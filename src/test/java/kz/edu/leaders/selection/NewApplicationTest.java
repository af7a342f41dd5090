package kz.edu.leaders.selection;

import kz.edu.leaders.domain.Region;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import kz.edu.leaders.common.FieldError;
import kz.edu.leaders.common.InvalidSubmissionException;
import kz.edu.leaders.support.TestApplications;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NewApplicationTest {

  final List<Integer> openCycles = new SelectionSettings().getOpenCycles();
  final Map<String, Object> application = TestApplications.eligibleTeacher();

  List<String> errorsFor(String field, Object value) {
    application.put(field, value);
    try {
      NewApplication.read(application, openCycles);
      return List.of();
    } catch (InvalidSubmissionException e) {
      return e.errors().stream().map(FieldError::toString).toList();
    }
  }

  @Test
  void aGoodApplicationIsNormalised() {
    application.put("email", "  Aigul.Abenova@Example.KZ ");
    application.put("cycle", 2026L);
    application.put("pedagogicalExperienceYears", " 9 ");

    NewApplication valid = NewApplication.read(application, openCycles);

    assertThat(valid.email()).isEqualTo("aigul.abenova@example.kz");
    assertThat(valid.cycle()).isEqualTo(2026);
    assertThat(valid.pedagogicalExperienceYears()).isEqualTo(9);
    assertThat(valid.region()).isEqualTo(Region.TURKISTAN);
  }

  @Test
  void theLanguageOfNotificationsIsKazakhRussianOrNotGiven() {
    assertThat(NewApplication.read(application, openCycles).language()).isNull();
    application.put("language", "");
    assertThat(NewApplication.read(application, openCycles).language()).isNull();
    application.put("language", "ru");
    NewApplication russian = NewApplication.read(application, openCycles);
    assertThat(russian.language()).isEqualTo("ru");
    assertThat(russian.formValues()).containsEntry("language", "ru");
    assertThat(errorsFor("language", "en")).containsExactly("language: must be one of [kk, ru]");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "cycle|2025|cycle: applications are accepted only for cycle [2026]",
      "cycle|2100|cycle: must be between 2023 and 2099",
      "surname|Smith1|surname: may contain only letters, spaces, hyphens and apostrophes",
      "surname|<script>|surname: may contain only letters, spaces, hyphens and apostrophes",
      "email|a@b|email: must be an e-mail address such as name@example.kz",
      "phone|87011234567|phone: must be a Kazakhstan number written +77XXXXXXXXX (12 characters)",
      "phone|+79161234567|phone: must be a Kazakhstan number written +77XXXXXXXXX (12 characters)",
      "pedagogicalExperienceYears|-1|pedagogicalExperienceYears: must be between 0 and 50",
      "pedagogicalExperienceYears|51|pedagogicalExperienceYears: must be between 0 and 50",
      "pedagogicalExperienceYears|ten|pedagogicalExperienceYears: must be a whole number",
      "pedagogicalExperienceYears|1e1|pedagogicalExperienceYears: must be a whole number",
      "pedagogicalExperienceYears|7.0|pedagogicalExperienceYears: must be a whole number",
      "pedagogicalExperienceYears|7 5|pedagogicalExperienceYears: must be a whole number",
      "qualificationCategory|GURU|qualificationCategory: must be one of [PEDAGOGUE_INTERN, PEDAGOGUE, PEDAGOGUE_MODERATOR, PEDAGOGUE_EXPERT, PEDAGOGUE_RESEARCHER, PEDAGOGUE_MASTER]",
      "higherPedagogicalEducation|maybe|higherPedagogicalEducation: must be true or false"})
  void eachBadValueIsNamed(String field, String value, String error) {
    assertThat(errorsFor(field, value)).containsExactly(error);
  }

  @Test
  void aWholeNumberIsAnIntegerNotADecimalThatHappensToBeWhole() {
    application.put("pedagogicalExperienceYears", 9.0);
    assertThatThrownBy(() -> NewApplication.read(application, openCycles)).hasMessage(
        "pedagogicalExperienceYears: must be a whole number");
    application.put("pedagogicalExperienceYears", 1e1);
    assertThatThrownBy(() -> NewApplication.read(application, openCycles)).hasMessage(
        "pedagogicalExperienceYears: must be a whole number");
  }

  @Test
  void kazakhAndRussianNamesAreAccepted() {
    assertThat(errorsFor("surname", "Әбдіқадыр-Ұлы")).isEmpty();
    assertThat(errorsFor("firstName", "Ёлка O'Neil")).isEmpty();
  }

  @Test
  void missingRequiredValuesAreNamed() {
    application.remove("iin");
    application.remove("region");
    application.put("school", "   ");
    assertThatThrownBy(() -> NewApplication.read(application, openCycles))
        .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> assertThat(e.errors())
            .containsExactly(FieldError.of("iin", "value.required"), FieldError.of("region", "value.required"),
                FieldError.of("school", "value.required")));
  }

  @Test
  void aPatronymicIsOptional() {
    application.remove("patronymic");
    assertThat(NewApplication.read(application, openCycles).patronymic()).isNull();
  }

  @Test
  void textValuesAreBoundedAndTyped() {
    assertThat(errorsFor("school", "x".repeat(301))).containsExactly("school: must be at most 300 characters");
    assertThat(errorsFor("school", List.of("a"))).containsExactly("school: must be text");
  }
}
