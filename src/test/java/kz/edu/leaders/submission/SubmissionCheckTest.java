package kz.edu.leaders.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a submission may write, read from a form: a small form with each kind of field. */
class SubmissionCheckTest {

  static final ObjectMapper JSON = new ObjectMapper();

  static final String FORM = """
      {"id": "sample", "components": [
        {"type": "text", "text": "### Check"},
        {"key": "candidateName", "type": "textfield", "label": "Candidate / Кандидат", "disabled": true},
        {"key": "decision", "type": "radio", "label": "Decision / Решение", "validate": {"required": true},
         "values": [{"label": "Accept", "value": "accept"}, {"label": "Reject", "value": "reject"}]},
        {"key": "reason", "type": "textarea", "label": "Reason / Причина",
         "validate": {"required": true, "minLength": 5, "maxLength": 20},
         "conditional": {"hide": "=decision = null or decision = \\"accept\\""}},
        {"key": "years", "type": "number", "decimalDigits": 0, "validate": {"min": 0, "max": 50}},
        {"key": "score", "type": "number", "decimalDigits": 2, "validate": {"min": 0, "max": 100}},
        {"key": "iin", "type": "textfield", "validate": {"pattern": "^\\\\d{12}$"}},
        {"key": "mentor", "type": "select", "valuesKey": "mentorOptions"},
        {"key": "ticked", "type": "checkbox"},
        {"key": "on", "type": "datetime", "subtype": "date"},
        {"type": "dynamiclist", "path": "ballot", "label": "Ballot", "allowAddRemove": false, "components": [
          {"key": "candidateId", "type": "number", "readonly": true},
          {"key": "vote", "type": "radio", "validate": {"required": true},
           "values": [{"label": "For", "value": "FOR"}, {"label": "Against", "value": "AGAINST"}]}
        ]}
      ]}""";

  final FormSchema form = FormSchema.parse(FORM);
  final Map<String, Object> shown = new LinkedHashMap<>(Map.of("candidateName", "Абенов Ержан",
      "mentorOptions", "[{\"label\": \"Mentor\", \"value\": \"mentor\"}]",
      "ballot", "[{\"candidateId\": 7}, {\"candidateId\": 9}]", "applicationNumber", "RS-2026-000001"));

