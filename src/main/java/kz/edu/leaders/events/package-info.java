/**
 * The regions' own events around the programme: directors' forums ({@code events.forum}, process RegionalForum) and
 * the "Best Leading School" contest judged by a jury ({@code events.contest}, process LeadingSchoolContest).
 */
package kz.edu.leaders.events;
