package kz.edu.leaders.selection;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.edu.leaders.common.InvalidSubmissionException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a testing-centre export: a header row with {@code iin} and the four block columns, comma- or
 * semicolon-separated (spreadsheets in Kazakh and Russian locales write semicolons and decimal commas).
 */
public final class TestResultCsv {

  private TestResultCsv() {}

  public static List<TestResultRow> parse(String text) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    String header = body.lines().findFirst().orElse("");
    char delimiter = header.contains(";") && !header.contains(",") ? ';' : ',';
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader()
        .setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get();
    CSVParser parser = null;
    try (Reader reader = new StringReader(body)) {
      parser = CSVParser.parse(reader, format);
      Map<String, String> columns = columns(parser.getHeaderNames());
      List<TestResultRow> rows = new ArrayList<>();
      for (CSVRecord record : parser) {
        Map<String, Object> scores = new HashMap<>();
        for (String block : TestScores.BLOCKS) {
          String value = record.isSet(columns.get(block)) ? record.get(columns.get(block)) : null;
          scores.put(block, value == null || value.isEmpty() ? null
              : delimiter == ';' ? value.replace(',', '.') : value);
        }
        String iin = record.isSet(columns.get("iin")) ? record.get(columns.get("iin")) : null;
        rows.add(new TestResultRow((int) record.getRecordNumber(), iin, scores));
      }
      return rows;
    } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      // commons-csv reports an unbalanced quote or a broken header this way, while iterating; the line is where
      // the parser stopped, which is where a person looks for the mistake.
      long line = parser == null ? 1 : Math.max(1, parser.getCurrentLineNumber());
      throw InvalidSubmissionException.of("csv", "testImport.csvUnreadable", line, rootMessage(e));
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return String.valueOf(root.getMessage());
  }

  private static Map<String, String> columns(List<String> headerNames) {
    Map<String, String> byName = new HashMap<>();
    for (String name : headerNames) {
      byName.put(name.strip().toLowerCase(Locale.ROOT), name);
    }
    List<String> missing = new ArrayList<>();
    Map<String, String> columns = new HashMap<>();
    for (String needed : List.of("iin", "legislation", "management", "pedagogy", "leadership")) {
      if (byName.containsKey(needed)) {
        columns.put(needed, byName.get(needed));
      } else {
        missing.add(needed);
      }
    }
    if (!missing.isEmpty()) {
      throw InvalidSubmissionException.of("csv", "testImport.csvColumnsMissing", missing);
    }
    return columns;
  }
}