  List<String> errors(String submission) {
    try {
      Map<String, JsonNode> variables = new LinkedHashMap<>();
      JSON.readTree(submission).fields().forEachRemaining(e -> variables.put(e.getKey(), e.getValue()));
      return SubmissionCheck.check(form, shown, variables).stream().map(e -> e.field() + " " + e.code()).toList();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theFormsFieldsWithValidValuesPass() {
    assertThat(errors("""
        {"decision": {"value": "reject"}, "reason": {"value": " Unreadable "}, "years": {"value": 8},
         "score": {"value": 80.5}, "iin": {"value": "880503400111"}, "mentor": {"value": "mentor"},
         "ticked": {"value": true}, "on": {"value": "2026-12-01"}, "candidateName": {"value": "Абенов Ержан"},
         "ballot": {"type": "Json",
           "value": "[{\\"candidateId\\": 7, \\"vote\\": \\"FOR\\"}, {\\"candidateId\\": 9, \\"vote\\": \\"AGAINST\\"}]"}}""")).isEmpty();
  }

  @Test
  void aVariableTheFormDoesNotHaveIsRefusedByName() {
    assertThat(errors("""
        {"decision": {"value": "accept"}, "applicationNumber": {"value": "RS-2026-999999"},
         "somethingElse": {"value": 1}}"""))
        .containsExactlyInAnyOrder("applicationNumber submission.unknownVariable", "somethingElse submission.unknownVariable");
  }

  @Test
  void aDisplayOnlyFieldMayComeBackOnlyAsItWasShown() {
    assertThat(errors("{\"decision\": {\"value\": \"accept\"}, \"candidateName\": {\"value\": \"Someone Else\"}}"))
        .containsExactly("candidateName submission.displayOnlyChanged");
    assertThat(errors("{\"decision\": {\"value\": \"accept\"}, \"candidateName\": {\"value\": \" Абенов Ержан\"}}"))
        .isEmpty();
  }

  @Test
  void aHiddenRequiredFieldIsNotRequiredAndAVisibleOneIs() {
    assertThat(errors("{\"decision\": {\"value\": \"accept\"}}")).isEmpty();
    assertThat(errors("{\"decision\": {\"value\": \"reject\"}}")).containsExactly("reason value.required");
    assertThat(errors("{}")).containsExactly("decision value.required");
  }

  @Test
  void theFormsRulesAreKeptOnTheServer() {
    assertThat(errors("""
        {"decision": {"value": "maybe"}, "years": {"value": 51}, "score": {"value": 80.555},
         "iin": {"value": "8805034001"}, "mentor": {"value": "somebody"}, "ticked": {"value": "yes"},
         "on": {"value": "01.12.2026"}}"""))
        // "maybe" is not "accept": the reason shows, and is required.
        .containsExactlyInAnyOrder("decision value.notOffered", "reason value.required", "years value.outOfRange",
            "score value.notDecimal",
            "iin value.patternMismatch", "mentor value.notOffered", "ticked value.notFlag", "on value.notDate");
    assertThat(errors("{\"decision\": {\"value\": \"reject\"}, \"reason\": {\"value\": \"" + "x".repeat(21) + "\"}}"))
        .containsExactly("reason value.tooLong");
  }

  @Test
  void aWholeNumberIsAJsonIntegerOrDigitsAndNothingElse() {
    for (String bad : List.of("7.0", "1e1", "\"7.0\"", "\"1e1\"", "\"seven\"", "true")) {
      assertThat(errors("{\"decision\": {\"value\": \"accept\"}, \"years\": {\"value\": " + bad + "}}")).as(bad)
          .containsExactly("years value.notWholeNumber");
    }
    assertThat(errors("{\"decision\": {\"value\": \"accept\"}, \"years\": {\"value\": \" 7 \"}}")).isEmpty();
  }

  @Test
  void onlyAFormsTypesOfValueAreAccepted() {
    assertThat(errors("""
        {"decision": {"value": "accept"}, "reason": {"value": "rO0ABXQ=", "type": "Object",
         "valueInfo": {"serializationDataFormat": "application/x-java-serialized-object"}}}"""))
        .containsExactly("reason submission.typeNotAccepted");
    assertThat(errors("{\"decision\": {\"value\": {\"nested\": true}}}"))
        .containsExactly("decision submission.typeNotAccepted");
  }

  @Test
  void aListKeepsItsRowsAndItsReadOnlyCellsAndNamesTheRowAtFault() {
    assertThat(errors("""
        {"decision": {"value": "accept"}, "ballot": {"type": "Json",
         "value": "[{\\"candidateId\\": 7, \\"vote\\": \\"FOR\\"}]"}}"""))
        .containsExactly("ballot submission.rowsChanged");
    assertThat(errors("""
        {"decision": {"value": "accept"}, "ballot": {"type": "Json",
         "value": "[{\\"candidateId\\": 8, \\"vote\\": \\"FOR\\"}, {\\"candidateId\\": 9, \\"vote\\": \\"MAYBE\\", \\"extra\\": 1}]"}}"""))
        .containsExactlyInAnyOrder("ballot[1].candidateId submission.displayOnlyChanged",
            "ballot[2].extra submission.unknownVariable", "ballot[2].vote value.notOffered");
    assertThat(errors("{\"decision\": {\"value\": \"accept\"}, \"ballot\": {\"value\": \"not json\"}}"))
        .containsExactly("ballot rows.notAList");
  }

  @Test
  void aFormTheCheckDoesNotUnderstandIsRefusedWhenRead() {
    assertThatThrownBy(() -> FormSchema.parse("""
        {"id": "x", "components": [{"type": "group", "path": "address", "components": []}]}"""))
        .hasMessageContaining("a group with a path");
    assertThatThrownBy(() -> FormSchema.parse("""
        {"id": "x", "components": [{"type": "checklist", "key": "days"}]}"""))
        .hasMessageContaining("checklist");
    assertThatThrownBy(() -> FormSchema.parse("""
        {"id": "x", "components": [{"type": "textfield", "key": "a.b"}]}"""))
        .hasMessageContaining("plain key");
  }

  @Test
  void labelsNameTheFieldsAsPeopleSawThem() {
    assertThat(form.labelOf("reason")).isEqualTo("Reason / Причина");
    assertThat(form.labelOf("ballot[2].vote")).isEqualTo("Ballot [2]: vote");
    assertThat(form.labelOf("nothing")).isNull();
  }

  @Test
  void everyDeployedFormCanBeRead() throws Exception {
    try (var files = java.nio.file.Files.list(java.nio.file.Path.of("forms"))) {
      files.filter(f -> f.toString().endsWith(".form")).forEach(file -> {
        try {
          assertThat(FormSchema.parse(java.nio.file.Files.readString(file)).id()).as(file.toString()).isNotBlank();
        } catch (java.io.IOException e) {
          throw new IllegalStateException(e);
        }
      });
    }
  }

}
