package kz.edu.leaders.web;

/**
 * The label a person saw for a field (a form's), so that an error names "Reason / Причина" rather than the
 * variable {@code documentDecisionReason}; null where there is none.
 */
@FunctionalInterface
public interface FieldLabels {

  FieldLabels NONE = field -> null;

  String labelOf(String field);
}
