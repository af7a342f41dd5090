package kz.edu.leaders.modelcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analyst's model check: every diagram of bpmn/ fits the code, and a diagram an analyst broke in Modeler is
 * refused with words that say what is wrong and what exists instead.
 */
class ModelCheckTest {

  static final Path SELECTION = Path.of("bpmn/reserve-selection.bpmn");
  static ModelChecker checker;

  @TempDir Path folder;

  @BeforeAll
  static void theProject() throws IOException {
    checker = ModelChecker.forProject(Path.of("").toAbsolutePath());
  }

  @AfterAll
  static void close() {
    checker.close();
  }

  /** The selection diagram as an analyst saved it after the edits: each pair is a text and its replacement. */
  Path edited(String... replacements) throws IOException {
    String xml = Files.readString(SELECTION);
    for (int i = 0; i < replacements.length; i += 2) {
      assertThat(xml).as("the diagram has " + replacements[i]).contains(replacements[i]);
      xml = xml.replace(replacements[i], replacements[i + 1]);
    }
    Path file = folder.resolve("reserve-selection.bpmn");
    Files.writeString(file, xml);
    return file;
  }

  List<String> problems(Path file) {
    return checker.check(List.of(file)).get(file);
  }

  @Test
  void everyDiagramOfTheProjectFitsTheCode() throws IOException {
    List<Path> models;
    try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
      models = files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
    }
    assertThat(models).hasSizeGreaterThanOrEqualTo(9);
    Map<Path, List<String>> report = checker.check(models);
    assertThat(report.values()).as(ModelCheck.text(report)).allSatisfy(problems -> assertThat(problems).isEmpty());
  }

  @Test
  void theCheckFindsTheBeansTheFormsAndTheVariablesOfTheRealDiagrams() {
    ProjectCode code = ProjectCode.of(Path.of("").toAbsolutePath());
    assertThat(code.beans()).containsKeys("scoreTestDelegate", "applicationGroups", "selectionSettings",
        "candidateTaskTitleListener");
    assertThat(code.beans()).as("the tests' drivers are not the app's beans").doesNotContainKey("selectionDriver");
    assertThat(code.names()).containsKeys("documentDecision", "TestResultReceived", "correctionDeadline");
  }

  @Test
  void aBeanTheCodeDoesNotProvideIsNamedWithThoseThatExist() throws IOException {
    assertThat(problems(edited("${scoreTestDelegate}", "${scoreTestsDelegate}"))).containsExactly(
        "Task 'Score test' (Task_ScoreTest) uses the bean 'scoreTestsDelegate', which the code does not provide; "
            + "beans that exist with similar names: scoreTestDelegate.");
  }

  @Test
  void aFormNotInFormsIsNamedWithThoseThatExist() throws IOException {
    assertThat(problems(edited("camunda:formRef=\"check-documents\"", "camunda:formRef=\"check-document\"")))
        .containsExactly("Task 'Check documents' (Task_CheckDocuments) uses the form 'check-document', which is not "
            + "in forms/; forms with similar ids: check-documents.");
  }

  @Test
  void aConditionOnAVariableNothingProvidesIsRefused() throws IOException {
    assertThat(problems(edited("${documentDecision == 'accept'}", "${documentsDecision == 'accept'}")))
        .singleElement().asString()
        .startsWith("Flow 'Accepted' (Flow_DocumentsAccepted) reads the variable 'documentsDecision' in its condition")
        .contains("nothing provides", "similar names: documentDecision");
  }

  @Test
  void aMethodTheBeanDoesNotHaveIsRefused() throws IOException {
    assertThat(problems(edited("${applicationGroups.of('cpe-operators', execution)}\" camunda:dueDate",
        "${applicationGroups.off('cpe-operators', execution)}\" camunda:dueDate")))
        .containsExactly("Task 'Receive corrected documents' (Task_ReceiveCorrectedDocuments) uses "
            + "'applicationGroups.off', which the bean 'applicationGroups' (ApplicationGroups) does not have; "
            + "it has: of.");
  }

  @Test
  void aListenerInPlaceOfADelegateIsRefused() throws IOException {
    assertThat(problems(edited("camunda:delegateExpression=\"${scoreTestDelegate}\"",
        "camunda:delegateExpression=\"${applicationStageListener}\""))).containsExactly(
        "Task 'Score test' (Task_ScoreTest) uses the bean 'applicationStageListener' to do its work, but "
            + "ApplicationStageListener is not a delegate (JavaDelegate); it is a listener: attach it as one.");
  }

  @Test
  void whatCamundaRefusesToDeployIsSaidInItsWords() throws IOException {
    assertThat(problems(edited("${documentDecision == 'accept'}", "${documentDecision == }")))
        .anySatisfy(p -> assertThat(p).startsWith("Flow 'Accepted' (Flow_DocumentsAccepted) has an expression "
            + "Camunda cannot read in its condition"));
    assertThat(problems(edited(" camunda:historyTimeToLive=\"3650\"", "")))
        .anySatisfy(p -> assertThat(p).contains("has no history time to live"))
        .anySatisfy(p -> assertThat(p).startsWith("Camunda refuses to deploy it: "));
  }

  @Test
  void anActivityTheCodeRefersToMustStay() throws IOException {
    assertThat(problems(edited("Task_AssessReport\"", "Task_AssessReflectiveReport\""))).containsExactly(
        "The code refers to 'Task_AssessReport' (kz/edu/leaders/selection/AssessorAssignmentListener.java), which "
            + "this diagram no longer has: keep the id, or change the code with the diagram.");
  }

  @Test
  void aProcessOrAMessageTheProjectDoesNotHaveIsRefused() throws IOException {
    assertThat(problems(edited("calledElement=\"CommissionInterview\"", "calledElement=\"CommissionInterviews\"",
        "name=\"TestResultReceived\"", "name=\"TestResultsReceived\""))).containsExactlyInAnyOrder(
        "Call activity 'Republican commission interview' (Task_CommissionInterview) calls the process "
            + "'CommissionInterviews', which no diagram in bpmn/ defines; processes that exist: CommissionInterview.",
        "Task 'Wait for test result' (Task_WaitForTestResult) waits for the message 'TestResultsReceived', which the "
            + "code never sends; messages with similar names: TestResultReceived.");
  }

  @Test
  void aFormThatReadsAVariableNothingProvidesIsRefused() throws IOException {
    Map<String, FormFields> forms = new HashMap<>(FormFields.in(Path.of("forms")));
    FormFields check = forms.get("check-documents");
    Set<String> reads = new LinkedHashSet<>(check.reads());
    reads.add("candidateRating");
    forms.put("check-documents", new FormFields(check.id(), check.file(), check.writes(), reads));
    try (ModelChecker withTheNewForm = checker.withForms(forms)) {
      assertThat(withTheNewForm.check(List.of(SELECTION)).get(SELECTION)).containsExactly(
          "Task 'Check documents' (Task_CheckDocuments) shows the form 'check-documents', which reads the variable "
              + "'candidateRating'; nothing provides it (no other form of this process asks for it, the diagram does "
              + "not set it and the code does not name it).");
    }
  }

  @Test
  void aFormsFieldsAreWhatItWritesAndWhatItShows() throws IOException {
    FormFields form = FormFields.read(Path.of("forms/assign-internship.form"));
    assertThat(form.writes()).contains("basicModuleCompleted", "leadingSchool", "mentorId")
        .doesNotContain("candidateName");
    assertThat(form.reads()).contains("applicationNumber", "candidateName", "mentorOptions")
        .doesNotContain("mentorId");
  }
}
