package kz.edu.leaders.selection;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.edu.leaders.common.CsvTable;

/**
 * Reads a testing-centre export: a header row with {@code iin} and the four block columns, comma- or
 * semicolon-separated (spreadsheets in Kazakh and Russian locales write semicolons and decimal commas).
 */
public final class TestResultCsv {

  static final List<String> COLUMNS = List.of("iin", "legislation", "management", "pedagogy", "leadership");

  private TestResultCsv() {}

  public static List<TestResultRow> parse(String text) {
    CsvTable.Table table = CsvTable.read(text, COLUMNS, List.of());
    return table.rows().stream().map(row -> {
      Map<String, Object> scores = new HashMap<>();
      for (String block : TestScores.BLOCKS) {
        String value = row.get(block);
        scores.put(block, value == null || table.delimiter() != ';' ? value : value.replace(',', '.'));
      }
      return new TestResultRow(row.number(), row.get("iin"), scores);
    }).toList();
  }
}
