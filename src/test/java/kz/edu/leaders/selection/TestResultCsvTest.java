package kz.edu.leaders.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import kz.edu.leaders.common.InvalidSubmissionException;
import org.junit.jupiter.api.Test;

class TestResultCsvTest {

  @Test
  void readsACommaSeparatedExportInAnyColumnOrder() {
    List<TestResultRow> rows = TestResultCsv.parse("leadership,iin,legislation,management,pedagogy\n"
        + "90,880503400111,80.5,75,70\n\n");
    assertThat(rows).singleElement().satisfies(row -> {
      assertThat(row.row()).isEqualTo(1);
      assertThat(row.iin()).isEqualTo("880503400111");
      assertThat(row.scores()).containsEntry("legislation", "80.5").containsEntry("leadership", "90");
    });
  }

  @Test
  void readsASpreadsheetExportWithSemicolonsDecimalCommasAndABom() {
    List<TestResultRow> rows = TestResultCsv.parse("\uFEFFIIN;Legislation;Management;Pedagogy;Leadership\r\n"
        + "880503400111;80,5;75;;70\r\n");
    assertThat(rows.get(0).scores()).containsEntry("legislation", "80.5").containsEntry("pedagogy", null);
  }

  @Test
  void aMissingColumnIsNamed() {
    assertThatThrownBy(() -> TestResultCsv.parse("iin,legislation,management\n1,2,3\n"))
        .isInstanceOf(InvalidSubmissionException.class)
        .hasMessageContaining("header is missing the columns [pedagogy, leadership]");
  }

  @Test
  void aShortRowLeavesItsMissingScoresEmpty() {
    List<TestResultRow> rows = TestResultCsv.parse("iin,legislation,management,pedagogy,leadership\n880503400111,80\n");
    assertThat(rows.get(0).scores()).containsEntry("legislation", "80").containsEntry("leadership", null);
  }
}
