package kz.edu.leaders.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import kz.edu.leaders.support.AppTest;
import kz.edu.leaders.support.AppointmentRows;
import kz.edu.leaders.support.BrowserCondition;
import kz.edu.leaders.support.Chromium;
import kz.edu.leaders.support.TestApplications;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The public board in a real browser (Debian's headless Chromium), without login, on a phone-sized window. */
@AppTest
@ExtendWith(BrowserCondition.class)
class PublicBoardBrowserTest {

  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  ChromeDriver browser;
  WebDriverWait wait;

  @BeforeEach
  void openBrowser() throws Exception {
    ChromeOptions options = Chromium.options("800,1400");
    // A phone's screen (headless windows are never narrower than 500 px).
    options.setExperimentalOption("mobileEmulation",
        Map.of("deviceMetrics", Map.of("width", 390, "height", 1400, "pixelRatio", 2.0)));
    browser = Chromium.start(options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterEach
  void closeBrowser() throws Exception {
    if (browser != null) {
      screenshot("board-last");
      browser.quit();
    }
  }

  @Test
  void anyoneSeesUpcomingSessionsAndResultsAndNoDataBecomesMarkup() throws Exception {
    AppointmentRows rows = new AppointmentRows(jdbc);
    Instant sessionAt = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
    String hostile = "School <img src=x onerror=\"document.body.dataset.hacked=1\"> No. 9";
    String scheduled = rows.competition(rows.vacancy("TURKISTAN", hostile, "OPEN"), 1, "SCHEDULED", sessionAt,
        "https://stream.example.kz/live/9");
    String filled = rows.vacancy("TURKISTAN", "Gymnasium No. 2, Kentau", "FILLED");
    String decided = rows.competition(filled, 1, "SCHEDULED", Instant.now().minus(1, ChronoUnit.DAYS), null);
    String iin = TestApplications.randomIin();
    long winner = rows.candidate(decided, iin, "Omarova", "Saltanat", AppointmentRows.randomPhone(),
        "s.omarova@example.kz", "WINNER", 4, 1);
    rows.candidate(decided, TestApplications.randomIin(), "Hiddenova", "Zarina", null, null, "NOT_SELECTED", 1, 4);
    rows.decide(decided, "WINNER", winner, Instant.now().minus(30, ChronoUnit.MINUTES),
        "https://video.example.kz/rec/9");
    rows.order(filled, "COMPETITION", "Omarova Saltanat Testovich", iin, winner);

    browser.get("http://localhost:" + port + "/board");

    // The page's module sets the title in the reader's language; wait for it rather than race it.
    wait.until(ExpectedConditions.titleContains("Open competitions for school leaders"));
    WebElement upcoming = visible(By.cssSelector("#upcoming .competition[data-id='" + scheduled + "']"));
    assertThat(upcoming.findElement(By.cssSelector(".school")).getText()).isEqualTo(hostile);
    assertThat(browser.findElements(By.cssSelector("#upcoming img"))).isEmpty();
    assertThat(browser.findElement(By.tagName("body")).getAttribute("data-hacked")).isNull();
    assertThat(upcoming.getText()).contains(DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
        .format(sessionAt.atZone(ZoneId.of("Asia/Almaty"))));
    WebElement stream = upcoming.findElement(By.cssSelector("a.stream"));
    assertThat(stream.getAttribute("href")).isEqualTo("https://stream.example.kz/live/9");
    assertThat(stream.getAttribute("target")).isEqualTo("_blank");
    assertThat(stream.getAttribute("rel")).contains("noopener");

    WebElement finished = visible(By.cssSelector("#finished .competition[data-id='" + decided + "']"));
    assertThat(finished.findElement(By.cssSelector(".outcome")).getText()).contains("Winner appointed");
    assertThat(finished.getText()).contains("Omarova Saltanat Testovich", "4 : 1", "1 : 4")
        .doesNotContain("Hiddenova", iin);
    WebElement recording = finished.findElement(By.cssSelector("a.recording"));
    assertThat(recording.getAttribute("href")).isEqualTo("https://video.example.kz/rec/9");
    assertThat(recording.getAttribute("rel")).contains("noopener");
    assertThat(((Number) browser.executeScript("return window.innerWidth")).intValue()).isEqualTo(390);
    assertThat(((Number) browser.executeScript("return document.documentElement.scrollWidth")).intValue())
        .as("no sideways scrolling on a phone").isLessThanOrEqualTo(390);
    screenshot("board-phone");

    new Select(browser.findElement(By.id("region"))).selectByValue("ULYTAU");
    wait.until(ExpectedConditions.invisibilityOfElementLocated(
        By.cssSelector("#upcoming .competition[data-id='" + scheduled + "']")));
    assertThat(visible(By.id("upcoming-status")).getText()).contains("No sessions scheduled");
    assertThat(browser.getCurrentUrl()).endsWith("/board?region=ULYTAU");
    screenshot("board-empty-region");

    // The switch: Kazakh, then Russian, everything on the page in it, the region kept.
    browser.findElement(By.cssSelector("#language a[data-language='kk']")).click();
    wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "kk"));
    assertThat(visible(By.id("upcoming-status")).getText()).isEqualTo("Отырыстар жоспарланбаған");
    assertThat(new Select(browser.findElement(By.id("region"))).getFirstSelectedOption().getText())
        .isEqualTo("Ұлытау облысы");
    assertThat(browser.getTitle()).isEqualTo("Мектеп басшылары лауазымына ашық конкурстар");
    new Select(browser.findElement(By.id("region"))).selectByValue("");
    WebElement kazakh = visible(By.cssSelector("#finished .competition[data-id='" + decided + "']"));
    assertThat(kazakh.findElement(By.cssSelector(".outcome")).getText()).isEqualTo("Жеңімпаз тағайындалды");
    assertThat(kazakh.getText()).contains("Мектеп директоры · Түркістан облысы", "Тағайындалды: Omarova");
    screenshot("board-phone-kk");

    browser.findElement(By.cssSelector("#language a[data-language='ru']")).click();
    wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "ru"));
    WebElement russian = visible(By.cssSelector("#finished .competition[data-id='" + decided + "']"));
    assertThat(russian.getText()).contains("Победитель назначен", "Директор школы · Туркестанская область",
        "Запись заседания");
    screenshot("board-phone-ru");
  }

  WebElement visible(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  void screenshot(String name) throws Exception {
    File file = browser.getScreenshotAs(OutputType.FILE);
    Files.copy(file.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }
}
