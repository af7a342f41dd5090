/**
 * Duties that recur for an appointed head (bpmn/head-duties.bpmn, issue 22 part 4): the attestation after each
 * {@code leaders.appointment.duties.attestation-every} in post, to be passed within the attestation window, and the
 * limit on years at the same school (rotation). One HeadDuties process per appointment order, started by
 * DirectorAppointment right after the order, with the vacancy's case number as business key; the records are
 * {@code head_duty}, {@code head_attestation} and {@code head_duty_event}. Depends on {@code appointment} (the case,
 * its order, its region's groups), {@code common} and {@code identity}; nothing in {@code appointment} depends on it
 * but the service task that starts it.
 */
package kz.edu.leaders.appointment.duties;
