package kz.edu.leaders.browser;

import static org.assertj.core.api.Assertions.assertThat;

import kz.edu.leaders.analytics.AnalyticsRows;
import kz.edu.leaders.support.AppTest;
import kz.edu.leaders.support.BrowserCondition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The analytics page as the analyst uses it: asked to log in first, then, with the Tasklist login of the same
 * browser, a cycle's funnel, times, placement and competitions drawn and tabled, for the country and for a region, in
 * each language.
 */
@AppTest
@ExtendWith(BrowserCondition.class)
class AnalyticsBrowserTest extends TasklistPage {

  @Autowired JdbcTemplate jdbc;

  @Test
  void theAnalystLogsInThroughTasklistAndReadsTheCyclesFigures() throws Exception {
    AnalyticsRows rows = new AnalyticsRows(jdbc);
    String enrolled = rows.application("TURKISTAN", "RESERVE", "ENROLLED");
    rows.application("TURKISTAN", "TEST", "TEST_FAILED");
    rows.application("TURKISTAN", "ELIGIBILITY", "INELIGIBLE");
    rows.application("ALMATY", "DOCUMENT_CHECK", null);
    rows.visit(enrolled, "TEST", 12);
    String certificate = rows.reservist(enrolled, "TURKISTAN", "DIRECTOR", 300);
    rows.appointed(certificate, "TURKISTAN", 300, 45);
    rows.competition(rows.vacancy("TURKISTAN"), 1, "WINNER");

    browser.get(url("/analytics/#" + rows.cycle));
    assertThat(visible(By.id("login-text")).getText())
        .startsWith("Log in to Camunda (Tasklist or Cockpit) as an analyst");
    screenshot("analytics-0-login-first");

    logIn("analyst");
    browser.get(url("/analytics/#" + rows.cycle));
    wait.until(ExpectedConditions.titleIs("Selection analytics"));
    WebElement turkistan = row("funnel-table", "Turkistan Region");
    assertThat(turkistan.getText()).startsWith("Turkistan Region 3 0 3 2 (66.7%) 2 (100%) 1 (50%) 1 (100%)");
    assertThat(row("funnel-table", "All regions").getText()).startsWith("All regions 4 1 4 3 (75%) 2 (66.7%) 1 (50%)");
    assertThat(row("times-table", "Test").getText()).isEqualTo("Test 1 12 12 0");
    assertThat(row("placement-table", "Turkistan Region").getText())
        .isEqualTo("Turkistan Region School director 1 1 1 / 1 (100%) 1 / 1 (100%)");
    assertThat(row("competitions-table", "Turkistan Region").getText()).isEqualTo("Turkistan Region 1 1 0 0 0 0 0");
    for (String chart : new String[] {"funnel-chart", "dropouts-chart", "times-chart", "placement-chart",
        "competitions-chart", "duties-chart"}) {
      assertThat(browser.findElements(By.cssSelector("#" + chart + " canvas"))).as(chart).isNotEmpty();
    }
    assertThat(browser.findElement(By.cssSelector("a.csv[data-section='funnel']")).getDomAttribute("href"))
        .isEqualTo("/api/analytics/cycles/" + rows.cycle + "/funnel.csv");
    screenshot("analytics-1-country-en");

    new Select(browser.findElement(By.id("region"))).selectByValue("ALMATY");
    wait.until(d -> browser.getCurrentUrl().endsWith("#" + rows.cycle + "/ALMATY"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("funnel-table"), "Almaty (city)"));
    assertThat(browser.findElement(By.id("funnel-table")).getText()).doesNotContain("Turkistan");
    screenshot("analytics-2-almaty-en");

    click(By.cssSelector("#language a[data-language='kk']"));
    wait.until(ExpectedConditions.titleIs("Іріктеу талдауы"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("funnel-table"), "Алматы қаласы"));
    new Select(browser.findElement(By.id("region"))).selectByValue("");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("funnel-table"), "Түркістан облысы"));
    assertThat(browser.findElement(By.id("funnel-section")).getText()).contains("Кезеңдер бойынша воронка",
        "Барлық өңірлер");
    screenshot("analytics-3-country-kk");

    click(By.cssSelector("#language a[data-language='ru']"));
    wait.until(ExpectedConditions.titleIs("Аналитика отбора"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("placement-table"), "Туркестанская область"));
    assertThat(browser.findElement(By.id("placement-note")).getText()).contains("в течение 6 месяцев, 12 месяцев");
    ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
        "document.getElementById('placement-section').scrollIntoView()");
    screenshot("analytics-4-placement-and-competitions-ru");
  }

  @Test
  void welcomeLinksToTheAnalytics() throws Exception {
    logIn("analyst");
    browser.get(url("/camunda/app/welcome/default/"));
    // Welcome draws its links after the user's profile and applications: wait for those first, then the link.
    WebElement link;
    try {
      new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(45)).until(
          ExpectedConditions.visibilityOfElementLocated(By.cssSelector("a[href='/analytics/']")));
      link = browser.findElement(By.cssSelector("a[href='/analytics/']"));
    } catch (org.openqa.selenium.TimeoutException notShown) {
      screenshot("analytics-welcome-link-missing");
      throw notShown;
    }
    assertThat(link.getText()).contains("Selection analytics");
    screenshot("analytics-welcome-link");
  }

  private WebElement row(String table, String firstCell) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//table[@id='" + table
        + "']//tr[td[1][normalize-space()='" + firstCell + "']]")));
  }
}
