package kz.edu.leaders.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.demo.ContestSteps;
import kz.edu.leaders.support.AppTest;
import kz.edu.leaders.support.BrowserCondition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A juror scores an entry of the "Best Leading School" contest in Tasklist; once the chair has approved the
 * protocol, the public page /contests shows the result (Debian's headless Chromium).
 */
@AppTest
@ExtendWith(BrowserCondition.class)
class ContestBrowserTest extends TasklistPage {

  static final By COMPLETE = By.xpath("//button[normalize-space()='Complete']");
  static final List<String> JURY = List.of("juror", "juror2", "juror3", "jurychair");

  @Autowired ContestSteps contest;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aJurorScoresAnEntryInTasklistAndThePublicPageShowsTheApprovedResult() throws Exception {
    ProcessInstance instance = contest.announce("organiser", ContestSteps.announcement(LocalDateTime.now().plusDays(3)));
    String number = instance.getBusinessKey();
    contest.register("organiser", instance, List.of(ContestSteps.entry(1), ContestSteps.entry(2),
        ContestSteps.entry(3)), true);
    contest.admit("organiser", instance, 3, Map.of());
    JURY.forEach(juror -> contest.declareConflicts(juror, instance, Map.of()));

    logIn("juror");
    String taskId = contest.task("juror", instance, "Task_ScoreContestEntry", 1).getId();
    browser.get(url("/camunda/app/tasklist/default/#/?task=" + taskId));
    visible(By.cssSelector(".fjs-form"));
    List<WebElement> scores = wait.until(d -> {
      List<WebElement> inputs = d.findElements(By.cssSelector("input[id*='-Field_contestScores_score']"));
      return inputs.size() == 7 ? inputs : null;
    });
    for (WebElement score : scores) {
      type(score, "5");
    }
    type(visible(By.cssSelector("textarea[id$='-Field_scoreComment']")), "Жарқын визитка / Яркая визитка");
    screenshot("contest-1-juror-scores-entry");
    click(COMPLETE);
    wait.until(d -> jdbc.queryForObject("SELECT COUNT(*) FROM contest_score WHERE contest_number = ? AND juror = ?",
        Integer.class, number, "juror") == 7);
    assertThat(jdbc.queryForObject("SELECT comment FROM contest_scoring WHERE contest_number = ? AND juror = ?",
        String.class, number, "juror")).contains("визитка");

    for (String juror : JURY) {
      for (int entry = 1; entry <= 3; entry++) {
        if (!(juror.equals("juror") && entry == 1)) {
          contest.score(juror, instance, entry, List.of(5 - entry));
        }
      }
    }
    contest.nameWinners(instance, "1, 2, 3", List.of(1, 2));
    contest.decideProtocol(instance, true, null);

    browser.manage().deleteAllCookies();
    browser.get(url("/contests"));
    WebElement section = visible(By.id(number));
    assertThat(section.getText()).contains("Ведущая школа-гимназия № 10").contains("Raushan Chair");
    screenshot("contest-2-public-results");
    click(By.cssSelector("a[data-language='kk']"));
    wait.until(d -> d.findElement(By.tagName("h1")).getText().startsWith("«Үздік"));
    WebElement again = visible(By.id(number));
    assertThat(again.getText()).contains("жетекші мектеп-гимназия").doesNotContain("juror");
    screenshot("contest-3-public-results-kk");
  }
}
