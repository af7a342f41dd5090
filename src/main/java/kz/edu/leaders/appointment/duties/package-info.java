/**
 * Duties that recur for an appointed head (bpmn/head-duties.bpmn, issue 22 part 4): the attestation after each
 * {@code leaders.appointment.duties.attestation-every} in post, to be passed within the attestation window, and the
 * limit on years at the same school (rotation). One HeadDuties process per appointment order, started by
 * DirectorAppointment right after the order, with the vacancy's case number as business key; the records are
 * {@code head_duty}, {@code head_attestation} and {@code head_duty_event}, read at
 * {@code /api/appointment/cases/{number}/duties}. Depends on {@code appointment} (the case, its order, calendar and
 * access), {@code domain}, {@code common}, {@code identity} and {@code web}; nothing in {@code appointment} depends on
 * it but the service task that starts it, by bean name.
 */
package kz.edu.leaders.appointment.duties;
