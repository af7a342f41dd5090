package kz.edu.leaders.selection;

/** Where an application stands in the selection, in the order a candidate goes through. */
public enum Stage {
  ELIGIBILITY, DOCUMENT_CHECK, DOCUMENT_CORRECTION, TEST, TRAINING, INTERNSHIP, FINAL_ASSESSMENT, INTERVIEW, RESERVE
}
