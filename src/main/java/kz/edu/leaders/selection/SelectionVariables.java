package kz.edu.leaders.selection;

/** Names of the ReserveSelection process variables; forms and the BPMN use the same names. */
public final class SelectionVariables {

  public static final String APPLICATION_NUMBER = "applicationNumber";
  public static final String CHANNEL = "registrationChannel";
  public static final String CANDIDATE_NAME = "candidateName";
  public static final String ACTIVE_RESERVIST = "activeReservist";
  public static final String DOCUMENT_DECISION = "documentDecision";
  public static final String DOCUMENT_DECISION_REASON = "documentDecisionReason";
  public static final String RETURNED_FOR_CORRECTION = "returnedForCorrection";
  public static final String CORRECTION_DEADLINE = "correctionDeadline";
  public static final String CORRECTION_NOTE = "correctionNote";
  public static final String TEST_OVERALL = "testOverall";
  public static final String TEST_PASSED = "testPassed";
  public static final String OUTCOME_REASON = "outcomeReason";
  public static final String TEST_RESULT_MESSAGE = "TestResultReceived";

  private SelectionVariables() {}

  static String testVariable(String block) {
    return "test" + Character.toUpperCase(block.charAt(0)) + block.substring(1);
  }
}
