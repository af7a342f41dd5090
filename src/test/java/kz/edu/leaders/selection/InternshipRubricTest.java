package kz.edu.leaders.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InternshipRubricTest {

  final SelectionSettings settings = new SelectionSettings();

  Map<String, Integer> scores(int... values) {
    Map<String, Integer> scores = new LinkedHashMap<>();
    int i = 0;
    for (String criterion : InternshipRubric.CRITERIA.keySet()) {
      scores.put(criterion, values[i++]);
    }
    return scores;
  }

  @Test
  void theMeanAtThePassMarkPasses() {
    InternshipRubric.Result result = new InternshipRubric(settings).score(scores(4, 3, 4, 3, 4));
    assertThat(result.mean()).isEqualByComparingTo("3.6");
    assertThat(result.passed()).isTrue();
    assertThat(result.summary()).isEqualTo("Internship passed with a rubric mean of 3.6");
  }

  @Test
  void oneCriterionBelowTheMinimumFailsAGoodMean() {
    InternshipRubric.Result result = new InternshipRubric(settings).score(scores(5, 5, 5, 5, 1));
    assertThat(result.passed()).isFalse();
    assertThat(result.shortfalls()).containsExactly("reflection and professional growth scored 1, below the minimum of 2");
  }

  @Test
  void theMarksAreConfigurable() {
    settings.getInternship().setPassMark(4.5);
    settings.getInternship().setCriterionMinimum(4);
    InternshipRubric.Result result = new InternshipRubric(settings).score(scores(5, 5, 4, 4, 4));
    assertThat(result.shortfalls()).containsExactly("rubric mean 4.4 is below the pass mark of 4.5");
  }
}
