/**
 * The Republican personnel reserve's records: {@code reserve_entry}, written by {@link kz.edu.leaders.reserve.ReserveRepository}
 * (the selection enrols, the appointment takes reservists from it) and by the registry
 * ({@link kz.edu.leaders.reserve.ReserveRegistry}: expiry and revocation, which also reads the offers and orders of an
 * entry for its history). The term of each entry is a ReserveTerm process ({@code bpmn/reserve-term.bpmn}).
 */
package kz.edu.leaders.reserve;
