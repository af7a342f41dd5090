/**
 * The open competition for a vacant post (bpmn/open-competition.bpmn), the appointment's sub-process: announcement,
 * applications, documents, test, livestreamed session, open vote, and the public board. Depends on
 * {@code appointment} (the vacancy), {@code domain}, {@code common} and {@code identity}; the appointment reads its
 * results through {@link kz.edu.leaders.appointment.CompetitionResults}.
 */
package kz.edu.leaders.appointment.competition;
