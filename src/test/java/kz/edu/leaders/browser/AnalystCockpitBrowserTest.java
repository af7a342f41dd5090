package kz.edu.leaders.browser;

import static org.assertj.core.api.Assertions.assertThat;

import kz.edu.leaders.selection.SelectionDriver;
import kz.edu.leaders.support.AppTest;
import kz.edu.leaders.support.BrowserCondition;
import kz.edu.leaders.support.TestApplications;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The analyst in real Cockpit: the selection's diagram with the applications waiting at the document check, an
 * instance whose variables are not shown, and no way into Admin (docs/analyst.md).
 */
@AppTest
@ExtendWith(BrowserCondition.class)
class AnalystCockpitBrowserTest extends TasklistPage {

  @Autowired SelectionDriver selection;

  void logInToCockpit(String user) {
    browser.get(url("/camunda/app/cockpit/"));
    // Cockpit's scripts are larger than Tasklist's: on a busy machine they take longer.
    wait.withTimeout(java.time.Duration.ofSeconds(90));
    try {
      visible(By.cssSelector("input[placeholder='Username']"));
    } catch (RuntimeException e) {
      browser.manage().logs().get("browser").forEach(l -> System.out.println("CONSOLE " + l));
      throw e;
    }
    type(visible(By.cssSelector("input[placeholder='Username']")), user);
    type(visible(By.cssSelector("input[placeholder='Password']")), user);
    click(By.xpath("//button[normalize-space()='Log in']"));
    visible(By.cssSelector(".dashboard, [cam-widget-header]"));
  }

  @Test
  void theAnalystReadsTheSelectionInCockpitWithoutItsValues() throws Exception {
    ProcessInstance application = selection.register(TestApplications.eligibleTeacher());
    logInToCockpit("analyst");
    // The dashboard's counts: every process and decision deployed is the analyst's to read.
    wait.until(d -> d.findElements(By.xpath("//*[contains(@class,'value') and normalize-space()!='' "
        + "and normalize-space()!='0']")).size() >= 2);
    screenshot("analyst-1-cockpit-dashboard");

    browser.get(url("/camunda/app/cockpit/default/#/process-definition/" + application.getProcessDefinitionId()
        + "/runtime"));
    // The diagram, with the count of instances waiting at the document check on it.
    visible(By.cssSelector("[data-element-id='Task_CheckDocuments']"));
    wait.until(d -> !d.findElements(By.cssSelector(".djs-overlays[data-container-id='Task_CheckDocuments'] .badge"))
        .isEmpty());
    screenshot("analyst-2-selection-diagram");

    browser.get(url("/camunda/app/cockpit/default/#/process-instance/" + application.getId() + "/runtime"));
    visible(By.cssSelector("[data-element-id='Task_CheckDocuments']"));
    Thread.sleep(1500);
    screenshot("analyst-3-instance-without-variables");
    String page = browser.findElement(By.tagName("body")).getText();
    assertThat(page).doesNotContain("Абенова").doesNotContain(application.getBusinessKey() + "\ncandidateName");
    assertThat(browser.findElements(By.xpath("//td[normalize-space()='candidateName']"))).isEmpty();
  }
}
