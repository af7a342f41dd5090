package kz.edu.leaders.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import kz.edu.leaders.common.Language;
import kz.edu.leaders.common.Reason;
import org.junit.jupiter.api.Test;

class InternshipRubricTest {

  final SelectionSettings settings = new SelectionSettings();

  Map<String, Integer> scores(int... values) {
    Map<String, Integer> scores = new LinkedHashMap<>();
    int i = 0;
    for (String criterion : InternshipRubric.CRITERIA) {
      scores.put(criterion, values[i++]);
    }
    return scores;
  }

  @Test
  void theMeanAtThePassMarkPasses() {
    InternshipRubric.Result result = new InternshipRubric(settings).score(scores(4, 3, 4, 3, 4));
    assertThat(result.mean()).isEqualByComparingTo("3.6");
    assertThat(result.passed()).isTrue();
    assertThat(Reason.in(Language.EN, result.reasons())).isEqualTo("Internship passed with a rubric mean of 3.6");
    assertThat(Reason.forRecord(result.reasons())).isEqualTo("Тағылымдамадан өтті, рубрика бойынша орташа балл 3.6 / "
        + "Стажировка пройдена, средний балл по рубрике 3.6");
  }

  @Test
  void oneCriterionBelowTheMinimumFailsAGoodMean() {
    InternshipRubric.Result result = new InternshipRubric(settings).score(scores(5, 5, 5, 5, 1));
    assertThat(result.passed()).isFalse();
    assertThat(Reason.in(Language.EN, result.reasons()))
        .isEqualTo("Internship not passed; criterion \"reflection and growth\" scored 1, below the minimum of 2");
    assertThat(Reason.in(Language.KK, result.shortfalls())).isEqualTo("«рефлексия және даму» өлшемшарты: 1 балл, ең төменгісі — 2");
  }

  @Test
  void theMarksAreConfigurable() {
    settings.getInternship().setPassMark(4.5);
    settings.getInternship().setCriterionMinimum(4);
    InternshipRubric.Result result = new InternshipRubric(settings).score(scores(5, 5, 4, 4, 4));
    assertThat(Reason.in(Language.EN, result.shortfalls())).isEqualTo("rubric mean 4.4 is below the pass mark of 4.5");
  }
}
