/**
 * Appointing a school head (bpmn/director-appointment.bpmn): the vacancy, the acting head, an offer to a reservist
 * or an open competition, the legal basis and the order. Depends on {@code reserve}, {@code domain}, {@code common}
 * and {@code identity}; its competition, in {@code appointment.competition}, depends on it and not the other way.
 */
package kz.edu.leaders.appointment;
