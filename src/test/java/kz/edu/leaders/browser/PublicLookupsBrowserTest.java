package kz.edu.leaders.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import kz.edu.leaders.common.WorkingDayCalendar;
import kz.edu.leaders.lookup.CertificateRows;
import kz.edu.leaders.selection.SelectionDriver;
import kz.edu.leaders.support.AppTest;
import kz.edu.leaders.support.BrowserCondition;
import kz.edu.leaders.support.Chromium;
import kz.edu.leaders.support.TestApplications;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The public status page and the certificate verification page in a real browser, on a phone, without login. */
@AppTest
@ExtendWith(BrowserCondition.class)
class PublicLookupsBrowserTest {

  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired SelectionDriver selection;
  @Autowired WorkingDayCalendar calendar;

  ChromeDriver browser;
  WebDriverWait wait;

  @BeforeEach
  void openBrowser() throws Exception {
    ChromeOptions options = Chromium.options("800,1400");
    options.setExperimentalOption("mobileEmulation",
        Map.of("deviceMetrics", Map.of("width", 390, "height", 1400, "pixelRatio", 2.0)));
    browser = Chromium.start(options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterEach
  void closeBrowser() throws Exception {
    if (browser != null) {
      screenshot("lookup-last");
      browser.quit();
    }
  }

  @Test
  void aCertificateIsVerifiedFromItsLinkInEachLanguage() throws Exception {
    var entry = new CertificateRows(jdbc).reserve("ACTIVE", LocalDate.of(2028, 12, 31),
        Instant.parse("2025-12-20T06:00:00Z"));

    browser.get("http://localhost:" + port + "/certificates/#" + entry.number());

    // The page's module sets the title in the reader's language; wait for it rather than race it.
    wait.until(ExpectedConditions.titleIs("Certificate verification"));
    assertThat(visible(By.id("status")).getText()).isEqualTo("Valid");
    WebElement result = visible(By.id("result"));
    assertThat(result.getText()).contains(entry.number(), "Жұмабекова Гүлнар",
        "Member of the reserve for the post of School director, Turkistan Region", "20.12.2025", "31.12.2028")
        .doesNotContain(entry.iin());
    assertNoSidewaysScrolling();
    screenshot("certificates-phone-en");

    language("kk");
    assertThat(visible(By.id("status")).getText()).isEqualTo("Жарамды");
    assertThat(visible(By.id("result")).getText()).contains("Жарамдылық мерзімі", "31.12.2028",
        "«Мектеп директоры» лауазымына резервте, Түркістан облысы");
    screenshot("certificates-phone-kk");

    language("ru");
    assertThat(visible(By.id("status")).getText()).isEqualTo("Действителен");
    assertThat(visible(By.id("result")).getText()).contains("Действует до", "В резерве на должность «Директор школы»");
    screenshot("certificates-phone-ru");

    WebElement field = browser.findElement(By.id("number"));
    field.clear();
    field.sendKeys("RR-2026-" + "A".repeat(10));
    browser.findElement(By.cssSelector("#lookup button")).click();
    assertThat(visible(By.id("error")).getText()).isEqualTo("Сертификата с таким номером нет.");
    screenshot("certificates-phone-ru-unknown");
  }

  @Test
  void aCandidateSeesTheReturnedDocumentsAndTheirDeadlineButNotTheIin() throws Exception {
    Map<String, Object> application = TestApplications.eligibleTeacher();
    String iin = (String) application.get("iin");
    ProcessInstance instance = selection.register(application);
    selection.checkDocuments(instance, "return", "The copy of the diploma is unreadable");
    String lastDay = DAY.format(calendar.addWorkingDays(LocalDate.now(ZoneId.of("Asia/Almaty")), 5));

    browser.get("http://localhost:" + port + "/status");
    wait.until(ExpectedConditions.titleIs("Application status"));
    lookUp(instance.getBusinessKey(), iin);

    WebElement result = visible(By.id("result"));
    assertThat(visible(By.cssSelector("dd.stage")).getText()).isEqualToIgnoringCase("document correction");
    assertThat(result.getText()).contains("Application " + instance.getBusinessKey(),
        "In progress", "The copy of the diploma is unreadable", "Documents returned for correction")
        .doesNotContain(iin, "Абенова");
    assertThat(visible(By.id("next")).getText())
        .isEqualTo("Next step: Submit the corrected documents by " + lastDay + " inclusive.");
    assertThat(browser.getCurrentUrl()).doesNotContain(iin);
    assertNoSidewaysScrolling();
    screenshot("status-phone-en");

    language("kk");
    lookUp(instance.getBusinessKey(), iin);
    assertThat(visible(By.id("result")).getText()).contains("Қаралуда",
        "Құжаттар түзетуге қайтарылды");
    assertThat(visible(By.id("next")).getText()).contains(lastDay + " қоса алғанда");
    screenshot("status-phone-kk");

    language("ru");
    lookUp(instance.getBusinessKey(), iin);
    assertThat(visible(By.id("next")).getText()).contains("Подайте исправленные документы по " + lastDay);
    screenshot("status-phone-ru");

    lookUp(instance.getBusinessKey(), TestApplications.randomIin());
    assertThat(visible(By.id("error")).getText())
        .isEqualTo("Заявки с таким номером и ИИН нет.");
    assertThat(browser.findElement(By.id("result")).isDisplayed()).isFalse();
    screenshot("status-phone-ru-wrong-pair");
  }

  void lookUp(String number, String iin) {
    WebElement numberField = visible(By.id("number"));
    numberField.clear();
    numberField.sendKeys(number);
    WebElement iinField = browser.findElement(By.id("iin"));
    iinField.clear();
    iinField.sendKeys(iin);
    browser.findElement(By.cssSelector("#lookup button")).click();
    wait.until(d -> d.findElement(By.id("result")).isDisplayed() || d.findElement(By.id("error")).isDisplayed());
  }

  void language(String code) {
    browser.findElement(By.cssSelector("#language a[data-language='" + code + "']")).click();
    wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", code));
  }

  void assertNoSidewaysScrolling() {
    assertThat(((Number) browser.executeScript("return document.documentElement.scrollWidth")).intValue())
        .as("no sideways scrolling on a phone").isLessThanOrEqualTo(390);
  }

  WebElement visible(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  void screenshot(String name) throws Exception {
    File file = browser.getScreenshotAs(OutputType.FILE);
    Files.copy(file.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }
}
