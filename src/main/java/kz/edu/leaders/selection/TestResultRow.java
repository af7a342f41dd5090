package kz.edu.leaders.selection;

import java.util.Map;

/** One row of a testing-centre batch as received, before any check. */
public record TestResultRow(int row, String iin, Map<String, Object> scores) {}
