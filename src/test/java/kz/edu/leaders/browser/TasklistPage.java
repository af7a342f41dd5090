package kz.edu.leaders.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import kz.edu.leaders.support.Chromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a person does on a Tasklist page with a Camunda Form, for the browser tests: find a field, type into it,
 * choose an option, click, fill the registration form, take a screenshot. Each test gets a browser in English and a
 * screenshot of where it ended; a test that needs another language opens its own.
 */
abstract class TasklistPage {

  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @LocalServerPort int port;

  ChromeDriver browser;
  WebDriverWait wait;

  @BeforeEach
  void openBrowser() throws Exception {
    browser = Chromium.start(Chromium.options("1400,1000"));
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterEach
  void closeBrowser() throws Exception {
    if (browser != null) {
      screenshot("last");
      browser.quit();
    }
  }

  /** A valid application of Turkistan region but for the IIN the test chooses. */
  void fillRegistration(String iin, String school) {
    type(field("iin"), iin);
    type(field("surname"), "Тестова");
    type(field("firstName"), "Динара");
    choose("region", "Түркістан облысы / Туркестанская");
    type(field("school"), school);
    click(By.cssSelector("input[id$='-Field_currentRole-0']"));
    choose("qualificationCategory", "сарапшы санаты / педагог-эксперт");
    click(By.cssSelector("input[id$='-Field_higherPedagogicalEducation']"));
    type(field("pedagogicalExperienceYears"), "9");
    type(field("email"), "dinara.testova@example.kz");
    type(field("phone"), "+77017654321");
  }

  WebElement field(String key) {
    return visible(By.cssSelector("[id$='-Field_" + key + "']"));
  }

  void choose(String key, String label) {
    click(By.cssSelector("[id$='-Field_" + key + "-display']"));
    // form-js picks an option on mousedown; the open list may be clipped by Tasklist's modal.
    WebElement option = wait.until(ExpectedConditions.presenceOfElementLocated(
        By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][normalize-space()='" + label + "']")));
    ((JavascriptExecutor) browser).executeScript(
        "arguments[0].dispatchEvent(new MouseEvent('mousedown', {bubbles: true, cancelable: true}))", option);
    wait.until(ExpectedConditions.textToBe(By.cssSelector("[id$='-Field_" + key + "-display']"), label));
  }

  /**
   * Replaces the field's text key by key, as a person would (form-js reacts to input events only), and
   * checks the field kept it: form-js debounces typing and flushes on blur, and a re-render of the form
   * that lands while the keys arrive can reset a controlled field to its last committed value.
   */
  void type(WebElement input, String text) {
    for (int attempt = 1; ; attempt++) {
      enter(input, text);
      try {
        new WebDriverWait(browser, Duration.ofSeconds(2)).until(d -> text.equals(input.getDomProperty("value")));
        return;
      } catch (TimeoutException e) {
        System.out.println("[leaders] retyping " + input.getDomAttribute("id") + ", it held '"
            + input.getDomProperty("value") + "'");
        if (attempt == 3) {
          throw e;
        }
      }
    }
  }

  /** Types without checking the result (a date picker reformats what it was given). */
  void enter(WebElement input, String text) {
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
    input.click();
    input.sendKeys(Keys.END);
    String current = input.getDomProperty("value");
    for (int i = 0; current != null && i < current.length(); i++) {
      input.sendKeys(Keys.BACK_SPACE);
    }
    input.sendKeys(text);
    // form-js debounces typing but flushes the value on blur; leave the field as a person would.
    input.sendKeys(Keys.TAB);
  }

  WebElement visible(By locator) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  void click(By locator) {
    WebElement element = wait.until(ExpectedConditions.elementToBeClickable(locator));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    element.click();
  }

  String url(String path) {
    return "http://localhost:" + port + path;
  }

  /** A taller window just for the picture, so a whole form is in it; then back to the test's size. */
  void screenshot(String name) throws Exception {
    Dimension size = browser.manage().window().getSize();
    browser.manage().window().setSize(new Dimension(size.getWidth(), 1900));
    try {
      File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
      Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } finally {
      browser.manage().window().setSize(size);
    }
  }

  /** form-js 1.8's date picker takes dates typed as mm/dd/yyyy and submits them as ISO dates. */
  void typeDate(String key, String isoDate) {
    WebElement input = visible(By.cssSelector("input[id*='-Field_" + key + "']"));
    String[] ymd = isoDate.split("-");
    enter(input, ymd[1] + "/" + ymd[2] + "/" + ymd[0]);
    wait.until(d -> !input.getDomProperty("value").isEmpty());
  }

  void chooseSearchable(String key, String label) {
    WebElement search = visible(By.cssSelector("input[id$='-Field_" + key + "-search'], [id$='-Field_" + key + "']"));
    search.click();
    WebElement option = wait.until(ExpectedConditions.presenceOfElementLocated(
        By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][normalize-space()='" + label + "']")));
    ((JavascriptExecutor) browser).executeScript(
        "arguments[0].dispatchEvent(new MouseEvent('mousedown', {bubbles: true, cancelable: true}))", option);
    wait.until(d -> label.equals(search.getDomProperty("value")));
  }

  void logIn(String user) {
    browser.get(url("/camunda/app/tasklist/"));
    type(visible(By.cssSelector("input[placeholder='Username']")), user);
    type(visible(By.cssSelector("input[placeholder='Password']")), user);
    click(By.xpath("//button[normalize-space()='Log in']"));
    visible(By.xpath("//a[normalize-space()='Start process']"));
  }
}
