package kz.edu.leaders.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Properties;
import kz.edu.leaders.selection.ApplicationRepository;
import kz.edu.leaders.selection.ReserveSelection;
import kz.edu.leaders.support.AppTest;
import kz.edu.leaders.support.BrowserCondition;
import kz.edu.leaders.support.Chromium;
import kz.edu.leaders.support.TestApplications;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Tasklist in a browser whose language is Kazakh, then Russian, then chosen with the header's switch: the login
 * page and the menu come from our locale files (not English), the start form is the bilingual one, and a wrong IIN
 * check digit is refused with the server's message in that language. Texts are read from the locale JSON and the message bundles,
 * so a corrected translation does not break the test.
 */
@AppTest
@ExtendWith(BrowserCondition.class)
class LanguagesBrowserTest extends TasklistPage {

  static final String LOCALES = "META-INF/resources/webjars/camunda/app/tasklist/locales/";
  static final String PROCESS_NAME = "Отбор в Республиканский кадровый резерв";
  /** What public/leaders/form-messages.js makes of form-js's "Field must have minimum length of 12." */
  static final java.util.Map<String, String> FORM_JS_CHECKS =
      java.util.Map.of("kk", "Кемінде 12 таңба.", "ru", "Не менее 12 символов.");

  @Autowired HistoryService historyService;
  @Autowired ApplicationRepository applications;


  /** Each test starts the browser in the language it checks (no English browser first). */
  @Override
  void openBrowser() {}

  @AfterEach
  @Override
  void closeBrowser() throws Exception {
    if (browser != null) {
      browser.quit();
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"kk-KZ", "ru-RU"})
  void tasklistSpeaksTheBrowsersLanguageAndRefusesAWrongIinInIt(String browserLanguage) throws Exception {
    String language = browserLanguage.substring(0, 2);
    openBrowser(browserLanguage);
    browser.get(url("/camunda/app/tasklist/"));
    logInAndBeRefusedAWrongIin(language, language);
  }

  /**
   * A Russian browser whose user picks Kazakh in the header's switch, on the login page: the page, the menus,
   * and the server's refusal are Kazakh from then on (the server reads the switch's cookie, not the browser's
   * Accept-Language, which still says Russian).
   */
  @Test
  void theSwitchInTheHeaderChangesTheLanguageAndTheServerFollowsIt() throws Exception {
    openBrowser("ru-RU");
    browser.get(url("/camunda/app/tasklist/"));
    visible(By.cssSelector("input[placeholder='" + label(labels("ru"), "PAGE_LOGIN_USERNAME") + "']"));
    WebElement current = visible(By.cssSelector("li.leaders-language a.current"));
    assertThat(current.getDomAttribute("data-language")).isEqualTo("ru");
    screenshot("tasklist-switch-ru-login");

    click(By.cssSelector("li.leaders-language a[data-language='kk']"));
    wait.until(d -> "kk".equals(d.findElement(By.cssSelector("li.leaders-language a.current"))
        .getDomAttribute("data-language")));
    logInAndBeRefusedAWrongIin("kk", "switch-kk");
  }

  private void openBrowser(String browserLanguage) throws IOException {
    browser = Chromium.start(Chromium.options("1400,1000", browserLanguage));
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    Files.createDirectories(SCREENSHOTS);
  }

  /** From Tasklist's login page: everything the user reads is in the language, the server's refusal too. */
  private void logInAndBeRefusedAWrongIin(String language, String screenshots) throws Exception {
    JsonNode labels = labels(language);
    JsonNode english = labels("en");
    String startProcess = label(labels, "START_PROCESS");
    assertThat(startProcess).isNotEqualTo(label(english, "START_PROCESS"));
    String refusal = message(language, "iin.checkDigit");
    assertThat(refusal).isNotEqualTo(message("", "iin.checkDigit"));

    // The login page and the header in the language.
    type(visible(By.cssSelector("input[placeholder='" + label(labels, "PAGE_LOGIN_USERNAME") + "']")), "operator");
    type(visible(By.cssSelector("input[placeholder='" + label(labels, "PAGE_LOGIN_PASSWORD") + "']")), "operator");
    click(By.xpath("//button[normalize-space()='" + label(labels, "PAGE_LOGIN_SIGN_IN_ACTION") + "']"));
    WebElement startLink = visible(By.xpath("//a[normalize-space()='" + startProcess + "']"));
    assertThat(browser.findElements(By.xpath("//a[normalize-space()='" + label(english, "START_PROCESS") + "']")))
        .as("no English 'Start process' link").isEmpty();

    // The start form (its labels are "<kk> / <ru>"), filled well but for the IIN's check digit.
    startLink.click();
    click(By.xpath("//ul[contains(@class,'processes')]//a[contains(normalize-space(),'" + PROCESS_NAME + "')]"));
    visible(By.cssSelector(".modal .fjs-form"));
    visible(By.xpath("//label[contains(@class,'fjs-form-field-label')][contains(.,'ЖСН / ИИН')]"));
    // form-js's own check as the IIN is typed, in the language rather than in English with a regular expression.
    type(field("iin"), "12345");
    field("surname").click();
    WebElement check = visible(By.cssSelector("[id$='-Field_iin-error-message'], .fjs-form-field-error"));
    wait.until(d -> check.getText().contains(FORM_JS_CHECKS.get(language)));
    assertThat(check.getText()).doesNotContain("Field must", "[0-9]");
    screenshot("tasklist-" + screenshots + "-typed-check");

    String wrongIin = TestApplications.withWrongCheckDigit(TestApplications.randomIin());
    fillRegistration(wrongIin, "№ 3 мектеп-гимназия, Түркістан");
    By start = By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space()='" + label(labels, "START")
        + "']");
    visible(start);
    screenshot("tasklist-" + screenshots + "-start-form");

    long before = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ReserveSelection.PROCESS_KEY).count();
    click(start);
    WebElement error = visible(By.xpath("//div[contains(@class,'notifications')]//*[contains(.,'" + refusal + "')]"));
    assertThat(error.getText()).contains(refusal);
    String notifications = browser.findElement(By.cssSelector(".notifications")).getText();
    assertThat(notifications).doesNotContain(message("", "iin.checkDigit"));
    screenshot("tasklist-" + screenshots + "-refused");
    assertThat(browser.findElement(By.cssSelector(".modal .fjs-form")).isDisplayed()).as("form stays open").isTrue();
    assertThat(historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ReserveSelection.PROCESS_KEY).count()).isEqualTo(before);
    assertThat(applications.numberFor(2026, wrongIin)).isEmpty();
  }

  static JsonNode labels(String language) throws IOException {
    try (InputStream in = resource(LOCALES + language + ".json")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return new ObjectMapper().readTree(text.startsWith("\uFEFF") ? text.substring(1) : text).get("labels");
    }
  }

  static String label(JsonNode labels, String key) {
    JsonNode value = labels.get(key);
    assertThat(value).as("label %s", key).isNotNull();
    return value.asText();
  }

  /** A server message in the language ("" for the English default bundle). */
  static String message(String language, String code) throws IOException {
    Properties texts = new Properties();
    try (InputStream in = resource("messages/texts" + (language.isEmpty() ? "" : "_" + language) + ".properties")) {
      texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    String text = texts.getProperty(code);
    assertThat(text).as("message %s (%s)", code, language).isNotBlank();
    return text;
  }

  static InputStream resource(String path) {
    InputStream in = LanguagesBrowserTest.class.getClassLoader().getResourceAsStream(path);
    assertThat(in).as(path + " on the classpath").isNotNull();
    return in;
  }
}
