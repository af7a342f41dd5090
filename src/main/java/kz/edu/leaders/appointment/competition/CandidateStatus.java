package kz.edu.leaders.appointment.competition;

/** Where a candidate of a competition stands, in the order of the stages (competition_candidate.status). */
public enum CandidateStatus {
  APPLIED, DOCUMENTS_REJECTED, ADMITTED, TEST_NO_SHOW, TEST_FAILED, TEST_PASSED, NO_CONSENT, INVITED, NO_SHOW, PRESENT,
  WINNER, NOT_SELECTED
}
