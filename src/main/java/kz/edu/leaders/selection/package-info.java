/**
 * Selection into the Republican personnel reserve (bpmn/reserve-selection.bpmn): applications and their record,
 * eligibility, document checks, the national test's results, internship, report assessment and enrolment.
 * Depends on {@code domain}, {@code common}, {@code identity} and {@code reserve}.
 */
package kz.edu.leaders.selection;
