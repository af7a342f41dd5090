/**
 * The Republican commission's interview (bpmn/commission-interview.bpmn), called by the selection: members' scores,
 * the chair's decision on a tie, the interview record. Depends on {@code selection}, {@code common} and
 * {@code identity}.
 */
package kz.edu.leaders.commission;
