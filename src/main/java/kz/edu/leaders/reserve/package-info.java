/**
 * The Republican personnel reserve's records: the only way to {@code reserve_entry}. Depends on {@code domain} only;
 * the selection enrols into it, the appointment takes reservists from it.
 */
package kz.edu.leaders.reserve;
