package kz.edu.leaders.support;

import java.io.IOException;
import java.nio.file.Files;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by its chromedriver, with a fresh profile and the flags this machine
 * needs (no background networking: its closed network refuses those connections).
 */
public final class Chromium {

  private Chromium() {}

  /** An English browser, whatever the machine's language: the tests that click English texts need one. */
  public static ChromeOptions options(String windowSize) throws IOException {
    return options(windowSize, "en-US");
  }

  /** A browser whose user prefers the language (kk, ru, en-US): the webapps and the server follow it. */
  public static ChromeOptions options(String windowSize, String language) throws IOException {
    ChromeOptions options = new ChromeOptions();
    options.addArguments("--lang=" + language);
    options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
    options.setBinary(BrowserCondition.CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--window-size=" + windowSize, "--user-data-dir=" + Files.createTempDirectory("leaders-chromium"));
    return options;
  }

  public static ChromeDriver start(ChromeOptions options) {
    ChromeDriverService driver = new ChromeDriverService.Builder()
        .usingDriverExecutable(BrowserCondition.CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    return new ChromeDriver(driver, options);
  }
}
