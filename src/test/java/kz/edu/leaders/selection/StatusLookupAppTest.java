package kz.edu.leaders.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import kz.edu.leaders.support.AppTest;
import kz.edu.leaders.support.TestApplications;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The public status lookup: number and IIN, no login; a wrong pair reads as an unknown number (the rate limit: PublicRateLimitAppTest). */
@AppTest
class StatusLookupAppTest {

  static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {};

  @Autowired TestRestTemplate rest;
  @Autowired SelectionDriver selection;

  ResponseEntity<Map<String, Object>> ask(String number, String iin, String language) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.set("Accept-Language", language);
    return rest.exchange("/public/api/application-status", HttpMethod.POST,
        new HttpEntity<>(Map.of("applicationNumber", number, "iin", iin), headers), JSON);
  }

  @Test
  void theCandidateReadsWhatThePortalShowsWithNumberAndIinAndNothingElse() {
    Map<String, Object> application = TestApplications.eligibleTeacher();
    String iin = (String) application.get("iin");
    var instance = selection.register(application);
    selection.checkDocuments(instance, "return", "Диплом көшірмесі анық емес");

    ResponseEntity<Map<String, Object>> answer = ask(instance.getBusinessKey().toLowerCase(), " " + iin, "kk");

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getHeaders().getCacheControl()).isEqualTo("no-store");
    assertThat(answer.getBody()).containsEntry("applicationNumber", instance.getBusinessKey())
        .containsEntry("stage", "DOCUMENT_CORRECTION").containsEntry("stageName", "құжаттарды түзету")
        .containsKeys("nextStep", "nextStepDeadline", "decisions").doesNotContainKeys("iin", "email", "phone");
    assertThat(answer.getBody().toString()).doesNotContain(iin, "operator");
  }

  @Test
  void aWrongIinIsAnsweredExactlyAsAnUnknownNumber() {
    Map<String, Object> application = TestApplications.eligibleTeacher();
    String number = selection.register(application).getBusinessKey();
    String otherIin = TestApplications.randomIin();

    ResponseEntity<Map<String, Object>> wrongIin = ask(number, otherIin, "ru");
    ResponseEntity<Map<String, Object>> unknownNumber = ask("RS-2026-999998", otherIin, "ru");

    assertThat(wrongIin.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknownNumber.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(wrongIin.getBody()).isEqualTo(unknownNumber.getBody())
        .containsEntry("code", "selection.lookup.notFound")
        .containsEntry("message", "Заявки с таким номером и ИИН нет.");
  }

  @Test
  void aQuestionOfTheWrongShapeIsRefusedAsSuch() {
    ResponseEntity<Map<String, Object>> bad = ask("42", "123", "en");

    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody()).containsEntry("code", "selection.lookup.badQuestion");
  }
}
