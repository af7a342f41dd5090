package kz.edu.leaders.common;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file with a header row, as spreadsheets in Kazakh and Russian locales write it (comma- or semicolon-separated,
 * perhaps with a byte-order mark), read into rows by column name (lower case). A file that cannot be read, or lacks a
 * required column, is refused as a whole, naming the line or the columns.
 */
public final class CsvTable {

  /** One data row: its record number (1 = the first row after the header) and its cells by column. */
  public record Row(int number, Map<String, String> cells) {
    public String get(String column) {
      String value = cells.get(column);
      return value == null || value.isEmpty() ? null : value;
    }
  }

  /** The rows, with the delimiter the file used (a semicolon file writes decimal commas). */
  public record Table(char delimiter, List<Row> rows) {}

  private CsvTable() {}

  public static List<Row> parse(String text, List<String> required, List<String> optional) {
    return read(text, required, optional).rows();
  }

  public static Table read(String text, List<String> required, List<String> optional) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    String header = body.lines().findFirst().orElse("");
    char delimiter = header.contains(";") && !header.contains(",") ? ';' : ',';
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader()
        .setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get();
    CSVParser parser = null;
    try (Reader reader = new StringReader(body)) {
      parser = CSVParser.parse(reader, format);
      Map<String, String> byName = new HashMap<>();
      parser.getHeaderNames().forEach(name -> byName.put(name.strip().toLowerCase(Locale.ROOT), name));
      List<String> missing = required.stream().filter(c -> !byName.containsKey(c)).toList();
      if (!missing.isEmpty()) {
        throw InvalidSubmissionException.of("csv", "csv.columnsMissing", missing, required);
      }
      List<Row> rows = new ArrayList<>();
      for (CSVRecord record : parser) {
        Map<String, String> cells = new HashMap<>();
        for (String column : concat(required, optional)) {
          String name = byName.get(column);
          if (name != null && record.isSet(name)) {
            cells.put(column, record.get(name));
          }
        }
        rows.add(new Row((int) record.getRecordNumber(), cells));
      }
      return new Table(delimiter, rows);
    } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      // commons-csv reports an unbalanced quote while iterating; the line is where a person looks for the mistake.
      long line = parser == null ? 1 : Math.max(1, parser.getCurrentLineNumber());
      throw InvalidSubmissionException.of("csv", "csv.unreadable", line, rootMessage(e));
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return String.valueOf(root.getMessage());
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
