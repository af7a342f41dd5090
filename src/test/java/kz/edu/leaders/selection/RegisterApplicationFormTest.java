package kz.edu.leaders.selection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import kz.edu.leaders.common.InvalidSubmissionException;
import kz.edu.leaders.domain.Iin;
import kz.edu.leaders.domain.Position;
import kz.edu.leaders.domain.QualificationCategory;
import kz.edu.leaders.domain.Region;
import kz.edu.leaders.support.TestApplications;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * forms/register-application.form and {@link NewApplication} ask for the same application: the same fields, choices,
 * limits and patterns; the process keeps what the eligibility table and "Check documents" read.
 */
class RegisterApplicationFormTest {

  static final Map<String, JsonNode> FORM = new LinkedHashMap<>();
  static final List<Integer> OPEN_CYCLES = new SelectionSettings().getOpenCycles();

  @BeforeAll
  static void readForm() throws IOException {
    collect(new ObjectMapper().readTree(Path.of("forms/register-application.form").toFile()).path("components"));
  }

  private static void collect(JsonNode components) {
    for (JsonNode component : components) {
      if (component.hasNonNull("key")) {
        FORM.put(component.get("key").asText(), component);
      }
      collect(component.path("components"));
    }
  }

  private static JsonNode validate(String field) {
    return FORM.get(field).path("validate");
  }

  private static Set<String> options(String field) {
    return new TreeSet<>(StreamSupport.stream(FORM.get(field).path("values").spliterator(), false)
        .map(option -> option.get("value").asText()).toList());
  }

  private static Set<String> names(Enum<?>[] values) {
    return new TreeSet<>(Arrays.stream(values).map(Enum::name).toList());
  }

  @Test
  void theFormAsksForTheApplicationsFieldsInItsOrder() {
    assertThat(FORM.keySet()).containsExactlyElementsOf(NewApplication.FIELDS);
  }

  @Test
  void theFormOffersTheChoicesTheApplicationAccepts() {
    assertThat(options("region")).isEqualTo(names(Region.values()));
    assertThat(options("currentRole")).isEqualTo(names(Position.values()));
    assertThat(options("qualificationCategory")).isEqualTo(names(QualificationCategory.values()));
  }

  @Test
  void theFormHasTheApplicationsLimits() {
    assertThat(validate("cycle").get("min").asInt()).isEqualTo(NewApplication.FIRST_CYCLE);
    assertThat(validate("cycle").get("max").asInt()).isEqualTo(NewApplication.LAST_CYCLE);
    for (String name : List.of("surname", "firstName", "patronymic")) {
      assertThat(validate(name).get("maxLength").asInt()).as(name).isEqualTo(NewApplication.NAME_LENGTH);
    }
    assertThat(validate("iin").get("minLength").asInt()).isEqualTo(Iin.LENGTH);
    assertThat(validate("iin").get("maxLength").asInt()).isEqualTo(Iin.LENGTH);
    assertThat(validate("school").get("maxLength").asInt()).isEqualTo(NewApplication.SCHOOL_LENGTH);
    assertThat(validate("email").get("maxLength").asInt()).isEqualTo(NewApplication.EMAIL_LENGTH);
    assertThat(validate("email").get("validationType").asText()).isEqualTo("email");
    for (String years : List.of("pedagogicalExperienceYears", "deputyExperienceYears")) {
      assertThat(validate(years).get("min").asInt()).as(years).isZero();
      assertThat(validate(years).get("max").asInt()).as(years).isEqualTo(NewApplication.MAX_YEARS);
    }
  }

  @Test
  void theFieldsTheFormRequiresAreTheOnesTheApplicationRequires() {
    List<String> requiredByForm = new ArrayList<>();
    List<String> requiredByApplication = new ArrayList<>();
    for (String field : NewApplication.FIELDS) {
      if (validate(field).path("required").asBoolean(false)) {
        requiredByForm.add(field);
      }
      Map<String, Object> application = TestApplications.eligibleTeacher();
      application.remove(field);
      try {
        NewApplication.read(application, OPEN_CYCLES);
      } catch (InvalidSubmissionException e) {
        requiredByApplication.add(field);
      }
    }
    // The form's checkbox always sends a value (false when unticked), so it is required of other clients only.
    requiredByForm.add("higherPedagogicalEducation");
    assertThat(requiredByApplication).containsExactlyInAnyOrderElementsOf(requiredByForm);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Абенова", "Қасымова-Әлі", "O'Brien", "Smith Jr.", "Smith1", "<script>", "-Abenova",
      "Ivan_ov", "Ұлан", "Нұрлан"})
  void theFormsNamePatternAndTheApplicationsAgree(String name) {
    assertAgree("surname", name);
    assertAgree("firstName", name);
    assertAgree("patronymic", name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"+77011234567", "+76011234567", "+79161234567", "87011234567", "+7701123456",
      "+770112345678", "+7701123456a"})
  void theFormsPhonePatternAndTheApplicationsAgree(String phone) {
    assertAgree("phone", phone);
  }

  @ParameterizedTest
  @ValueSource(strings = {"900101300127", "90010130012", "9001013001270", "90010130012a"})
  void theFormsIinPatternAcceptsTwelveDigitsAsTheApplicationDoes(String iin) {
    Matcher form = formPattern("iin").matcher(iin);
    assertThat(form.find()).as(iin).isEqualTo(iin.matches("\\d{" + Iin.LENGTH + "}"));
  }

  private static Pattern formPattern(String field) {
    return Pattern.compile(validate(field).get("pattern").asText());
  }

  /**
   * The browser's check (the form's pattern) and the server's give the same answer for the value. (Spaces around a
   * value are the one difference: the server trims them, the form's pattern refuses them.)
   */
  private static void assertAgree(String field, String value) {
    boolean form = formPattern(field).matcher(value).find();
    Map<String, Object> application = TestApplications.eligibleTeacher();
    application.put(field, value);
    boolean server;
    try {
      NewApplication.read(application, OPEN_CYCLES);
      server = true;
    } catch (InvalidSubmissionException e) {
      server = e.errors().stream().noneMatch(error -> error.field().equals(field));
    }
    assertThat(server).as(field + " = '" + value + "': the server accepts it as the form does").isEqualTo(form);
  }

  @Test
  void theProcessKeepsWhatTheEligibilityTableAndTheDocumentCheckRead() throws IOException {
    Set<String> kept = NewApplication.read(TestApplications.eligibleTeacher(), OPEN_CYCLES)
        .processVariables("RS-2026-000001").keySet();
    Matcher inputs = Pattern.compile("<text>\\$\\{(\\w+)}</text>")
        .matcher(Files.readString(Path.of("bpmn/eligibility.dmn")));
    List<String> read = new ArrayList<>();
    while (inputs.find()) {
      read.add(inputs.group(1));
    }
    read.remove(SelectionVariables.ACTIVE_RESERVIST);
    assertThat(read).hasSizeGreaterThan(3);
    assertThat(kept).containsAll(read);

    JsonNode checkDocuments = new ObjectMapper().readTree(Path.of("forms/check-documents.form").toFile());
    List<String> shown = new ArrayList<>();
    checkDocuments.findParents("key").forEach(field -> {
      if (field.path("disabled").asBoolean(false) || field.path("readonly").asBoolean(false)) {
        shown.add(field.get("key").asText());
      }
    });
    shown.remove(SelectionVariables.CORRECTION_NOTE);
    assertThat(kept).containsAll(shown);
  }
}
