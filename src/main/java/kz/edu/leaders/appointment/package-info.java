/**
 * Appointing a school head (bpmn/director-appointment.bpmn): the vacancy, the acting head, an offer without competition
 * (to a Republican reservist or a member of the region's talent pool, as the DMN table without-competition-sources
 * allows) or an open competition, the legal basis and the order. Depends on {@code reserve}, {@code talentpool},
 * {@code domain}, {@code common} and {@code identity}; its competition, in {@code appointment.competition}, depends on it and not the other way.
 */
package kz.edu.leaders.appointment;
